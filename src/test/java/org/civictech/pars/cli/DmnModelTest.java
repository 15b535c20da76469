package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civictech.pars.Reason;
import org.civictech.pars.dmn.DmnModel;
import org.civictech.pars.RenewalDecider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The DMN export: its shape for a human reader, and the command line that prints it. */
class DmnModelTest {

  private static List<String> rows(int votesRequired) {
    return DmnModel.rows(RenewalDecider.requiring(votesRequired)).stream()
        .map(DmnModel.Row::toString).toList();
  }

  @Test
  void the_pars_table_is_eight_rows_read_from_the_top() {
    assertThat(rows(2)).containsExactly(
        "\"IN_FAVOR\" | \"IN_FAVOR\" | - | - | RENEWED",
        "\"IN_FAVOR\" | - | \"IN_FAVOR\" | - | RENEWED",
        "- | \"IN_FAVOR\" | \"IN_FAVOR\" | - | RENEWED",
        "\"AGAINST\",\"ABSTAIN\" | \"AGAINST\",\"ABSTAIN\" | - | - | VOTED_DOWN",
        "\"AGAINST\",\"ABSTAIN\" | - | \"AGAINST\",\"ABSTAIN\" | - | VOTED_DOWN",
        "- | \"AGAINST\",\"ABSTAIN\" | \"AGAINST\",\"ABSTAIN\" | - | VOTED_DOWN",
        "- | - | - | true | LAPSED",
        "- | - | - | false | PENDING");
  }

  @Test
  void one_in_favor_renews_under_the_rule_requiring_one() {
    assertThat(rows(1)).containsExactly(
        "\"IN_FAVOR\" | - | - | - | RENEWED",
        "- | \"IN_FAVOR\" | - | - | RENEWED",
        "- | - | \"IN_FAVOR\" | - | RENEWED",
        "\"AGAINST\",\"ABSTAIN\" | \"AGAINST\",\"ABSTAIN\" | \"AGAINST\",\"ABSTAIN\" | -"
            + " | VOTED_DOWN",
        "- | - | - | true | LAPSED",
        "- | - | - | false | PENDING");
  }

  @Test
  void one_vote_not_in_favor_defeats_consensus() {
    assertThat(rows(3)).containsExactly(
        "\"IN_FAVOR\" | \"IN_FAVOR\" | \"IN_FAVOR\" | - | RENEWED",
        "\"AGAINST\",\"ABSTAIN\" | - | - | - | VOTED_DOWN",
        "- | \"AGAINST\",\"ABSTAIN\" | - | - | VOTED_DOWN",
        "- | - | \"AGAINST\",\"ABSTAIN\" | - | VOTED_DOWN",
        "- | - | - | true | LAPSED",
        "- | - | - | false | PENDING");
  }

  @ParameterizedTest(name = "requiring {0}")
  @ValueSource(ints = {1, 2, 3})
  void every_row_is_annotated_with_the_r_numbers_of_its_reason(int votesRequired) {
    String xml = CliRun.of("--dmn", "--requiring=" + votesRequired).out();
    Matcher annotation = Pattern.compile(
        "<annotationEntry>\\s*<text>(R\\d(, R\\d)*: [^<]+)</text>\\s*</annotationEntry>")
        .matcher(xml);
    int annotated = 0;
    while (annotation.find()) {
      annotated++;
    }

    assertThat(xml).contains("<annotation name=\"RULE.md\"/>");
    assertThat(annotated).isEqualTo(rows(votesRequired).size())
        .isEqualTo(xml.split("<rule ", -1).length - 1);
  }

  @Test
  void each_reason_has_its_own_annotation() {
    assertThat(DmnModel.annotation(Reason.RENEWED, 2)).startsWith("R3: at least 2 of the 3");
    assertThat(DmnModel.annotation(Reason.VOTED_DOWN, 2)).startsWith("R4, R6, R7: voted down")
        .contains("could not reach 2 in favor").contains("abstention");
    assertThat(DmnModel.annotation(Reason.LAPSED, 2)).startsWith("R7: voting is closed")
        .contains("lapsed");
    assertThat(DmnModel.annotation(Reason.PENDING, 2)).startsWith("R6: voting is open");
  }

