package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Every date the command line accepts works, or is refused with one line and status 2. */
class CliDatesTest {

  private static final Gen<LocalDate> DATES =
      longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
          .map(LocalDate::ofEpochDay)
          .mix(Generate.pick(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.MAX.minusDays(1))),
              30);

  @Test
  void an_expiry_on_the_last_representable_day_is_refused_with_one_line() {
    for (String mode : new String[] {"--truth-table", "DA=against", "--replay=-"}) {
      CliRun run = CliRun.of("--expires=+999999999-12-31", mode);

      assertThat(run.status()).as(mode).isEqualTo(2);
      assertThat(run.out()).as(mode).isEmpty();
      assertThat(run.error()).as(mode).isEqualTo("pars-renewal: expiresOn must be before"
          + " +999999999-12-31 so that voting can close the day after it (R7), but was"
          + " +999999999-12-31");
      assertThat(run.err()).as(mode).doesNotContain("\tat ");
    }
  }

  @Test
  void the_truth_table_and_a_decision_work_for_every_other_expiry_and_day() {
    qt().withExamples(300).forAll(DATES, DATES).checkAssert((expiry, asOf) -> {
      CliRun table = CliRun.of("--truth-table", "--expires=" + expiry);
      CliRun decision = CliRun.of("DA=in-favor", "--expires=" + expiry, "--as-of=" + asOf,
          "--lang=" + (asOf.getDayOfMonth() % 2 == 0 ? "es" : "en"));
      int expected = expiry.equals(LocalDate.MAX) ? 2 : 0;

      assertThat(table.status()).isEqualTo(expected);
      assertThat(decision.status()).isEqualTo(expected);
      assertThat(table.err().lines().count()).isLessThanOrEqualTo(1 + usageLines());
      assertThat(decision.err()).doesNotContain("\tat ");
    });
  }

  @Test
  void a_replay_works_on_the_first_and_last_days(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("extremes.txt");
    Files.writeString(file, "-999999999-01-01 DA in-favor\n+999999999-12-30 CITY in-favor\n");

    CliRun run = CliRun.of("--replay=" + file, "--expires=+999999999-12-30");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("  +999999999-12-31  RENEWED");
  }

  private static long usageLines() {
    return CliRun.ENGLISH.usage().lines().count();
  }
}
