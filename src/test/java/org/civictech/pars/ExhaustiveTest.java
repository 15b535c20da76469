package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civictech.pars.BallotSpace.PARS;
import static org.civictech.pars.BallotSpace.votes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every ballot (4^3) under every rule (3) open and closed (2), against the oracle. */
class ExhaustiveTest {

  @Test
  void every_ballot_rule_and_date_matches_the_oracle() {
    int cases = 0;
    for (Map<Stakeholder, Choice> ballot : BallotSpace.all()) {
      for (int votesRequired = 1; votesRequired <= 3; votesRequired++) {
        RenewalDecider decider = RenewalDecider.requiring(votesRequired);
        for (int daysFromExpiry : new int[] {-30, -1, 0, 1, 30}) {
          LocalDate asOf = PARS.expiresOn().plusDays(daysFromExpiry);
          boolean closed = daysFromExpiry > 0;
          RenewalDecision decision = decider.decide(PARS, votes(ballot), asOf);
          String what = ballot + " requiring " + votesRequired + " as of " + asOf;
          assertThat(decision.outcome()).as(what)
              .isEqualTo(RuleOracle.outcome(ballot, votesRequired, closed));
          assertThat(decision.lapsed()).as(what)
              .isEqualTo(RuleOracle.lapsed(ballot, votesRequired, closed));
          cases++;
        }
      }
    }
    assertThat(cases).isEqualTo(64 * 3 * 5);
  }

  @Test
  void the_ballot_space_holds_64_distinct_ballots() {
    List<Map<Stakeholder, Choice>> all = BallotSpace.all();

    assertThat(all).hasSize(64).doesNotHaveDuplicates();
    for (Stakeholder stakeholder : Stakeholder.values()) {
      for (Choice choice : BallotSpace.CHOICES_OR_NOT_VOTED) {
        assertThat(all).filteredOn(ballot -> ballot.get(stakeholder) == choice)
            .as("%s %s", stakeholder, choice).hasSize(16);
      }
    }
  }
}
