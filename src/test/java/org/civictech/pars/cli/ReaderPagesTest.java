package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.civictech.pars.words.Languages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each language but English has a reader's page, docs/CODE.md: what the library answers, the rule
 * table R1 to R8 and the 2018 story and the truth table exactly as the program prints them with
 * {@code --lang=CODE}. The languages are the library's one list ({@link Languages#codes()}).
 */
class ReaderPagesTest {

  static List<String> readerLanguages() {
    return Languages.codes().stream().filter(code -> !code.equals("en")).toList();
  }

  private static String page(String code) throws IOException {
    return Files.readString(Path.of("docs", code + ".md"), StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
  }

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    assertThat(from).as(begin).isNotNegative();
    assertThat(to).as(end).isGreaterThan(from);
    return text.substring(text.indexOf('\n', from) + 1, to);
  }

  private static String fenced(String block) {
    String body = block.strip();
    return body.substring(body.indexOf('\n') + 1, body.lastIndexOf("```"));
  }

  private static String printed(String... args) {
    return CliRun.of(args).out().replace(System.lineSeparator(), "\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readerLanguages")
  void the_reader_page_tells_the_2018_story_the_program_prints(String code) throws IOException {
    String published = fenced(between(page(code), "<!-- story-" + code + ":begin -->",
        "<!-- story-" + code + ":end -->"));

    assertThat(published).isEqualTo(printed("--lang=" + code));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readerLanguages")
  void the_reader_page_shows_the_truth_table_the_program_prints(String code) throws IOException {
    String published = between(page(code), "<!-- truth-table-" + code + ":begin -->",
        "<!-- truth-table-" + code + ":end -->");

    assertThat(published.strip()).isEqualTo(printed("--truth-table", "--lang=" + code).strip());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readerLanguages")
  void the_reader_page_states_every_rule(String code) throws IOException {
    String page = page(code);

    for (int r = 1; r <= 8; r++) {
      assertThat(page).as("R%d in docs/%s.md", r, code).contains("| R" + r + " ");
    }
    assertThat(page).contains("](RULE.md)");
  }
}
