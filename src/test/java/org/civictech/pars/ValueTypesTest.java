package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civictech.pars.Stakeholder.CITY;
import static org.civictech.pars.Stakeholder.COURTS;
import static org.civictech.pars.Stakeholder.DA;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Vote}, {@link Contract}, {@link Reason} and {@link Pivot}: construction and checks. */
class ValueTypesTest {

  private static final LocalDate EXPIRY = LocalDate.of(2018, 8, 31);

  @Test
  void vote_factories_give_each_choice_without_a_rationale() {
    assertThat(Vote.inFavor(DA)).isEqualTo(new Vote(DA, Choice.IN_FAVOR, ""));
    assertThat(Vote.against(COURTS)).isEqualTo(new Vote(COURTS, Choice.AGAINST, ""));
    assertThat(Vote.abstain(CITY)).isEqualTo(new Vote(CITY, Choice.ABSTAIN, ""));
  }

  @Test
  void because_returns_a_copy_with_the_rationale() {
    Vote plain = Vote.against(DA);
    Vote reasoned = plain.because("a \"no\" vote");

    assertThat(reasoned).isEqualTo(new Vote(DA, Choice.AGAINST, "a \"no\" vote"));
    assertThat(plain.rationale()).isEmpty();
  }

  @Test
  void vote_nulls_are_named() {
    assertThatThrownBy(() -> Vote.inFavor(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("stakeholder");
    assertThatThrownBy(() -> Vote.against(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("stakeholder");
    assertThatThrownBy(() -> Vote.abstain(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("stakeholder");
    assertThatThrownBy(() -> new Vote(DA, null, "")).isInstanceOf(NullPointerException.class)
        .hasMessage("choice");
    assertThatThrownBy(() -> Vote.inFavor(DA).because(null))
        .isInstanceOf(NullPointerException.class).hasMessage("rationale");
  }

  @Test
  void contract_of_keeps_name_and_inclusive_expiry() {
    Contract pars = Contract.of("PARS", EXPIRY);

    assertThat(pars).isEqualTo(new Contract("PARS", EXPIRY));
    assertThat(pars.name()).isEqualTo("PARS");
    assertThat(pars.expiresOn()).isEqualTo(EXPIRY);
    assertThat(pars.isVotingOpenOn(EXPIRY.minusDays(1))).isTrue();
    assertThat(pars.isVotingOpenOn(EXPIRY)).isTrue();
    assertThat(pars.isVotingOpenOn(EXPIRY.plusDays(1))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void a_blank_contract_name_is_rejected_and_shown(String blank) {
    assertThatThrownBy(() -> Contract.of(blank, EXPIRY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank, but was \"" + blank + "\"");
  }

  @Test
  void contract_nulls_are_named() {
    assertThatThrownBy(() -> Contract.of(null, EXPIRY)).isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> Contract.of("PARS", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("expiresOn");
    assertThatThrownBy(() -> Contract.of("PARS", EXPIRY).isVotingOpenOn(null))
        .isInstanceOf(NullPointerException.class).hasMessage("date");
  }

  @Test
  void each_reason_leads_to_its_outcome() {
    assertThat(Reason.RENEWED.outcome()).isEqualTo(Outcome.RENEWED);
    assertThat(Reason.VOTED_DOWN.outcome()).isEqualTo(Outcome.NOT_RENEWED);
    assertThat(Reason.LAPSED.outcome()).isEqualTo(Outcome.NOT_RENEWED);
    assertThat(Reason.PENDING.outcome()).isEqualTo(Outcome.PENDING);
  }

  @Test
  void pivot_nulls_are_named() {
    assertThatThrownBy(() -> new Pivot(null, Choice.AGAINST, Outcome.RENEWED))
        .isInstanceOf(NullPointerException.class).hasMessage("stakeholder");
    assertThatThrownBy(() -> new Pivot(DA, null, Outcome.RENEWED))
        .isInstanceOf(NullPointerException.class).hasMessage("choice");
    assertThatThrownBy(() -> new Pivot(DA, Choice.AGAINST, null))
        .isInstanceOf(NullPointerException.class).hasMessage("outcome");
  }

  @Test
  void dated_records_name_their_nulls() {
    assertThatThrownBy(() -> new DatedVote(null, EXPIRY, ""))
        .isInstanceOf(NullPointerException.class).hasMessage("vote");
    assertThatThrownBy(() -> new DatedVote(Vote.inFavor(DA), null, ""))
        .isInstanceOf(NullPointerException.class).hasMessage("castOn");
    assertThatThrownBy(() -> new DatedVote(Vote.inFavor(DA), EXPIRY, null))
        .isInstanceOf(NullPointerException.class).hasMessage("source");
    assertThatThrownBy(() -> new DatedDecision(null, null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> new DatedDecision(EXPIRY, null))
        .isInstanceOf(NullPointerException.class).hasMessage("decision");
  }
}
