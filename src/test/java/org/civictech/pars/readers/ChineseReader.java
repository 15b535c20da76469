package org.civictech.pars.readers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.civictech.pars.Choice;
import org.civictech.pars.Outcome;
import org.civictech.pars.Stakeholder;

/**
 * Simplified Chinese: no spaces, full-width punctuation, and the conditions of a pivot group
 * before its outcome ("如果……，协议就会续签"), so that "如果" opens the group and each condition
 * starts with a name (an empty {@code ifWord}). Verbs do not agree in number.
 */
public final class ChineseReader {

  private ChineseReader() {}

  public static final Reader READER = new Reader(
      Locale.forLanguageTag("zh"),
      Set.of("没有"),
      Map.of(Stakeholder.DA, "地区检察官办公室", Stakeholder.COURTS, "法院", Stakeholder.CITY,
          "市政府"),
      Map.of("RENEWED/open", "续签（按目前投票）：", "RENEWED/closed", "续签：",
          "VOTED_DOWN/open", "不续签（按目前投票）：",
          "VOTED_DOWN/closed", "不续签（投票未通过）：",
          "LAPSED", "不续签（因未投票而到期失效）：", "PENDING", "待定："),
      Pattern.compile("^[^：]+：(没有|\\d+)(?:个)?机构投了?赞成票"),
      Pattern.compile("续签需要(\\d+)票赞成"),
      Pattern.compile("(\\d+)票，达不到所需的(\\d+)票"),
      Pattern.compile("剩下(\\d+)票赞成，足以达到续签所需的(\\d+)票"),
      Map.of("IN_FAVOR", Pattern.compile("投了赞成票$"),
          "AGAINST", Pattern.compile("投了反对票$"),
          "ABSTAINED", Pattern.compile("弃权，弃权不计入赞成票$"),
          "NOT_VOTED/open", Pattern.compile("尚未投票$"),
          "NOT_VOTED/closed", Pattern.compile("始终没有投票$")),
      "弃权不计入赞成票",
      Pattern.compile("反对"),
      List.of("尚未", "仍", "更改", "改投", "直到", "为止", "截至", "将", "按目前投票",
          "取决于"),
      "各机构仍可投票或更改投票，直到投票的最后一天",
      "2018年8月31日",
      "。", "；", "。",
      "按目前投票", List.of("投票未通过", "失效"),
      "只需一票就能改变结果：",
      "当时只需一票就能改变结果：",
      "任何一票都不能单独改变结果：",
      "当时无论哪一票投得不同，结果都会一样：",
      "任何一票都不能单独决定结果：",
      Pattern.compile("^如果(?<conditions>.+)，(?<outcome>协议就会续签|协议就不会续签|结果就会变为待定)$"),
      Pattern.compile("^如果当时(?<conditions>.+)，(?<outcome>协议就会续签了|协议就不会续签了)$"),
      Map.of("协议就会续签", Outcome.RENEWED, "协议就不会续签", Outcome.NOT_RENEWED,
          "结果就会变为待定", Outcome.PENDING, "协议就会续签了", Outcome.RENEWED,
          "协议就不会续签了", Outcome.NOT_RENEWED),
      "", "，或者", List.of("、", "或"), "或",
      Map.of("投赞成票", Choice.IN_FAVOR, "投反对票", Choice.AGAINST, "弃权", Choice.ABSTAIN),
      Map.of("投了赞成票", Choice.IN_FAVOR, "投了反对票", Choice.AGAINST, "弃权", Choice.ABSTAIN),
      List.of("改投"),
      Map.of("赞成票", Choice.IN_FAVOR, "反对票", Choice.AGAINST, "弃权票", Choice.ABSTAIN),
      // no agreement in number; a plural marker would be a mistake
      (who, words) -> !words.contains("们"));
}
