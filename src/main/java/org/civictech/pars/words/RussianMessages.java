package org.civictech.pars.words;

/**
 * The Russian words of the command line: its usage text and its errors, in the terms of
 * {@link Russian} ("участник", "за", "против", "воздержаться"). Option names, stakeholder codes
 * and choice words stay as the user types them.
 */
final class RussianMessages extends Messages {

  static final RussianMessages INSTANCE = new RussianMessages();

  private RussianMessages() {}

  // ---------------------------------------------------------------- usage

  @Override
  public String usage() {
    return lines(
        "Запуск: pars-renewal [УЧАСТНИК=ГОЛОС ...] [--as-of=ДАТА] [--expires=ДАТА] [--requiring=N]",
        "        pars-renewal --replay=ФАЙЛ [--as-of=ДАТА] [--expires=ДАТА] [--requiring=N]",
        "        pars-renewal --truth-table [--requiring=N]",
        "        pars-renewal --dmn [--requiring=N]",
        "        pars-renewal [--help | --version | --vectors]",
        "Во всех режимах: "
            + languages("--lang={code} (по умолчанию)", "--lang={code} ({name})", "или") + ".",
        "",
        "Без аргументов рассказывает историю продления PARS в 2018 году.",
        "  УЧАСТНИК=ГОЛОС      DA, COURTS или CITY = in-favor, against или abstain,",
        "                      каждый участник не более одного раза",
        "  --as-of=ДАТА        решить на эту дату (ГГГГ-ММ-ДД); после истечения срока голосование"
            + " закрыто;",
        "                      без этого параметра голосование считается открытым",
        "  --expires=ДАТА      дата истечения срока, последний день голосования (по умолчанию"
            + " 2018-08-31)",
        "  --requiring=N       сколько голосов «за» нужно для продления: 1, 2 или 3 (по умолчанию 2)",
        "  --replay=ФАЙЛ       воспроизвести голоса с датами, по одному в строке:",
        "                      2018-07-11 DA against \"источник\"; ФАЙЛ - читает стандартный ввод",
        "  --truth-table       вывести исход каждого возможного голосования таблицей Markdown",
        "  --dmn               вывести правило таблицей решений DMN 1.3 (XML) для DMN-редакторов",
        "  --lang=ЯЗЫК         "
            + languages("{code} ({name}, по умолчанию)", "{code} ({name})", "или"),
        "  --json              вывести документ JSON (во всех режимах, кроме --dmn); см. README",
        "  --csv               вывести CSV: таблицу истинности или хронологию воспроизведения",
        "  --help              вывести эту справку",
        "  --version           вывести версию",
        "  --vectors           вывести все случаи правила как векторы соответствия (JSON);",
        "                      см. docs/vectors.md",
        "Значение параметра можно указать и следующим аргументом: --as-of 2018-09-01.",
        "Код выхода: 0 успех, 2 неверная командная строка или входные данные, 1 ошибка чтения"
            + " или записи.");
  }


  // ---------------------------------------------------------------- the command line

  @Override
  public String needsValue(String option) {
    return "для " + option + " нужно значение: " + option + "=ЗНАЧЕНИЕ или " + option
        + " ЗНАЧЕНИЕ";
  }

  @Override
  public String givenTwice(String option) {
    return option + " указан дважды";
  }

  @Override
  public String replayNeedsFile() {
    return "для --replay нужно имя файла";
  }

  @Override
  public String jsonAndCsv() {
    return "--json и --csv нельзя указывать вместе";
  }

  @Override
  public String unknownOption(String quoted) {
    return "неизвестный параметр " + quoted;
  }

  @Override
  public String unknownArgument(String quoted) {
    return "неизвестный аргумент " + quoted + " (ожидается УЧАСТНИК=ГОЛОС, например"
        + " DA=against)";
  }

  @Override
  public String votedTwice(String stakeholder, String first, String second) {
    return "голос " + stakeholder + " указан дважды: " + first + " и " + second;
  }

  @Override
  public String unknownStakeholder(String quoted) {
    return "неизвестный участник " + quoted + " (ожидается DA, COURTS или CITY)";
  }

  @Override
  public String unknownChoice(String quoted) {
    return "неизвестный голос " + quoted + " (ожидается in-favor, against или abstain)";
  }

  @Override
  public String notADate(String option, String quoted) {
    return option + " должен быть датой вида 2018-09-01, а получено " + quoted;
  }

  @Override
  public String badVotesRequired(String quoted) {
    return "--requiring должен быть 1, 2 или 3, а получено " + quoted;
  }

  @Override
  public String unknownLanguage(String quoted) {
    return "--lang должен быть " + joined(Languages.codes(), "или") + ", а получено " + quoted;
  }

  @Override
  public String truthTableTakesNoBallot() {
    return "--truth-table не принимает голоса, --as-of и --replay";
  }

  @Override
  public String replayTakesNoVotes() {
    return "--replay берёт голоса из файла, а не из командной строки";
  }

  @Override
  public String dmnTakesOnlyTheRule() {
    return "--dmn принимает только --requiring, без голосов, --as-of, --expires, --replay и"
        + " --truth-table";
  }

  @Override
  public String dmnTakesNoFormat() {
    return "--dmn выводит XML; --json и --csv с ним не указываются";
  }

  @Override
  public String takesOnlyLang(String option, String quoted) {
    return option + " не принимает других аргументов, кроме --lang, а получено " + quoted;
  }

  @Override
  public String csvIsForTables() {
    return "--csv выводит таблицу истинности или хронологию воспроизведения (--replay без"
        + " --as-of); для одного решения или истории используйте --json";
  }

  // ---------------------------------------------------------------- files of votes

  @Override
  public String atLine(int number, String message) {
    return "строка " + number + ": " + message;
  }

  @Override
  public String inputTooLarge(long mebibytes) {
    return "входные данные больше " + mebibytes + " МиБ — это максимум для воспроизведения";
  }

  @Override
  public String lineTooLong(int bytes) {
    return "длиннее " + bytes + " байт";
  }

  @Override
  public String notUtf8() {
    return "это не текст в кодировке UTF-8";
  }

  @Override
  public String notAVote(String quoted) {
    return "ожидается ДАТА УЧАСТНИК ГОЛОС [\"источник\"], а получено " + quoted;
  }

  @Override
  public String notAVoteDate(String quoted) {
    return "дата должна иметь вид 2018-09-01, а получено " + quoted;
  }

  @Override
  public String sourceNotQuoted(String quoted) {
    return "источник должен быть в двойных кавычках, а получено " + quoted;
  }

  @Override
  public String standardInput() {
    return "стандартный ввод";
  }

  @Override
  public String inInput(String name, String message) {
    return name + ", " + message;
  }

  @Override
  public String noSuchFile(String quoted) {
    return "не удаётся прочитать " + quoted + ": файл не существует";
  }

  @Override
  public String isADirectory(String quoted) {
    return "не удаётся прочитать " + quoted + ": это каталог, а не файл с голосами";
  }

  @Override
  public String permissionDenied(String quoted) {
    return "не удаётся прочитать " + quoted + ": доступ запрещён";
  }

  @Override
  public String cannotRead(String name, String reason) {
    return "не удаётся прочитать " + name + ": " + reason;
  }

  @Override
  public String cannotWrite() {
    return "не удаётся записать вывод (ошибка стандартного вывода)";
  }
}
