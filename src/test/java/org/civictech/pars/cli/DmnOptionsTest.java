package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.civictech.pars.RenewalDecider;
import org.civictech.pars.dmn.DmnExport;
import org.civictech.pars.internal.Library;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line of the DMN export, {@code --dmn}: what it prints and what it refuses. */
class DmnOptionsTest {

  @ParameterizedTest(name = "requiring {0}")
  @ValueSource(ints = {1, 2, 3})
  void dmn_prints_the_exported_model_of_the_rule_asked_for(int votesRequired) {
    CliRun run = CliRun.of("--dmn", "--requiring=" + votesRequired);

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(
        DmnExport.xml(RenewalDecider.requiring(votesRequired), Library.version()));
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

  @Test
  void help_lists_the_dmn_export() {
    assertThat(CliRun.of("--help").out()).contains("pars-renewal --dmn [--requiring=N]")
        .contains("  --dmn               print the rule as a DMN 1.3 decision table");
  }
}
