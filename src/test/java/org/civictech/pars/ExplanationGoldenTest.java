package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.civictech.pars.words.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every explanation and pivot sentence, for all 64 ballots under rules 1 to 3, open and closed
 * (384 cases), in each language ({@link Languages#codes()}), against a golden file per language
 * that was read and reviewed.
 * Changing any wording fails this test until the file is regenerated on purpose:
 * {@code ./mvnw verify -Dgolden.update=true}, then review the diff.
 *
 * <p>A golden file only records what the code says; {@link ExplanationInvariantsTest} checks
 * every line of it against RULE.md E1 to E5.
 */
class ExplanationGoldenTest {

  static Path golden(String language) {
    return Path.of("src/test/resources/explanations.golden." + language + ".txt");
  }

  /** The case heading of a golden entry: rule, ballot and open or closed. */
  static String heading(int votesRequired, Map<Stakeholder, Choice> ballot, boolean closed) {
    return "## requiring " + votesRequired + ", " + (closed ? "closed" : "open") + ", "
        + (ballot.isEmpty() ? "nobody voted" : ballot);
  }

  static String allExplanations(Locale locale) {
    StringBuilder text = new StringBuilder(400_000);
    for (int votesRequired = 1; votesRequired <= 3; votesRequired++) {
      for (Map<Stakeholder, Choice> ballot : BallotSpace.all()) {
        for (boolean closed : new boolean[] {false, true}) {
          RenewalDecision decision = BallotSpace.decide(ballot, votesRequired, closed);
          text.append(heading(votesRequired, ballot, closed)).append('\n')
              .append(decision.explanation(locale)).append('\n')
              .append(decision.explainPivots(locale)).append("\n\n");
        }
      }
    }
    return text.toString();
  }

  /** The languages the library speaks: {@link Languages#codes()}, its one list of them. */
  static List<String> languages() {
    return Languages.codes();
  }

  @Test
  void there_is_one_golden_file_per_language_and_no_other() throws IOException {
    List<String> files;
    try (Stream<Path> listed = Files.list(golden("en").getParent())) {
      files = listed.map(path -> path.getFileName().toString())
          .filter(name -> name.startsWith("explanations.golden.")).toList();
    }
    List<String> expected = new ArrayList<>();
    for (String language : Languages.codes()) {
      expected.add(golden(language).getFileName().toString());
    }

    assertThat(files).containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void explanations_of_all_384_cases_match_the_reviewed_golden_file(String language)
      throws IOException {
    String actual = allExplanations(Locale.forLanguageTag(language));
    Path golden = golden(language);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
