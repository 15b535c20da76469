package org.civictech.pars.words;

import java.util.ArrayList;
import java.util.List;

/**
 * The Simplified Chinese words of the command line: its usage text and its errors, in the terms
 * of {@link Chinese} ("机构", "赞成", "反对", "弃权") and with full-width punctuation. Option
 * names, stakeholder codes, choice words, file names and ISO dates stay as the user types them.
 */
final class ChineseMessages extends Messages {

  static final ChineseMessages INSTANCE = new ChineseMessages();

  private ChineseMessages() {}

  // ---------------------------------------------------------------- usage

  /** The usage text; a Chinese character is two columns wide, so "日期" lines up with "DATE". */
  @Override
  public String usage() {
    return lines(
        "用法：pars-renewal [机构=投票 ...] [--as-of=日期] [--expires=日期] [--requiring=N]",
        "      pars-renewal --replay=文件 [--as-of=日期] [--expires=日期] [--requiring=N]",
        "      pars-renewal --truth-table [--requiring=N]",
        "      pars-renewal --dmn [--requiring=N]",
        "      pars-renewal [--help | --version | --vectors]",
        "所有模式都接受" + languageList("--lang={code}（默认）", "--lang={code}（{name}）") + "。",
        "",
        "不带参数时，以时间线讲述2018年PARS协议的续签。",
        "  机构=投票           DA、COURTS或CITY = in-favor、against或abstain（每个机构最多一次）",
        "  --as-of=日期        按这一天判定（YYYY-MM-DD）；过了到期日，投票即结束；",
        "                      不给出此项时，视为投票仍在进行",
        "  --expires=日期      协议的到期日，即投票的最后一天（默认2018-08-31）",
        "  --requiring=N       续签所需的赞成票数：1、2或3（默认2）",
        "  --replay=文件       重放带日期的投票，每行一票：2018-07-11 DA against \"来源\"；",
        "                      文件为“-”时读取标准输入",
        "  --truth-table       以Markdown表格打印每一种可能投票的结果",
        "  --dmn               以DMN 1.3决策表（XML）打印规则，供DMN建模者使用",
        "  --lang=语言         " + languageList("{code}（{name}，默认）", "{code}（{name}）"),
        "  --json              打印一个JSON文档（--dmn以外的所有模式）；见README",
        "  --csv               打印CSV：真值表，或重放的时间线",
        "  --help              打印本帮助",
        "  --version           打印版本号",
        "  --vectors           输出规则所有情况的一致性测试向量（JSON）；见docs/vectors.md",
        "选项的值也可以作为下一个参数给出：--as-of 2018-09-01。",
        "退出状态：0表示成功，2表示命令行或输入有误，1表示读取或写出失败。");
  }


  /**
   * Every language's {@code --lang} value as {@code form} shows it, the default language's as
   * {@code defaultForm}, joined as Chinese joins alternatives: "a", "a或b", "a、b或c".
   */
  private String languageList(String defaultForm, String form) {
    List<String> shown = new ArrayList<>(4);
    for (String code : Languages.codes()) {
      shown.add((shown.isEmpty() ? defaultForm : form).replace("{code}", code)
          .replace("{name}", languageName(code)));
    }
    return alternatives(shown);
  }

  /** "a", "a或b", "a、b或c". */
  private static String alternatives(List<String> items) {
    int last = items.size() - 1;
    return last == 0 ? items.get(0)
        : String.join("、", items.subList(0, last)) + "或" + items.get(last);
  }

  // ---------------------------------------------------------------- the command line

  @Override
  public String needsValue(String option) {
    return option + "需要一个值：写作" + option + "=值，或" + option + " 值";
  }

  @Override
  public String givenTwice(String option) {
    return option + "给出了两次";
  }

  @Override
  public String replayNeedsFile() {
    return "--replay需要一个文件名";
  }

  @Override
  public String jsonAndCsv() {
    return "--json和--csv不能同时使用";
  }

  @Override
  public String unknownOption(String quoted) {
    return "未知的选项" + quoted;
  }

  @Override
  public String unknownArgument(String quoted) {
    return "未知的参数" + quoted + "（应为机构=投票，例如DA=against）";
  }

  @Override
  public String votedTwice(String stakeholder, String first, String second) {
    return stakeholder + "投了两次票：" + first + "和" + second;
  }

  @Override
  public String unknownStakeholder(String quoted) {
    return "未知的机构" + quoted + "（应为DA、COURTS或CITY）";
  }

  @Override
  public String unknownChoice(String quoted) {
    return "未知的投票" + quoted + "（应为in-favor、against或abstain）";
  }

  @Override
  public String notADate(String option, String quoted) {
    return option + "必须是形如2018-09-01的日期，但给出的是" + quoted;
  }

  @Override
  public String badVotesRequired(String quoted) {
    return "--requiring必须是1、2或3，但给出的是" + quoted;
  }

  @Override
  public String unknownLanguage(String quoted) {
    return "--lang必须是" + alternatives(Languages.codes()) + "，但给出的是" + quoted;
  }

  @Override
  public String truthTableTakesNoBallot() {
    return "--truth-table不接受投票、--as-of或--replay";
  }

  @Override
  public String replayTakesNoVotes() {
    return "--replay从文件读取投票，而不是从命令行";
  }

  @Override
  public String dmnTakesOnlyTheRule() {
    return "--dmn只接受--requiring，不接受投票、--as-of、--expires、--replay或--truth-table";
  }

  @Override
  public String dmnTakesNoFormat() {
    return "--dmn打印XML；不接受--json或--csv";
  }

  @Override
  public String takesOnlyLang(String option, String quoted) {
    return option + "只接受--lang，不接受其他参数，但给出了" + quoted;
  }

  @Override
  public String csvIsForTables() {
    return "--csv只打印真值表或重放的时间线（--replay且不带--as-of）；单个判定或2018年的经过请用--json";
  }

  // ---------------------------------------------------------------- files of votes

  @Override
  public String atLine(int number, String message) {
    return "第" + number + "行：" + message;
  }

  @Override
  public String inputTooLarge(long mebibytes) {
    return "输入超过" + mebibytes + "MiB，这是重放所能读取的上限";
  }

  @Override
  public String lineTooLong(int bytes) {
    return "超过" + bytes + "字节";
  }

  @Override
  public String notUtf8() {
    return "不是有效的UTF-8文本";
  }

  @Override
  public String notAVote(String quoted) {
    return "应为：日期 机构 投票 [\"来源\"]，但给出的是" + quoted;
  }

  @Override
  public String notAVoteDate(String quoted) {
    return "日期必须形如2018-09-01，但给出的是" + quoted;
  }

  @Override
  public String sourceNotQuoted(String quoted) {
    return "来源必须放在双引号中，但给出的是" + quoted;
  }

  @Override
  public String standardInput() {
    return "标准输入";
  }

  @Override
  public String inInput(String name, String message) {
    return name + "，" + message;
  }

  @Override
  public String noSuchFile(String quoted) {
    return "无法读取" + quoted + "：文件不存在";
  }

  @Override
  public String isADirectory(String quoted) {
    return "无法读取" + quoted + "：这是一个目录，不是投票文件";
  }

  @Override
  public String permissionDenied(String quoted) {
    return "无法读取" + quoted + "：没有权限";
  }

  @Override
  public String cannotRead(String name, String reason) {
    return "无法读取" + name + "：" + reason;
  }

  @Override
  public String cannotWrite() {
    return "无法写出输出（标准输出失败）";
  }
}
