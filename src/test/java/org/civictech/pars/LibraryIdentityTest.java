package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civictech.pars.internal.Library;
import org.civictech.pars.internal.Pars2018;
import org.junit.jupiter.api.Test;

/**
 * Every result says what computed it: the library's name and version and the version of the rule
 * document it follows, which is the "Rule version" line of docs/RULE.md.
 */
class LibraryIdentityTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void the_rule_version_is_the_version_line_of_rule_md() throws Exception {
    String rule = Files.readString(Path.of("docs/RULE.md"), StandardCharsets.UTF_8);
    Matcher line = Pattern.compile("(?m)^Rule version: (\\d+\\.\\d+)$").matcher(rule);

    assertThat(line.find()).as("a 'Rule version: X.Y' line in docs/RULE.md").isTrue();
    assertThat(line.group(1)).isEqualTo(Library.RULE_VERSION);
    assertThat(line.find()).as("only one version line").isFalse();
  }

  @Test
  void every_decision_says_what_computed_it() throws Exception {
    RenewalDecision decision = RenewalDecider.twoOfThree().decide(BallotSpace.PARS,
        List.of(Vote.against(Stakeholder.DA)));

    for (String json : List.of(decision.toJson(), decision.toJson(new Locale("es")))) {
      JsonNode library = MAPPER.readTree(json).get("library");
      assertThat(library.get("name").asText()).isEqualTo("pars-renewal");
      assertThat(library.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
      assertThat(library.get("ruleVersion").asText()).isEqualTo(Library.RULE_VERSION);
    }
  }

  @Test
  void a_ballot_and_each_decision_of_its_timeline_say_what_computed_them() throws Exception {
    JsonNode ballot = MAPPER.readTree(Pars2018.ballot(Locale.ENGLISH).toJson());

    assertThat(ballot.get("library")).isEqualTo(MAPPER.valueToTree(Library.toJsonMap()));
    for (JsonNode entry : ballot.get("timeline")) {
      assertThat(entry.get("decision").get("library")).isEqualTo(ballot.get("library"));
    }
  }
}
