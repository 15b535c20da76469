package org.civictech.pars.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The languages the library speaks ({@link Languages}, the one list of them): which language a
 * locale gets, and the names of the stakeholders in each.
 */
class LanguagesTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final RenewalDecision DECISION_2018 =
      Pars2018.ballot(Locale.ENGLISH).decisionAsOf(LocalDate.of(2018, 9, 1));

  @ParameterizedTest
  @ValueSource(strings = {"es", "es-MX", "es-US", "es-ES", "es-419", "ES"})
  void spanish_and_its_regional_variants_speak_spanish(String tag) {
    Locale locale = Locale.forLanguageTag(tag);

    assertThat(DECISION_2018.explanation(locale)).isEqualTo(DECISION_2018.explanation(SPANISH))
        .startsWith("No renovado (no aprobado en la votación): ");
    assertThat(DECISION_2018.explainPivots(locale))
        .isEqualTo(DECISION_2018.explainPivots(SPANISH));
    assertThat(Stakeholder.COURTS.displayName(locale)).isEqualTo("los tribunales");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-US", "fr", "de-DE", "ja-JP", "und"})
  void any_other_language_falls_back_to_english(String tag) {
    Locale locale = Locale.forLanguageTag(tag);

    assertThat(DECISION_2018.explanation(locale)).isEqualTo(DECISION_2018.explanation())
        .startsWith("Not renewed (voted down): ");
    assertThat(DECISION_2018.explainPivots(locale)).isEqualTo(DECISION_2018.explainPivots());
    assertThat(Stakeholder.DA.displayName(locale)).isEqualTo(Stakeholder.DA.displayName());
    assertThat(Stakeholder.DA.shortName(locale)).isEqualTo(Stakeholder.DA.shortName());
  }

  @Test
  void stakeholders_have_sentence_names_in_the_citys_spanish_terms() {
    assertThat(Stakeholder.DA.displayName(SPANISH)).isEqualTo("la Oficina del Fiscal de Distrito");
    assertThat(Stakeholder.COURTS.displayName(SPANISH)).isEqualTo("los tribunales");
    assertThat(Stakeholder.CITY.displayName(SPANISH)).isEqualTo("la Ciudad");
  }

  @Test
  void stakeholders_have_short_labels_for_tables_and_buttons() {
    assertThat(Stakeholder.DA.shortName()).isEqualTo("DA");
    assertThat(Stakeholder.COURTS.shortName()).isEqualTo("Courts");
    assertThat(Stakeholder.CITY.shortName()).isEqualTo("City");
    assertThat(Stakeholder.DA.shortName(SPANISH)).isEqualTo("Fiscalía");
    assertThat(Stakeholder.COURTS.shortName(SPANISH)).isEqualTo("Tribunales");
    assertThat(Stakeholder.CITY.shortName(SPANISH)).isEqualTo("Ciudad");
    for (Stakeholder stakeholder : Stakeholder.values()) {
      assertThat(stakeholder.shortName(Locale.ENGLISH)).isEqualTo(stakeholder.shortName());
    }
  }

  @Test
  void each_language_code_gets_its_own_wording_and_english_comes_first() {
    List<String> codes = Languages.codes();

    assertThat(codes).first().isEqualTo("en");
    assertThat(codes).doesNotHaveDuplicates().hasSameSizeAs(Languages.all()).contains("es");
    for (String code : codes) {
      assertThat(Languages.of(Locale.forLanguageTag(code)).language()).isEqualTo(code);
      assertThat(Languages.of(Locale.forLanguageTag(code)).locale().getLanguage())
          .isEqualTo(code);
    }
    assertThat(Languages.of(Locale.FRENCH)).isSameAs(Languages.all().get(0));
  }

  @Test
  void each_wording_knows_its_language_code() {
    assertThat(Wording.of(SPANISH).language()).isEqualTo("es");
    assertThat(Wording.of(Locale.forLanguageTag("es-MX")).language()).isEqualTo("es");
    assertThat(Wording.of(Locale.ENGLISH).language()).isEqualTo("en");
    assertThat(Wording.of(Locale.FRENCH).language()).isEqualTo("en");
  }

  @Test
  void the_methods_without_a_locale_speak_english() {
    assertThat(DECISION_2018.explanation()).isEqualTo(DECISION_2018.explanation(Locale.ENGLISH));
    assertThat(DECISION_2018.explainPivots())
        .isEqualTo(DECISION_2018.explainPivots(Locale.ENGLISH));
    assertThat(Stakeholder.CITY.displayName()).isEqualTo("the City");
  }

  @Test
  void a_null_locale_is_rejected_by_name() {
    assertThatNullPointerException().isThrownBy(() -> DECISION_2018.explanation(null))
        .withMessage("locale");
    assertThatNullPointerException().isThrownBy(() -> Stakeholder.DA.shortName(null))
        .withMessage("locale");
  }

  @Test
  void spanish_dates_and_lists_follow_spanish_grammar() {
    RenewalDecision open = RenewalDecider.requiring(3).decide(
        Contract.of("X", LocalDate.of(2019, 1, 1)),
        List.of(Vote.abstain(Stakeholder.DA), Vote.abstain(Stakeholder.CITY)),
        LocalDate.of(2019, 1, 1));

    assertThat(open.explanation(SPANISH)).contains("La Oficina del Fiscal de Distrito y la"
        + " Ciudad se abstuvieron").contains("hasta el 1 de enero de 2019, último día");
    assertThat(open.explanation()).contains("until January 1, 2019, the last day");
  }
}
