package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command-line program, run in-process. */
class MainTest {

  @Test
  void no_arguments_tell_the_2018_story_ending_voted_down() {
    CliRun run = CliRun.of();

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("2018-07-11  DA: against (source: the District Attorney's letter of 2018-07-11"
            + " [AP-07-11])")
        .contains("2018-07-27  City: against (source: the mayor's announcement")
        .contains("  2018-07-11  PENDING")
        // E6: while voting is open the label says it holds as the votes stand
        .contains("  2018-07-27  NOT_RENEWED as the votes stand")
        .contains("  2018-09-01  NOT_RENEWED (voted down)")
        .contains("  2018-07-10  PENDING")
        .contains("  2018-07-12  PENDING")
        .contains("  2018-07-28  NOT_RENEWED as the votes stand")
        .doesNotContain("2018-07-27  NOT_RENEWED (voted down)")
        .doesNotContain("2018-07-28  NOT_RENEWED (voted down)");
    assertThat(run.out()).contains("2018-09-01  NOT_RENEWED (voted down)\n\nSources (docs/RULE.md):"
        .replace("\n", System.lineSeparator()));
  }

  @Test
  void a_ballot_on_the_command_line_is_decided_and_explained() {
    CliRun run = CliRun.of("DA=against", "COURTS=abstain", "CITY=against", "--as-of=2018-09-01");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Outcome: NOT_RENEWED (voted down)")
        .contains("Not renewed (voted down): no stakeholder voted in favor and renewal needs 2"
            + " votes in favor.")
        .contains("Decided as of September 1, 2018, after the expiry.")
        .contains("  Courts:     abstain");
  }

  @Test
  void without_as_of_voting_is_taken_as_open() {
    CliRun run = CliRun.of("DA=in-favor");

    assertThat(run.out()).contains("Decided with voting open.").contains("Outcome: PENDING")
        .contains("  City:       not voted");
  }

  @Test
  void options_change_the_expiry_and_the_rule() {
    CliRun run = CliRun.of("da=IN_FAVOR", "Courts=in-favor", "--requiring=3",
        "--expires=2019-08-31", "--as-of=2019-08-31");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("last day of voting August 31, 2019")
        .contains("renewal needs 3 votes in favor").contains("Outcome: PENDING");
  }

  @Test
  void help_prints_usage_on_standard_output_and_succeeds() {
    CliRun run = CliRun.of("DA=nonsense", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: pars-renewal");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void version_prints_the_projects_version() {
    CliRun run = CliRun.of("--version");

    assertThat(run.status()).isZero();
    assertThat(run.out().strip())
        .matches("pars-renewal \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(docs/RULE\\.md \\d+\\.\\d+\\)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "--vectors --csv     | --vectors takes no argument other than --lang, but was given \"--csv\"",
      "--version DA=yes    | --version takes no argument other than --lang, but was given \"DA=yes\"",
      "--version --json    | --version takes no argument other than --lang, but was given \"--json\"",
      "--version --vectors | --version takes no argument other than --lang, but was given"
          + " \"--vectors\"",
      "--lang=es --vectors --as-of=2018-09-01 | --vectors no admite más argumentos que --lang, pero"
          + " se recibió \"--as-of=2018-09-01\""})
  void version_and_vectors_take_nothing_but_lang(String line, String error) {
    CliRun run = CliRun.of(line.strip().split(" "));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.error()).isEqualTo("pars-renewal: " + error);
    assertThat(run.err()).contains(": pars-renewal [").doesNotContain("\tat "); // usage
  }

