package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civictech.pars.BallotSpace.ballots;
import static org.civictech.pars.BallotSpace.decide;
import static org.civictech.pars.BallotSpace.votesRequired;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Laws of possible outcomes and pivots, checked against the oracle. The explanations are checked
 * against RULE.md in {@link ExplanationInvariantsTest}.
 */
class RenewalDecisionPropertiesTest {

  @Test
  void pivots_are_exactly_the_single_votes_the_oracle_says_change_the_outcome() {
    qt().forAll(ballots(), votesRequired(), booleans().all())
        .checkAssert((ballot, votesRequired, closed) ->
            assertThat(decide(ballot, votesRequired, closed).pivots())
                .isEqualTo(RuleOracle.pivots(ballot, votesRequired, closed)));
  }

  @Test
  void possible_outcomes_are_what_the_stakeholders_yet_to_vote_can_still_produce() {
    qt().forAll(ballots(), votesRequired(), booleans().all())
        .checkAssert((ballot, votesRequired, closed) -> {
          Set<Outcome> expected = EnumSet.noneOf(Outcome.class);
          if (closed) {
            expected.add(RuleOracle.outcome(ballot, votesRequired, true));
          } else {
            for (Map<Stakeholder, Choice> completed : BallotSpace.all()) {
              if (completed.size() == 3 && completed.entrySet().containsAll(ballot.entrySet())) {
                expected.add(RuleOracle.outcome(completed, votesRequired, false));
              }
            }
          }
          assertThat(decide(ballot, votesRequired, closed).possibleOutcomes())
              .containsExactlyElementsOf(expected);
        });
  }
}
