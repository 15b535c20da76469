package org.civictech.pars.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.internal.Pars2018;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Simplified Chinese: which locales get it (Traditional Chinese too, until the library has a
 * Traditional script), how it says a date and a list, its punctuation, and the stakeholders'
 * names. What its sentences say is held to the rule by ExplanationInvariantsTest.
 */
class ChineseTest {

  private static final Locale CHINESE = Locale.forLanguageTag("zh");
  private static final Contract PARS = Contract.of("PARS", LocalDate.of(2018, 8, 31));
  private static final RenewalDecision DECISION_2018 =
      Pars2018.ballot(Locale.ENGLISH).decisionAsOf(LocalDate.of(2018, 9, 1));

  /** An ASCII character that is not a digit: punctuation, a space or a Latin letter. */
  private static final Pattern ASCII_BUT_DIGITS = Pattern.compile("[\\x00-\\x2F\\x3A-\\x7F]");
  /** ASCII punctuation right after a Chinese character, or a space between two of them. */
  private static final Pattern ASCII_AFTER_HAN =
      Pattern.compile("\\p{IsHan}[,;:.!?()]|\\p{IsHan} +\\p{IsHan}");

  @ParameterizedTest
  @ValueSource(strings = {"zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN", "zh-TW", "zh-HK",
      "zh-MO", "zh-Hant", "zh-Hant-TW", "ZH"})
  void chinese_in_either_script_and_any_region_reads_simplified_chinese(String tag) {
    Locale locale = Locale.forLanguageTag(tag);

    assertThat(Languages.of(locale)).isSameAs(Chinese.INSTANCE);
    assertThat(DECISION_2018.explanation(locale)).isEqualTo(DECISION_2018.explanation(CHINESE))
        .startsWith("不续签（投票未通过）：");
    assertThat(DECISION_2018.explainPivots(locale))
        .isEqualTo(DECISION_2018.explainPivots(CHINESE));
    assertThat(Stakeholder.COURTS.displayName(locale)).isEqualTo("法院");
  }

  @Test
  void the_2018_story_ends_in_words_a_reader_can_check_against_the_rule() {
    assertThat(DECISION_2018.explanation(CHINESE)).isEqualTo("不续签（投票未通过）：没有机构投赞成票，"
        + "续签需要2票赞成。地区检察官办公室和市政府投了反对票；法院弃权，弃权不计入赞成票。");
    assertThat(DECISION_2018.explainPivots(CHINESE)).isEqualTo(
        "当时无论哪一票投得不同，结果都会一样：就算再多一票赞成，也只有1票，达不到所需的2票。");
  }

  @Test
  void a_date_is_said_year_month_day_without_leading_zeros() {
    assertThat(Chinese.INSTANCE.date(LocalDate.of(2018, 8, 31))).isEqualTo("2018年8月31日");
    assertThat(Chinese.INSTANCE.date(LocalDate.of(2019, 1, 1))).isEqualTo("2019年1月1日");
    RenewalDecision open = RenewalDecider.twoOfThree().decide(PARS,
        List.of(Vote.against(Stakeholder.DA), Vote.against(Stakeholder.CITY)),
        LocalDate.of(2018, 8, 31));
    assertThat(open.explanation(CHINESE)).endsWith("直到投票的最后一天2018年8月31日为止。");
  }

  @Test
  void a_list_is_joined_with_the_enumeration_comma_and_he_or_huo() {
    RenewalDecision decision = RenewalDecider.requiring(3).decide(PARS,
        List.of(Vote.inFavor(Stakeholder.DA), Vote.inFavor(Stakeholder.COURTS),
            Vote.inFavor(Stakeholder.CITY)), LocalDate.of(2018, 9, 1));
    RenewalDecision open = RenewalDecider.requiring(3).decide(PARS,
        List.of(Vote.inFavor(Stakeholder.DA), Vote.inFavor(Stakeholder.COURTS),
            Vote.inFavor(Stakeholder.CITY)));

    assertThat(decision.explanation(CHINESE)).contains("地区检察官办公室、法院和市政府投了赞成票。");
    assertThat(open.explainPivots(CHINESE)).isEqualTo("只需一票就能改变结果：如果地区检察官办公室、法院或"
        + "市政府改投反对票或弃权票，协议就不会续签。");
  }

