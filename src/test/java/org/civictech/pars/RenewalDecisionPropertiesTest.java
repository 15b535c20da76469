package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civictech.pars.BallotSpace.PARS;
import static org.civictech.pars.BallotSpace.ballots;
import static org.civictech.pars.BallotSpace.votes;
import static org.civictech.pars.BallotSpace.votesRequired;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Laws of possible outcomes, pivots and explanations, checked against the oracle. */
class RenewalDecisionPropertiesTest {

  private static RenewalDecision decide(
      Map<Stakeholder, Choice> ballot, int votesRequired, boolean closed) {
    LocalDate asOf = closed ? PARS.expiresOn().plusDays(1) : PARS.expiresOn();
    return RenewalDecider.requiring(votesRequired).decide(PARS, votes(ballot), asOf);
  }

  @Test
  void pivots_are_exactly_the_single_votes_the_oracle_says_change_the_outcome() {
    qt().forAll(ballots(), votesRequired(), booleans().all())
        .checkAssert((ballot, votesRequired, closed) -> {
          Outcome now = RuleOracle.outcome(ballot, votesRequired, closed);
          List<Pivot> expected = new ArrayList<>();
          for (Stakeholder stakeholder : Stakeholder.values()) {
            for (Choice choice : Choice.values()) {
              if (choice != ballot.get(stakeholder)) {
                Outcome instead = RuleOracle.outcome(
                    BallotSpace.with(ballot, stakeholder, choice), votesRequired, closed);
                if (instead != now) {
                  expected.add(new Pivot(stakeholder, choice, instead));
                }
              }
            }
          }
          assertThat(decide(ballot, votesRequired, closed).pivots()).isEqualTo(expected);
        });
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

  @Test
  void every_explanation_names_the_outcome_the_rule_and_every_stakeholder() {
    qt().forAll(ballots(), votesRequired(), booleans().all())
        .checkAssert((ballot, votesRequired, closed) -> {
          RenewalDecision decision = decide(ballot, votesRequired, closed);
          String explanation = decision.explanation();
          assertThat(explanation).startsWith(switch (decision.reason()) {
            case RENEWED -> "Renewed: ";
            case VOTED_DOWN -> closed ? "Not renewed (voted down): " : "Not renewed: ";
            case LAPSED -> "Not renewed (lapsed): ";
            case PENDING -> "Pending: ";
          });
          assertThat(explanation).contains("renewal needs " + votesRequired
              + (votesRequired == 1 ? " vote in favor" : " votes in favor"));
          for (Stakeholder stakeholder : Stakeholder.values()) {
            assertThat(explanation.toLowerCase()).contains(stakeholder.displayName().toLowerCase());
          }
          assertThat(explanation.contains("which does not count in favor"))
              .isEqualTo(!decision.abstained().isEmpty());
          assertThat(explanation.contains("a stakeholder may change its vote until"))
              .isEqualTo(!closed && decision.outcome() != Outcome.PENDING);
          assertThat(explanation).endsWith(".").doesNotContain("  ").doesNotContain("..");
          assertThat(decision.explainPivots()).endsWith(".").doesNotContain("  ");
        });
  }
}
