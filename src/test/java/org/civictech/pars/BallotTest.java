package org.civictech.pars;

import static java.util.Locale.ENGLISH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.civictech.pars.Choice.ABSTAIN;
import static org.civictech.pars.Choice.AGAINST;
import static org.civictech.pars.Outcome.NOT_RENEWED;
import static org.civictech.pars.Outcome.PENDING;
import static org.civictech.pars.Outcome.RENEWED;
import static org.civictech.pars.Stakeholder.CITY;
import static org.civictech.pars.Stakeholder.COURTS;
import static org.civictech.pars.Stakeholder.DA;

import java.time.LocalDate;
import java.util.List;
import org.civictech.pars.internal.Pars2018;
import org.junit.jupiter.api.Test;

/**
 * A dated ballot: supersession, history, decisions as of a day, and the 2018 timeline (the ballot
 * of {@link Pars2018}; that it is RULE.md's story is {@code Pars2018Test}'s to check).
 */
class BallotTest {

  private static final Contract PARS = Contract.of("PARS", LocalDate.of(2018, 8, 31));
  private static final LocalDate JULY_11 = LocalDate.of(2018, 7, 11);
  private static final LocalDate JULY_27 = LocalDate.of(2018, 7, 27);
  private static final LocalDate AUGUST_31 = LocalDate.of(2018, 8, 31);
  private static final LocalDate SEPTEMBER_1 = LocalDate.of(2018, 9, 1);

  private static final Ballot EMPTY = Ballot.open(PARS, RenewalDecider.twoOfThree());

  @Test
  void a_decision_from_a_ballot_carries_its_day_and_the_rationales_of_the_standing_votes() {
    RenewalDecision decision = Pars2018.ballot(ENGLISH).decisionAsOf(SEPTEMBER_1);

    assertThat(decision.asOf()).contains(SEPTEMBER_1);
    assertThat(decision.votes()).extracting(Vote::stakeholder, Vote::choice)
        .containsExactly(tuple(DA, AGAINST), tuple(COURTS, ABSTAIN), tuple(CITY, AGAINST));
    assertThat(decision.votes()).extracting(Vote::rationale)
        .containsExactly("he would be a \"no\" vote", "", "the City would not renew");
    assertThat(Pars2018.ballot(ENGLISH).timeline()).allSatisfy(
        entry -> assertThat(entry.decision().asOf()).contains(entry.asOf()));
  }

  @Test
  void the_2018_timeline_has_one_entry_per_day_of_votes_and_the_final_one() {
    List<DatedDecision> timeline = Pars2018.ballot(ENGLISH).timeline();

    assertThat(timeline).extracting(DatedDecision::asOf)
        .containsExactly(JULY_11, JULY_27, SEPTEMBER_1);
    assertThat(timeline).extracting(entry -> entry.decision().reason())
        .containsExactly(Reason.PENDING, Reason.VOTED_DOWN, Reason.VOTED_DOWN);
    assertThat(timeline.get(1).decision().isFinal()).isFalse();
    assertThat(timeline.get(2).decision().isFinal()).isTrue();
    assertThat(timeline.get(2).decision().explanation()).startsWith("Not renewed (voted down): ");
    assertThat(timeline).extracting(DatedDecision::outcome)
        .containsExactly(PENDING, NOT_RENEWED, NOT_RENEWED);
    assertThat(timeline.get(0).explanation()).isEqualTo(timeline.get(0).decision().explanation())
        .startsWith("Pending: ");
  }

  @Test
  void history_keeps_every_vote_with_its_date_and_source_in_the_order_cast() {
    List<DatedVote> history = Pars2018.ballot(ENGLISH).history();

    // RULE.md: the DA's letter of July 11 [AP-07-11]; the courts' abstention and the City's no
    // by July 27 [CBS, AP-07-27, Inquirer].
    assertThat(history).extracting(dated -> dated.vote().stakeholder(),
        dated -> dated.vote().choice(), DatedVote::castOn).containsExactly(
            tuple(DA, AGAINST, JULY_11), tuple(COURTS, ABSTAIN, JULY_27),
            tuple(CITY, AGAINST, JULY_27));
    assertThat(history).extracting(DatedVote::source).satisfiesExactly(
        source -> assertThat(source).endsWith(" [AP-07-11]"),
        source -> assertThat(source).endsWith(" [CBS, AP-07-27, Inquirer]"),
        source -> assertThat(source).endsWith(" [CBS, AP-07-27, Inquirer]"));
  }

  @Test
  void consent_withdrawn_before_the_expiry_undoes_a_renewal() {
    Ballot renewed = EMPTY.cast(Vote.inFavor(DA), JULY_11).cast(Vote.inFavor(CITY), JULY_11);
    Ballot withdrawn = renewed.cast(Vote.against(CITY), JULY_27);

    assertThat(withdrawn.decisionAsOf(JULY_11).outcome()).isEqualTo(RENEWED);
    assertThat(withdrawn.decisionAsOf(JULY_27).outcome()).isEqualTo(PENDING);
    assertThat(withdrawn.decisionAsOf(SEPTEMBER_1).outcome()).isEqualTo(NOT_RENEWED);
    assertThat(withdrawn.history()).hasSize(3);
    assertThat(withdrawn.standingAsOf(JULY_27)).extracting(DatedVote::vote)
        .containsExactly(Vote.inFavor(DA), Vote.against(CITY));
  }

