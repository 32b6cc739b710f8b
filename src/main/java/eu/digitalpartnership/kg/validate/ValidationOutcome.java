package eu.digitalpartnership.kg.validate;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;

/**
 * A validation report split by severity. A graph {@link #passes()} when it has no {@code sh:Violation};
 * warnings and infos are kept for the reader but never block publication.
 */
public final class ValidationOutcome {
    private final ValidationReport report;
    private final List<ReportEntry> violations;
    private final List<ReportEntry> warnings;
    private final List<ReportEntry> infos;

    /** Split a report by severity. */
    public ValidationOutcome(ValidationReport report) {
        this.report = requireNonNull(report, "report");
        this.violations = withSeverity(report, Severity.Violation);
        this.warnings = withSeverity(report, Severity.Warning);
        this.infos = withSeverity(report, Severity.Info);
    }

    private static List<ReportEntry> withSeverity(ValidationReport report, Severity severity) {
        return report.getEntries().stream().filter(e -> severity.equals(e.severity())).toList();
    }

    /** True if there is no violation (warnings allowed). */
    public boolean passes() {
        return violations.isEmpty();
    }

    /** Results of severity {@code sh:Violation}. */
    public List<ReportEntry> violations() {
        return violations;
    }

    /** Results of severity {@code sh:Warning}. */
    public List<ReportEntry> warnings() {
        return warnings;
    }

    /** Results of severity {@code sh:Info}. */
    public List<ReportEntry> infos() {
        return infos;
    }

    /** The underlying SHACL report; its {@code conforms()} is false on warnings too. */
    public ValidationReport report() {
        return report;
    }

    @Override
    public String toString() {
        return "ValidationOutcome[violations=" + violations.size() + ", warnings=" + warnings.size()
                + ", infos=" + infos.size() + "]";
    }
}
