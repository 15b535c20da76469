package org.civictech.pars.words;

/** The English words of the command line: its usage text and its errors. */
final class EnglishMessages extends Messages {

  static final EnglishMessages INSTANCE = new EnglishMessages();

  private EnglishMessages() {}

  // ---------------------------------------------------------------- usage

  @Override
  public String usage() {
    return lines(
        "Usage: pars-renewal [STAKEHOLDER=CHOICE ...] [--as-of=DATE] [--expires=DATE] [--requiring=N]",
        "       pars-renewal --replay=FILE [--as-of=DATE] [--expires=DATE] [--requiring=N]",
        "       pars-renewal --truth-table [--requiring=N]",
        "       pars-renewal --dmn [--requiring=N]",
        "       pars-renewal [--help | --version | --vectors]",
        "Every mode takes " + languages("--lang={code} (default)", "--lang={code} ({name})", "or")
            + ".",
        "",
        "With no arguments, tells the 2018 PARS renewal as a timeline.",
        "  STAKEHOLDER=CHOICE  DA, COURTS or CITY = in-favor, against or abstain (each at most once)",
        "  --as-of=DATE        decide as of this day (YYYY-MM-DD); voting closes after the expiry;",
        "                      without it, voting is taken as open",
        "  --expires=DATE      the contract's expiry date, the last day of voting (default 2018-08-31)",
        "  --requiring=N       votes in favor that renewal needs: 1, 2 or 3 (default 2)",
        "  --replay=FILE       replay dated votes, one a line: 2018-07-11 DA against \"source\";",
        "                      FILE - reads standard input",
        "  --truth-table       print the outcome of every possible ballot as a Markdown table",
        "  --dmn               print the rule as a DMN 1.3 decision table (XML) for DMN modelers",
        "  --lang=LANG         " + languages("{code} ({name}, the default)", "{code} ({name})", "or"),
        "  --json              print one JSON document (every mode but --dmn); see docs/json.md",
        "  --csv               print CSV: the truth table, or a replay's timeline",
        "  --help              print this help",
        "  --version           print the version of the library and of the rule (docs/RULE.md)",
        "  --vectors           print every case of the rule as conformance vectors (JSON);",
        "                      see docs/vectors.md",
        "An option's value may also be the next argument: --as-of 2018-09-01.",
        "Exit status: 0 success, 2 bad command line or input, 1 input or output failure.");
  }


  // ---------------------------------------------------------------- the command line

  @Override
  public String needsValue(String option) {
    return option + " needs a value: " + option + "=VALUE or " + option + " VALUE";
  }

  @Override
  public String givenTwice(String option) {
    return option + " given twice";
  }

  @Override
  public String replayNeedsFile() {
    return "--replay needs a file name";
  }

  @Override
  public String jsonAndCsv() {
    return "--json and --csv cannot be combined";
  }

  @Override
  public String unknownOption(String quoted) {
    return "unknown option " + quoted;
  }

  @Override
  public String unknownArgument(String quoted) {
    return "unknown argument " + quoted + " (expected STAKEHOLDER=CHOICE, for example DA=against)";
  }

  @Override
  public String votedTwice(String stakeholder, String first, String second) {
    return stakeholder + " voted twice: " + first + " and " + second;
  }

  @Override
  public String unknownStakeholder(String quoted) {
    return "unknown stakeholder " + quoted + " (expected DA, COURTS or CITY)";
  }

  @Override
  public String unknownChoice(String quoted) {
    return "unknown choice " + quoted + " (expected in-favor, against or abstain)";
  }

  @Override
  public String notADate(String option, String quoted) {
    return option + " must be a date like 2018-09-01, but was " + quoted;
  }

  @Override
  public String badVotesRequired(String quoted) {
    return "--requiring must be 1, 2 or 3, but was " + quoted;
  }

  @Override
  public String unknownLanguage(String quoted) {
    return "--lang must be " + joined(Languages.codes(), "or") + ", but was " + quoted;
  }

  @Override
  public String truthTableTakesNoBallot() {
    return "--truth-table takes no votes, --as-of or --replay";
  }

  @Override
  public String replayTakesNoVotes() {
    return "--replay takes its votes from the file, not the command line";
  }

  @Override
  public String dmnTakesOnlyTheRule() {
    return "--dmn takes only --requiring, no votes, --as-of, --expires, --replay or --truth-table";
  }

  @Override
  public String dmnTakesNoFormat() {
    return "--dmn prints XML; it takes no --json or --csv";
  }

  @Override
  public String takesOnlyLang(String option, String quoted) {
    return option + " takes no argument other than --lang, but was given " + quoted;
  }

  @Override
  public String csvIsForTables() {
    return "--csv prints the truth table or a replay's timeline (--replay without --as-of);"
        + " use --json for a single decision or the story";
  }

  // ---------------------------------------------------------------- files of votes

  @Override
  public String atLine(int number, String message) {
    return "line " + number + ": " + message;
  }

  @Override
  public String inputTooLarge(long mebibytes) {
    return "the input is larger than " + mebibytes + " MiB, the most a replay reads";
  }

  @Override
  public String lineTooLong(int bytes) {
    return "longer than " + bytes + " bytes";
  }

  @Override
  public String notUtf8() {
    return "not valid UTF-8 text";
  }

  @Override
  public String notAVote(String quoted) {
    return "expected DATE STAKEHOLDER CHOICE [\"source\"], but was " + quoted;
  }

  @Override
  public String notAVoteDate(String quoted) {
    return notADate("the date", quoted);
  }

  @Override
  public String sourceNotQuoted(String quoted) {
    return "the source must be in double quotes, but was " + quoted;
  }

  @Override
  public String standardInput() {
    return "standard input";
  }

  @Override
  public String inInput(String name, String message) {
    return name + " " + message;
  }

  @Override
  public String noSuchFile(String quoted) {
    return "cannot read " + quoted + ": no such file";
  }

  @Override
  public String isADirectory(String quoted) {
    return "cannot read " + quoted + ": it is a directory, not a file of votes";
  }

  @Override
  public String permissionDenied(String quoted) {
    return "cannot read " + quoted + ": permission denied";
  }

  @Override
  public String cannotRead(String name, String reason) {
    return "cannot read " + name + ": " + reason;
  }

  @Override
  public String cannotWrite() {
    return "cannot write the output (standard output failed)";
  }
}
