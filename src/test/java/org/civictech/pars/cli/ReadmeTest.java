package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * What README.md shows is what the code does: the truth table, the 2018 story and the code
 * examples are checked here, so the published text can never drift from the code.
 */
class ReadmeTest {

  private static final Path README = Path.of("README.md");
  private static final Path EXAMPLES = Path.of("src/test/java/org/civictech/pars/QuickStartTest.java");

  private static String between(String text, String begin, String end) {
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    assertThat(from).as(begin).isNotNegative();
    assertThat(to).as(end).isGreaterThan(from);
    return text.substring(text.indexOf('\n', from) + 1, to);
  }

  /** The fenced block's content, without the fences. */
  private static String fenced(String block) {
    String body = block.strip();
    return body.substring(body.indexOf('\n') + 1, body.lastIndexOf("```"));
  }

  private static String readme() throws IOException {
    return Files.readString(README, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  @Test
  void the_readme_truth_table_is_what_the_code_prints() throws IOException {
    String published = between(readme(), "<!-- truth-table:begin -->", "<!-- truth-table:end -->");

    assertThat(published.strip()).isEqualTo(
        CliRun.of("--truth-table").out().replace(System.lineSeparator(), "\n").strip());
  }

  @Test
  void the_readme_2018_story_is_what_the_program_prints() throws IOException {
    String published = fenced(between(readme(), "<!-- story:begin -->", "<!-- story:end -->"));

    assertThat(published).isEqualTo(CliRun.of().out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void the_readme_spanish_truth_table_is_what_the_code_prints() throws IOException {
    String published =
        between(readme(), "<!-- truth-table-es:begin -->", "<!-- truth-table-es:end -->");

    assertThat(published.strip()).isEqualTo(CliRun.of("--truth-table", "--lang=es").out()
        .replace(System.lineSeparator(), "\n").strip());
  }

  @Test
  void the_readme_spanish_2018_story_is_what_the_program_prints() throws IOException {
    String published =
        fenced(between(readme(), "<!-- story-es:begin -->", "<!-- story-es:end -->"));

    assertThat(published)
        .isEqualTo(CliRun.of("--lang=es").out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void the_readme_links_nothing_outside_the_repository() throws IOException {
    assertThat(readme()).doesNotContain("](../").contains("[`docs/RULE.md`](docs/RULE.md)");
  }

  @Test
  void the_readme_code_examples_are_the_compiled_ones() throws IOException {
    String examples = Files.readString(EXAMPLES, StandardCharsets.UTF_8);
    for (String name : new String[] {"quick-start", "over-time"}) {
      String compiled = between(examples, "// README:" + name + ":begin", "// README:" + name + ":end");
      String published = fenced(between(readme(), "<!-- " + name + ":begin -->", "<!-- " + name + ":end -->"));
      assertThat(unindented(published)).as(name).isEqualTo(unindented(compiled));
    }
  }

  @Test
  void the_readme_install_snippet_matches_the_pom_coordinates() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    String version = between(pom, "<artifactId>pars-renewal</artifactId>", "</version>")
        .replace("<version>", "").replace("-SNAPSHOT", "").strip();
    String readme = readme();

    assertThat(pom).contains("<groupId>org.civictech</groupId>");
    assertThat(readme).contains("<groupId>org.civictech</groupId>\n  <artifactId>pars-renewal</artifactId>\n"
        + "  <version>" + version + "</version>")
        .contains("implementation(\"org.civictech:pars-renewal:" + version + "\")");
  }

  private static String unindented(String code) {
    StringBuilder text = new StringBuilder();
    for (String line : code.strip().split("\n")) {
      text.append(line.strip()).append('\n');
    }
    return text.toString();
  }
}
