package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang}: every mode of the program speaks English or Spanish. */
class MainLanguageTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void lang_es_alone_tells_the_2018_story_in_spanish() {
    CliRun run = CliRun.of("--lang=es");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("La renovación de PARS en 2018")
        .contains("Votos emitidos:")
        .contains("  2018-07-27  Tribunales: abstención (fuente: noticias del 27 de julio de 2018")
        .contains("Cronología:")
        .contains("  2018-09-01  NO RENOVADO (no aprobado en la votación)")
        .contains("La Oficina del Fiscal de Distrito y la Ciudad votaron en contra; los tribunales"
            + " se abstuvieron, lo que no cuenta como voto a favor.")
        .contains("Fuentes (docs/RULE.md):")
        .doesNotContain("Timeline:");
  }

  @Test
  void lang_es_decides_a_ballot_with_the_librarys_spanish_sentences() {
    CliRun run = CliRun.of("DA=against", "COURTS=abstain", "CITY=against", "--as-of=2018-09-01",
        "--lang=es");
    RenewalDecision decision = RenewalDecider.twoOfThree().decide(
        Contract.of("PARS", LocalDate.of(2018, 8, 31)),
        List.of(Vote.against(Stakeholder.DA), Vote.abstain(Stakeholder.COURTS),
            Vote.against(Stakeholder.CITY)), LocalDate.of(2018, 9, 1));

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Decidido el 1 de septiembre de 2018, después del vencimiento.")
        .contains("  Tribunales: abstención")
        .contains("Resultado: NO RENOVADO (no aprobado en la votación)")
        .contains(decision.explanation(SPANISH))
        .contains(decision.explainPivots(SPANISH));
  }

  @Test
  void lang_es_replays_a_file_in_spanish(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("2018.txt");
    // 1 in favor and the City never voted: it could have renewed it, so the contract lapsed (R7)
    Files.writeString(file, "2018-07-11 DA in-favor\n2018-07-27 COURTS abstain\n",
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("--replay=" + file, "--lang=es");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("  2018-07-11  Fiscalía: a favor")
        .contains("  2018-09-01  NO RENOVADO (caducó sin completarse la votación)")
        .contains("la Ciudad nunca votó");
  }

  @Test
  void lang_es_prints_the_truth_table_with_spanish_headings_and_outcome_words() {
    CliRun run = CliRun.of("--truth-table", "--lang=es");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("| Fiscalía | Tribunales | Ciudad | con la votación abierta"
        + " | después del vencimiento |")
        .contains("| en contra | abstención | en contra | NO RENOVADO por ahora"
            + " | NO RENOVADO (no aprobado en la votación) |")
        .contains("| - | - | - | PENDIENTE | NO RENOVADO (caducó sin completarse la votación) |")
        .contains("| a favor | a favor | a favor | RENOVADO por ahora | RENOVADO |")
        .doesNotContain("NOT_RENEWED");
  }

  @Test
  void lang_en_is_the_default() {
    assertThat(CliRun.of("--lang=en").out()).isEqualTo(CliRun.of().out());
    assertThat(CliRun.of("--truth-table", "--lang=EN").out())
        .isEqualTo(CliRun.of("--truth-table").out());
  }

  @Test
  void an_unknown_language_is_a_usage_error_naming_it() {
    CliRun run = CliRun.of("--lang=fr");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("pars-renewal: --lang must be en, es")
        .contains(", but was \"fr\"");
    assertThat(CliRun.of("--lang=es", "--lang=en").err())
        .startsWith("pars-renewal: --lang given twice");
  }

  @Test
  void the_contract_line_agrees_in_number_with_the_votes_required() {
    assertThat(CliRun.of("--requiring=1", "DA=in-favor").out())
        .contains("renewal needs 1 vote in favor.");
    assertThat(CliRun.of("--requiring=1", "DA=in-favor", "--lang=es").out())
        .contains("la renovación necesita 1 voto a favor.");
    assertThat(CliRun.of("--requiring=3", "DA=in-favor", "--lang=es").out())
        .contains("la renovación necesita 3 votos a favor.");
  }

  @Test
  void help_mentions_lang() {
    assertThat(CliRun.of("--help").out()).contains("--lang=LANG").contains("es (Español)");
  }
}
