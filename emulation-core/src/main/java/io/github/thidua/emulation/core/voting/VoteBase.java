package io.github.thidua.emulation.core.voting;

import java.util.Arrays;

/** The denominator of a candidate's share of approvals. */
public enum VoteBase {
  /** All the group's members (tổng số thành viên), present or not: the distinct members the data knows. */
  MEMBERS("members"),
  /** The members present at the meeting (số thành viên có mặt). */
  PRESENT("present"),
  /**
   * The valid ballots (số phiếu hợp lệ): the counted ballots (invalid and duplicate ballots left out), less the
   * blank ballots and abstentions if the policy excludes them.
   */
  VALID("valid");

  private final String wireName;

  VoteBase(String wireName) {
    this.wireName = wireName;
  }

  /**
   * Returns the name used in rule data.
   *
   * @return {@code members}, {@code present} or {@code valid}
   */
  public String wireName() {
    return wireName;
  }

  /**
   * Returns the base with a rule-data name.
   *
   * @param name {@code members}, {@code present} or {@code valid}
   * @return the base
   * @throws IllegalArgumentException if the name is unknown
   */
  public static VoteBase fromWireName(String name) {
    return Arrays.stream(values()).filter(v -> v.wireName.equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown base: " + name));
  }
}