  @Test
  void voted_down_says_the_vote_did_not_pass_not_that_votes_were_against() {
    // R7: two abstentions and no vote against are "voted down" too
    RenewalDecision abstentions = RenewalDecider.twoOfThree().decide(PARS,
        List.of(Vote.abstain(Stakeholder.DA), Vote.abstain(Stakeholder.COURTS),
            Vote.inFavor(Stakeholder.CITY)), LocalDate.of(2018, 9, 1));

    assertThat(abstentions.reason()).isEqualTo(Reason.VOTED_DOWN);
    assertThat(abstentions.explanation(CHINESE)).startsWith("不续签（投票未通过）：")
        .contains("地区检察官办公室和法院弃权，弃权不计入赞成票").doesNotContain("反对");
    for (Reason reason : Reason.values()) {
      assertThat(Chinese.INSTANCE.headline(reason, false)).doesNotContain("反对", "否决", "拒绝");
      assertThat(ChineseLabels.INSTANCE.outcome(reason, false))
          .doesNotContain("反对", "否决", "拒绝");
    }
  }

  @Test
  void no_sentence_has_ascii_punctuation_or_a_space_only_digits() {
    for (RenewalDecision decision : everyDecision()) {
      for (String sentence : List.of(decision.explanation(CHINESE),
          decision.explainPivots(CHINESE), decision.reason().displayName(CHINESE))) {
        assertThat(ASCII_BUT_DIGITS.matcher(sentence).find()).as(sentence).isFalse();
        assertThat(sentence).doesNotContain("。。", "，，", "；；");
      }
    }
  }

  @Test
  void no_label_puts_ascii_punctuation_or_a_space_after_a_chinese_character() {
    List<String> labels = new ArrayList<>();
    for (PageLabels.Key key : PageLabels.Key.values()) {
      labels.add(ChinesePageLabels.INSTANCE.label(key));
    }
    Labels words = ChineseLabels.INSTANCE;
    labels.addAll(List.of(words.storyTitle(), words.contract("PARS", "2018-08-31", 2),
        words.decidedOpen(), words.decidedAsOf("2018-09-01", true), words.outcomeLabel(),
        words.votesCast(), words.timeline(), words.workedExample(), words.sources(),
        words.source2018(0), words.source2018(1), words.source2018(2)));
    for (Reason reason : Reason.values()) {
      labels.add(words.outcome(reason, true));
      labels.add(words.outcome(reason, false));
    }
    Messages say = words.messages();
    labels.addAll(List.of(say.unknownLanguage("\"fr\""), say.csvIsForTables(),
        say.dmnTakesOnlyTheRule(), say.isADirectory("\"dir\""), say.atLine(3, "x")));
    for (String label : labels) {
      assertThat(ASCII_AFTER_HAN.matcher(label).find()).as(label).isFalse();
    }
  }

  @Test
  void stakeholders_have_names_for_sentences_and_short_names_for_tables() {
    assertThat(Stakeholder.DA.displayName(CHINESE)).isEqualTo("地区检察官办公室");
    assertThat(Stakeholder.COURTS.displayName(CHINESE)).isEqualTo("法院");
    assertThat(Stakeholder.CITY.displayName(CHINESE)).isEqualTo("市政府");
    assertThat(Stakeholder.DA.shortName(CHINESE)).isEqualTo("检察官办公室");
    assertThat(Stakeholder.COURTS.shortName(CHINESE)).isEqualTo("法院");
    assertThat(Stakeholder.CITY.shortName(CHINESE)).isEqualTo("市政府");
  }

  @Test
  void the_language_names_itself_and_the_others() {
    assertThat(ChinesePageLabels.INSTANCE.label(PageLabels.Key.LANGUAGE_NAME)).isEqualTo("简体中文");
    assertThat(Languages.of(Locale.ENGLISH).labels().messages().languageName("zh"))
        .isEqualTo("简体中文");
  }

  /** Every ballot (64) under every rule (R8), the day before the expiry, on it and after it. */
  private static List<RenewalDecision> everyDecision() {
    List<Choice> choices = new ArrayList<>(List.of(Choice.values()));
    choices.add(null);
    List<RenewalDecision> decisions = new ArrayList<>();
    for (int required = 1; required <= 3; required++) {
      for (Choice da : choices) {
        for (Choice courts : choices) {
          for (Choice city : choices) {
            List<Vote> votes = new ArrayList<>(3);
            add(votes, Stakeholder.DA, da);
            add(votes, Stakeholder.COURTS, courts);
            add(votes, Stakeholder.CITY, city);
            for (int day = -1; day <= 1; day++) {
              decisions.add(RenewalDecider.requiring(required)
                  .decide(PARS, votes, PARS.expiresOn().plusDays(day)));
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
}
