package org.civictech.pars.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civictech.pars.internal.Json;
import org.civictech.pars.internal.Vectors;
import org.civictech.pars.words.Languages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The conformance vectors proven against docs/RULE.md: every expected field of every case is
 * computed again here by a small oracle that knows only the rule and plain strings, never the
 * library's types.
 */
class VectorsOracleTest {

  private static final List<String> STAKEHOLDERS = List.of("DA", "COURTS", "CITY"); // R1
  private static final List<String> CHOICES = List.of("IN_FAVOR", "AGAINST", "ABSTAIN"); // R2
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static JsonNode vectors;

  @BeforeAll
  static void read() throws Exception {
    vectors = new ObjectMapper().readTree(Json.write(Vectors.tree()));
  }

  @Test
  void there_are_576_cases_each_with_a_unique_id() {
    Set<String> ids = new HashSet<>();
    for (JsonNode vector : vectors.get("cases")) {
      ids.add(vector.get("id").asText());
    }
    assertThat(vectors.get("cases")).hasSize(576);
    assertThat(ids).hasSize(576);
  }

  @Test
  void the_cases_are_every_ballot_under_every_rule_before_on_and_after_the_expiry() {
    Set<String> seen = new HashSet<>();
    for (JsonNode vector : vectors.get("cases")) {
      JsonNode input = vector.get("input");
      LocalDate expiresOn = LocalDate.parse(input.get("expiresOn").asText());
      long day = LocalDate.parse(input.get("asOf").asText()).toEpochDay() - expiresOn.toEpochDay();
      seen.add(input.get("votes").toString() + input.get("votesRequired") + "/" + day);
    }
    assertThat(seen).hasSize(64 * 3 * 3);
    assertThat(vectors.get("cases").findValues("votesRequired"))
        .extracting(JsonNode::asInt).containsOnly(1, 2, 3);
  }

  @Test
  void every_expected_field_of_every_case_is_what_the_rule_says() {
    List<String> wrong = new ArrayList<>();
    for (JsonNode vector : vectors.get("cases")) {
      ObjectNode oracle = oracle(vector.get("input"));
      for (String field : List.of("outcome", "reason", "final", "inFavor", "against",
          "abstained", "notVoted", "possibleOutcomes", "pivots")) {
        if (!oracle.get(field).equals(vector.get("expected").get(field))) {
          wrong.add(vector.get("id").asText() + " " + field + ": expected by the rule "
              + oracle.get(field) + ", but the vectors say " + vector.get("expected").get(field));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void the_normative_fields_are_exactly_those_the_expected_answers_carry() {
    for (JsonNode vector : vectors.get("cases")) {
      List<String> fields = new ArrayList<>();
      vector.get("expected").fieldNames().forEachRemaining(fields::add);
      assertThat(fields).isEqualTo(Vectors.NORMATIVE);
    }
    assertThat(vectors.get("normative").toString())
        .isEqualTo(NODES.arrayNode().addAll(
            Vectors.NORMATIVE.stream().map(NODES::textNode).toList()).toString());
  }

  @Test
  void every_case_has_both_sentences_in_every_language_the_library_speaks() {
    for (JsonNode vector : vectors.get("cases")) {
      List<String> languages = new ArrayList<>();
      vector.get("informative").fieldNames().forEachRemaining(languages::add);
      assertThat(languages).isEqualTo(Languages.codes());
      for (JsonNode sentences : vector.get("informative")) {
        assertThat(sentences.get("explanation").asText()).isNotBlank();
        assertThat(sentences.get("explainPivots").asText()).isNotBlank();
      }
    }
    assertThat(vectors.get("languages").toString())
        .isEqualTo("[\"" + String.join("\",\"", Languages.codes()) + "\"]");
  }

  // ---------------------------------------------------------------- the oracle: RULE.md again

  /** Every expected field for one case's input, from R1 to R8 alone. */
  static ObjectNode oracle(JsonNode input) {
    Map<String, String> votes = new LinkedHashMap<>();
    input.get("votes").fields().forEachRemaining(e -> votes.put(e.getKey(), e.getValue().asText()));
    int required = input.get("votesRequired").asInt();
    boolean closed = LocalDate.parse(input.get("asOf").asText())
        .isAfter(LocalDate.parse(input.get("expiresOn").asText())); // R6, R7
    String reason = reason(votes, required, closed);
    ObjectNode expected = NODES.objectNode();
    expected.put("outcome", outcome(reason));
    expected.put("reason", reason);
    expected.put("final", closed);
    expected.set("inFavor", who(votes, "IN_FAVOR"));
    expected.set("against", who(votes, "AGAINST"));
    expected.set("abstained", who(votes, "ABSTAIN"));
    expected.set("notVoted", who(votes, null));
    ArrayNode possible = NODES.arrayNode();
    for (String outcome : List.of("RENEWED", "NOT_RENEWED", "PENDING")) {
      if (closed ? outcome.equals(outcome(reason)) : completions(votes, required).contains(outcome)) {
        possible.add(outcome);
      }
    }
    expected.set("possibleOutcomes", possible);
    ArrayNode pivots = NODES.arrayNode();
    for (String stakeholder : STAKEHOLDERS) {
      for (String choice : CHOICES) {
        if (!choice.equals(votes.get(stakeholder))) {
          Map<String, String> changed = new LinkedHashMap<>(votes);
          changed.put(stakeholder, choice);
          String instead = outcome(reason(changed, required, closed));
          if (!instead.equals(outcome(reason))) {
            pivots.add(NODES.objectNode().put("stakeholder", stakeholder).put("choice", choice)
                .put("outcome", instead));
          }
        }
      }
    }
    expected.set("pivots", pivots);
    return expected;
  }

  /** R3, R4, R6, R7, R8. */
  private static String reason(Map<String, String> votes, int required, boolean closed) {
    int inFavor = (int) votes.values().stream().filter("IN_FAVOR"::equals).count();
    int notVoted = 3 - votes.size();
    if (inFavor >= required) {
      return "RENEWED";
    }
    if (inFavor + notVoted < required) {
      return "VOTED_DOWN";
    }
    return closed ? "LAPSED" : "PENDING";
  }

  private static String outcome(String reason) {
    return switch (reason) {
      case "RENEWED" -> "RENEWED";
      case "PENDING" -> "PENDING";
      default -> "NOT_RENEWED";
    };
  }

  /** The outcomes of every way the stakeholders who have not voted could all vote, open. */
  private static Set<String> completions(Map<String, String> votes, int required) {
    Set<String> outcomes = new LinkedHashSet<>();
    for (String stakeholder : STAKEHOLDERS) {
      if (!votes.containsKey(stakeholder)) {
        for (String choice : CHOICES) {
          Map<String, String> more = new LinkedHashMap<>(votes);
          more.put(stakeholder, choice);
          outcomes.addAll(completions(more, required));
        }
        return outcomes;
      }
    }
    outcomes.add(outcome(reason(votes, required, false)));
    return outcomes;
  }

  private static ArrayNode who(Map<String, String> votes, String choice) {
    ArrayNode who = NODES.arrayNode();
    for (String stakeholder : STAKEHOLDERS) {
      if (choice == null ? !votes.containsKey(stakeholder) : choice.equals(votes.get(stakeholder))) {
        who.add(stakeholder);
      }
    }
    return who;
  }
}
