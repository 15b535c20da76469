package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.api.Test;

/**
 * 10,000 random command lines: the program never throws, never prints a stack trace, and exits
 * 0 with a result or 2 with a one-line error followed by usage.
 */
class CliFuzzTest {

  private static final Gen<String> WORDS = Generate.pick(List.of(
      "DA", "COURTS", "CITY", "da", "Mayor", "", "in-favor", "against", "abstain", "IN_FAVOR",
      "yes", "--as-of", "--expires", "--requiring", "--replay", "--truth-table", "--help",
      "--version", "2018-08-30", "2018-08-31", "2018-09-01", "2018-02-30", "+999999999-12-31",
      "-1", "0", "1", "2", "3", "4", "99999999999999999999", "=", "==", " ", "\t", "\u00e9"));

  /** An argument built from two words joined by "=", or any random text. */
  private static final Gen<String> ARGUMENTS = WORDS.zip(WORDS, (a, b) -> a + "=" + b)
      .mix(WORDS, 20)
      .mix(strings().allPossible().ofLengthBetween(0, 12), 20);

  @Test
  void random_command_lines_exit_0_or_2_without_a_stack_trace() {
    qt().withExamples(10_000).withShrinkCycles(200)
        .forAll(lists().of(ARGUMENTS).ofSizeBetween(0, 6), integers().between(0, 0))
        .checkAssert((args, unused) -> {
          CliRun run = CliRun.of(args.toArray(new String[0]));
          assertThat(run.status()).isIn(0, 2);
          assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
          if (run.status() == 2) {
            assertThat(run.out()).isEmpty();
            assertThat(run.error()).startsWith("pars-renewal: ");
            assertThat(run.err().lines().skip(1).findFirst().orElse(""))
                .startsWith("Usage: pars-renewal");
          } else {
            assertThat(run.out()).isNotEmpty();
            assertThat(run.err()).isEmpty();
          }
        });
  }
}
