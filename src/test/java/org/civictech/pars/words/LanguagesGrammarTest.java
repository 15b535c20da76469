package org.civictech.pars.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civictech.pars.Stakeholder;
import org.junit.jupiter.api.Test;

/**
 * What each language's own files say beyond the sentences the invariant tests read: number
 * agreement of the stakeholders' names, Russian plural forms, the Chinese usage's list of
 * languages, the 2018 story for readers without JavaScript, and how long usage lines wrap.
 */
class LanguagesGrammarTest {

  @Test
  void the_courts_take_a_plural_verb_where_the_language_agrees_in_number() {
    for (Wording agreeing : List.of(English.INSTANCE, Spanish.INSTANCE, Vietnamese.INSTANCE,
        Russian.INSTANCE)) {
      assertThat(agreeing.pluralName(Stakeholder.COURTS)).as(agreeing.language()).isTrue();
      assertThat(agreeing.pluralName(Stakeholder.DA)).as(agreeing.language()).isFalse();
      assertThat(agreeing.pluralName(Stakeholder.CITY)).as(agreeing.language()).isFalse();
    }
    for (Stakeholder stakeholder : Stakeholder.values()) {
      assertThat(Chinese.INSTANCE.pluralName(stakeholder)).as("Chinese verbs have no number")
          .isFalse();
    }
  }

  @Test
  void russian_says_two_to_four_votes_with_the_few_form() {
    assertThat(Russian.plural(4, "голос", "голоса", "голосов")).isEqualTo("голоса");
    assertThat(Russian.plural(24, "голос", "голоса", "голосов")).isEqualTo("голоса");
    assertThat(Russian.plural(25, "голос", "голоса", "голосов")).isEqualTo("голосов");
  }

  @Test
  void the_chinese_usage_names_each_language_by_its_own_name_joined_as_chinese_joins() {
    String usage = ChineseMessages.INSTANCE.usage().replaceAll("\\s+", " ");

    assertThat(usage).contains("--lang=en（默认）、--lang=es（Español）、--lang=zh（简体中文）、"
        + "--lang=vi（Tiếng Việt）或--lang=ru（Русский）");
  }

  @Test
  void every_language_tells_the_2018_story_to_readers_without_javascript() {
    for (Wording language : Languages.all()) {
      Labels labels = language.labels();
      assertThat(labels.noscriptHeading()).as(language.language()).contains("2018");
      assertThat(labels.noscriptIntro()).as(language.language()).contains("PARS");
      assertThat(labels.noscriptVotesJuly11()).as(language.language()).contains("[AP-07-11]");
      assertThat(labels.noscriptVotesJuly27()).as(language.language())
          .contains("[CBS, AP-07-27, Inquirer]");
    }
  }

  @Test
  void a_usage_line_longer_than_100_characters_wraps_at_a_space_or_comma_under_its_text() {
    String n = System.lineSeparator();
    String option = "  --lang=LANG         " + "word ".repeat(16) + "end";
    String sentence = "Every mode takes " + "a, ".repeat(28) + "b.";
    String exactly100 = "word ".repeat(19) + "word.";
    String unbreakable = "y".repeat(120);
    String chinese = "所有模式" + "甲、".repeat(60) + "乙。";

    assertThat(Messages.lines(exactly100)).isEqualTo(exactly100);
    assertThat(Messages.lines(unbreakable)).isEqualTo(unbreakable);
    assertThat(Messages.lines(option)).isEqualTo("  --lang=LANG         " + "word ".repeat(15)
        .strip() + n + " ".repeat(22) + "word end");
    assertThat(Messages.lines(sentence).split(n)).hasSize(2)
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
    assertThat(Messages.lines(sentence).split(n)[1]).isEqualTo("  b.");
    assertThat(Messages.lines(sentence).split(n)[0]).endsWith(",");
    assertThat(Messages.lines(chinese).split(n)[0]).hasSize(100).endsWith("、");
    assertThat(Messages.lines("a", "b")).isEqualTo("a" + n + "b");
    // a break only inside the indent is no break: the line stays as it is
    String breakInIndent = "a " + "z".repeat(118);
    assertThat(Messages.lines(breakInIndent)).isEqualTo(breakInIndent);
  }
}
