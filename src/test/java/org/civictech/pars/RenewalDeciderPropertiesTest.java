package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civictech.pars.BallotSpace.PARS;
import static org.civictech.pars.BallotSpace.ballots;
import static org.civictech.pars.BallotSpace.decide;
import static org.civictech.pars.BallotSpace.votes;
import static org.civictech.pars.BallotSpace.votesRequired;
import static org.civictech.pars.BallotSpace.with;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.api.Test;

/** Laws of the rule over random ballots, rules and dates (QuickTheories). */
class RenewalDeciderPropertiesTest {

  private static final Gen<Stakeholder> STAKEHOLDERS = Generate.enumValues(Stakeholder.class);

  /** Contracts expiring on any day from 1900 to 2100. */
  private static final Gen<Contract> CONTRACTS = integers().between(-25_567, 47_482)
      .map(day -> Contract.of("C", LocalDate.ofEpochDay(day)));

  /** Days from the expiry: -3 .. 3 (0 is the expiry day itself). */
  private static final Gen<Integer> DAYS_FROM_EXPIRY = integers().between(-3, 3);

  private static int rank(Outcome outcome) {
    return switch (outcome) {
      case NOT_RENEWED -> 0;
      case PENDING -> 1;
      case RENEWED -> 2;
    };
  }

  @Test
  void outcome_matches_the_oracle_on_any_ballot_rule_and_date() {
    qt().forAll(ballots(), votesRequired(), CONTRACTS, DAYS_FROM_EXPIRY)
        .checkAssert((ballot, votesRequired, contract, days) -> {
          LocalDate asOf = contract.expiresOn().plusDays(days);
          RenewalDecision decision =
              RenewalDecider.requiring(votesRequired).decide(contract, votes(ballot), asOf);
          boolean closed = days > 0;
          assertThat(decision.outcome())
              .isEqualTo(RuleOracle.outcome(ballot, votesRequired, closed));
          assertThat(decision.lapsed()).isEqualTo(RuleOracle.lapsed(ballot, votesRequired, closed));
          assertThat(decision.isFinal()).isEqualTo(closed);
        });
  }

  @Test
  void deciding_without_a_date_is_deciding_with_voting_open() {
    qt().forAll(ballots(), votesRequired()).checkAssert((ballot, votesRequired) -> {
      RenewalDecision undated = RenewalDecider.requiring(votesRequired).decide(PARS, votes(ballot));
      RenewalDecision open = decide(ballot, votesRequired, false);
      // The same decision but for its date: toString shows all of it except asOf.
      assertThat(undated.toString()).isEqualTo(open.toString());
      assertThat(undated.votes()).isEqualTo(open.votes());
      assertThat(undated.asOf()).isEmpty();
      assertThat(open.asOf()).contains(PARS.expiresOn());
    });
  }

  @Test
  void the_order_of_votes_never_matters() {
    qt().forAll(ballots(), votesRequired(), booleans().all(), longs().all())
        .checkAssert((ballot, votesRequired, closed, seed) -> {
          RenewalDecider decider = RenewalDecider.requiring(votesRequired);
          LocalDate asOf = closed ? PARS.expiresOn().plusDays(1) : PARS.expiresOn();
          assertThat(decider.decide(PARS, BallotSpace.shuffledVotes(ballot, seed), asOf))
              .isEqualTo(decider.decide(PARS, votes(ballot), asOf));
        });
  }

  @Test
  void replacing_a_vote_in_favor_by_an_abstention_never_turns_a_non_renewal_into_a_renewal() {
    qt().forAll(ballots(), votesRequired(), booleans().all(), STAKEHOLDERS)
        .checkAssert((ballot, votesRequired, closed, who) -> {
          Outcome before =
              decide(with(ballot, who, Choice.IN_FAVOR), votesRequired, closed).outcome();
          Outcome after = decide(with(ballot, who, Choice.ABSTAIN), votesRequired, closed).outcome();
          if (before != Outcome.RENEWED) {
            assertThat(after).isNotEqualTo(Outcome.RENEWED);
          }
        });
  }

  @Test
  void replacing_an_abstention_by_a_vote_in_favor_never_turns_a_renewal_into_a_non_renewal() {
    qt().forAll(ballots(), votesRequired(), booleans().all(), STAKEHOLDERS)
        .checkAssert((ballot, votesRequired, closed, who) -> {
          Outcome before =
              decide(with(ballot, who, Choice.ABSTAIN), votesRequired, closed).outcome();
          Outcome after = decide(with(ballot, who, Choice.IN_FAVOR), votesRequired, closed).outcome();
          if (before == Outcome.RENEWED) {
            assertThat(after).isEqualTo(Outcome.RENEWED);
          }
        });
  }

  @Test
  void an_abstention_weighs_exactly_like_a_vote_against_but_is_recorded_as_an_abstention() {
    qt().forAll(ballots(), votesRequired(), booleans().all(), STAKEHOLDERS)
        .checkAssert((ballot, votesRequired, closed, who) -> {
          RenewalDecision abstaining =
              decide(with(ballot, who, Choice.ABSTAIN), votesRequired, closed);
          RenewalDecision against = decide(with(ballot, who, Choice.AGAINST), votesRequired, closed);
          assertThat(abstaining.reason()).isEqualTo(against.reason());
          assertThat(abstaining.abstained()).contains(who);
          assertThat(abstaining.against()).doesNotContain(who);
        });
  }

