package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civictech.pars.internal.Pars2018;
import org.civictech.pars.words.Languages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every JSON the library writes is valid against the committed schema: all 384 decisions (64
 * ballots, rules 1 to 3, open and closed) in each language, the 2018 ballot, and random ballots.
 * The schemas themselves are checked to reject what they must, and to name the languages of
 * {@link Languages#codes()}.
 */
class JsonSchemaTest {

  /** Every language the library speaks, from its one list of them. */
  private static final List<Locale> LANGUAGES =
      Languages.codes().stream().map(Locale::forLanguageTag).toList();

  @Test
  void all_384_decisions_are_valid_in_each_language() {
    for (Locale locale : LANGUAGES) {
      int validated = 0;
      for (Map<Stakeholder, Choice> ballot : BallotSpace.all()) {
        for (int votesRequired = 1; votesRequired <= 3; votesRequired++) {
          for (boolean closed : new boolean[] {false, true}) {
            String json = BallotSpace.decide(ballot, votesRequired, closed).toJson(locale);
            assertThat(Schemas.errors(Schemas.DECISION, json)).as(json).isEmpty();
            validated++;
          }
        }
      }
      assertThat(validated).as(locale.toString()).isEqualTo(384);
    }
  }

  @Test
  void decisions_without_a_date_are_valid() {
    for (Map<Stakeholder, Choice> ballot : BallotSpace.all()) {
      String json = RenewalDecider.twoOfThree().decide(BallotSpace.PARS, BallotSpace.votes(ballot))
          .toJson();
      assertThat(Schemas.errors(Schemas.DECISION, json)).as(json).isEmpty();
    }
  }

  @Test
  void the_2018_ballot_is_valid_in_each_language() {
    for (Locale locale : LANGUAGES) {
      String json = Pars2018.ballot(Locale.ENGLISH).toJson(locale);
      assertThat(Schemas.errors(Schemas.BALLOT, json)).as(json).isEmpty();
    }
  }

  @Test
  void random_ballots_are_valid() {
    qt().forAll(BallotSpace.datedBallots()).checkAssert(ballot -> {
      String json = ballot.toJson();
      assertThat(Schemas.errors(Schemas.BALLOT, json)).as(json).isEmpty();
    });
  }

  @Test
  void the_schema_rejects_a_decision_missing_a_field_or_with_an_unknown_constant() {
    String json = BallotSpace.decide(Map.of(), 2, true).toJson();

    assertThat(Schemas.errors(Schemas.DECISION, json.replace("\"outcome\":", "\"result\":")))
        .isNotEmpty();
    assertThat(Schemas.errors(Schemas.DECISION, json.replace("\"LAPSED\"", "\"EXPIRED\"")))
        .isNotEmpty();
    assertThat(Schemas.errors(Schemas.DECISION, json.replace("\"en\"", "\"English\""))).isNotEmpty();
    assertThat(Schemas.errors(Schemas.DECISION, json)).isEmpty();
  }

  @Test
  void the_schema_rejects_a_ballot_with_a_malformed_date() {
    String json = Pars2018.ballot(Locale.ENGLISH).toJson();

    assertThat(Schemas.errors(Schemas.BALLOT, json.replace("\"2018-07-11\"", "\"July 11\"")))
        .isNotEmpty();
  }

  @Test
  void the_schemas_language_pattern_takes_every_language_the_library_speaks_and_no_other() {
    // The schema names no language itself (adding a language touches only the language's own
    // files and the one list): it takes codes of their form, and this holds it to the list.
    String pattern = new JsonMapper().readTree(Schemas.text(Schemas.DECISION))
        .get("properties").get("language").get("pattern").asString();
    String decision = RenewalDecider.twoOfThree().decide(BallotSpace.PARS, List.of()).toJson();

    for (String code : Languages.codes()) {
      assertThat(code).matches(pattern);
      assertThat(Schemas.errors(Schemas.DECISION,
          decision.replace("\"language\":\"en\"", "\"language\":\"" + code + "\""))).isEmpty();
    }
    assertThat(Schemas.errors(Schemas.DECISION,
        decision.replace("\"language\":\"en\"", "\"language\":\"English\""))).isNotEmpty();
  }

  @Test
  void each_schema_is_draft_2020_12_with_a_versioned_id() {
    for (String name : List.of(Schemas.DECISION, Schemas.BALLOT, Schemas.TRUTH_TABLE,
        Schemas.VECTORS)) {
      assertThat(Schemas.text(name))
          .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
          .contains("\"$id\": \"" + Schemas.BASE + name + "\"")
          .contains("/v2/");
    }
    // version 1 stays published for the documents written before the library field
    for (String name : List.of(Schemas.DECISION, Schemas.BALLOT, Schemas.TRUTH_TABLE)) {
      assertThat(Schemas.text("v1/" + name)).contains(
          "\"$id\": \"https://github.com/civictech/pars-renewal/schema/v1/" + name + "\"");
    }
  }

  @Test
  void a_decision_as_of_a_day_carries_that_day() {
    String json = RenewalDecider.twoOfThree().decide(BallotSpace.PARS, List.of(),
        LocalDate.of(2018, 7, 10)).toJson();

    assertThat(json).contains("\"asOf\":\"2018-07-10\"");
    assertThat(Schemas.errors(Schemas.DECISION, json)).isEmpty();
  }
}
