package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civictech.pars.Outcome.NOT_RENEWED;
import static org.civictech.pars.Outcome.PENDING;
import static org.civictech.pars.Outcome.RENEWED;
import static org.civictech.pars.Stakeholder.CITY;
import static org.civictech.pars.Stakeholder.COURTS;
import static org.civictech.pars.Stakeholder.DA;

import java.time.LocalDate;
import java.util.AbstractCollection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples of the rule, edge cases first, then the 2018 worked example of RULE.md. */
class RenewalDeciderTest {

  private static final Contract PARS = Contract.of("PARS", LocalDate.of(2018, 8, 31));
  private static final LocalDate EXPIRY = PARS.expiresOn();
  private static final RenewalDecider TWO_OF_THREE = RenewalDecider.twoOfThree();

  // ------------------------------------------------------------ R6/R7: the expiry day itself

  @Test
  void voting_is_still_open_on_the_expiry_day_itself() {
    RenewalDecision decision =
        TWO_OF_THREE.decide(PARS, List.of(Vote.inFavor(DA)), EXPIRY);

    assertThat(decision.outcome()).isEqualTo(PENDING);
    assertThat(decision.isFinal()).isFalse();
  }

  @Test
  void voting_is_closed_the_day_after_the_expiry() {
    RenewalDecision decision =
        TWO_OF_THREE.decide(PARS, List.of(Vote.inFavor(DA)), EXPIRY.plusDays(1));

    assertThat(decision.outcome()).isEqualTo(NOT_RENEWED);
    assertThat(decision.isFinal()).isTrue();
    assertThat(decision.lapsed()).isTrue();
  }

  @Test
  void a_decision_long_before_the_expiry_is_open() {
    assertThat(TWO_OF_THREE.decide(PARS, List.of(), LocalDate.of(2000, 1, 1)).outcome())
        .isEqualTo(PENDING);
  }

