package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.civictech.pars.internal.Json;
import org.civictech.pars.internal.Pars2018;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A plain Jackson mapper, with no module registered, writes exactly the documented shape (the
 * library's own {@code toJson()}) and reads ballots and votes back: each test runs once for each
 * major version the library supports, Jackson 2 ({@code ObjectMapper}) and Jackson 3
 * ({@code JsonMapper}).
 */
class JacksonTest {

  /** A plain mapper of one Jackson major version. */
  enum Jackson {
    JACKSON_2 {
      private final com.fasterxml.jackson.databind.ObjectMapper mapper =
          new com.fasterxml.jackson.databind.ObjectMapper();

      @Override
      String write(Object value) throws Exception {
        return mapper.writeValueAsString(value);
      }

      @Override
      <T> T read(String json, Class<T> type) throws Exception {
        return mapper.readValue(json, type);
      }

      @Override
      Class<? extends Exception> valueInstantiationException() {
        return com.fasterxml.jackson.databind.exc.ValueInstantiationException.class;
      }
    },

    JACKSON_3 {
      private final tools.jackson.databind.json.JsonMapper mapper =
          new tools.jackson.databind.json.JsonMapper();

      @Override
      String write(Object value) {
        return mapper.writeValueAsString(value);
      }

      @Override
      <T> T read(String json, Class<T> type) {
        return mapper.readValue(json, type);
      }

      @Override
      Class<? extends Exception> valueInstantiationException() {
        return tools.jackson.databind.exc.ValueInstantiationException.class;
      }
    };

    abstract String write(Object value) throws Exception;

    abstract <T> T read(String json, Class<T> type) throws Exception;

    /** What the mapper throws when the library rejects what it reads. */
    abstract Class<? extends Exception> valueInstantiationException();
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void writes_every_decision_exactly_as_to_json(Jackson jackson) throws Exception {
    for (Map<Stakeholder, Choice> ballot : BallotSpace.all()) {
      for (int votesRequired = 1; votesRequired <= 3; votesRequired++) {
        for (boolean closed : new boolean[] {false, true}) {
          RenewalDecision decision = BallotSpace.decide(ballot, votesRequired, closed);
          assertThat(jackson.write(decision)).isEqualTo(decision.toJson());
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void a_plain_mapper_writes_a_decision_with_all_its_fields(Jackson jackson) throws Exception {
    String json = jackson.write(Pars2018.ballot(Locale.ENGLISH).decisionAsOf(
        LocalDate.of(2018, 9, 1)));

    assertThat(json).startsWith("{\"contract\":{\"name\":\"PARS\",\"expiresOn\":\"2018-08-31\"}")
        .contains("\"asOf\":\"2018-09-01\"", "\"final\":true", "\"outcome\":\"NOT_RENEWED\"",
            "\"reason\":\"VOTED_DOWN\"", "\"against\":[\"DA\",\"CITY\"]",
            "\"abstained\":[\"COURTS\"]");
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void writes_a_ballot_and_a_dated_decision_exactly_as_the_library(Jackson jackson)
      throws Exception {
    Ballot ballot = Pars2018.ballot(Locale.ENGLISH);
    DatedDecision entry = ballot.timeline().get(0);

    assertThat(jackson.write(ballot)).isEqualTo(ballot.toJson());
    assertThat(jackson.write(entry)).isEqualTo(Json.write(entry.toJsonMap()))
        .startsWith("{\"asOf\":\"2018-07-11\",\"decision\":{\"contract\":");
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void random_ballots_are_written_as_the_library_writes_them_and_read_back_equal(
      Jackson jackson) {
    qt().forAll(BallotSpace.datedBallots()).checkAssert(ballot -> {
      try {
        String json = jackson.write(ballot);
        assertThat(json).isEqualTo(ballot.toJson());
        assertThat(jackson.read(json, Ballot.class)).isEqualTo(ballot);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void a_vote_reads_back_without_a_rationale(Jackson jackson) throws Exception {
    assertThat(jackson.read("{\"stakeholder\":\"DA\",\"choice\":\"AGAINST\"}", Vote.class))
        .isEqualTo(Vote.against(Stakeholder.DA));
    Vote vote = Vote.abstain(Stakeholder.COURTS).because("no position");
    assertThat(jackson.read(jackson.write(vote), Vote.class)).isEqualTo(vote);
  }

  @ParameterizedTest
  @EnumSource(Jackson.class)
  void a_malformed_ballot_fails_with_a_message_naming_the_field_and_value(Jackson jackson) {
    String json = Pars2018.ballot(Locale.ENGLISH).toJson()
        .replace("\"2018-07-11\"", "\"July 11\"");

    assertThatThrownBy(() -> jackson.read(json, Ballot.class))
        .isInstanceOf(jackson.valueInstantiationException())
        .hasMessageContaining("ballot.history[0].castOn must be a date like 2018-08-31, but was "
            + "\"July 11\"");
  }
}
