package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.civictech.pars.Stakeholder.CITY;
import static org.civictech.pars.Stakeholder.COURTS;
import static org.civictech.pars.Stakeholder.DA;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civictech.pars.internal.Json;
import org.civictech.pars.internal.Pars2018;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON shape, field by field against the rule, and the reader's edge cases. The writer's are
 * {@code internal.JsonWriterTest}'s.
 */
class JsonTest {

  private static final JsonMapper MAPPER = new JsonMapper();
  private static final Contract PARS = Contract.of("PARS", LocalDate.of(2018, 8, 31));
  private static final LocalDate AFTER = LocalDate.of(2018, 9, 1);
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  // ------------------------------------------------------------ the shape

  @Test
  void the_2018_decision_says_what_the_rule_says_field_by_field() {
    RenewalDecision decision = RenewalDecider.twoOfThree().decide(PARS, List.of(
        Vote.against(DA).because("ICE's use of PARS"), Vote.abstain(COURTS), Vote.against(CITY)),
        AFTER);
    JsonNode json = MAPPER.readTree(decision.toJson());

    assertThat(json.get("contract").get("name").asString()).isEqualTo("PARS");
    assertThat(json.get("contract").get("expiresOn").asString()).isEqualTo("2018-08-31");
    assertThat(json.get("votesRequired").asInt()).isEqualTo(2); // R8
    assertThat(json.get("asOf").asString()).isEqualTo("2018-09-01");
    assertThat(json.get("final").asBoolean()).isTrue(); // R7: after the expiry
    assertThat(json.get("outcome").asString()).isEqualTo("NOT_RENEWED");
    assertThat(json.get("reason").asString()).isEqualTo("VOTED_DOWN"); // R7: nobody missing
    assertThat(json.get("lapsed").asBoolean()).isFalse();
    assertThat(json.get("votes").get(0).get("stakeholder").asString()).isEqualTo("DA");
    assertThat(json.get("votes").get(0).get("choice").asString()).isEqualTo("AGAINST");
    assertThat(json.get("votes").get(0).get("rationale").asString()).isEqualTo("ICE's use of PARS");
    assertThat(json.get("votes").get(1).get("choice").asString()).isEqualTo("ABSTAIN"); // R4
    assertThat(json.get("votes").size()).isEqualTo(3);
    assertThat(json.get("inFavor").size()).isZero();
    assertThat(json.get("against").toString()).isEqualTo("[\"DA\",\"CITY\"]");
    assertThat(json.get("abstained").toString()).isEqualTo("[\"COURTS\"]");
    assertThat(json.get("notVoted").size()).isZero();
    assertThat(json.get("possibleOutcomes").toString()).isEqualTo("[\"NOT_RENEWED\"]");
    assertThat(json.get("pivots").size()).isZero(); // one more in favor makes only 1 of 2
    assertThat(json.get("language").asString()).isEqualTo("en");
    assertThat(json.get("explanation").asString()).isEqualTo(decision.explanation());
    assertThat(json.get("explainPivots").asString()).isEqualTo(decision.explainPivots());
  }

  @Test
  void fields_come_in_the_documented_order() {
    JsonNode json = MAPPER.readTree(RenewalDecider.twoOfThree().decide(PARS, List.of()).toJson());

    assertThat(json.propertyNames()).containsExactly("contract", "votesRequired", "asOf", "final",
        "outcome", "reason", "lapsed", "votes", "inFavor", "against", "abstained", "notVoted",
        "possibleOutcomes", "pivots", "language", "explanation", "explainPivots", "library");
  }

  @Test
  void a_pending_decision_without_a_date_lists_its_pivots_and_both_possible_outcomes() {
    RenewalDecision decision =
        RenewalDecider.twoOfThree().decide(PARS, List.of(Vote.inFavor(DA)));
    JsonNode json = MAPPER.readTree(decision.toJson());

    assertThat(json.get("asOf").isNull()).isTrue();
    assertThat(json.get("final").asBoolean()).isFalse();
    assertThat(json.get("reason").asString()).isEqualTo("PENDING");
    assertThat(json.get("notVoted").toString()).isEqualTo("[\"COURTS\",\"CITY\"]");
    assertThat(json.get("possibleOutcomes").toString())
        .isEqualTo("[\"RENEWED\",\"NOT_RENEWED\"]");
    // R6: one more vote in favor renews it; COURTS and CITY each.
    assertThat(json.get("pivots").get(0).toString())
        .isEqualTo("{\"stakeholder\":\"COURTS\",\"choice\":\"IN_FAVOR\",\"outcome\":\"RENEWED\"}");
    assertThat(json.get("pivots").size()).isEqualTo(decision.pivots().size());
  }

