package eu.digitalpartnership.kg.load;

import eu.digitalpartnership.kg.consolidate.Conflict;
import eu.digitalpartnership.kg.validate.ValidationOutcome;
import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * A load refused as a whole because what it would publish is not one consistent graph that conforms to the shapes:
 * documents disagree in a way no rule of the policy resolves, or the consolidated graph breaks a shape. Carries a
 * readable report naming the documents and values; the store is left as it was.
 */
public class PublishRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Conflict> unresolved;
    private final transient ValidationOutcome outcome;
    private final transient Graph data;
    private final String report;

    PublishRejectedException(String summary, String report, List<Conflict> unresolved, ValidationOutcome outcome, Graph data) {
        super(summary);
        this.report = report;
        this.unresolved = List.copyOf(unresolved);
        this.outcome = outcome;
        this.data = data;
    }

    /** The conflicts no rule could resolve (empty when the refusal is a shape violation). */
    public List<Conflict> unresolved() { return unresolved; }

    /** The validation outcome of the consolidated graph, or null when the refusal is an unresolved conflict. */
    public ValidationOutcome outcome() { return outcome; }

    /** The data the report quotes: the consolidated graph with the document graphs. */
    public Graph data() { return data; }

    /** The readable report, one line per conflict or result. */
    public String report() { return report; }
}
