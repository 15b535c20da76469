package org.civictech.pars.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the command line says to its user in a language: the usage text and every error about a
 * command line or a file of votes. Each language has one subclass, reached through its
 * {@link Labels#messages()}.
 *
 * <p>A message keeps what the user types as the user types it: option names ({@code --as-of}),
 * stakeholder codes ({@code DA}, {@code COURTS}, {@code CITY}) and choice words ({@code in-favor},
 * {@code against}, {@code abstain}) are the same in every language. A parameter named
 * {@code quoted} is user text already quoted and made printable by the caller. Errors that the
 * library's API throws (a vote cast twice on one day, a date before the last vote) are the
 * API's, in English, and are not here.
 */
public abstract class Messages {

  // ---------------------------------------------------------------- usage

  /**
   * The usage text, lines joined by the platform's line separator, without a final one; its
   * {@code --lang} values come from {@link Languages#codes()}.
   */
  public abstract String usage();

  /**
   * The language's own name for the language of {@code code} ("English", "Español", "中文"), as a
   * language switch shows it: no language needs to know the names of the others.
   */
  public final String languageName(String code) {
    return Languages.of(new Locale(code)).pageLabels().label(PageLabels.Key.LANGUAGE_NAME);
  }

  // ---------------------------------------------------------------- the command line

  /** "--as-of needs a value: --as-of=VALUE or --as-of VALUE". */
  public abstract String needsValue(String option);

  /** "--as-of given twice". */
  public abstract String givenTwice(String option);

  /** "--replay needs a file name". */
  public abstract String replayNeedsFile();

  /** "--json and --csv cannot be combined". */
  public abstract String jsonAndCsv();

  /** "unknown option "--x"". */
  public abstract String unknownOption(String quoted);

  /** "unknown argument "x" (expected STAKEHOLDER=CHOICE, for example DA=against)". */
  public abstract String unknownArgument(String quoted);

  /** "DA voted twice: against and in-favor", with the words the user typed. */
  public abstract String votedTwice(String stakeholder, String first, String second);

  /** "unknown stakeholder "x" (expected DA, COURTS or CITY)". */
  public abstract String unknownStakeholder(String quoted);

  /** "unknown choice "x" (expected in-favor, against or abstain)". */
  public abstract String unknownChoice(String quoted);

  /** "--as-of must be a date like 2018-09-01, but was "x"". */
  public abstract String notADate(String option, String quoted);

  /** "--requiring must be 1, 2 or 3, but was "x"". */
  public abstract String badVotesRequired(String quoted);

  /**
   * "--lang must be en or es, but was "x"", listing {@link Languages#codes()}. The command line
   * says it in the default language, since the language asked for is unknown.
   */
  public abstract String unknownLanguage(String quoted);

  /** "--truth-table takes no votes, --as-of or --replay". */
  public abstract String truthTableTakesNoBallot();

  /** "--replay takes its votes from the file, not the command line". */
  public abstract String replayTakesNoVotes();

  /** "--dmn takes only --requiring, no votes, --as-of, --expires, --replay or --truth-table". */
  public abstract String dmnTakesOnlyTheRule();

  /** "--dmn prints XML; it takes no --json or --csv". */
  public abstract String dmnTakesNoFormat();

  /** "--vectors takes no argument other than --lang, but was given "--csv"". */
  public abstract String takesOnlyLang(String option, String quoted);

  /** That {@code --csv} is for the truth table and a replay's timeline only. */
  public abstract String csvIsForTables();

  // ---------------------------------------------------------------- files of votes

  /** "line 3: " followed by {@code message}. */
  public abstract String atLine(int number, String message);

  /** "the input is larger than 256 MiB, the most a replay reads". */
  public abstract String inputTooLarge(long mebibytes);

  /** "longer than 4096 bytes". */
  public abstract String lineTooLong(int bytes);

  /** "not valid UTF-8 text". */
  public abstract String notUtf8();

  /** "expected DATE STAKEHOLDER CHOICE ["source"], but was "x"". */
  public abstract String notAVote(String quoted);

  /** "the date must be a date like 2018-09-01, but was "x"": a vote's date in a file. */
  public abstract String notAVoteDate(String quoted);

  /** "the source must be in double quotes, but was "x"". */
  public abstract String sourceNotQuoted(String quoted);

  /** The name of standard input in errors: "standard input". */
  public abstract String standardInput();

  /** An error in the input named {@code name}: "2018.txt line 3: ...". */
  public abstract String inInput(String name, String message);

  /** "cannot read "x": no such file". */
  public abstract String noSuchFile(String quoted);

  /** "cannot read "x": it is a directory, not a file of votes". */
  public abstract String isADirectory(String quoted);

  /** "cannot read "x": permission denied". */
  public abstract String permissionDenied(String quoted);

  /** "cannot read 2018.txt: " followed by the system's {@code reason}. */
  public abstract String cannotRead(String name, String reason);

  /** "cannot write the output (standard output failed)". */
  public abstract String cannotWrite();

  // ---------------------------------------------------------------- helpers

  /**
   * Every language's {@code --lang} value as {@code form} shows it, the default language's as
   * {@code defaultForm}, joined with the language's word for "or": "--lang=en (default) or
   * --lang=es (Spanish)". In a form, {@code {code}} stands for the code and {@code {name}} for
   * the language's name.
   */
  final String languages(String defaultForm, String form, String or) {
    List<String> codes = Languages.codes();
    List<String> shown = new ArrayList<>(codes.size());
    for (String code : codes) {
      shown.add((shown.isEmpty() ? defaultForm : form).replace("{code}", code)
          .replace("{name}", languageName(code)));
    }
    return joined(shown, or);
  }

  /** "a", "a or b", "a, b or c", with {@code or} the language's word. */
  static String joined(List<String> items, String or) {
    int last = items.size() - 1;
    return last == 0 ? items.get(0)
        : String.join(", ", items.subList(0, last)) + " " + or + " " + items.get(last);
  }

  /** Lines joined by the platform's line separator, each at most 100 characters wide. */
  static String lines(String... lines) {
    List<String> wrapped = new ArrayList<>(lines.length + 4);
    for (String line : lines) {
      wrapped.addAll(wrapped(line));
    }
    return String.join(System.lineSeparator(), wrapped);
  }

  /**
   * A line longer than 100 characters, broken after its last space or comma that fits, and
   * continued under the text of an option's description (or indented by two).
   */
  private static List<String> wrapped(String line) {
    List<String> parts = new ArrayList<>(2);
    String indent = line.startsWith("  -") ? " ".repeat(22) : "  ";
    String rest = line;
    while (rest.length() > 100) {
      int at = lastBreak(rest, indent.length());
      if (at == -1) {
        break; // nothing to break at after the indent: the line stays long
      }
      parts.add(rest.substring(0, at).stripTrailing());
      rest = indent + rest.substring(at).stripLeading();
    }
    parts.add(rest);
    return parts;
  }

  /** Where to break a line: after its last space or comma among the first 100 characters. */
  private static int lastBreak(String line, int indent) {
    for (int end = 100; end > indent; end--) {
      char c = line.charAt(end - 1);
      if (c == ' ' || c == ',' || c == '、' || c == '，') {
        return end;
      }
    }
    return -1;
  }
}
