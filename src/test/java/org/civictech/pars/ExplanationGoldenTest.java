package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every explanation of the PARS rule, for all 64 ballots open and closed, against a golden file
 * that was read and reviewed once. Changing any wording fails this test until the file is
 * regenerated on purpose: {@code ./mvnw verify -Dgolden.update=true}, then review the diff.
 */
class ExplanationGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/explanations.golden.txt");

  static String allExplanations() {
    StringBuilder text = new StringBuilder();
    RenewalDecider decider = RenewalDecider.twoOfThree();
    for (Map<Stakeholder, Choice> ballot : BallotSpace.all()) {
      text.append("## ").append(ballot.isEmpty() ? "nobody voted" : ballot).append('\n');
      RenewalDecision open = decider.decide(BallotSpace.PARS, BallotSpace.votes(ballot));
      RenewalDecision closed = decider.decide(
          BallotSpace.PARS, BallotSpace.votes(ballot), BallotSpace.PARS.expiresOn().plusDays(1));
      text.append("open:   ").append(open.explanation()).append('\n');
      text.append("        ").append(open.explainPivots()).append('\n');
      text.append("closed: ").append(closed.explanation()).append('\n');
      text.append("        ").append(closed.explainPivots()).append("\n\n");
    }
    return text.toString();
  }

  @Test
  void explanations_of_all_64_ballots_match_the_reviewed_golden_file() throws IOException {
    String actual = allExplanations();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
