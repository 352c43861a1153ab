package io.github.thidua.emulation.core;

import io.github.thidua.emulation.core.internal.OrganisationValidator;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.validation.ValidationReport;

/**
 * The library's entry point. Each method is a pure function of immutable inputs: a portal may call any of them
 * alone.
 *
 * <pre>{@code
 * RuleBook rules = RuleSets.defaultRules();             // Hưng Yên on top of national law
 * ValidationReport report = Emulation.validate(province, rules);
 * report.violations().forEach(v -> System.out.println(v.code() + " " + v.message().vi()));
 * }</pre>
 */
public final class Emulation {
  private Emulation() {}

  /**
   * Validates a province's organisation against a rule book: the rule data itself, the integrity of the data
   * (unique ids, references that resolve) and every organisation rule in force on the province's reference date,
   * resolved per organiser and group. Collects every violation; never stops at the first.
   *
   * @param province the organisation data
   * @param rules the rule book
   * @return the report; {@link ValidationReport#isValid()} is false if any error was found
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static ValidationReport validate(Province province, RuleBook rules) {
    return OrganisationValidator.validate(province, rules);
  }

  /**
   * Checks rule data alone against the catalogue of rule kinds: unknown kinds, missing, unknown or ill-typed
   * parameters, removals of rules nothing defines.
   *
   * @param rules the rule book
   * @return the report
   */
  public static ValidationReport checkRules(RuleBook rules) {
    return OrganisationValidator.checkRules(rules);
  }
}
