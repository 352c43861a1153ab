package io.github.thidua.emulation.core.year;

/** The stages of the emulation year, in the order they run; a finding is attributed to the first that found it. */
public enum Stage {
  /** The rule book checked against the catalogue of rule kinds, once per run. */
  RULES,
  /** The year's inputs: sheets, ballots, proposals, history and lots that name no group of the province. */
  INPUTS,
  /** The organisation: groups, members and organisers against the rules in force. */
  ORGANISATION,
  /** Province-wide quotas apportioned across the groups. */
  APPORTIONMENT,
  /** Each group's score sheets on its scale. */
  SCORING,
  /** The group's votes, of every purpose and round. */
  VOTE,
  /**
   * The final ranking, with the vote's approvals and the lots. The preliminary ranking (before the vote, from which
   * the vote's candidates come) is in each group's result; its findings are those of the final ranking or were
   * resolved by the vote, so the report lists the final ranking's.
   */
  FINAL_RANKING,
  /** The group's leading unit. */
  LEADING_UNIT,
  /** The award plan. */
  ALLOCATION,
  /** The check of the group's own proposal. */
  PROPOSAL,
  /** The rotation check over past years. */
  ROTATION,
  /** The provincial council's review of the province's list. */
  COUNCIL
}
