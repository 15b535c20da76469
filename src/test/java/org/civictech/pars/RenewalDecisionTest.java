package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civictech.pars.Choice.ABSTAIN;
import static org.civictech.pars.Choice.AGAINST;
import static org.civictech.pars.Choice.IN_FAVOR;
import static org.civictech.pars.Outcome.NOT_RENEWED;
import static org.civictech.pars.Outcome.PENDING;
import static org.civictech.pars.Outcome.RENEWED;
import static org.civictech.pars.Stakeholder.CITY;
import static org.civictech.pars.Stakeholder.COURTS;
import static org.civictech.pars.Stakeholder.DA;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The decision as a value: sets, equality, explanation, possible outcomes and pivots. */
class RenewalDecisionTest {

  private static final Contract PARS = Contract.of("PARS", LocalDate.of(2018, 8, 31));
  private static final LocalDate AFTER = LocalDate.of(2018, 9, 1);
  private static final RenewalDecider TWO_OF_THREE = RenewalDecider.twoOfThree();
  private static final List<Vote> VOTES_2018 =
      List.of(Vote.against(DA), Vote.abstain(COURTS), Vote.against(CITY));

  // ------------------------------------------------------------ sets

  @Test
  void sets_are_unmodifiable() {
    RenewalDecision decision = TWO_OF_THREE.decide(PARS, VOTES_2018);

    assertThatThrownBy(() -> decision.against().add(COURTS))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> decision.notVoted().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> decision.possibleOutcomes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> decision.pivots().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void sets_iterate_in_stakeholder_order_whatever_the_order_of_votes() {
    RenewalDecision decision = TWO_OF_THREE.decide(
        PARS, List.of(Vote.against(CITY), Vote.against(DA), Vote.against(COURTS)));

    assertThat(decision.against()).containsExactly(DA, COURTS, CITY);
  }

  // ------------------------------------------------------------ value

  @Test
  void equal_inputs_give_equal_decisions_with_equal_hash_codes() {
    RenewalDecision one = TWO_OF_THREE.decide(PARS, VOTES_2018, AFTER);
    RenewalDecision two = TWO_OF_THREE.decide(PARS, List.copyOf(VOTES_2018), AFTER);

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
  }

  @Test
  void decisions_taken_on_different_days_are_not_equal_even_with_the_same_outcome() {
    RenewalDecision first = TWO_OF_THREE.decide(PARS, VOTES_2018, AFTER);
    RenewalDecision later = TWO_OF_THREE.decide(PARS, VOTES_2018, AFTER.plusDays(9));

    assertThat(later.reason()).isEqualTo(first.reason());
    assertThat(later).isNotEqualTo(first);
  }

  @Test
  void decisions_differ_by_the_rationale_of_each_stakeholders_vote() {
    RenewalDecision base = TWO_OF_THREE.decide(PARS, VOTES_2018, AFTER);
    for (Stakeholder stakeholder : Stakeholder.values()) {
      List<Vote> changed = new ArrayList<>();
      for (Vote vote : VOTES_2018) {
        changed.add(vote.stakeholder() == stakeholder ? vote.because("another reason") : vote);
      }
      assertThat(TWO_OF_THREE.decide(PARS, changed, AFTER)).as(stakeholder.name())
          .isNotEqualTo(base);
    }
  }

  @Test
  void an_undated_decision_is_not_equal_to_a_dated_one() {
    assertThat(TWO_OF_THREE.decide(PARS, VOTES_2018))
        .isNotEqualTo(TWO_OF_THREE.decide(PARS, VOTES_2018, PARS.expiresOn()));
    assertThat(TWO_OF_THREE.decide(PARS, VOTES_2018, PARS.expiresOn()))
        .isNotEqualTo(TWO_OF_THREE.decide(PARS, VOTES_2018));
  }

  // ------------------------------------------------------------ votes and date

  @Test
  void a_decision_keeps_its_votes_with_their_rationales_in_stakeholder_order() {
    RenewalDecision decision = TWO_OF_THREE.decide(PARS, List.of(
        Vote.against(CITY).because("the City would not renew"),
        Vote.against(DA).because("ICE's use of PARS")), AFTER);

    assertThat(decision.votes()).containsExactly(
        Vote.against(DA).because("ICE's use of PARS"),
        Vote.against(CITY).because("the City would not renew"));
    assertThatThrownBy(() -> decision.votes().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_decision_on_all_three_votes_keeps_all_three() {
    RenewalDecision decision = TWO_OF_THREE.decide(PARS, VOTES_2018, AFTER);

    assertThat(decision.votes()).containsExactly(
        Vote.against(DA), Vote.abstain(COURTS), Vote.against(CITY));
  }

  @Test
  void choice_of_tells_each_stakeholders_vote_or_none() {
    RenewalDecision decision =
        TWO_OF_THREE.decide(PARS, List.of(Vote.inFavor(COURTS), Vote.abstain(CITY)));

    assertThat(decision.choiceOf(DA)).isEmpty();
    assertThat(decision.choiceOf(COURTS)).contains(Choice.IN_FAVOR);
    assertThat(decision.choiceOf(CITY)).contains(Choice.ABSTAIN);
    assertThat(TWO_OF_THREE.decide(PARS, List.of(Vote.against(DA))).choiceOf(DA))
        .contains(Choice.AGAINST);
  }

  @Test
  void a_decision_taken_as_of_a_day_keeps_that_day_and_one_without_a_date_has_none() {
    assertThat(TWO_OF_THREE.decide(PARS, VOTES_2018, AFTER).asOf()).contains(AFTER);
    assertThat(TWO_OF_THREE.decide(PARS, VOTES_2018).asOf()).isEmpty();
  }

  @Test
  void decisions_differ_by_votes_rule_contract_and_openness() {
    RenewalDecision base = TWO_OF_THREE.decide(PARS, VOTES_2018, AFTER);

    assertThat(base).isNotEqualTo(TWO_OF_THREE.decide(PARS, VOTES_2018))
        .isNotEqualTo(RenewalDecider.requiring(3).decide(PARS, VOTES_2018, AFTER))
        .isNotEqualTo(TWO_OF_THREE.decide(PARS, List.of(Vote.against(DA)), AFTER))
        .isNotEqualTo(TWO_OF_THREE.decide(Contract.of("Other", PARS.expiresOn()), VOTES_2018, AFTER))
        .isNotEqualTo(null)
        .isNotEqualTo("a string");
  }

  @Test
  void to_string_shows_outcome_reason_finality_and_votes() {
    assertThat(TWO_OF_THREE.decide(PARS, VOTES_2018, AFTER).toString()).isEqualTo(
        "RenewalDecision[PARS: NOT_RENEWED (VOTED_DOWN), final, 2 of 3 required, inFavor=[], "
            + "against=[DA, CITY], abstained=[COURTS], notVoted=[]]");
    assertThat(TWO_OF_THREE.decide(PARS, List.of(Vote.inFavor(COURTS))).toString()).isEqualTo(
        "RenewalDecision[PARS: PENDING (PENDING), open, 2 of 3 required, inFavor=[COURTS], "
            + "against=[], abstained=[], notVoted=[DA, CITY]]");
  }

  // ------------------------------------------------------------ explanation

  @Test
  void explanation_of_2018_after_the_expiry_is_the_quotable_text() {
    assertThat(TWO_OF_THREE.decide(PARS, VOTES_2018, AFTER).explanation()).isEqualTo(
        "Not renewed (voted down): no stakeholder voted in favor and renewal needs 2 votes in"
            + " favor. The District Attorney's Office and the City voted against; "
            + "the courts abstained, which does not count in favor.");
  }

  @Test
  void explanation_of_an_open_settled_outcome_says_until_when_it_can_change() {
    assertThat(TWO_OF_THREE.decide(PARS, VOTES_2018).explanation()).isEqualTo(
        "Not renewed as the votes stand: no stakeholder voted in favor and renewal needs 2"
            + " votes in favor. The District Attorney's Office and the City voted against; "
            + "the courts abstained, which does not count in favor. "
            + "A stakeholder may still change its vote until "
            + "August 31, 2018, the last day of voting.");
  }

  @Test
  void explanation_of_a_renewal_names_who_voted_in_favor() {
    assertThat(TWO_OF_THREE.decide(PARS,
        List.of(Vote.inFavor(DA), Vote.inFavor(COURTS), Vote.inFavor(CITY)), AFTER).explanation())
        .isEqualTo("Renewed: 3 stakeholders voted in favor and renewal needs 2 votes in favor. "
            + "The District Attorney's Office, the courts and the City voted in favor.");
  }

  @Test
  void explanation_of_a_pending_decision_says_who_has_not_voted_yet() {
    assertThat(TWO_OF_THREE.decide(PARS, List.of(Vote.against(DA))).explanation()).isEqualTo(
        "Pending: no stakeholder voted in favor and renewal needs 2 votes in favor; the votes"
            + " still to come decide it. The District Attorney's Office voted against; the"
            + " courts and the City have not voted yet.");
  }

  @Test
  void explanation_of_a_lapse_says_voting_closed_without_the_missing_votes() {
    assertThat(TWO_OF_THREE.decide(PARS, List.of(Vote.inFavor(DA)), AFTER).explanation())
        .isEqualTo("Not renewed (lapsed): 1 stakeholder voted in favor and renewal needs 2 votes"
            + " in favor; voting ended on August 31, 2018 without the votes that could have"
            + " renewed it. The District Attorney's Office voted in favor; the courts and the City"
            + " never voted.");
  }

  @Test
  void explanation_of_an_open_vote_down_says_the_votes_to_come_cannot_reach_it() {
    assertThat(RenewalDecider.requiring(3).decide(PARS, List.of(Vote.abstain(COURTS)))
        .explanation()).startsWith("Not renewed as the votes stand: no stakeholder voted in"
            + " favor and renewal needs"
            + " 3 votes in favor, which the votes still to come can no longer reach. The courts"
            + " abstained, which does not count in favor; the District Attorney's Office and the"
            + " City have not voted yet.");
  }

  // ------------------------------------------------------------ possible outcomes

  @Test
  void a_pending_decision_can_still_go_either_way() {
    assertThat(TWO_OF_THREE.decide(PARS, List.of()).possibleOutcomes())
        .containsExactly(RENEWED, NOT_RENEWED);
  }

  @Test
  void a_settled_or_final_decision_has_only_its_own_outcome() {
    assertThat(TWO_OF_THREE.decide(PARS, VOTES_2018).possibleOutcomes())
        .containsExactly(NOT_RENEWED);
    assertThat(TWO_OF_THREE.decide(PARS, List.of(), AFTER).possibleOutcomes())
        .containsExactly(NOT_RENEWED);
    assertThat(TWO_OF_THREE.decide(PARS, List.of(Vote.inFavor(DA), Vote.inFavor(CITY)))
        .possibleOutcomes()).containsExactly(RENEWED);
  }

  // ------------------------------------------------------------ pivots

  @Test
  void pivots_of_2018_07_12_are_the_courts_or_the_city_not_voting_in_favor() {
    RenewalDecision decision = TWO_OF_THREE.decide(PARS, List.of(Vote.against(DA)));

    assertThat(decision.pivots()).containsExactly(
        new Pivot(COURTS, AGAINST, NOT_RENEWED), new Pivot(COURTS, ABSTAIN, NOT_RENEWED),
        new Pivot(CITY, AGAINST, NOT_RENEWED), new Pivot(CITY, ABSTAIN, NOT_RENEWED));
    assertThat(decision.explainPivots()).isEqualTo("One vote would change it: not renewed if the"
        + " courts or the City voted against or abstained.");
  }

  @Test
  void no_single_vote_would_have_changed_2018() {
    RenewalDecision decision = TWO_OF_THREE.decide(PARS, VOTES_2018, AFTER);

    assertThat(decision.pivots()).isEmpty();
    assertThat(decision.explainPivots()).isEqualTo("No single different vote would have made a"
        + " difference: one more vote in favor would have made only 1 of the 2 needed.");
  }

  @Test
  void a_renewal_by_two_votes_hinges_on_each_of_them() {
    RenewalDecision decision = TWO_OF_THREE.decide(
        PARS, List.of(Vote.inFavor(DA), Vote.inFavor(COURTS), Vote.against(CITY)), AFTER);

    assertThat(decision.pivots()).containsExactly(
        new Pivot(DA, AGAINST, NOT_RENEWED), new Pivot(DA, ABSTAIN, NOT_RENEWED),
        new Pivot(COURTS, AGAINST, NOT_RENEWED), new Pivot(COURTS, ABSTAIN, NOT_RENEWED));
    assertThat(decision.explainPivots()).isEqualTo("One different vote would have made it"
        + " not renewed: if the District Attorney's Office or the courts had voted against or had"
        + " abstained.");
  }

  @Test
  void a_unanimous_renewal_survives_any_single_change() {
    RenewalDecision decision = TWO_OF_THREE.decide(
        PARS, List.of(Vote.inFavor(DA), Vote.inFavor(COURTS), Vote.inFavor(CITY)));

    assertThat(decision.pivots()).isEmpty();
    assertThat(decision.explainPivots()).isEqualTo("No single vote would change it: even if a"
        + " stakeholder in favor changed its vote, 2 votes in favor would remain, and renewal"
        + " needs 2.");
  }

  @Test
  void nobody_voted_under_two_of_three_no_single_vote_settles_it() {
    RenewalDecision decision = TWO_OF_THREE.decide(PARS, List.of());

    assertThat(decision.pivots()).isEmpty();
    assertThat(decision.explainPivots()).isEqualTo("No single vote would settle it: settling it"
        + " takes at least two votes, cast or changed.");
  }

  @Test
  void a_pending_decision_can_be_settled_either_way_by_one_vote() {
    RenewalDecision decision =
        TWO_OF_THREE.decide(PARS, List.of(Vote.inFavor(DA), Vote.against(COURTS)));

    assertThat(decision.pivots()).contains(
        new Pivot(CITY, IN_FAVOR, RENEWED), new Pivot(CITY, AGAINST, NOT_RENEWED),
        new Pivot(COURTS, IN_FAVOR, RENEWED), new Pivot(DA, AGAINST, NOT_RENEWED));
    // the courts and the District Attorney's Office have voted: they would change their vote
    assertThat(decision.explainPivots()).isEqualTo("One vote would change it: renewed if the"
        + " courts changed their vote to in favor, or if the City voted in favor; not renewed if"
        + " the District Attorney's Office changed its vote to against or an abstention, or if"
        + " the City voted against or abstained.");
  }
}
