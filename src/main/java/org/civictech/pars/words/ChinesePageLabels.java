package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.jspecify.annotations.Nullable;

/**
 * The Simplified Chinese words of the explainer page, in the terms {@link Chinese} uses, with
 * full-width punctuation; the titles of English reports stay in English, in Chinese quotation
 * marks.
 */
final class ChinesePageLabels extends PageLabels {

  static final ChinesePageLabels INSTANCE = new ChinesePageLabels();

  private ChinesePageLabels() {}

  @Override
  public String label(Key key) {
    return switch (key) {
      case LANGUAGE_NAME -> "简体中文";
      case SKIP -> "跳到答案";
      case TITLE -> "PARS协议会续签吗？";
      case INTRO ->
          "费城曾根据一项协议，与联邦移民执法部门共享其逮捕数据库PARS；这项协议是否续签，由地区检察官"
          + "办公室、法院和市政府投票决定。续签需要三者中至少两方投赞成票；弃权不计入赞成票。2018年，"
          + "地区检察官办公室和市政府投了反对票，法院弃权，协议于2018年8月31日到期时终止：本页面打开"
          + "时显示的就是这次投票。请选择其他投票，看看规则如何判定。下面的每个答案和每一句话，都由本项目"
          + "所测试的同一套代码（从Java编译而来）在您的浏览器中计算得出；不会向任何地方发送任何数据。";
      case LANGUAGE_LABEL -> "语言";
      case BALLOT_HEADING -> "您的投票";
      case VOTE_OF -> "投票方";
      case WHEN_LEGEND -> "时间";
      case EXPIRY -> "协议于{date}到期；投票开放到当天为止（含当天）。";
      case WHEN_OPEN -> "投票仍在进行";
      case WHEN_DATE -> "按某一日期";
      case AS_OF_LABEL -> "日期";
      case DAY -> "日";
      case MONTH -> "月";
      case YEAR -> "年（4位数字）";
      case DATE_INVALID -> "请输入完整的日期（4位数字的年份、月和日），即可查看规则如何判定。";
      case SETTINGS_INVALID -> "本页面无法显示答案：页面设置有误。";
      case RULE_LEGEND -> "规则";
      case RULE_LABEL -> "续签所需的赞成票数";
      case ANSWER_HEADING -> "规则的判定";
      case GRID_HEADING -> "整条规则一览";
      case GRID_INTRO ->
          "所选规则下全部64种投票情况，分为投票期间和到期之后。行：第一个机构的投票；列：第二个"
          + "机构的投票；第三个机构的每种投票各占一个面板。您的投票以粗框标出。";
      case GRID_OPEN -> "投票期间";
      case GRID_CLOSED -> "到期之后";
      case PANEL -> "{who}：{choice}";
      case YOUR_BALLOT -> "您的投票";
      case STORY_HEADING -> "2018年发生了什么";
      case STORY_INTRO -> "各方投下的每一票及其来源，以及每两次投票之间当时的结果。";
      case EXPIRY_MARK -> "到期日";
      case SOURCES_HEADING -> "来源";
      case SOURCES_INTRO -> "本规则和2018年经过所依据的报道，按本项目的规则文件（docs/RULE.md）的引用列出。";
      case SRC_RUN_BY_MONTEREY -> "（刊登于Monterey Herald）";
      case SRC_RUN_BY_WESA -> "（由WESA刊登）";
      case SRC_ALSO_RUN_AS ->
          "（也以\u201cPhiladelphia to stop giving ICE real-time arrest data\u201d为题刊登）";
      case SRC_REPRINTED ->
          "（Pittsburgh Post-Gazette转载时题为\u201cPhiladelphia mayor ends sharing of arrest"
          + " records with ICE\u201d）";
      case SRC_IN_SPANISH -> "；西班牙语版：";
      case FOOTER ->
          "pars-renewal：PARS续签规则（三个机构中两个投赞成票），用TeaVM从Java编译为JavaScript。"
          + "规则及其来源：docs/RULE.md。";
    };
  }

  @Override
  public String choice(@Nullable Choice choice) {
    if (choice == null) {
      return "未投票";
    }
    return switch (choice) {
      case IN_FAVOR -> "赞成";
      case AGAINST -> "反对";
      case ABSTAIN -> "弃权";
    };
  }
}
