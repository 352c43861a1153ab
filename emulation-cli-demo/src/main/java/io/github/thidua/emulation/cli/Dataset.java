package io.github.thidua.emulation.cli;

import io.github.thidua.emulation.core.Province;
import io.github.thidua.emulation.core.audit.CanonicalForm;
import io.github.thidua.emulation.core.awards.AwardHistory;
import io.github.thidua.emulation.core.awards.Proposal;
import io.github.thidua.emulation.core.rules.RuleBook;
import io.github.thidua.emulation.core.scoring.ScoreSheet;
import io.github.thidua.emulation.core.voting.VoteSession;
import io.github.thidua.emulation.core.scoring.ScoringScale;
import java.util.List;
import java.util.Optional;

/**
 * Everything one annual cycle needs: the organisation, the rule book and the year's inputs.
 *
 * @param origin where the data came from, for headings: the folder or file as given, or a province id; empty for
 *     the embedded sample (a folder that happens to be named {@code sample} is a folder like any other)
 * @param province the organisation data
 * @param rules the rule book
 * @param scale a scale to score every group on, instead of the ones the rule book binds, if given
 * @param sheets the score sheets
 * @param sessions the honouring votes
 * @param histories the past years of awards
 * @param proposals the award proposals to check
 * @param fingerprints the canonical form of the results' fingerprints
 */
record Dataset(Optional<String> origin, Province province, RuleBook rules, Optional<ScoringScale> scale,
    List<ScoreSheet> sheets, List<VoteSession> sessions, List<AwardHistory> histories, List<Proposal> proposals,
    CanonicalForm fingerprints) {

  Dataset {
    sheets = List.copyOf(sheets);
    sessions = List.copyOf(sessions);
    histories = List.copyOf(histories);
    proposals = List.copyOf(proposals);
  }
}