  // ------------------------------------------------------------ nobody voted

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void nobody_voted_while_open_is_pending_under_every_rule(int votesRequired) {
    RenewalDecision decision = RenewalDecider.requiring(votesRequired).decide(PARS, List.of());

    assertThat(decision.outcome()).isEqualTo(PENDING);
    assertThat(decision.reason()).isEqualTo(Reason.PENDING);
    assertThat(decision.notVoted()).containsExactly(DA, COURTS, CITY);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void nobody_voted_by_the_expiry_means_the_contract_lapsed(int votesRequired) {
    RenewalDecision decision =
        RenewalDecider.requiring(votesRequired).decide(PARS, List.of(), EXPIRY.plusDays(1));

    assertThat(decision.outcome()).isEqualTo(NOT_RENEWED);
    assertThat(decision.reason()).isEqualTo(Reason.LAPSED);
    assertThat(decision.lapsed()).isTrue();
  }

  // ------------------------------------------------------------ R4: everyone abstains

  @Test
  void everyone_abstaining_is_not_renewed_at_once_and_recorded_as_abstentions() {
    RenewalDecision decision = TWO_OF_THREE.decide(
        PARS, List.of(Vote.abstain(DA), Vote.abstain(COURTS), Vote.abstain(CITY)));

    assertThat(decision.outcome()).isEqualTo(NOT_RENEWED);
    assertThat(decision.reason()).isEqualTo(Reason.VOTED_DOWN);
    assertThat(decision.abstained()).containsExactly(DA, COURTS, CITY);
    assertThat(decision.against()).isEmpty();
    assertThat(decision.inFavor()).isEmpty();
  }

  @Test
  void everyone_abstaining_after_the_expiry_is_voted_down_not_lapsed() {
    RenewalDecision decision = TWO_OF_THREE.decide(PARS,
        List.of(Vote.abstain(DA), Vote.abstain(COURTS), Vote.abstain(CITY)), EXPIRY.plusDays(1));

    assertThat(decision.outcome()).isEqualTo(NOT_RENEWED);
    assertThat(decision.lapsed()).isFalse();
  }

  @Test
  void abstention_is_recorded_but_does_not_count_in_favor() {
    RenewalDecision decision =
        TWO_OF_THREE.decide(PARS, List.of(Vote.inFavor(DA), Vote.abstain(COURTS)));

    assertThat(decision.outcome()).isEqualTo(PENDING);
    assertThat(decision.abstained()).containsExactly(COURTS);
    assertThat(decision.against()).doesNotContain(COURTS);
    assertThat(decision.inFavor()).containsExactly(DA);
  }

  // ------------------------------------------------------------ R1 and R3

  @Test
  void the_voters_are_exactly_the_da_the_courts_and_the_city_in_that_order() {
    assertThat(Stakeholder.values()).containsExactly(DA, COURTS, CITY);
  }

  @Test
  void stakeholders_have_display_names_for_sentences() {
    assertThat(DA.displayName()).isEqualTo("the District Attorney's Office");
    assertThat(COURTS.displayName()).isEqualTo("the courts");
    assertThat(CITY.displayName()).isEqualTo("the City");
  }

  @Test
  void two_votes_in_favor_renew_at_once_whatever_the_third_does() {
    List<Vote> twoInFavor = List.of(Vote.inFavor(DA), Vote.inFavor(CITY));

    assertThat(TWO_OF_THREE.decide(PARS, twoInFavor).outcome()).isEqualTo(RENEWED);
    for (Vote third : List.of(Vote.inFavor(COURTS), Vote.against(COURTS), Vote.abstain(COURTS))) {
      List<Vote> all = new ArrayList<>(twoInFavor);
      all.add(third);
      assertThat(TWO_OF_THREE.decide(PARS, all, EXPIRY.plusDays(1)).outcome())
          .isEqualTo(RENEWED);
    }
  }

  @Test
  void one_vote_in_favor_is_not_enough_once_the_others_voted_against() {
    RenewalDecision decision = TWO_OF_THREE.decide(
        PARS, List.of(Vote.inFavor(DA), Vote.against(COURTS), Vote.against(CITY)));

    assertThat(decision.outcome()).isEqualTo(NOT_RENEWED);
  }

  @Test
  void one_vote_against_while_two_have_not_voted_leaves_renewal_possible() {
    assertThat(TWO_OF_THREE.decide(PARS, List.of(Vote.against(DA))).outcome())
        .isEqualTo(PENDING);
  }

  @Test
  void two_votes_against_settle_it_before_the_third_votes() {
    RenewalDecision decision =
        TWO_OF_THREE.decide(PARS, List.of(Vote.against(DA), Vote.abstain(CITY)));

    assertThat(decision.outcome()).isEqualTo(NOT_RENEWED);
    assertThat(decision.notVoted()).containsExactly(COURTS);
  }

  // ------------------------------------------------------------ R8: other rules

  @Test
  void consensus_fails_with_the_first_vote_that_is_not_in_favor() {
    RenewalDecision decision =
        RenewalDecider.requiring(3).decide(PARS, List.of(Vote.abstain(COURTS)));

    assertThat(decision.outcome()).isEqualTo(NOT_RENEWED);
  }

  @Test
  void consensus_renews_only_with_all_three_in_favor() {
    RenewalDecider consensus = RenewalDecider.requiring(3);

    assertThat(consensus.decide(PARS, List.of(Vote.inFavor(DA), Vote.inFavor(COURTS))).outcome())
        .isEqualTo(PENDING);
    assertThat(consensus.decide(PARS,
        List.of(Vote.inFavor(DA), Vote.inFavor(COURTS), Vote.inFavor(CITY))).outcome())
        .isEqualTo(RENEWED);
  }

  @Test
  void one_of_three_renews_with_the_first_vote_in_favor() {
    assertThat(RenewalDecider.requiring(1).decide(PARS, List.of(Vote.inFavor(CITY))).outcome())
        .isEqualTo(RENEWED);
  }

  @Test
  void one_of_three_fails_only_when_all_three_did_not_vote_in_favor() {
    RenewalDecider one = RenewalDecider.requiring(1);

    assertThat(one.decide(PARS, List.of(Vote.against(DA), Vote.abstain(COURTS))).outcome())
        .isEqualTo(PENDING);
    assertThat(one.decide(PARS,
        List.of(Vote.against(DA), Vote.abstain(COURTS), Vote.against(CITY))).outcome())
        .isEqualTo(NOT_RENEWED);
  }

  @Test
  void two_of_three_is_requiring_two() {
    assertThat(RenewalDecider.twoOfThree().votesRequired()).isEqualTo(2);
    assertThat(RenewalDecider.twoOfThree()).isEqualTo(RenewalDecider.requiring(2));
    assertThat(RenewalDecider.requiring(2).hashCode())
        .isEqualTo(RenewalDecider.twoOfThree().hashCode());
    assertThat(RenewalDecider.requiring(3)).isNotEqualTo(RenewalDecider.twoOfThree());
    assertThat(RenewalDecider.twoOfThree().toString()).contains("2 of 3");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void the_decision_records_the_rule_it_was_decided_under(int votesRequired) {
    RenewalDecider decider = RenewalDecider.requiring(votesRequired);

    assertThat(decider.votesRequired()).isEqualTo(votesRequired);
    assertThat(decider.decide(PARS, List.of()).votesRequired()).isEqualTo(votesRequired);
  }

  // ------------------------------------------------------------ the 2018 worked example

  @Test
  void worked_example_2018_07_10_nobody_has_voted_is_pending() {
    RenewalDecision decision = TWO_OF_THREE.decide(PARS, List.of(), LocalDate.of(2018, 7, 10));

    assertThat(decision.outcome()).isEqualTo(PENDING);
  }

  @Test
  void worked_example_2018_07_12_da_against_is_pending() {
    RenewalDecision decision =
        TWO_OF_THREE.decide(PARS, List.of(Vote.against(DA)), LocalDate.of(2018, 7, 12));

    assertThat(decision.outcome()).isEqualTo(PENDING);
    assertThat(decision.possibleOutcomes()).containsExactly(RENEWED, NOT_RENEWED);
  }

  @Test
  void worked_example_2018_07_28_da_against_courts_abstain_city_against_is_not_renewed() {
    RenewalDecision decision = TWO_OF_THREE.decide(PARS, votes2018(), LocalDate.of(2018, 7, 28));

    assertThat(decision.outcome()).isEqualTo(NOT_RENEWED);
    assertThat(decision.inFavor()).isEmpty();
    assertThat(decision.isFinal()).isFalse();
  }

  @Test
  void worked_example_2018_09_01_voting_closed_and_the_contract_was_voted_down() {
    RenewalDecision decision = TWO_OF_THREE.decide(PARS, votes2018(), LocalDate.of(2018, 9, 1));

    assertThat(decision.outcome()).isEqualTo(NOT_RENEWED);
    assertThat(decision.isFinal()).isTrue();
    assertThat(decision.lapsed()).isFalse();
    assertThat(decision.reason()).isEqualTo(Reason.VOTED_DOWN);
  }

  @ParameterizedTest
  @EnumSource(Choice.class)
  void worked_example_had_only_the_da_voted_by_september_1_the_contract_lapsed(Choice choice) {
    RenewalDecision decision = TWO_OF_THREE.decide(
        PARS, List.of(new Vote(DA, choice, "")), LocalDate.of(2018, 9, 1));

    assertThat(decision.outcome()).isEqualTo(NOT_RENEWED);
    assertThat(decision.lapsed()).isTrue();
  }

  // ------------------------------------------------------------ inputs

  @Test
  void the_order_of_the_votes_does_not_matter() {
    List<Vote> votes = votes2018();
    List<Vote> reversed = new ArrayList<>(votes);
    java.util.Collections.reverse(reversed);

    assertThat(TWO_OF_THREE.decide(PARS, reversed)).isEqualTo(TWO_OF_THREE.decide(PARS, votes));
  }

  @Test
  void changing_the_callers_list_afterwards_changes_nothing() {
    List<Vote> votes = new ArrayList<>(List.of(Vote.inFavor(DA), Vote.inFavor(CITY)));
    RenewalDecision decision = TWO_OF_THREE.decide(PARS, votes);

    votes.set(0, Vote.against(DA));
    votes.add(Vote.against(COURTS));

    assertThat(decision.outcome()).isEqualTo(RENEWED);
    assertThat(decision.inFavor()).containsExactly(DA, CITY);
  }

  @Test
  void any_collection_of_votes_is_accepted() {
    RenewalDecision decision = TWO_OF_THREE.decide(
        PARS, new java.util.HashSet<>(List.of(Vote.inFavor(DA), Vote.inFavor(COURTS))));

    assertThat(decision.outcome()).isEqualTo(RENEWED);
  }

  @Test
  void every_kind_of_collection_gives_the_same_decision_on_every_ballot() {
    // List.of and List.copyOf lists are read by index, any other collection through a copy.
    for (Map<Stakeholder, Choice> ballot : BallotSpace.all()) {
      List<Vote> votes = List.copyOf(BallotSpace.votes(ballot));
      for (LocalDate asOf : List.of(EXPIRY, EXPIRY.plusDays(1))) {
        RenewalDecision expected = TWO_OF_THREE.decide(PARS, votes, asOf);
        List<Collection<Vote>> kinds = List.of(
            List.copyOf(votes),
            new ArrayList<>(votes),
            new LinkedList<>(votes),
            Arrays.asList(votes.toArray(new Vote[0])),
            Collections.unmodifiableList(new ArrayList<>(votes)),
            new LinkedHashSet<>(votes),
            new ArrayDeque<>(votes),
            votes.stream().toList());

        for (Collection<Vote> kind : kinds) {
          RenewalDecision decision = TWO_OF_THREE.decide(PARS, kind, asOf);
          assertThat(decision).as("%s as %s", votes, kind.getClass()).isEqualTo(expected);
          assertThat(decision.votes()).containsExactlyInAnyOrderElementsOf(votes);
          assertThat(decision.outcome())
              .isEqualTo(RuleOracle.outcome(ballot, 2, asOf.isAfter(EXPIRY)));
        }
      }
    }
  }

  @Test
  void a_stakeholder_voting_twice_is_found_in_any_collection() {
    List<Vote> twice = List.of(Vote.inFavor(DA), Vote.against(CITY), Vote.against(DA));

    for (Collection<Vote> votes : List.of(new ArrayList<>(twice), new LinkedList<>(twice),
        twice.stream().toList(), new LinkedHashSet<>(twice))) {
      assertThatThrownBy(() -> TWO_OF_THREE.decide(PARS, votes, EXPIRY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("DA voted twice: IN_FAVOR and AGAINST");
    }
  }

  @Test
  void no_more_votes_are_read_than_it_takes_to_find_one_cast_twice() {
    // Three stakeholders: of any four votes, two are by the same one. A collection that never
    // ends is therefore rejected, not read forever.
    Collection<Vote> endless = new AbstractCollection<>() {
      @Override
      public Iterator<Vote> iterator() {
        return Stream.generate(() -> Vote.abstain(COURTS)).iterator();
      }

      @Override
      public int size() {
        return Integer.MAX_VALUE;
      }
    };

    assertThatThrownBy(() -> TWO_OF_THREE.decide(PARS, endless, EXPIRY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COURTS voted twice: ABSTAIN and ABSTAIN");
    assertThatThrownBy(() -> TWO_OF_THREE.decide(
        PARS, Collections.nCopies(1_000_000, Vote.inFavor(DA)), EXPIRY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DA voted twice: IN_FAVOR and IN_FAVOR");
  }

  @Test
  void a_null_vote_is_named_in_any_collection() {
    List<Vote> withNull = Arrays.asList(Vote.inFavor(DA), null);

    for (Collection<Vote> votes : List.of(withNull, new LinkedHashSet<>(withNull),
        withNull.stream().toList())) {
      assertThatThrownBy(() -> TWO_OF_THREE.decide(PARS, votes, EXPIRY))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("votes must not contain null");
    }
  }

  @Test
  void a_stakeholder_voting_twice_names_it_and_both_choices() {
    assertThatThrownBy(() -> TWO_OF_THREE.decide(
        PARS, List.of(Vote.inFavor(DA), Vote.against(CITY), Vote.against(DA))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DA voted twice: IN_FAVOR and AGAINST");
  }

  @Test
  void a_stakeholder_casting_the_same_vote_twice_is_also_an_error() {
    assertThatThrownBy(() -> TWO_OF_THREE.decide(
        PARS, List.of(Vote.abstain(COURTS), Vote.abstain(COURTS)), EXPIRY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COURTS voted twice: ABSTAIN and ABSTAIN");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 4, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void requiring_anything_but_one_two_or_three_names_the_value(int votesRequired) {
    assertThatThrownBy(() -> RenewalDecider.requiring(votesRequired))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("votesRequired must be 1, 2 or 3, but was " + votesRequired);
  }

  @Test
  void null_contract_is_named() {
    assertThatThrownBy(() -> TWO_OF_THREE.decide(null, List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("contract");
    assertThatThrownBy(() -> TWO_OF_THREE.decide(null, List.of(), EXPIRY))
        .isInstanceOf(NullPointerException.class).hasMessage("contract");
  }

  @Test
  void null_votes_are_named() {
    assertThatThrownBy(() -> TWO_OF_THREE.decide(PARS, null))
        .isInstanceOf(NullPointerException.class).hasMessage("votes");
    assertThatThrownBy(() -> TWO_OF_THREE.decide(PARS, null, EXPIRY))
        .isInstanceOf(NullPointerException.class).hasMessage("votes");
  }

  @Test
  void a_null_vote_among_the_votes_is_named() {
    List<Vote> withNull = Arrays.asList(Vote.inFavor(DA), null);

    assertThatThrownBy(() -> TWO_OF_THREE.decide(PARS, withNull))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("votes");
    assertThatThrownBy(() -> TWO_OF_THREE.decide(PARS, withNull, EXPIRY))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("votes");
  }

  @Test
  void null_as_of_is_named() {
    assertThatThrownBy(() -> TWO_OF_THREE.decide(PARS, List.of(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
  }

  @Test
  void a_null_as_of_is_reported_even_when_the_votes_are_also_bad() {
    assertThatThrownBy(() -> TWO_OF_THREE.decide(
        PARS, List.of(Vote.inFavor(DA), Vote.inFavor(DA)), null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
  }

  static List<Vote> votes2018() {
    return List.of(Vote.against(DA), Vote.abstain(COURTS), Vote.against(CITY));
  }
}
