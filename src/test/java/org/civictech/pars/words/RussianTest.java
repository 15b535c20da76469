package org.civictech.pars.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.internal.Pars2018;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Russian: which locales speak it, how it says a date, the plural forms of its counts, the names
 * of the stakeholders, and the agreement of every verb with them in gender and number. What the
 * sentences say is ExplanationInvariantsTest's, over every case.
 */
class RussianTest {

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private static final Wording WORDING = Languages.of(RUSSIAN);
  private static final Contract X = Contract.of("X", LocalDate.of(2019, 1, 1));
  private static final RenewalDecision DECISION_2018 =
      Pars2018.ballot(Locale.ENGLISH).decisionAsOf(LocalDate.of(2018, 9, 1));

  @ParameterizedTest
  @ValueSource(strings = {"ru", "ru-RU", "ru-UA", "ru-US", "RU"})
  void russian_and_its_regional_variants_speak_russian(String tag) {
    Locale locale = Locale.forLanguageTag(tag);

    assertThat(Wording.of(locale).language()).isEqualTo("ru");
    assertThat(DECISION_2018.explanation(locale)).isEqualTo(DECISION_2018.explanation(RUSSIAN))
        .startsWith("Не продлено (не одобрено при голосовании): ни один участник не проголосовал"
            + " за, а для продления нужно 2 голоса «за». Офис окружного прокурора и Город"
            + " проголосовали против; суды воздержались, а воздержание не считается голосом"
            + " «за».");
    assertThat(DECISION_2018.explainPivots(locale))
        .isEqualTo(DECISION_2018.explainPivots(RUSSIAN));
    assertThat(Stakeholder.COURTS.displayName(locale)).isEqualTo("суды");
  }

  @Test
  void a_date_is_the_day_the_month_in_the_genitive_the_year_and_g() {
    assertThat(WORDING.date(LocalDate.of(2018, 8, 31))).isEqualTo("31 августа 2018 г.");
    assertThat(WORDING.date(LocalDate.of(2019, 1, 1))).isEqualTo("1 января 2019 г.");
    assertThat(WORDING.date(LocalDate.of(2018, 5, 9))).isEqualTo("9 мая 2018 г.");
    assertThat(WORDING.date(LocalDate.of(2018, 12, 25))).isEqualTo("25 декабря 2018 г.");
  }