  @Test
  void a_lapsed_decision_says_so() {
    JsonNode json = MAPPER.readTree(
        RenewalDecider.twoOfThree().decide(PARS, List.of(Vote.inFavor(DA)), AFTER).toJson());

    assertThat(json.get("reason").asString()).isEqualTo("LAPSED");
    assertThat(json.get("lapsed").asBoolean()).isTrue();
    assertThat(json.get("inFavor").toString()).isEqualTo("[\"DA\"]");
  }

  @Test
  void the_language_field_names_the_language_of_the_sentences() {
    RenewalDecision decision = RenewalDecider.twoOfThree().decide(PARS, List.of(), AFTER);
    JsonNode spanish = MAPPER.readTree(decision.toJson(SPANISH));
    JsonNode mexican = MAPPER.readTree(decision.toJson(Locale.forLanguageTag("es-MX")));
    JsonNode french = MAPPER.readTree(decision.toJson(Locale.FRENCH));

    assertThat(spanish.get("language").asString()).isEqualTo("es");
    assertThat(spanish.get("explanation").asString()).isEqualTo(decision.explanation(SPANISH));
    assertThat(spanish.get("explainPivots").asString()).isEqualTo(decision.explainPivots(SPANISH));
    assertThat(mexican.get("language").asString()).isEqualTo("es");
    assertThat(french.get("language").asString()).isEqualTo("en");
    assertThat(decision.toJson()).isEqualTo(decision.toJson(Locale.ENGLISH));
  }

  @Test
  void a_ballot_carries_its_contract_rule_history_with_sources_and_timeline() {
    Ballot ballot = Pars2018.ballot(Locale.ENGLISH);
    JsonNode json = MAPPER.readTree(ballot.toJson(SPANISH));

    assertThat(json.propertyNames())
        .containsExactly("contract", "decider", "history", "timeline", "library");
    assertThat(json.get("decider").get("votesRequired").asInt()).isEqualTo(2);
    assertThat(json.get("history").size()).isEqualTo(3);
    assertThat(json.get("history").get(0).get("castOn").asString()).isEqualTo("2018-07-11");
    assertThat(json.get("history").get(0).get("source").asString())
        .isEqualTo(ballot.history().get(0).source()).endsWith(" [AP-07-11]");
    assertThat(json.get("history").get(0).get("vote").get("stakeholder").asString())
        .isEqualTo("DA");
    assertThat(json.get("history").get(0).get("vote").get("rationale").asString())
        .isEqualTo(ballot.history().get(0).vote().rationale()).contains("\"no\"");
    assertThat(json.get("timeline").size()).isEqualTo(3);
    assertThat(json.get("timeline").get(2).get("asOf").asString()).isEqualTo("2018-09-01");
    assertThat(json.get("timeline").get(2).get("decision").get("language").asString())
        .isEqualTo("es");
    assertThat(ballot.toJson()).isEqualTo(ballot.toJson(Locale.ENGLISH));
  }

  @Test
  void the_records_write_their_accessors_in_order() {
    assertThat(Json.write(new Pivot(DA, Choice.AGAINST, Outcome.NOT_RENEWED).toJsonMap()))
        .isEqualTo("{\"stakeholder\":\"DA\",\"choice\":\"AGAINST\",\"outcome\":\"NOT_RENEWED\"}");
    assertThat(Json.write(new DatedVote(Vote.inFavor(CITY), AFTER, "s").toJsonMap())).isEqualTo(
        "{\"vote\":{\"stakeholder\":\"CITY\",\"choice\":\"IN_FAVOR\",\"rationale\":\"\"},"
            + "\"castOn\":\"2018-09-01\",\"source\":\"s\"}");
    assertThat(Json.write(PARS.toJsonMap()))
        .isEqualTo("{\"name\":\"PARS\",\"expiresOn\":\"2018-08-31\"}");
  }

  // ------------------------------------------------------------ the reader

