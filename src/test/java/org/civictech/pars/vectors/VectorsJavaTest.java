package org.civictech.pars.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.junit.jupiter.api.Test;

/** The conformance vectors run against the Java API, as any Java caller would use it. */
class VectorsJavaTest {

  @Test
  void the_java_api_passes_every_case() {
    JsonNode vectors = VectorsRunner.vectors();

    List<String> results = VectorsRunner.run(vectors, VectorsRunner.normative(vectors),
        VectorsJavaTest::decide);

    assertThat(results).last().isEqualTo("576 passed, 0 failed");
    assertThat(results).filteredOn(line -> line.contains("\"pass\":false")).isEmpty();
  }

  @Test
  void a_wrong_answer_is_reported_with_the_differing_field() {
    JsonNode vectors = VectorsRunner.vectors();

    List<String> results = VectorsRunner.run(vectors, List.of("outcome", "reason"),
        input -> VectorsRunner.parse("{\"outcome\":\"RENEWED\",\"reason\":\"RENEWED\"}"));

    assertThat(results.get(results.size() - 1)).matches("\\d+ passed, \\d+ failed")
        .doesNotStartWith("576 passed");
    assertThat(results).anySatisfy(line -> assertThat(line).contains("\"pass\":false")
        .contains("\"differences\":{\"outcome\":{\"expected\":\"NOT_RENEWED\","
            + "\"actual\":\"RENEWED\"}"));
  }

  /** One case decided through the public API, answered as the decision's JSON. */
  static JsonNode decide(JsonNode input) {
    List<Vote> votes = new ArrayList<>();
    input.get("votes").fields().forEachRemaining(vote -> votes.add(new Vote(
        Stakeholder.valueOf(vote.getKey()), Choice.valueOf(vote.getValue().asText()), "")));
    Contract contract = Contract.of("PARS", LocalDate.parse(input.get("expiresOn").asText()));
    return VectorsRunner.parse(RenewalDecider.requiring(input.get("votesRequired").asInt())
        .decide(contract, votes, LocalDate.parse(input.get("asOf").asText())).toJson());
  }
}
