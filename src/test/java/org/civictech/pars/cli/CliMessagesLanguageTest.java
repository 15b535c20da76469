package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civictech.pars.words.Languages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --lang} covers what the program says to its user: with {@code --lang=es} every usage
 * error, and the usage after it, is in Spanish, and the exit status is still 2. An unknown
 * {@code --lang} is said in English, listing the languages there are.
 */
class CliMessagesLanguageTest {

  /** The Spanish usage, as {@code --lang=es} prints it after an error and for {@code --help}. */
  private static final String SPANISH_USAGE = CliRun.SPANISH.usage();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "--as-of                       | --as-of necesita un valor: --as-of=VALOR o --as-of VALOR",
      "--as-of=2018-09-01 --as-of=x  | --as-of se indicó dos veces",
      "--replay=                     | --replay necesita un nombre de archivo",
      "--json --csv                  | --json y --csv no se pueden combinar",
      "--json --json                 | --json se indicó dos veces",
      "--truth-table --truth-table   | --truth-table se indicó dos veces",
      "--frobnicate                  | opción desconocida \"--frobnicate\"",
      "mayor                         | argumento desconocido \"mayor\" (se esperaba ENTIDAD=VOTO,"
          + " por ejemplo DA=against)",
      "DA=against DA=in-favor        | DA votó dos veces: against y in-favor",
      "MAYOR=against                 | entidad desconocida \"MAYOR\" (se esperaba DA, COURTS o"
          + " CITY)",
      "DA=yes                        | voto desconocido \"yes\" (se esperaba in-favor, against o"
          + " abstain)",
      "--as-of=2018-02-30            | --as-of debe ser una fecha como 2018-09-01, pero se recibió"
          + " \"2018-02-30\"",
      "--expires=soon                | --expires debe ser una fecha como 2018-09-01, pero se"
          + " recibió \"soon\"",
      "--requiring=4                 | --requiring debe ser 1, 2 o 3, pero se recibió \"4\"",
      "--truth-table DA=against      | --truth-table no admite votos, --as-of ni --replay",
      "--replay=x.txt DA=against     | --replay toma los votos del archivo, no de la línea de"
          + " comandos",
      "--dmn --as-of=2018-09-01      | --dmn solo admite --requiring, no votos, --as-of, --expires,"
          + " --replay ni --truth-table",
      "--dmn --json                  | --dmn imprime XML; no admite --json ni --csv",
      "--csv DA=against              | --csv imprime la tabla de verdad o la cronología de una"
          + " reproducción (--replay sin --as-of); use --json para una sola decisión o para la"
          + " historia",
      "--replay=/no/such/file.txt    | no se puede leer \"/no/such/file.txt\": el archivo no existe",
      "--replay=.                    | no se puede leer \".\": es un directorio, no un archivo de"
          + " votos"})
  void every_usage_error_is_said_in_spanish_then_the_spanish_usage(String line, String error) {
    String[] args = ("--lang=es " + line.strip()).split(" ");

    CliRun run = CliRun.of(args);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.error()).isEqualTo("pars-renewal: " + error);
    assertThat(run.err()).isEqualTo("pars-renewal: " + error + System.lineSeparator()
        + SPANISH_USAGE + System.lineSeparator());
  }

  @Test
  void lang_is_read_first_so_an_error_before_it_is_said_in_its_language() {
    CliRun run = CliRun.of("--requiring=two", "--lang", "es");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.error())
        .isEqualTo("pars-renewal: --requiring debe ser 1, 2 o 3, pero se recibió \"two\"");
  }

  @Test
  void a_file_of_votes_is_faulted_in_spanish_by_line(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("2018.txt");
    Files.writeString(file, "# votos\n2018-07-11 DA against\n11/07/2018 COURTS abstain\n",
        StandardCharsets.UTF_8);

    CliRun run = CliRun.of("--lang=es", "--replay=" + file);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.error()).isEqualTo("pars-renewal: " + file + ", línea 3: la fecha debe tener"
        + " la forma 2018-09-01, pero se recibió \"11/07/2018\"");
    assertThat(run.err()).endsWith(SPANISH_USAGE + System.lineSeparator());
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "2018-07-11 DA                     | se esperaba FECHA ENTIDAD VOTO [\"fuente\"], pero se"
          + " recibió \"2018-07-11 DA\"",
      "2018-07-11 DA against a letter    | la fuente debe ir entre comillas dobles, pero se"
          + " recibió \"a letter\"",
      "2018-07-11 DA maybe               | voto desconocido \"maybe\" (se esperaba in-favor,"
          + " against o abstain)"})
  void standard_input_is_faulted_in_spanish(String votes, String error) {
    CliRun run = CliRun.withInput(
        new ByteArrayInputStream((votes.strip() + "\n").getBytes(StandardCharsets.UTF_8)),
        "--replay", "-", "--lang=es");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.error()).isEqualTo("pars-renewal: la entrada estándar, línea 1: " + error);
  }

  @Test
  void a_line_too_long_and_bytes_not_utf_8_are_faulted_in_spanish() {
    CliRun tooLong = CliRun.withInput(new ByteArrayInputStream(
        "#".repeat(5000).getBytes(StandardCharsets.UTF_8)), "--replay=-", "--lang=es");
    CliRun notUtf8 = CliRun.withInput(new ByteArrayInputStream(
        new byte[] {'#', (byte) 0xFF, '\n'}), "--replay=-", "--lang=es");

    assertThat(tooLong.status()).isEqualTo(2);
    assertThat(tooLong.error())
        .isEqualTo("pars-renewal: la entrada estándar, línea 1: tiene más de 4096 bytes");
    assertThat(notUtf8.status()).isEqualTo(2);
    assertThat(notUtf8.error())
        .isEqualTo("pars-renewal: la entrada estándar, línea 1: no es texto UTF-8 válido");
  }

  @Test
  void an_error_of_the_library_itself_stays_as_the_library_wrote_it() {
    CliRun run = CliRun.of("--lang=es", "--expires=+999999999-12-31", "DA=against",
        "--as-of=2018-09-01");

    assertThat(run.status()).isIn(0, 2);
    assertThat(run.err()).doesNotContain("\tat ");
  }

  @Test
  void an_unknown_lang_is_said_in_english_listing_the_languages_there_are() {
    CliRun run = CliRun.of("--as-of=never", "--lang=fr");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("pars-renewal: " + CliRun.ENGLISH.unknownLanguage("\"fr\"")
        + System.lineSeparator() + CliRun.ENGLISH.usage() + System.lineSeparator());
    assertThat(run.error()).startsWith("pars-renewal: --lang must be en, es")
        .contains(Languages.codes().toArray(new String[0])).endsWith(", but was \"fr\"");
  }

  @Test
  void lang_given_twice_is_said_in_english() {
    CliRun run = CliRun.of("--lang=es", "--lang=es");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("pars-renewal: --lang given twice"
        + System.lineSeparator() + CliRun.ENGLISH.usage() + System.lineSeparator());
  }

  @Test
  void help_with_lang_es_prints_the_spanish_usage() {
    CliRun run = CliRun.of("--lang=es", "--help");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(SPANISH_USAGE + System.lineSeparator())
        .startsWith("Uso: pars-renewal [ENTIDAD=VOTO ...]")
        .contains("Todos los modos aceptan --lang=en (predeterminado), --lang=es (Español)")
        .contains("  --help              imprime esta ayuda");
    assertThat(CliRun.of("--help", "--lang", "es").out()).isEqualTo(run.out());
    assertThat(CliRun.of("-h", "--lang=ES").out()).isEqualTo(run.out());
  }

  @Test
  void help_with_an_unknown_lang_still_helps_in_english() {
    CliRun run = CliRun.of("--help", "--lang=fr");

    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(CliRun.of("--help").out())
        .startsWith("Usage: pars-renewal");
  }

  @Test
  void the_spanish_usage_names_the_same_options_as_the_english_one() {
    Set<String> english = options(CliRun.of("--help").out());
    Set<String> spanish = options(CliRun.of("--help", "--lang=es").out());

    assertThat(english).contains("--as-of", "--expires", "--requiring", "--replay",
        "--truth-table", "--dmn", "--lang", "--json", "--csv", "--help", "--version",
        "--vectors");
    assertThat(spanish).isEqualTo(english);
    assertThat(english).containsAll(ArgumentParser.VALUE_OPTIONS);
  }

  @Test
  void the_spanish_usage_keeps_the_words_the_user_types() {
    assertThat(SPANISH_USAGE).contains("DA, COURTS o CITY = in-favor, against o abstain")
        .contains("2018-07-11 DA against \"fuente\"")
        .contains("--as-of 2018-09-01");
  }

  /** The option names a usage text mentions. */
  private static Set<String> options(String usage) {
    Set<String> options = new TreeSet<>();
    Matcher option = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*").matcher(usage);
    while (option.find()) {
      options.add(option.group());
    }
    return options;
  }
}
