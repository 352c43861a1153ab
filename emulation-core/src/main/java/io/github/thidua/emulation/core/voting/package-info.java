/**
 * The honouring vote (bình xét, suy tôn): anonymous approval ballots, the vote session of a group's year-end
 * meeting, the voting policy read from the rule kind {@code vote.honouring} (quorum, threshold, comparison, base,
 * blank ballots, candidates from the top of the ranking, run-off on a tie), and the exact, explained result. This
 * package is part of the public API of the emulation library.
 */
@org.jspecify.annotations.NullMarked
package io.github.thidua.emulation.core.voting;
