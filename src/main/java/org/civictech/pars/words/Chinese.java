package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.civictech.pars.Outcome;
import org.civictech.pars.Reason;
import org.civictech.pars.Stakeholder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Simplified Chinese wording of decisions: "地区检察官办公室" (the District Attorney's Office),
 * "法院" (the courts, formally "宾夕法尼亚州第一司法区") and "市政府" (the City); "投赞成票",
 * "投反对票", "弃权"; "续签" for the renewal of the agreement. Chinese writes full-width
 * punctuation (，；：。) with no space after it and no space between words, joins a list with
 * "、" and its last two items with "和" or "或", and says a date as "2018年8月31日". Readers of
 * Traditional Chinese ({@code zh-TW}, {@code zh-HK}, {@code zh-Hant}) get these words too until the
 * library has a Traditional script.
 */
final class Chinese extends Wording {

  static final String LANGUAGE = "zh";

  static final Chinese INSTANCE = new Chinese();

  private Chinese() {}

  @Override
  public Labels labels() {
    return ChineseLabels.INSTANCE;
  }

  @Override
  public PageLabels pageLabels() {
    return ChinesePageLabels.INSTANCE;
  }

  @Override
  public String language() {
    return LANGUAGE;
  }

  @Override
  public String displayName(Stakeholder stakeholder) {
    return switch (stakeholder) {
      case DA -> "地区检察官办公室";
      case COURTS -> "法院";
      case CITY -> "市政府";
    };
  }

  @Override
  public String shortName(Stakeholder stakeholder) {
    return switch (stakeholder) {
      case DA -> "检察官办公室";
      case COURTS -> "法院";
      case CITY -> "市政府";
    };
  }

  /** Chinese verbs do not agree in number. */
  @Override
  boolean pluralName(Stakeholder stakeholder) {
    return false;
  }

  @Override
  String and() {
    return "和";
  }

  @Override
  String or() {
    return "或";
  }

  @Override
  String listComma() {
    return "、";
  }

  @Override
  String colon() {
    return "：";
  }

  @Override
  String semicolon() {
    return "；";
  }

  @Override
  String fullStop() {
    return "。";
  }

  /** Nothing: the full-width full stop already holds the space between two sentences. */
  @Override
  String sentenceGap() {
    return "";
  }

  /** "2018年8月31日". */
  @Override
  public String date(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  // ---------------------------------------------------------------- the explanation

  @Override
  public String headline(Reason reason, boolean open) {
    return switch (reason) {
      case RENEWED -> open ? "续签（按目前投票）" : "续签"; // E6
      // "投票未通过": the vote did not pass, which is true with no vote against (two abstentions)
      case VOTED_DOWN -> open ? "不续签（按目前投票）" : "不续签（投票未通过）"; // E6
      case LAPSED -> "不续签（因未投票而到期失效）"; // R7: only ever after the expiry
      case PENDING -> "待定";
    };
  }

  @Override
  String count(int inFavor, int votesRequired) {
    String who = inFavor == 0 ? "没有机构投赞成票" : inFavor + "个机构投了赞成票";
    return who + "，续签需要" + votesInFavor(votesRequired);
  }

  @Override
  String consequence(Facts facts) {
    return switch (facts.reason()) {
      case RENEWED -> "";
      case VOTED_DOWN -> facts.outOfReachOfVotesToCome()
          ? "，即使尚未投票的机构都投赞成票，也无法达到这一票数" // R6
          : "";
      case LAPSED -> "；投票已于" + date(facts.expiresOn()) + "结束，能使协议续签的票始终没有投出"; // R7
      case PENDING -> "；结果取决于尚未投出的票"; // R6
    };
  }

  @Override
  String stance(Facts.Stance stance, Set<Stakeholder> who, boolean open) {
    String names = names(who);
    return switch (stance) {
      case IN_FAVOR -> names + "投了赞成票";
      case AGAINST -> names + "投了反对票";
      case ABSTAINED -> names + "弃权，弃权不计入赞成票"; // R4: never a vote against
      case NOT_VOTED -> names + (open ? "尚未投票" : "始终没有投票"); // R7
    };
  }

  @Override
  String holdsAsTheVotesStand(LocalDate expiresOn) {
    return "各机构仍可投票或更改投票，直到投票的最后一天" + date(expiresOn) + "为止。";
  }

  // ---------------------------------------------------------------- the pivot sentence

  @Override
  String pivotLead(boolean open) {
    return open ? "只需一票就能改变结果：" : "当时只需一票就能改变结果：";
  }

  /** "如果……，协议就会续签": the conditions first, then what they would lead to. */
  @Override
  String pivotGroup(Outcome outcome, List<String> conditions, boolean open) {
    String outcomeWords = switch (outcome) {
      case RENEWED -> open ? "协议就会续签" : "协议就会续签了";
      case NOT_RENEWED -> open ? "协议就不会续签" : "协议就不会续签了";
      case PENDING -> "结果就会变为待定"; // only while voting is open
    };
    return (open ? "如果" : "如果当时") + String.join("，或者", conditions) + "，" + outcomeWords;
  }

  @Override
  String condition(Set<Stakeholder> who, List<Choice> choices, boolean changing, boolean open) {
    List<String> votes = new ArrayList<>(3);
    for (Choice choice : choices) {
      votes.add(changing ? ballot(choice) // only while voting is open (Facts.Condition)
          : open ? vote(choice) : pastVote(choice));
    }
    return alternatives(who) + (changing ? "改投" : "") + list(votes, or());
  }

  /** What a changed vote becomes, after "改投": "赞成票". */
  private static String ballot(Choice choice) {
    return switch (choice) {
      case IN_FAVOR -> "赞成票";
      case AGAINST -> "反对票";
      case ABSTAIN -> "弃权票";
    };
  }

  /** "投赞成票", "弃权". */
  private static String vote(Choice choice) {
    return switch (choice) {
      case IN_FAVOR -> "投赞成票";
      case AGAINST -> "投反对票";
      case ABSTAIN -> "弃权";
    };
  }

  /** "投了赞成票", "弃权", after "如果当时". */
  private static String pastVote(Choice choice) {
    return switch (choice) {
      case IN_FAVOR -> "投了赞成票";
      case AGAINST -> "投了反对票";
      case ABSTAIN -> "弃权";
    };
  }

  @Override
  String noPivot(Facts facts) {
    int inFavor = facts.inFavor();
    int required = facts.votesRequired();
    if (facts.open()) {
      return switch (facts.reason().outcome()) {
        case RENEWED -> "任何一票都不能单独改变结果：即使一个投了赞成票的机构更改投票，也会剩下"
            + votesInFavor(inFavor - 1) + "，足以达到续签所需的" + required + "票。";
        case NOT_RENEWED -> "任何一票都不能单独改变结果：再多一票赞成，也只有" + (inFavor + 1)
            + "票，达不到所需的" + required + "票。";
        case PENDING -> "任何一票都不能单独决定结果：要决定结果，至少需要两票，可以是新投的票，"
            + "也可以是更改的票。";
      };
    }
    return "当时无论哪一票投得不同，结果都会一样："
        + (facts.reason() == Reason.RENEWED
            ? "就算一个投了赞成票的机构投了别的票，也会剩下" + votesInFavor(inFavor - 1)
                + "，足以达到续签所需的" + required + "票。"
            : "就算再多一票赞成，也只有" + (inFavor + 1) + "票，达不到所需的" + required
                + "票。");
  }

  private static String votesInFavor(int votes) {
    return votes + "票赞成";
  }
}