  @Test
  void the_model_names_its_inputs_outputs_and_hit_policy() {
    String xml = CliRun.of("--dmn").out();

    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("name=\"PARS renewal, 2 of 3\"")
        .contains("<decisionTable id=\"renewal_table\" hitPolicy=\"FIRST\"")
        .contains("<inputData id=\"DA\" name=\"DA\">")
        .contains("<inputData id=\"COURTS\" name=\"COURTS\">")
        .contains("<inputData id=\"CITY\" name=\"CITY\">")
        .contains("<inputData id=\"votingClosed\" name=\"votingClosed\">")
        .contains("<text>\"IN_FAVOR\",\"AGAINST\",\"ABSTAIN\",\"NOT_VOTED\"</text>")
        .contains("<output id=\"output_outcome\" name=\"outcome\" typeRef=\"string\">")
        .contains("<text>\"RENEWED\",\"NOT_RENEWED\",\"PENDING\"</text>")
        .contains("<output id=\"output_reason\" name=\"reason\" typeRef=\"string\">")
        .contains("<text>\"RENEWED\",\"VOTED_DOWN\",\"LAPSED\",\"PENDING\"</text>")
        .contains("the courts (R1, R2, R5)")
        .endsWith("</definitions>" + System.lineSeparator());
  }

  @Test
  void dmn_prints_the_model_on_standard_output_and_succeeds() {
    CliRun run = CliRun.of("--dmn", "--requiring=3");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("name=\"PARS renewal, 3 of 3\"")
        .contains("renewal needs 3 of the 3 in favor");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--requiring=4", "--requiring=0", "--requiring=two"})
  void dmn_with_a_bad_rule_exits_2_with_one_line(String requiring) {
    CliRun run = CliRun.of("--dmn", requiring);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.error()).startsWith("pars-renewal: --requiring must be 1, 2 or 3, but was");
    assertThat(run.err().lines().skip(1).findFirst().orElse("")).startsWith("Usage: pars-renewal");
  }

  @ParameterizedTest
  @ValueSource(strings = {"DA=against", "--as-of=2018-09-01", "--expires=2019-08-31",
      "--truth-table", "--replay=2018.txt"})
  void dmn_takes_only_the_rule(String other) {
    CliRun run = CliRun.of("--dmn", other);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.error()).isEqualTo("pars-renewal: --dmn takes only --requiring, no votes,"
        + " --as-of, --expires, --replay or --truth-table");
  }

  @Test
  void dmn_takes_the_language_option_but_its_model_is_the_same() {
    CliRun run = CliRun.of("--dmn", "--lang=es");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(CliRun.of("--dmn").out());
  }

  @Test
  void dmn_given_twice_is_an_error() {
    assertThat(CliRun.of("--dmn", "--dmn").error()).isEqualTo("pars-renewal: --dmn given twice");
  }

  /** The PARS table as docs/dmn.md shows it: one Markdown row per DMN rule. */
  static String markdown() {
    StringBuilder table = new StringBuilder(
        "| # | DA | COURTS | CITY | votingClosed | outcome | reason | RULE.md |\n"
        + "|---|----|--------|------|--------------|---------|--------|---------|\n");
    int number = 0;
    for (DmnModel.Row row : DmnModel.rows(RenewalDecider.twoOfThree())) {
      table.append("| ").append(++number).append(" | ");
      for (int test : row.votes()) {
        table.append('`').append(DmnModel.voteTest(test)).append("` | ");
      }
      table.append('`').append(DmnModel.closedTest(row.closed())).append("` | `\"")
          .append(row.reason().outcome()).append("\"` | `\"").append(row.reason())
          .append("\"` | ").append(DmnModel.annotation(row.reason(), 2)).append(" |\n");
    }
    return table.toString();
  }

  @Test
  void the_dmn_guide_shows_the_table_that_dmn_prints() throws IOException {
    String guide = Files.readString(Path.of("docs/dmn.md"), StandardCharsets.UTF_8)
        .replace("\r\n", "\n");
    int begin = guide.indexOf("<!-- dmn-table:begin -->\n");
    int end = guide.indexOf("<!-- dmn-table:end -->");
    assertThat(begin).isNotNegative();
    assertThat(end).isGreaterThan(begin);

    assertThat(guide.substring(guide.indexOf('\n', begin) + 1, end)).isEqualTo(markdown());
  }

  @Test
  void help_lists_the_dmn_export() {
    assertThat(CliRun.of("--help").out()).contains("pars-renewal --dmn [--requiring=N]")
        .contains("  --dmn               print the rule as a DMN 1.3 decision table");
  }
}