  @Test
  void a_reversal_on_the_expiry_day_itself_still_counts() {
    Ballot ballot = EMPTY.cast(Vote.against(DA), JULY_11).cast(Vote.against(CITY), JULY_11)
        .cast(Vote.inFavor(DA), AUGUST_31).cast(Vote.inFavor(CITY), AUGUST_31);

    assertThat(ballot.decisionAsOf(JULY_27).outcome()).isEqualTo(NOT_RENEWED);
    assertThat(ballot.decisionAsOf(SEPTEMBER_1).outcome()).isEqualTo(RENEWED);
  }

  @Test
  void a_later_vote_on_the_same_day_supersedes_the_earlier_one() {
    Ballot ballot = EMPTY.cast(Vote.inFavor(DA), JULY_11).cast(Vote.abstain(DA), JULY_11);

    assertThat(ballot.decisionAsOf(JULY_11).abstained()).containsExactly(DA);
  }

  @Test
  void a_vote_after_the_expiry_is_rejected() {
    assertThatThrownBy(() -> EMPTY.cast(Vote.inFavor(DA), SEPTEMBER_1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("castOn").hasMessageContaining("2018-08-31")
        .hasMessageContaining("2018-09-01");
  }

  @Test
  void a_vote_dated_before_the_same_stakeholders_previous_vote_is_rejected() {
    Ballot ballot = EMPTY.cast(Vote.inFavor(DA), JULY_27);

    assertThatThrownBy(() -> ballot.cast(Vote.against(DA), JULY_11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("castOn must not go back in time: DA last voted on 2018-07-27,"
            + " but castOn was 2018-07-11");
  }

  @Test
  void another_stakeholder_may_record_an_earlier_vote() {
    Ballot ballot = EMPTY.cast(Vote.inFavor(DA), JULY_27).cast(Vote.inFavor(CITY), JULY_11);

    assertThat(ballot.decisionAsOf(JULY_11).inFavor()).containsExactly(CITY);
    assertThat(ballot.timeline()).extracting(DatedDecision::asOf)
        .containsExactly(JULY_11, JULY_27, SEPTEMBER_1);
  }

  @Test
  void an_empty_ballot_lapses_and_its_timeline_is_the_final_decision() {
    assertThat(EMPTY.history()).isEmpty();
    assertThat(EMPTY.timeline()).containsExactly(
        new DatedDecision(SEPTEMBER_1, EMPTY.decisionAsOf(SEPTEMBER_1)));
    assertThat(EMPTY.decisionAsOf(SEPTEMBER_1).lapsed()).isTrue();
  }

  @Test
  void casting_leaves_the_original_ballot_unchanged() {
    Ballot after = EMPTY.cast(Vote.inFavor(DA), JULY_11);

    assertThat(EMPTY.history()).isEmpty();
    assertThat(after).isNotEqualTo(EMPTY);
    assertThat(after).isEqualTo(EMPTY.cast(Vote.inFavor(DA), JULY_11, ""))
        .hasSameHashCodeAs(EMPTY.cast(Vote.inFavor(DA), JULY_11, ""));
    assertThat(after.toString()).contains("PARS").endsWith(", 1 vote cast]");
    assertThat(after.contract()).isEqualTo(PARS);
    assertThat(after.decider()).isEqualTo(RenewalDecider.twoOfThree());
  }

  @Test
  void to_string_says_vote_for_one_and_votes_otherwise() {
    assertThat(EMPTY.toString()).endsWith(", 0 votes cast]");
    assertThat(EMPTY.cast(Vote.inFavor(DA), JULY_11).toString()).endsWith(", 1 vote cast]");
    assertThat(Pars2018.ballot(ENGLISH).toString()).endsWith(", 3 votes cast]");
  }

  @Test
  void history_and_timeline_are_unmodifiable() {
    Ballot ballot = Pars2018.ballot(ENGLISH);

    assertThatThrownBy(() -> ballot.history().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ballot.timeline().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> ballot.standingAsOf(JULY_27).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void bad_input_is_named_and_leaves_the_ballot_unchanged() {
    Ballot ballot = Pars2018.ballot(ENGLISH);

    assertThatThrownBy(() -> Ballot.open(null, RenewalDecider.twoOfThree()))
        .isInstanceOf(NullPointerException.class).hasMessage("contract");
    assertThatThrownBy(() -> Ballot.open(PARS, null))
        .isInstanceOf(NullPointerException.class).hasMessage("decider");
    assertThatThrownBy(() -> ballot.cast(null, JULY_11))
        .isInstanceOf(NullPointerException.class).hasMessage("vote");
    assertThatThrownBy(() -> ballot.cast(Vote.inFavor(DA), null))
        .isInstanceOf(NullPointerException.class).hasMessage("castOn");
    assertThatThrownBy(() -> ballot.cast(Vote.inFavor(DA), AUGUST_31, null))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> ballot.decisionAsOf(null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> ballot.standingAsOf(null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThat(ballot).isEqualTo(Pars2018.ballot(ENGLISH));
  }
}
