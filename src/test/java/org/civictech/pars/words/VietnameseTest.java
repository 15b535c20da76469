package org.civictech.pars.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.internal.Pars2018;
import org.civictech.pars.words.PageLabels.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Vietnamese: which locales speak it, how it says a date, the stakeholders' names, and that its
 * words keep their diacritics in one form (NFC), so that a reader's search and a screen reader
 * find them.
 */
class VietnameseTest {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final RenewalDecision DECISION_2018 =
      Pars2018.ballot(Locale.ENGLISH).decisionAsOf(LocalDate.of(2018, 9, 1));

  @ParameterizedTest
  @ValueSource(strings = {"vi", "vi-VN", "vi-US", "VI"})
  void vietnamese_and_its_regional_variants_speak_vietnamese(String tag) {
    Locale locale = Locale.forLanguageTag(tag);

    assertThat(Wording.of(locale)).isSameAs(Vietnamese.INSTANCE);
    assertThat(Wording.of(locale).language()).isEqualTo("vi");
    assertThat(DECISION_2018.explanation(locale)).isEqualTo(DECISION_2018.explanation(VIETNAMESE))
        .startsWith("Không được gia hạn (không được thông qua khi bỏ phiếu): ");
    assertThat(DECISION_2018.explainPivots(locale))
        .isEqualTo(DECISION_2018.explainPivots(VIETNAMESE));
    assertThat(Stakeholder.COURTS.displayName(locale)).isEqualTo("các tòa án");
  }

  @Test
  void a_date_is_said_day_month_and_year_each_after_its_word() {
    Wording vietnamese = Wording.of(VIETNAMESE);

    assertThat(vietnamese.date(LocalDate.of(2018, 8, 31))).isEqualTo("ngày 31 tháng 8 năm 2018");
    assertThat(vietnamese.date(LocalDate.of(2019, 1, 1))).isEqualTo("ngày 1 tháng 1 năm 2019");
    assertThat(vietnamese.date(LocalDate.of(2018, 12, 5))).isEqualTo("ngày 5 tháng 12 năm 2018");
  }

  @Test
  void the_expiry_is_said_in_the_vietnamese_date_form_until_its_last_day() {
    RenewalDecision open = RenewalDecider.requiring(3).decide(
        Contract.of("X", LocalDate.of(2019, 1, 1)),
        List.of(Vote.abstain(Stakeholder.DA), Vote.abstain(Stakeholder.CITY)),
        LocalDate.of(2019, 1, 1));

    assertThat(open.explanation(VIETNAMESE))
        .contains("Văn phòng Biện lý Quận và Thành phố đã bỏ phiếu trắng")
        .contains("cho đến hết ngày 1 tháng 1 năm 2019, ngày bỏ phiếu cuối cùng.");
  }

  @Test
  void stakeholders_have_sentence_names_and_short_names() {
    assertThat(Stakeholder.DA.displayName(VIETNAMESE)).isEqualTo("Văn phòng Biện lý Quận");
    assertThat(Stakeholder.COURTS.displayName(VIETNAMESE)).isEqualTo("các tòa án");
    assertThat(Stakeholder.CITY.displayName(VIETNAMESE)).isEqualTo("Thành phố");
    assertThat(Stakeholder.DA.shortName(VIETNAMESE)).isEqualTo("Biện lý");
    assertThat(Stakeholder.COURTS.shortName(VIETNAMESE)).isEqualTo("Tòa án");
    assertThat(Stakeholder.CITY.shortName(VIETNAMESE)).isEqualTo("Thành phố");
  }

  @Test
  void an_abstention_is_its_own_vote_and_never_a_vote_against() {
    Labels labels = Wording.of(VIETNAMESE).labels();

    assertThat(labels.choice(Choice.ABSTAIN)).isEqualTo("phiếu trắng");
    assertThat(labels.choice(Choice.AGAINST)).isEqualTo("phiếu chống");
    assertThat(labels.choice(Choice.IN_FAVOR)).isEqualTo("phiếu thuận");
    assertThat(DECISION_2018.explanation(VIETNAMESE)).contains(
        "các tòa án đã bỏ phiếu trắng, và phiếu trắng không được tính là phiếu thuận.");
  }

  @Test
  void every_word_keeps_its_diacritics_in_composed_form() {
    Wording vietnamese = Wording.of(VIETNAMESE);
    List<String> words = new ArrayList<>();
    for (Stakeholder stakeholder : Stakeholder.values()) {
      words.add(vietnamese.displayName(stakeholder));
      words.add(vietnamese.shortName(stakeholder));
    }
    for (Reason reason : Reason.values()) {
      words.add(vietnamese.headline(reason, true));
      words.add(vietnamese.headline(reason, false));
      words.add(vietnamese.labels().outcome(reason, true));
      words.add(vietnamese.labels().outcome(reason, false));
    }
    for (Key key : Key.values()) {
      words.add(vietnamese.pageLabels().label(key));
    }
    words.add(vietnamese.labels().messages().usage());
    words.add(DECISION_2018.explanation(VIETNAMESE));
    words.add(DECISION_2018.explainPivots(VIETNAMESE));

    assertThat(words).allSatisfy(text -> assertThat(text)
        .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC)));
    // a letter with two marks is one character: "ệ" in "Biện", "ố" in "phố"
    assertThat(Stakeholder.DA.displayName(VIETNAMESE)).contains("\u1EC7");
    assertThat(Stakeholder.CITY.displayName(VIETNAMESE)).contains("\u1ED1");
    assertThat(vietnamese.pageLabels().label(Key.LANGUAGE_NAME)).isEqualTo("Tiếng Việt");
  }
}
