package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.civictech.pars.DatedVote;
import org.civictech.pars.internal.Pars2018;
import org.civictech.pars.words.Languages;
import org.junit.jupiter.api.Test;

/**
 * What the documents show is what the code does: README.md's 2018 story, code examples and
 * install snippets, docs/cli.md's truth table and replay file (the reader's pages: ReaderPagesTest)
 * and story are checked here, so the published text can never drift from the code.
 */
class ReadmeTest {

  private static final Path README = Path.of("README.md");
  private static final Path CLI_GUIDE = Path.of("docs/cli.md");
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
    return read(README);
  }

  private static String cliGuide() throws IOException {
    return read(CLI_GUIDE);
  }

  private static String read(Path document) throws IOException {
    return Files.readString(document, StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  @Test
  void the_cli_guide_truth_table_is_what_the_code_prints() throws IOException {
    String published =
        between(cliGuide(), "<!-- truth-table:begin -->", "<!-- truth-table:end -->");

    assertThat(published.strip()).isEqualTo(
        CliRun.of("--truth-table").out().replace(System.lineSeparator(), "\n").strip());
  }

  @Test
  void the_readme_2018_story_is_what_the_program_prints() throws IOException {
    String published = fenced(between(readme(), "<!-- story:begin -->", "<!-- story:end -->"));

    assertThat(published).isEqualTo(CliRun.of().out().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void the_javascript_guide_lists_every_language_the_library_speaks() throws IOException {
    String codes = Languages.codes().stream().map(code -> "\"" + code + "\"")
        .collect(Collectors.joining(", ", "`[", "]`"));
    assertThat(read(Path.of("docs/javascript.md"))).contains("the default first: " + codes);
  }

  @Test
  void the_cli_guide_lists_every_language_the_library_speaks() throws IOException {
    List<String> codes = Languages.codes();
    String listed = String.join(", ", codes.subList(0, codes.size() - 1)) + " or "
        + codes.get(codes.size() - 1);
    assertThat(cliGuide().replace("\n", " ")).contains("`--lang=LANG` (" + listed + ", in every mode;");
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
    String version = pomVersion();
    String readme = readme();

    assertThat(version).isNotEmpty();
    assertThat(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8))
        .contains("<groupId>org.civictech</groupId>");
    assertThat(readme).contains("<groupId>org.civictech</groupId>\n  <artifactId>pars-renewal</artifactId>\n"
        + "  <version>" + version + "</version>")
        .contains("implementation(\"org.civictech:pars-renewal:" + version + "\")")
        .contains("mavenLocal()")
        .contains("./mvnw install");
  }

  @Test
  void the_java_jar_lines_of_the_readme_and_the_cli_guide_name_the_jar_the_build_makes()
      throws IOException {
    String block = fenced(between(readme(), "<!-- jar:begin -->", "<!-- jar:end -->"));
    Matcher jar = Pattern.compile("java -jar target/pars-renewal-(\\S+)\\.jar ")
        .matcher(readme() + cliGuide());
    int lines = 0;
    while (jar.find()) {
      assertThat(jar.group(1)).isEqualTo(pomVersion());
      lines++;
    }

    assertThat(lines).isGreaterThanOrEqualTo(3);
    assertThat(block).contains(".jar DA=against").contains(".jar --version");
  }

  @Test
  void the_cli_guide_replay_example_is_the_file_in_the_repository() throws IOException {
    String published = fenced(between(cliGuide(), "<!-- replay-example:begin -->",
        "<!-- replay-example:end -->"));
    String file = Files.readString(Path.of("examples/2018.txt"), StandardCharsets.UTF_8);

    assertThat(published).isEqualTo(file);
  }

  @Test
  void replaying_the_example_file_tells_the_2018_timeline() {
    CliRun run = CliRun.of("--replay", "examples/2018.txt");
    String story = CliRun.of().out();
    String timeline = story.substring(story.indexOf("Timeline:"), story.indexOf("As of the dates"));

    assertThat(run.status()).isZero();
    assertThat(run.out().strip()).endsWith(timeline.strip())
        .contains("2018-07-11  DA: against (source: the District Attorney's letter of 2018-07-11"
            + " [AP-07-11])");
  }

  @Test
  void the_example_file_holds_the_librarys_2018_votes_dates_and_sources() throws IOException {
    List<String> lines = new ArrayList<>();
    for (DatedVote dated : Pars2018.ballot(Locale.ENGLISH).history()) {
      lines.add(dated.castOn() + " " + dated.vote().stakeholder() + " "
          + dated.vote().choice().name().toLowerCase(Locale.ROOT).replace('_', '-')
          + " \"" + dated.source() + "\"");
    }
    List<String> file = Files.readAllLines(Path.of("examples/2018.txt"), StandardCharsets.UTF_8)
        .stream().filter(line -> !line.startsWith("#") && !line.isBlank()).toList();

    assertThat(file).isEqualTo(lines);
  }

  /** The version of the POM, for example 0.1.0-SNAPSHOT. */
  private static String pomVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    return between(pom, "<artifactId>pars-renewal</artifactId>", "</version>")
        .replace("<version>", "").strip();
  }

  private static String unindented(String code) {
    StringBuilder text = new StringBuilder();
    for (String line : code.strip().split("\n")) {
      text.append(line.strip()).append('\n');
    }
    return text.toString();
  }
}
