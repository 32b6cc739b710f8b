package eu.digitalpartnership.kg.load;

import eu.digitalpartnership.kg.consolidate.Candidate;
import eu.digitalpartnership.kg.consolidate.Conflict;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;

/** One readable line about a conflict no rule resolved: the entity, the property, each value and its documents. */
final class ConflictReport {
    private ConflictReport() {}

    static String line(Conflict c, DatasetGraph store) {
        return "  Unresolved | " + c.subject().getURI() + " | " + c.property().getURI() + " | "
                + c.candidates().stream().map(ConflictReport::candidate).collect(Collectors.joining("; "));
    }

    private static String candidate(Candidate k) {
        String value = k.value().isLiteral() ? k.value().getLiteralLexicalForm() : k.value().getURI();
        return value + " in " + k.graphs().stream().map(g -> g.getURI().substring(g.getURI().lastIndexOf('/') + 1))
                .collect(Collectors.joining(", "));
    }
}