  @ParameterizedTest
  @CsvSource({"0, 0 голосов «за»", "1, 1 голос «за»", "2, 2 голоса «за»", "3, 3 голоса «за»",
      "5, 5 голосов «за»", "11, 11 голосов «за»", "12, 12 голосов «за»", "14, 14 голосов «за»",
      "21, 21 голос «за»", "22, 22 голоса «за»", "111, 111 голосов «за»"})
  void a_count_of_votes_takes_the_plural_form_of_its_number(int votes, String words) {
    assertThat(WORDING.labels().votesInFavor(votes)).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource({
      "0, ни один участник не проголосовал за",
      "1, 1 участник проголосовал за",
      "2, 2 участника проголосовали за",
      "3, 3 участника проголосовали за",
      "5, 5 участников проголосовали за",
      "11, 11 участников проголосовали за",
      "21, 21 участник проголосовал за"})
  void the_count_in_favor_agrees_with_its_number(int inFavor, String words) {
    assertThat(((Russian) WORDING).count(inFavor, 2))
        .isEqualTo(words + ", а для продления нужно 2 голоса «за»");
  }

  @ParameterizedTest
  @CsvSource({"1, нужен 1 голос «за»", "2, нужно 2 голоса «за»", "3, нужно 3 голоса «за»",
      "5, нужно 5 голосов «за»", "11, нужно 11 голосов «за»", "21, нужен 21 голос «за»"})
  void the_votes_required_agree_with_their_number(int required, String words) {
    assertThat(((Russian) WORDING).count(0, required)).endsWith("для продления " + words);
    assertThat(WORDING.labels().contract("PARS", "2018-08-31", required))
        .isEqualTo("Соглашение PARS, последний день голосования 2018-08-31; для продления "
            + words + ".");
  }

  @Test
  void stakeholders_have_names_for_sentences_and_short_names_for_tables() {
    assertThat(Stakeholder.DA.displayName(RUSSIAN)).isEqualTo("Офис окружного прокурора");
    assertThat(Stakeholder.COURTS.displayName(RUSSIAN)).isEqualTo("суды");
    assertThat(Stakeholder.CITY.displayName(RUSSIAN)).isEqualTo("Город");
    assertThat(Stakeholder.DA.shortName(RUSSIAN)).isEqualTo("Прокурор");
    assertThat(Stakeholder.COURTS.shortName(RUSSIAN)).isEqualTo("Суды");
    assertThat(Stakeholder.CITY.shortName(RUSSIAN)).isEqualTo("Город");
  }

  @Test
  void every_verb_agrees_with_its_stakeholders_in_gender_and_number() {
    RenewalDecision one = RenewalDecider.requiring(3).decide(X,
        List.of(Vote.abstain(Stakeholder.CITY), Vote.against(Stakeholder.COURTS)),
        LocalDate.of(2019, 1, 2));
    assertThat(one.explanation(RUSSIAN)).contains("Суды проголосовали против; Город"
        + " воздержался, а воздержание не считается голосом «за»; Офис окружного прокурора так и"
        + " не проголосовал.");

    RenewalDecision two = RenewalDecider.requiring(3).decide(X,
        List.of(Vote.abstain(Stakeholder.DA), Vote.abstain(Stakeholder.CITY)),
        LocalDate.of(2019, 1, 1));
    assertThat(two.explanation(RUSSIAN)).contains("Офис окружного прокурора и Город"
        + " воздержались, а воздержание не считается голосом «за»; суды ещё не проголосовали.")
        .endsWith("до 1 января 2019 г. включительно — это последний день голосования.");

    // with "или", singular names of one gender take a singular verb, a plural name a plural one
    RenewalDecision courtsInFavor = RenewalDecider.requiring(2).decide(X,
        List.of(Vote.inFavor(Stakeholder.COURTS)), LocalDate.of(2019, 1, 2));
    assertThat(courtsInFavor.explainPivots(RUSSIAN)).isEqualTo("Исход мог бы быть другим при"
        + " одном ином голосе: соглашение было бы продлено, если бы Офис окружного прокурора или"
        + " Город проголосовал за.");
    RenewalDecision renewed = RenewalDecider.requiring(2).decide(X,
        List.of(Vote.inFavor(Stakeholder.DA), Vote.against(Stakeholder.COURTS),
            Vote.inFavor(Stakeholder.CITY)), LocalDate.of(2018, 12, 1));
    assertThat(renewed.explainPivots(RUSSIAN)).isEqualTo("Один голос может изменить исход:"
        + " соглашение не было бы продлено, если бы Офис окружного прокурора или Город изменил"
        + " свой голос и проголосовал против или воздержался.");
    RenewalDecision cityInFavor = RenewalDecider.requiring(2).decide(X,
        List.of(Vote.inFavor(Stakeholder.CITY)), LocalDate.of(2018, 12, 1));
    assertThat(cityInFavor.explainPivots(RUSSIAN)).isEqualTo("Один голос может изменить исход:"
        + " соглашение было бы продлено, если бы Офис окружного прокурора или суды проголосовали"
        + " за.");
  }

  @Test
  void agreement_knows_every_gender_and_number() {
    assertThat(Russian.Agreement.MASCULINE.past("проголосовал")).isEqualTo("проголосовал");
    assertThat(Russian.Agreement.FEMININE.past("проголосовал")).isEqualTo("проголосовала");
    assertThat(Russian.Agreement.NEUTER.past("проголосовал")).isEqualTo("проголосовало");
    assertThat(Russian.Agreement.PLURAL.past("проголосовал")).isEqualTo("проголосовали");
    assertThat(Russian.Agreement.MASCULINE.pastReflexive("воздержал")).isEqualTo("воздержался");
    assertThat(Russian.Agreement.FEMININE.pastReflexive("воздержал")).isEqualTo("воздержалась");
    assertThat(Russian.Agreement.NEUTER.pastReflexive("воздержал")).isEqualTo("воздержалось");
    assertThat(Russian.Agreement.PLURAL.pastReflexive("воздержал")).isEqualTo("воздержались");
  }

  @Test
  void a_final_label_never_reads_as_open_and_an_open_one_says_it_holds_as_the_votes_stand() {
    Labels labels = WORDING.labels();
    assertThat(labels.outcome(org.civictech.pars.Reason.VOTED_DOWN, true))
        .isEqualTo("НЕ ПРОДЛЕНО при нынешних голосах");
    assertThat(labels.outcome(org.civictech.pars.Reason.VOTED_DOWN, false))
        .isEqualTo("НЕ ПРОДЛЕНО (не одобрено при голосовании)");
    assertThat(labels.outcome(org.civictech.pars.Reason.LAPSED, false))
        .isEqualTo("НЕ ПРОДЛЕНО (срок истёк без решения)");
  }

  @Test
  void the_messages_name_the_languages_in_russian() {
    Messages messages = WORDING.labels().messages();
    assertThat(messages.languageName("ru")).isEqualTo("Русский");
    assertThat(messages.votedTwice("DA", "against", "in-favor"))
        .isEqualTo("голос DA указан дважды: against и in-favor");
    assertThat(messages.inInput("2018.txt", "строка 3: x")).isEqualTo("2018.txt, строка 3: x");
  }
}
