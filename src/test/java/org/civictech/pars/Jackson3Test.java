package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.exc.ValueInstantiationException;
import java.time.LocalDate;
import java.util.Map;
import org.civictech.pars.internal.Json;
import org.junit.jupiter.api.Test;

/**
 * A plain Jackson 3 {@code JsonMapper}, with no module registered, writes exactly the
 * documented shape (the library's own {@code toJson()}) and reads ballots and votes back.
 */
class Jackson3Test {

  private static final JsonMapper MAPPER = new JsonMapper();

  @Test
  void writes_every_decision_exactly_as_to_json() {
    for (Map<Stakeholder, Choice> ballot : BallotSpace.all()) {
      for (int votesRequired = 1; votesRequired <= 3; votesRequired++) {
        for (boolean closed : new boolean[] {false, true}) {
          RenewalDecision decision = BallotSpace.decide(ballot, votesRequired, closed);
          assertThat(MAPPER.writeValueAsString(decision)).isEqualTo(decision.toJson());
        }
      }
    }
  }

  @Test
  void a_decision_is_no_longer_written_as_final_alone() {
    String json = MAPPER.writeValueAsString(BallotTest.ballot2018().decisionAsOf(
        LocalDate.of(2018, 9, 1)));

    assertThat(json).startsWith("{\"contract\":{\"name\":\"PARS\",\"expiresOn\":\"2018-08-31\"}")
        .contains("\"asOf\":\"2018-09-01\"", "\"final\":true", "\"outcome\":\"NOT_RENEWED\"",
            "\"reason\":\"VOTED_DOWN\"", "\"against\":[\"DA\",\"CITY\"]",
            "\"abstained\":[\"COURTS\"]");
  }

  @Test
  void writes_a_ballot_and_a_dated_decision_exactly_as_the_library() {
    Ballot ballot = BallotTest.ballot2018();
    DatedDecision entry = ballot.timeline().get(0);

    assertThat(MAPPER.writeValueAsString(ballot)).isEqualTo(ballot.toJson());
    assertThat(MAPPER.writeValueAsString(entry)).isEqualTo(Json.write(entry.toJsonMap()))
        .startsWith("{\"asOf\":\"2018-07-11\",\"decision\":{\"contract\":");
  }

  @Test
  void random_ballots_are_written_as_the_library_writes_them_and_read_back_equal() {
    qt().forAll(RandomBallots.ballots()).checkAssert(ballot -> {
      String json = MAPPER.writeValueAsString(ballot);
      assertThat(json).isEqualTo(ballot.toJson());
      assertThat(MAPPER.readValue(json, Ballot.class)).isEqualTo(ballot);
    });
  }

  @Test
  void a_vote_reads_back_without_a_rationale() {
    assertThat(MAPPER.readValue("{\"stakeholder\":\"DA\",\"choice\":\"AGAINST\"}", Vote.class))
        .isEqualTo(Vote.against(Stakeholder.DA));
    Vote vote = Vote.abstain(Stakeholder.COURTS).because("no position");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(vote), Vote.class)).isEqualTo(vote);
  }

  @Test
  void a_malformed_ballot_fails_with_a_message_naming_the_field_and_value() {
    String json = BallotTest.ballot2018().toJson().replace("\"2018-07-11\"", "\"July 11\"");

    assertThatThrownBy(() -> MAPPER.readValue(json, Ballot.class))
        .isInstanceOf(ValueInstantiationException.class)
        .hasMessageContaining("ballot.history[0].castOn must be a date like 2018-08-31, but was "
            + "\"July 11\"");
  }
}
