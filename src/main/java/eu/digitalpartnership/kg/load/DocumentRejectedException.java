package eu.digitalpartnership.kg.load;

import eu.digitalpartnership.kg.validate.InvalidDataException;
import org.apache.jena.graph.Graph;

/** A document whose extracted graph breaks the shapes; carries the report and the graph it is about. */
public class DocumentRejectedException extends InvalidDataException {
    private static final long serialVersionUID = 1L;

    private final String documentId;
    private final transient Graph data;

    /** The rejection of one document's graph. */
    public DocumentRejectedException(String documentId, Graph data, InvalidDataException cause) {
        super(cause.getOutcome());
        this.documentId = documentId;
        this.data = data;
    }

    /** The rejected document's id. */
    public String documentId() { return documentId; }

    /** The graph that was validated, for quoting the evidence of each result. */
    public Graph data() { return data; }

    @Override public String getMessage() {
        return "Document '" + documentId + "' rejected: " + super.getMessage();
    }
}
