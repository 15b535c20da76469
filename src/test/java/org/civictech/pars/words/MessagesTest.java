package org.civictech.pars.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What the command line says in each language: every message in every language, and the usage's
 * list of languages, generated from {@link Languages#codes()}. The command line's own tests hold
 * the program to these words.
 */
class MessagesTest {

  private static final Messages ENGLISH = Languages.of(Locale.ENGLISH).labels().messages();
  private static final Messages SPANISH = Languages.of(new Locale("es")).labels().messages();

  /** Each message with an argument of its own, so that a message that drops it shows. */
  private static final List<Map.Entry<String, Function<Messages, String>>> MESSAGES = List.of(
      Map.entry("--as-of", m -> m.needsValue("--as-of")),
      Map.entry("--expires", m -> m.givenTwice("--expires")),
      Map.entry("--replay", m -> m.replayNeedsFile()),
      Map.entry("--csv", m -> m.jsonAndCsv()),
      Map.entry("\"--x\"", m -> m.unknownOption("\"--x\"")),
      Map.entry("\"x\"", m -> m.unknownArgument("\"x\"")),
      Map.entry("in-favor", m -> m.votedTwice("DA", "against", "in-favor")),
      Map.entry("\"MAYOR\"", m -> m.unknownStakeholder("\"MAYOR\"")),
      Map.entry("\"yes\"", m -> m.unknownChoice("\"yes\"")),
      Map.entry("\"2018-02-30\"", m -> m.notADate("--as-of", "\"2018-02-30\"")),
      Map.entry("\"4\"", m -> m.badVotesRequired("\"4\"")),
      Map.entry("\"fr\"", m -> m.unknownLanguage("\"fr\"")),
      Map.entry("--truth-table", m -> m.truthTableTakesNoBallot()),
      Map.entry("--replay", m -> m.replayTakesNoVotes()),
      Map.entry("--requiring", m -> m.dmnTakesOnlyTheRule()),
      Map.entry("XML", m -> m.dmnTakesNoFormat()),
      Map.entry("\"--csv\"", m -> m.takesOnlyLang("--vectors", "\"--csv\"")),
      Map.entry("--json", m -> m.csvIsForTables()),
      Map.entry("7", m -> m.atLine(7, "x")),
      Map.entry("256", m -> m.inputTooLarge(256)),
      Map.entry("4096", m -> m.lineTooLong(4096)),
      Map.entry("UTF-8", m -> m.notUtf8()),
      Map.entry("\"2018-07-11 DA\"", m -> m.notAVote("\"2018-07-11 DA\"")),
      Map.entry("\"11/07/2018\"", m -> m.notAVoteDate("\"11/07/2018\"")),
      Map.entry("\"a letter\"", m -> m.sourceNotQuoted("\"a letter\"")),
      Map.entry("2018.txt", m -> m.inInput("2018.txt", "line 1: x")),
      Map.entry("\"none.txt\"", m -> m.noSuchFile("\"none.txt\"")),
      Map.entry("\"dir\"", m -> m.isADirectory("\"dir\"")),
      Map.entry("\"secret.txt\"", m -> m.permissionDenied("\"secret.txt\"")),
      Map.entry("Input/output error", m -> m.cannotRead("votes.txt", "Input/output error")));

  @Test
  void every_message_is_said_in_every_language_and_keeps_what_the_user_typed() {
    for (Wording language : Languages.all()) {
      Messages say = language.labels().messages();
      for (Map.Entry<String, Function<Messages, String>> message : MESSAGES) {
        assertThat(message.getValue().apply(say))
            .as("%s: %s", language.language(), message.getKey()).contains(message.getKey());
      }
      assertThat(say.standardInput()).isNotBlank();
      assertThat(say.cannotWrite()).isNotBlank();
    }
  }

  @Test
  void spanish_says_every_message_in_its_own_words() {
    for (Map.Entry<String, Function<Messages, String>> message : MESSAGES) {
      assertThat(message.getValue().apply(SPANISH)).as(message.getKey())
          .isNotEqualTo(message.getValue().apply(ENGLISH));
    }
    assertThat(SPANISH.standardInput()).isEqualTo("la entrada estándar");
    assertThat(SPANISH.cannotWrite())
        .isEqualTo("no se puede escribir la salida (falló la salida estándar)");
    assertThat(SPANISH.votedTwice("DA", "against", "in-favor"))
        .isEqualTo("DA votó dos veces: against y in-favor");
    assertThat(SPANISH.inInput("2018.txt", "línea 3: x")).isEqualTo("2018.txt, línea 3: x");
  }

  @Test
  void english_says_what_the_command_line_has_always_said() {
    assertThat(ENGLISH.standardInput()).isEqualTo("standard input");
    assertThat(ENGLISH.cannotWrite()).isEqualTo("cannot write the output (standard output failed)");
    assertThat(ENGLISH.inInput("standard input", "line 3: x"))
        .isEqualTo("standard input line 3: x");
    assertThat(ENGLISH.notAVoteDate("\"x\""))
        .isEqualTo("the date must be a date like 2018-09-01, but was \"x\"");
    assertThat(ENGLISH.unknownLanguage("\"fr\""))
        .isEqualTo("--lang must be " + Messages.joined(Languages.codes(), "or")
            + ", but was \"fr\"")
        .startsWith("--lang must be en, es");
  }

  @Test
  void the_usage_lists_the_languages_in_the_order_of_languages_codes() {
    List<String> codes = Languages.codes();
    assertThat(codes).startsWith("en", "es");
    List<String> english = new ArrayList<>(List.of("--lang=en (default)"));
    List<String> spanish = new ArrayList<>(List.of("--lang=en (predeterminado)"));
    for (String code : codes.subList(1, codes.size())) {
      english.add("--lang=" + code + " (" + ENGLISH.languageName(code) + ")");
      spanish.add("--lang=" + code + " (" + SPANISH.languageName(code) + ")");
    }
    // a line longer than 100 characters is wrapped; read the usage as one line of words
    assertThat(unwrapped(ENGLISH.usage()))
        .contains("Every mode takes " + Messages.joined(english, "or") + ".")
        .contains("Every mode takes --lang=en (default), --lang=es (Español)")
        .contains("--lang=LANG en (English, the default), es (Español)");
    assertThat(unwrapped(SPANISH.usage()))
        .contains("Todos los modos aceptan " + Messages.joined(spanish, "o") + ".")
        .contains("Todos los modos aceptan --lang=en (predeterminado), --lang=es (Español)")
        .contains("--lang=IDIOMA en (English, el predeterminado), es (Español)");
  }

  private static String unwrapped(String usage) {
    return usage.replaceAll("\\s+", " ");
  }

  @Test
  void every_language_is_named_in_its_own_words_in_every_language() {
    // no language knows the names of the others: each is shown by its own name, as a switch
    for (Wording language : Languages.all()) {
      for (Wording named : Languages.all()) {
        assertThat(language.labels().messages().languageName(named.language()))
            .as("%s names %s", language.language(), named.language())
            .isEqualTo(named.pageLabels().label(PageLabels.Key.LANGUAGE_NAME));
      }
    }
    assertThat(ENGLISH.languageName("es")).isEqualTo("Español");
  }

  @Test
  void a_list_is_joined_with_the_languages_word_for_or() {
    assertThat(Messages.joined(List.of("en"), "or")).isEqualTo("en");
    assertThat(Messages.joined(List.of("en", "es"), "o")).isEqualTo("en o es");
    assertThat(Messages.joined(List.of("en", "es", "fr"), "or")).isEqualTo("en, es or fr");
  }

  @Test
  void the_usage_fits_a_terminal_and_ends_without_a_line_separator() {
    for (Wording language : Languages.all()) {
      String usage = language.labels().messages().usage();
      assertThat(usage).doesNotEndWith(System.lineSeparator()).contains(System.lineSeparator());
      assertThat(usage.lines()).as(language.language()).allMatch(line -> line.length() <= 100);
    }
  }
}
