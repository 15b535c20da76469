package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.civictech.pars.Reason;

/**
 * The Simplified Chinese words around the sentences: the command line's labels and the 2018
 * story's, in the terms of {@link Chinese} ("赞成", "反对", "弃权"; "续签"), with full-width
 * punctuation. Dates the command line shows as ISO codes (2018-08-31) stay codes.
 */
final class ChineseLabels extends Labels {

  static final ChineseLabels INSTANCE = new ChineseLabels();

  private ChineseLabels() {}

  @Override
  public Messages messages() {
    return ChineseMessages.INSTANCE;
  }

  @Override
  public String storyTitle() {
    return "2018年PARS协议的续签（docs/RULE.md，2018年的例子）";
  }

  @Override
  public String contract(String name, String lastDay, int votesRequired) {
    return fill("%s协议，投票的最后一天为%s；续签需要%s。", name, lastDay,
        votesInFavor(votesRequired));
  }

  /** "Voting is still open": also the end of {@link #decidedAsOf} while voting is open. */
  @Override
  public String decidedOpen() {
    return "投票仍在进行中。";
  }

  @Override
  public String decidedAsOf(String day, boolean afterTheExpiry) {
    return fill(afterTheExpiry
        ? "按%s的情况判定，已过到期日。" : "按%s的情况判定，投票仍在进行中。", day);
  }

  @Override
  public String outcomeLabel() {
    return "结果：";
  }

  @Override
  public String votesCast() {
    return "已投的票：";
  }

  @Override
  public String source() {
    return "来源";
  }

  @Override
  public String timeline() {
    return "时间线：";
  }

  @Override
  public String workedExample() {
    return "在docs/RULE.md中2018年例子的各个日期：";
  }

  @Override
  public String truthTableHeading() {
    return "| 检察官办公室 | 法院 | 市政府 | 投票期间 | 到期之后 |";
  }

  @Override
  public String notVoted() {
    return "未投票";
  }

  @Override
  public String sources() {
    return "来源（docs/RULE.md）：";
  }

  @Override
  public String votesInFavor(int votes) {
    return votes + "票赞成";
  }

  @Override
  public String outcome(Reason reason, boolean open) {
    return switch (reason) {
      case RENEWED -> open ? "续签（按目前投票）" : "续签"; // E6
      case VOTED_DOWN -> open ? "不续签（按目前投票）" : "不续签（投票未通过）"; // E6
      case LAPSED -> "不续签（因未投票而到期失效）"; // R7: only ever after the expiry
      case PENDING -> "待定";
    };
  }

  @Override
  public String choice(Choice choice) {
    return switch (choice) {
      case IN_FAVOR -> "赞成";
      case AGAINST -> "反对";
      case ABSTAIN -> "弃权";
    };
  }

  @Override
  public String source2018(int index) {
    return switch (index) {
      case 0 -> "地区检察官2018年7月11日的信";
      case 1 -> "2018年7月27日的报道";
      default -> "市长2018年7月27日的声明";
    };
  }

  @Override
  public String noscriptHeading() {
    return "2018年的经过";
  }

  @Override
  public String noscriptIntro() {
    return "本页面用JavaScript计算答案，而JavaScript已被关闭。以下是2018年发生的事情：PARS协议的投票"
        + "开放到2018年8月31日为止（含当天），续签需要3票中至少2票赞成。";
  }

  @Override
  public String noscriptVotesJuly11() {
    return "地区检察官办公室投了反对票[AP-07-11]。";
  }

  @Override
  public String noscriptVotesJuly27() {
    return "法院弃权，市政府投了反对票[CBS, AP-07-27, Inquirer]。";
  }
}