  @Test
  void version_and_vectors_take_lang_and_help_wins_over_them() {
    String version = CliRun.of("--version").out();

    assertThat(CliRun.of("--version", "--lang", "es").out()).isEqualTo(version);
    assertThat(CliRun.of("--lang=zh", "--version").out()).isEqualTo(version);
    assertThat(CliRun.of("--version", "--help").out()).isEqualTo(CliRun.of("--help").out());
    assertThat(CliRun.of("--version", "--lang=es").error()).isEmpty();
    assertThat(CliRun.of("--version", "--lang=es").status()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"MAYOR=against", "DA=maybe", "DA", "--as-of=yesterday",
      "--expires=2018-02-30", "--requiring=4", "--requiring=99999999999999999999", "--frobnicate",
      "", "="})
  void a_bad_argument_prints_one_line_and_usage_and_exits_2(String bad) {
    CliRun run = CliRun.of(bad);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.error()).startsWith("pars-renewal: ");
    assertThat(run.err()).contains("Usage: pars-renewal").doesNotContain("\tat ");
  }

  @Test
  void errors_name_the_bad_value() {
    assertThat(CliRun.of("MAYOR=against").error()).isEqualTo(
        "pars-renewal: unknown stakeholder \"MAYOR\" (expected DA, COURTS or CITY)");
    assertThat(CliRun.of("DA=maybe").error()).isEqualTo(
        "pars-renewal: unknown choice \"maybe\" (expected in-favor, against or abstain)");
    assertThat(CliRun.of("--as-of=yesterday").error()).isEqualTo(
        "pars-renewal: --as-of must be a date like 2018-09-01, but was \"yesterday\"");
    assertThat(CliRun.of("--requiring=0").error()).isEqualTo(
        "pars-renewal: --requiring must be 1, 2 or 3, but was \"0\"");
    assertThat(CliRun.of("DA=against", "da=abstain").error()).isEqualTo(
        "pars-renewal: DA voted twice: against and abstain");
    assertThat(CliRun.of("--as-of=2018-09-01", "--as-of=2018-09-02").error()).isEqualTo(
        "pars-renewal: --as-of given twice");
  }

  @Test
  void truth_table_prints_64_ballots_as_markdown() {
    CliRun run = CliRun.of("--truth-table");

    assertThat(run.status()).isZero();
    assertThat(run.out().lines()).hasSize(66);
    assertThat(run.out().lines().findFirst().orElseThrow())
        .isEqualTo("| DA | COURTS | CITY | while voting is open | after the expiry |");
    assertThat(run.out()).contains("| against | abstain | against | NOT_RENEWED as the votes stand"
        + " | NOT_RENEWED (voted down) |")
        .contains("| - | - | - | PENDING | NOT_RENEWED (lapsed) |");
  }

  @Test
  void truth_table_takes_no_votes() {
    assertThat(CliRun.of("--truth-table", "DA=against").status()).isEqualTo(2);
  }

  @Test
  void replay_prints_the_votes_and_the_timeline(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("2018.txt");
    Files.writeString(file, "# the 2018 story\n"
        + "2018-07-11 DA against \"Letter to the Mayor\"\n\n"
        + "2018-07-27 COURTS abstain\n"
        + "2018-07-27 CITY against \"The mayor's announcement\"\n");

    CliRun run = CliRun.of("--replay=" + file);

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("2018-07-11  DA: against (source: Letter to the Mayor)")
        .contains("2018-07-27  Courts: abstain" + System.lineSeparator())
        .contains("  2018-09-01  NOT_RENEWED (voted down)");
  }

  @Test
  void replay_as_of_a_day_decides_that_day(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("votes.txt");
    Files.writeString(file, "2018-07-11 DA in-favor\n2018-07-12 CITY in-favor\n");

    assertThat(CliRun.of("--replay=" + file, "--as-of=2018-07-11").out())
        .contains("Outcome: PENDING");
    assertThat(CliRun.of("--replay=" + file, "--as-of=2018-07-12").out())
        .contains("Outcome: RENEWED");
  }

  @Test
  void replay_errors_name_the_file_and_line(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "2018-07-11 DA against\n2018-07-12 MAYOR against\n");

    CliRun run = CliRun.of("--replay=" + file);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.error()).isEqualTo("pars-renewal: " + file
        + " line 2: unknown stakeholder \"MAYOR\" (expected DA, COURTS or CITY)");
  }

  @Test
  void replay_rejects_votes_after_the_expiry_and_back_in_time(@TempDir Path dir)
      throws IOException {
    Path late = dir.resolve("late.txt");
    Files.writeString(late, "2018-09-01 DA against\n");
    Path back = dir.resolve("back.txt");
    Files.writeString(back, "2018-07-12 DA against\n2018-07-11 DA in-favor\n");

    assertThat(CliRun.of("--replay=" + late).error()).contains(" line 1: castOn must be on or"
        + " before the expiry date 2018-08-31");
    assertThat(CliRun.of("--replay=" + back).error()).contains(" line 2: castOn must not go back"
        + " in time");
  }

  @Test
  void replay_of_a_missing_file_is_a_usage_error(@TempDir Path dir) {
    CliRun run = CliRun.of("--replay=" + dir.resolve("missing.txt"));

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.error()).contains("cannot read").contains("missing.txt");
  }

  @Test
  void replay_takes_its_votes_from_the_file_only(@TempDir Path dir) {
    assertThat(CliRun.of("--replay=" + dir.resolve("x"), "DA=against").error())
        .isEqualTo("pars-renewal: --replay takes its votes from the file, not the command line");
  }
}
