package org.civictech.pars.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.words.PageLabels.Key;
import org.junit.jupiter.api.Test;

/**
 * The words each language gives the explainer page and the names of the reasons: every language
 * has every label, the explanation opens with the reason's name (RULE.md E1), and the list of
 * languages is the one every language is found in.
 */
class PageWordsTest {

  private static final Contract PARS = Contract.of("PARS", LocalDate.of(2018, 8, 31));
  private static final List<LocalDate> DAYS = List.of(
      LocalDate.of(2018, 8, 30), LocalDate.of(2018, 8, 31), LocalDate.of(2018, 9, 1));
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w+\\}");

  // ---------------------------------------------------------------- the reasons' names

  @Test
  void every_explanation_opens_with_the_headline_of_its_reason_in_every_language() {
    int checked = 0;
    for (Wording wording : Languages.all()) {
      for (RenewalDecision decision : everyDecision()) {
        String explanation = decision.explanation(wording.locale());
        assertThat(explanation).as("%s %s", wording.language(), decision)
            .startsWith(wording.headline(decision.reason(), !decision.isFinal()) + wording.colon());
        if (decision.isFinal()) {
          assertThat(explanation)
              .startsWith(decision.reason().displayName(wording.locale()) + wording.colon());
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(Languages.all().size() * 64 * 3 * DAYS.size());
  }

  @Test
  void each_reason_has_its_own_non_empty_name_in_every_language() {
    for (Wording wording : Languages.all()) {
      Set<String> names = new HashSet<>();
      for (Reason reason : Reason.values()) {
        String name = reason.displayName(wording.locale());
        assertThat(name).as("%s %s", wording.language(), reason).isNotBlank()
            .doesNotContain(":").doesNotContain(wording.colon());
        // capitalized where the script has case (Chinese has none)
        assertThat(Character.isLowerCase(name.charAt(0))).as(name).isFalse();
        names.add(name);
      }
      assertThat(names).as(wording.language()).hasSize(Reason.values().length);
    }
  }

  @Test
  void a_reasons_name_without_a_locale_is_the_english_one() {
    for (Reason reason : Reason.values()) {
      assertThat(reason.displayName()).isEqualTo(reason.displayName(Locale.ENGLISH));
    }
    assertThat(Reason.VOTED_DOWN.displayName()).isEqualTo("Not renewed (voted down)");
    assertThat(Reason.LAPSED.displayName(Locale.forLanguageTag("es-MX")))
        .isEqualTo("No renovado (caducó sin completarse la votación)");
  }

  @Test
  void a_reasons_name_rejects_a_null_locale_by_name() {
    assertThatNullPointerException().isThrownBy(() -> Reason.RENEWED.displayName(null))
        .withMessage("locale");
  }

  // ---------------------------------------------------------------- the page's labels

  @Test
  void every_language_has_every_page_label_and_every_choice() {
    for (Wording wording : Languages.all()) {
      PageLabels labels = wording.pageLabels();
      for (Key key : Key.values()) {
        assertThat(labels.label(key)).as("%s %s", wording.language(), key).isNotBlank();
      }
      for (Choice choice : Choice.values()) {
        assertThat(labels.choice(choice)).as("%s %s", wording.language(), choice).isNotBlank();
      }
      assertThat(labels.choice(null)).isNotBlank();
    }
  }

  @Test
  void each_language_names_itself_with_a_name_of_its_own() {
    Set<String> names = new HashSet<>();
    for (Wording wording : Languages.all()) {
      names.add(wording.pageLabels().label(Key.LANGUAGE_NAME));
    }
    assertThat(names).hasSize(Languages.all().size());
    assertThat(Languages.of(Locale.ENGLISH).pageLabels().label(Key.LANGUAGE_NAME))
        .isEqualTo("English");
    assertThat(Languages.of(new Locale("es")).pageLabels().label(Key.LANGUAGE_NAME))
        .isEqualTo("Español");
  }

  @Test
  void a_template_label_has_the_same_placeholders_in_every_language() {
    PageLabels first = Languages.all().get(0).pageLabels();
    for (Wording wording : Languages.all()) {
      for (Key key : Key.values()) {
        assertThat(placeholders(wording.pageLabels().label(key)))
            .as("%s %s", wording.language(), key)
            .isEqualTo(placeholders(first.label(key)));
      }
    }
    assertThat(placeholders(first.label(Key.EXPIRY))).containsExactly("{date}");
    assertThat(placeholders(first.label(Key.PANEL))).containsExactly("{who}", "{choice}");
  }

  @Test
  void the_labels_json_map_has_every_key_in_order_then_the_choices() {
    Map<String, Object> map = Languages.of(new Locale("es")).pageLabels().toJsonMap();
    List<String> expected = new ArrayList<>();
    for (Key key : Key.values()) {
      expected.add(key.jsonName());
    }
    expected.add("choices");
    assertThat(map.keySet()).containsExactlyElementsOf(expected);
    assertThat(map.get("ballotHeading")).isEqualTo("Su votación");
    assertThat(map.get("choices")).hasToString("{IN_FAVOR=A favor, AGAINST=En contra,"
        + " ABSTAIN=Abstención, =Sin votar}");
  }

  @Test
  void a_keys_json_name_is_its_constant_name_in_camel_case() {
    assertThat(Key.SKIP.jsonName()).isEqualTo("skip");
    assertThat(Key.BALLOT_HEADING.jsonName()).isEqualTo("ballotHeading");
    assertThat(Key.SRC_RUN_BY_MONTEREY.jsonName()).isEqualTo("srcRunByMonterey");
    assertThat(Key.SRC_RUN_BY_WESA.jsonName()).isEqualTo("srcRunByWesa");
  }

  // ---------------------------------------------------------------- the list of languages

  @Test
  void the_list_of_languages_has_each_code_once_and_each_finds_its_own_wording() {
    List<String> codes = Languages.codes();
    assertThat(codes).doesNotHaveDuplicates().startsWith("en").contains("es");
    for (String code : codes) {
      Wording wording = Languages.of(new Locale(code));
      assertThat(wording.language()).isEqualTo(code);
      assertThat(wording.locale().getLanguage()).isEqualTo(code);
    }
  }

  // ---------------------------------------------------------------- helpers

  /** Every ballot (64) under the PARS rule, decided before, on and after the expiry day. */
  private static List<RenewalDecision> everyDecision() {
    List<Choice> choices = new ArrayList<>(List.of(Choice.values()));
    choices.add(null);
    List<RenewalDecision> decisions = new ArrayList<>();
    for (int required = 1; required <= 3; required++) {
      RenewalDecider decider = RenewalDecider.requiring(required);
      for (Choice da : choices) {
        for (Choice courts : choices) {
          for (Choice city : choices) {
            List<Vote> votes = new ArrayList<>(3);
            add(votes, Stakeholder.DA, da);
            add(votes, Stakeholder.COURTS, courts);
            add(votes, Stakeholder.CITY, city);
            for (LocalDate day : DAYS) {
              decisions.add(decider.decide(PARS, votes, day));
            }
          }
        }
      }
    }
    return decisions;
  }

  private static void add(List<Vote> votes, Stakeholder stakeholder, Choice choice) {
    if (choice != null) {
      votes.add(new Vote(stakeholder, choice, ""));
    }
  }

  private static List<String> placeholders(String label) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(label);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}