  @Test
  void reading_a_ballot_names_the_missing_or_malformed_field_and_its_value() {
    Map<String, Object> good = Pars2018.ballot(Locale.ENGLISH).toJsonMap();

    assertThat(Ballot.fromJsonMap(good)).isEqualTo(Pars2018.ballot(Locale.ENGLISH));
    assertThat(rejection(without(good, "contract")))
        .isEqualTo("ballot.contract is missing (or null): ballot must have a \"contract\"");
    assertThat(rejection(with(good, "contract", "PARS")))
        .isEqualTo("ballot.contract must be an object, but was \"PARS\"");
    assertThat(rejection(with(good, "decider", Map.of("votesRequired", "2"))))
        .isEqualTo("ballot.decider.votesRequired must be a whole number, but was \"2\"");
    assertThat(rejection(with(good, "decider", Map.of("votesRequired", 4))))
        .isEqualTo("votesRequired must be 1, 2 or 3, but was 4");
    assertThat(rejection(with(good, "history", Map.of())))
        .isEqualTo("ballot.history must be an array, but was an object of 0 fields");
    assertThat(rejection(with(good, "history", List.of(List.of()))))
        .isEqualTo("ballot.history[0] must be an object, but was an array of 0 elements");
    assertThat(rejection(with(good, "contract", Map.of("name", List.of(), "expiresOn", "x"))))
        .isEqualTo("ballot.contract.name must be a string, but was an array of 0 elements");
    assertThat(rejection(with(good, "contract", Map.of("name", 7, "expiresOn", "x"))))
        .isEqualTo("ballot.contract.name must be a string, but was 7");
    assertThat(rejection(with(good, "contract", Map.of("name", "PARS", "expiresOn", "x".repeat(90)))))
        .isEqualTo("ballot.contract.expiresOn must be a date like 2018-08-31, but was \""
            + "x".repeat(80) + "...\"");
    assertThat(rejection(with(good, "contract", Map.of("name", "PARS", "expiresOn", "x".repeat(80)))))
        .isEqualTo("ballot.contract.expiresOn must be a date like 2018-08-31, but was \""
            + "x".repeat(80) + "\"");
  }

  @Test
  void reading_a_ballot_replays_its_votes_with_the_same_checks_as_cast() {
    Map<String, Object> vote = Map.of("stakeholder", "DA", "choice", "AGAINST");
    Map<String, Object> late = Map.of("vote", vote, "castOn", "2018-09-01");
    Map<String, Object> json = with(Pars2018.ballot(Locale.ENGLISH).toJsonMap(), "history", List.of(late));

    assertThat(rejection(json))
        .startsWith("ballot.history[0]: castOn must be on or before the expiry date");
    Ballot read = Ballot.fromJsonMap(with(json, "history",
        List.of(Map.of("vote", vote, "castOn", "2018-07-11"))));
    assertThat(read.history()).containsExactly(
        new DatedVote(Vote.against(DA), LocalDate.of(2018, 7, 11), ""));
  }

  @Test
  void reading_a_vote_names_an_unknown_constant_and_defaults_the_rationale() {
    assertThat(Vote.fromJsonMap(Map.of("stakeholder", "CITY", "choice", "ABSTAIN")))
        .isEqualTo(Vote.abstain(CITY));
    assertThat(Vote.fromJsonMap(Map.of("stakeholder", "CITY", "choice", "ABSTAIN",
        "rationale", "why"))).isEqualTo(Vote.abstain(CITY).because("why"));
    assertThatThrownBy(() -> Vote.fromJsonMap(Map.of("stakeholder", "MAYOR", "choice", "ABSTAIN")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vote.stakeholder must be one of DA, COURTS, CITY, but was \"MAYOR\"");
    assertThatThrownBy(() -> Vote.fromJsonMap(Map.of("stakeholder", "DA", "choice", "no")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vote.choice must be one of IN_FAVOR, AGAINST, ABSTAIN, but was \"no\"");
    assertThatThrownBy(() -> Vote.fromJsonMap(Map.of("stakeholder", "DA", "choice", "AGAINST",
        "rationale", false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vote.rationale must be a string, but was false");
  }

  private static String rejection(Map<String, ?> json) {
    try {
      Ballot.fromJsonMap(json);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("no rejection of " + json);
  }

  private static Map<String, Object> with(Map<String, ?> json, String key, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(json);
    changed.put(key, value);
    return changed;
  }

  private static Map<String, Object> without(Map<String, ?> json, String key) {
    Map<String, Object> changed = new LinkedHashMap<>(json);
    changed.remove(key);
    return changed;
  }
}
