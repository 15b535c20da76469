package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every option that takes a value takes it after "=" or, GNU style, as the next argument. */
class GnuOptionsTest {

  @Test
  void as_of_expires_and_requiring_take_the_next_argument() {
    CliRun gnu = CliRun.of("DA=in-favor", "--as-of", "2019-09-01", "--expires", "2019-08-31",
        "--requiring", "1");
    CliRun equals = CliRun.of("DA=in-favor", "--as-of=2019-09-01", "--expires=2019-08-31",
        "--requiring=1");

    assertThat(gnu.status()).isZero();
    assertThat(gnu.out()).contains("Decided as of September 1, 2019, after the expiry.")
        .contains("renewal needs 1 ").isEqualTo(equals.out());
  }

  @Test
  void replay_takes_the_next_argument_even_when_it_is_a_dash() {
    byte[] votes = "2018-07-11 DA in-favor\n".getBytes(StandardCharsets.UTF_8);

    CliRun run = CliRun.withInput(new ByteArrayInputStream(votes), "--replay", "-",
        "--as-of", "2018-07-11");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("  DA:         in-favor");
  }

  @Test
  void every_value_option_is_listed_once() {
    assertThat(ArgumentParser.VALUE_OPTIONS)
        .containsExactlyInAnyOrder("--as-of", "--expires", "--lang", "--requiring", "--replay");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--as-of", "--expires", "--lang", "--requiring", "--replay"})
  void an_option_missing_its_value_says_so(String option) {
    CliRun run = CliRun.of("DA=against", option);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.error()).isEqualTo("pars-renewal: " + option + " needs a value: " + option
        + "=VALUE or " + option + " VALUE");
  }

  @Test
  void lang_takes_the_next_argument_and_alone_still_tells_the_story() {
    assertThat(CliRun.of("--lang", "es").out()).isEqualTo(CliRun.of("--lang=es").out());
    assertThat(CliRun.of("--lang", "es", "DA=against").out())
        .isEqualTo(CliRun.of("--lang=es", "DA=against").out());
  }

  @Test
  void a_flag_does_not_take_a_value() {
    assertThat(CliRun.of("--truth-table=yes").error())
        .isEqualTo("pars-renewal: unknown option \"--truth-table=yes\"");
    assertThat(CliRun.of("--as-of", "2018-09-01", "--as-of", "2018-09-02").error())
        .isEqualTo("pars-renewal: --as-of given twice");
  }
}
