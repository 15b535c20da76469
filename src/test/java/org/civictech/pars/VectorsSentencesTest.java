package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.civictech.pars.vectors.VectorsRunner;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of the conformance vectors, in every language they carry, passes the invariant
 * checks of RULE.md E1 to E6 ({@link ExplanationInvariantsTest}), read against each case's own
 * input: the informative part of the vectors is proven too, not only recorded.
 */
class VectorsSentencesTest {

  @Test
  void every_sentence_of_every_case_is_true_for_its_input() {
    int checked = 0;
    for (JsonNode vector : VectorsRunner.vectors().get("cases")) {
      JsonNode input = vector.get("input");
      Map<Stakeholder, Choice> ballot = new EnumMap<>(Stakeholder.class);
      input.get("votes").fields().forEachRemaining(vote -> ballot.put(
          Stakeholder.valueOf(vote.getKey()), Choice.valueOf(vote.getValue().asText())));
      int votesRequired = input.get("votesRequired").asInt();
      boolean open = !LocalDate.parse(input.get("asOf").asText())
          .isAfter(LocalDate.parse(input.get("expiresOn").asText()));
      var languages = vector.get("informative").fields();
      while (languages.hasNext()) {
        var language = languages.next();
        org.civictech.pars.readers.Reader words =
            ExplanationInvariantsTest.LANGUAGES.get(language.getKey());
        assertThat(words).as("the invariants know %s", language.getKey()).isNotNull();
        ExplanationInvariantsTest.checkExplanation(words, ballot, votesRequired, open,
            language.getValue().get("explanation").asText());
        ExplanationInvariantsTest.checkPivots(words, ballot, votesRequired, open,
            language.getValue().get("explainPivots").asText());
        checked++;
      }
    }
    assertThat(checked).isEqualTo(576 * ExplanationInvariantsTest.LANGUAGES.size());
  }
}
