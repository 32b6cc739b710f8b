package eu.digitalpartnership.kg.validate;

import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/**
 * Thrown by {@link Validator#check} when a graph has at least one {@code sh:Violation}.
 * Carries the full report, warnings included, like Jena's {@code ShaclValidationException}.
 */
public class InvalidDataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ValidationOutcome outcome;

    /** An exception for an outcome that does not pass. */
    public InvalidDataException(ValidationOutcome outcome) {
        super(summary(outcome));
        this.outcome = outcome;
    }

    /** The outcome: the report split by severity. */
    public ValidationOutcome getOutcome() {
        return outcome;
    }

    /** The full SHACL report. */
    public ValidationReport getReport() {
        return outcome.report();
    }

    private static String summary(ValidationOutcome outcome) {
        int n = outcome.violations().size();
        StringBuilder sb = new StringBuilder("SHACL: ").append(n).append(n == 1 ? " violation" : " violations");
        if (n > 0) {
            ReportEntry first = outcome.violations().get(0);
            sb.append("; first: ").append(first.focusNode());
            if (first.resultPath() != null)
                sb.append(' ').append(first.resultPath());
            sb.append(": ").append(first.message());
        }
        return sb.toString();
    }
}