  @Test
  void one_more_vote_in_favor_never_makes_the_outcome_worse() {
    qt().forAll(ballots(), votesRequired(), booleans().all(), STAKEHOLDERS)
        .checkAssert((ballot, votesRequired, closed, who) -> {
          Outcome before = decide(ballot, votesRequired, closed).outcome();
          Outcome after = decide(with(ballot, who, Choice.IN_FAVOR), votesRequired, closed).outcome();
          assertThat(rank(after)).isGreaterThanOrEqualTo(rank(before));
        });
  }

  @Test
  void a_settled_open_decision_stays_the_same_whatever_the_others_vote_and_after_closing() {
    qt().forAll(ballots(), votesRequired(), ballots())
        .assuming((ballot, votesRequired, later) ->
            decide(ballot, votesRequired, false).outcome() != Outcome.PENDING)
        .checkAssert((ballot, votesRequired, later) -> {
          Outcome settled = decide(ballot, votesRequired, false).outcome();
          Map<Stakeholder, Choice> completed = new java.util.EnumMap<>(later);
          completed.putAll(ballot); // those who voted keep their votes; the others vote as later
          assertThat(decide(completed, votesRequired, false).outcome()).isEqualTo(settled);
          assertThat(decide(completed, votesRequired, true).outcome()).isEqualTo(settled);
          assertThat(decide(ballot, votesRequired, true).outcome()).isEqualTo(settled);
        });
  }

  @Test
  void a_decision_after_the_expiry_is_never_pending() {
    qt().forAll(ballots(), votesRequired(), integers().between(1, 100_000))
        .checkAssert((ballot, votesRequired, daysLate) ->
            assertThat(RenewalDecider.requiring(votesRequired)
                .decide(PARS, votes(ballot), PARS.expiresOn().plusDays(daysLate)).outcome())
                .isNotEqualTo(Outcome.PENDING));
  }

  @Test
  void the_four_sets_partition_the_stakeholders_in_stakeholder_order() {
    qt().forAll(ballots(), votesRequired(), booleans().all())
        .checkAssert((ballot, votesRequired, closed) -> {
          RenewalDecision decision = decide(ballot, votesRequired, closed);
          Set<Stakeholder> seen = EnumSet.noneOf(Stakeholder.class);
          for (Set<Stakeholder> set : List.of(decision.inFavor(), decision.against(),
              decision.abstained(), decision.notVoted())) {
            assertThat(java.util.Collections.disjoint(set, seen)).as("disjoint").isTrue();
            assertThat(List.copyOf(set)).isSorted();
            seen.addAll(set);
          }
          assertThat(seen).containsExactly(Stakeholder.values());
          for (Stakeholder stakeholder : Stakeholder.values()) {
            Choice choice = ballot.get(stakeholder);
            assertThat(choice == null ? decision.notVoted()
                : choice == Choice.IN_FAVOR ? decision.inFavor()
                : choice == Choice.AGAINST ? decision.against()
                : decision.abstained()).contains(stakeholder);
          }
        });
  }

  @Test
  void requiring_fewer_votes_renews_whenever_requiring_more_does() {
    qt().forAll(ballots(), booleans().all()).checkAssert((ballot, closed) -> {
      for (int fewer = 1; fewer <= 2; fewer++) {
        if (decide(ballot, fewer + 1, closed).outcome() == Outcome.RENEWED) {
          assertThat(decide(ballot, fewer, closed).outcome()).isEqualTo(Outcome.RENEWED);
        }
      }
    });
  }

  @Test
  void the_reason_is_the_oracles_outcome_telling_a_lapse_from_a_vote_down() {
    qt().forAll(ballots(), votesRequired(), booleans().all())
        .checkAssert((ballot, votesRequired, closed) -> {
          Outcome outcome = RuleOracle.outcome(ballot, votesRequired, closed);
          boolean lapsed = RuleOracle.lapsed(ballot, votesRequired, closed);
          Reason expected = switch (outcome) {
            case RENEWED -> Reason.RENEWED;
            case PENDING -> Reason.PENDING;
            case NOT_RENEWED -> lapsed ? Reason.LAPSED : Reason.VOTED_DOWN;
          };
          RenewalDecision decision = decide(ballot, votesRequired, closed);
          assertThat(decision.reason()).isEqualTo(expected);
          assertThat(decision.lapsed()).isEqualTo(lapsed);
          assertThat(decision.reason().outcome()).isEqualTo(outcome);
        });
  }

  @Test
  void the_decision_keeps_the_contract_and_the_rule() {
    qt().forAll(ballots(), votesRequired(), CONTRACTS)
        .checkAssert((ballot, votesRequired, contract) -> {
          RenewalDecision decision =
              RenewalDecider.requiring(votesRequired).decide(contract, votes(ballot));
          assertThat(decision.contract()).isEqualTo(contract);
          assertThat(decision.votesRequired()).isEqualTo(votesRequired);
        });
  }
}
