package org.civictech.pars.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The replay's fast paths give what the JDK's slow ones give: words and dates. */
class ParsingPropertiesTest {

  private static final Gen<String> TEXT = lists()
      .of(Generate.pick(List.of("a", "DA", "\"", " ", "  ", "\t", "\r", "\u000B", "\f", "\n",
          "\u2003", "\u00a0", "x y", "2018-07-11")))
      .ofSizeBetween(0, 12)
      .map(parts -> String.join("", parts).strip());

  /** Ten characters shaped like a date, valid or not. */
  private static final Gen<String> DATE_LIKE = lists()
      .of(Generate.pick(List.of("0", "1", "2", "3", "9", "-", "+", "a", "\u0663")))
      .ofSize(10)
      .map(parts -> String.join("", parts))
      .mix(integers().between(-2000, 20000).zip(integers().between(0, 13),
          integers().between(0, 32), (y, m, d) -> String.format("%04d-%02d-%02d", y, m, d)), 60);

  @Test
  void words_are_what_a_regular_expression_split_gives() {
    qt().withExamples(5_000).forAll(TEXT).checkAssert(line ->
        assertThat(Replay.words(line)).containsExactly(
            line.isEmpty() ? new String[0] : line.split("\\s+", 4)));
  }

  @Test
  void a_date_is_parsed_as_local_date_parse_parses_it() {
    qt().withExamples(5_000).forAll(DATE_LIKE).checkAssert(text -> {
      LocalDate expected;
      try {
        expected = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        assertThatThrownBy(() -> ArgumentParser.date("--as-of", text, CliRun.ENGLISH))
            .isInstanceOf(UsageException.class)
            .hasMessage("--as-of must be a date like 2018-09-01, but was \"" + text + "\"");
        return;
      }
      try {
        assertThat(ArgumentParser.date("--as-of", text, CliRun.ENGLISH)).isEqualTo(expected);
      } catch (UsageException e) {
        throw new AssertionError(text, e);
      }
    });
  }

  @Test
  void the_extremes_and_an_impossible_day_are_parsed_as_before() throws UsageException {
    assertThat(ArgumentParser.date("d", "+999999999-12-31", CliRun.ENGLISH))
        .isEqualTo(LocalDate.MAX);
    assertThat(ArgumentParser.date("d", "-999999999-01-01", CliRun.ENGLISH))
        .isEqualTo(LocalDate.MIN);
    assertThat(ArgumentParser.date("d", "0000-01-01", CliRun.ENGLISH))
        .isEqualTo(LocalDate.of(0, 1, 1));
    assertThatThrownBy(() -> ArgumentParser.date("d", "2018-02-30", CliRun.ENGLISH))
        .hasMessage("d must be a date like 2018-09-01, but was \"2018-02-30\"");
    assertThat(List.of(Replay.words("a  b\tc d  e")).stream().collect(Collectors.joining("|")))
        .isEqualTo("a|b|c|d  e");
  }
}
