package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.validation.Severity;
import io.github.thidua.emulation.core.validation.ValidationReport;
import io.github.thidua.emulation.core.validation.Violation;
import java.util.List;

/**
 * The JSON output of {@code validate}.
 *
 * @param command always {@code validate}
 * @param province the province's id
 * @param year the emulation year
 * @param referenceDate the date rules were resolved on
 * @param rules the leaf rule set's id and version, e.g. {@code vn-hung-yen@2024.1}
 * @param layers the rule book's layers, most general first
 * @param valid whether no violation is an error
 * @param errors the number of errors
 * @param warnings the number of warnings
 * @param violations every violation, in report order
 */
record ValidationDocument(String command, String province, int year, String referenceDate, String rules,
    List<String> layers, boolean valid, long errors, long warnings, List<Violation> violations) {

  static ValidationDocument of(Province province, RuleBook book, ValidationReport report) {
    long errors = report.violations().stream().filter(v -> v.severity() == Severity.ERROR).count();
    return new ValidationDocument("validate", province.id(), province.year(), province.referenceDate().toString(),
        book.leaf().id().value() + "@" + book.leaf().version(),
        book.layers().stream().map(l -> l.id().value() + "@" + l.version()).toList(), report.isValid(), errors,
        report.warnings().size(), report.violations());
  }
}
