package org.civictech.pars.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civictech.pars.words.Languages;
import org.civictech.pars.words.Wording;
import org.civictech.pars.internal.Library;
import org.civictech.pars.internal.Pars2018;
import org.civictech.pars.dmn.DmnModel;
import java.util.List;
import java.util.Locale;
import org.civictech.pars.Choice;
import org.civictech.pars.Stakeholder;
import org.jspecify.annotations.Nullable;

/**
 * The parsed command line: what to do, and on which ballot.
 *
 * <p>The grammar is small on purpose: {@code STAKEHOLDER=choice} pairs and a few flags;
 * an option's value follows {@code =} or comes as the next argument. Every error is a {@link UsageException} with a one-line message.
 */
final class Arguments {

  /** What the program is asked to do. */
  enum Mode {
    /** No arguments: tell the 2018 story. */
    STORY,
    /** Decide the ballot given on the command line. */
    DECIDE,
    /** Replay a ballot from a file of dated votes. */
    REPLAY,
    /** Print every possible ballot and its outcome as a Markdown table. */
    TRUTH_TABLE,
    /** Print the rule as a DMN 1.3 decision table. */
    DMN,
    /** Print usage. */
    HELP,
    /** Print the version. */
    VERSION
  }

  /** How the result is printed: for people, as JSON ({@code --json}) or as CSV ({@code --csv}). */
  enum Format {
    /** Sentences and tables for people to read. */
    TEXT,
    /** One JSON document in the documented shape (README, "Using it from another language"). */
    JSON,
    /** CSV (RFC 4180), for the truth table and a replay's timeline. */
    CSV
  }

  /**
   * The options that take a value, given as {@code --option=VALUE} or, GNU style, as
   * {@code --option VALUE}. A new one is one name here and one case in {@link #parse}.
   */
  static final Set<String> VALUE_OPTIONS =
      Set.of("--as-of", "--expires", "--lang", "--requiring", "--replay");

  /** The expiry date of the PARS contract in 2018 (RULE.md). */
  static final LocalDate PARS_EXPIRY = Pars2018.EXPIRES_ON;

  static final String USAGE = String.join(System.lineSeparator(),
      "Usage: pars-renewal [STAKEHOLDER=CHOICE ...] [--as-of=DATE] [--expires=DATE] [--requiring=N]",
      "       pars-renewal --replay=FILE [--as-of=DATE] [--expires=DATE] [--requiring=N]",
      "       pars-renewal --truth-table [--requiring=N]",
      "       pars-renewal --dmn [--requiring=N]",
      "       pars-renewal [--help | --version]",
      "Every mode but --help takes --lang=en (default) or --lang=es (Spanish).",
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
      "  --lang=LANG         en (English, the default) or es (Spanish)",
      "  --json              print one JSON document (every mode but --dmn); see the README",
      "  --csv               print CSV: the truth table, or a replay's timeline",
      "  --help              print this help",
      "  --version           print the version",
      "An option's value may also be the next argument: --as-of 2018-09-01.",
      "Exit status: 0 success, 2 bad command line or input, 1 input or output failure.");

  private final Mode mode;
  private final Map<Stakeholder, Choice> votes;
  private final @Nullable LocalDate asOf;
  private final LocalDate expires;
  private final int votesRequired;
  private final @Nullable String replayFile;
  private final Wording texts;
  private Format format = Format.TEXT;

  private Arguments(Mode mode, Map<Stakeholder, Choice> votes, @Nullable LocalDate asOf,
      LocalDate expires, int votesRequired, @Nullable String replayFile, Wording texts) {
    this.texts = texts;
    this.mode = mode;
    this.votes = votes;
    this.asOf = asOf;
    this.expires = expires;
    this.votesRequired = votesRequired;
    this.replayFile = replayFile;
  }

  /**
   * Parses a command line.
   *
   * @throws UsageException if an argument is unknown, malformed, repeated or out of place
   */
  static Arguments parse(String[] args) throws UsageException {
    Map<Stakeholder, Choice> votes = new EnumMap<>(Stakeholder.class);
    @Nullable LocalDate asOf = null;
    @Nullable LocalDate expires = null;
    @Nullable String requiring = null;
    @Nullable String replayFile = null;
    @Nullable Wording texts = null;
    int langArguments = 0; // --lang alone still tells the story
    boolean truthTable = false;
    boolean dmn = false;
    @Nullable Format format = null;
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        return new Arguments(Mode.HELP, Map.of(), null, PARS_EXPIRY, 2, null, Languages.of(Locale.ENGLISH));
      }
      if (arg.equals("--version")) {
        return new Arguments(Mode.VERSION, Map.of(), null, PARS_EXPIRY, 2, null, Languages.of(Locale.ENGLISH));
      }
    }
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      int equals = arg.indexOf('=');
      String name = arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
      if (VALUE_OPTIONS.contains(name)) {
        String value;
        if (equals > 0) {
          value = arg.substring(equals + 1);
        } else if (i + 1 < args.length) {
          value = args[++i]; // GNU style: the value is the next argument
        } else {
          throw new UsageException(name + " needs a value: " + name + "=VALUE or " + name
              + " VALUE");
        }
        switch (name) {
          case "--as-of" -> {
            notYet(asOf, name);
            asOf = date(name, value);
          }
          case "--expires" -> {
            notYet(expires, name);
            expires = date(name, value);
          }
          case "--lang" -> {
            notYet(texts, name);
            texts = language(value);
            langArguments += equals > 0 ? 1 : 2;
          }
          case "--requiring" -> {
            notYet(requiring, name);
            requiring = value;
          }
          default -> { // --replay
            notYet(replayFile, name);
            replayFile = value;
            if (replayFile.isEmpty()) {
              throw new UsageException("--replay needs a file name");
            }
          }
        }
      } else if (arg.equals("--json") || arg.equals("--csv")) {
        if (format != null) {
          throw new UsageException(format == Format.JSON && arg.equals("--json")
              || format == Format.CSV && arg.equals("--csv")
              ? arg + " given twice" : "--json and --csv cannot be combined");
        }
        format = arg.equals("--json") ? Format.JSON : Format.CSV;
        langArguments++; // a format alone still tells the story
      } else if (arg.equals("--truth-table")) {
        notYet(truthTable ? arg : null, "--truth-table");
        truthTable = true;
      } else if (arg.equals("--dmn")) {
        notYet(dmn ? arg : null, "--dmn");
        dmn = true;
      } else if (arg.startsWith("-")) {
        throw new UsageException("unknown option " + quoted(arg));
      } else {
        vote(arg, votes);
      }
    }
    int votesRequired = requiring == null ? 2 : votesRequired(requiring);
    LocalDate expiresOn = expires == null ? PARS_EXPIRY : expires;
    Mode mode = dmn ? dmn(truthTable, replayFile, votes, asOf, expires)
        : mode(args.length - langArguments, truthTable, replayFile, votes, asOf);
    if (format != null && mode == Mode.DMN) {
      throw new UsageException("--dmn prints XML; it takes no --json or --csv");
    }
    if (format == Format.CSV && mode != Mode.TRUTH_TABLE
        && (mode != Mode.REPLAY || asOf != null)) {
      throw new UsageException("--csv prints the truth table or a replay's timeline (--replay"
          + " without --as-of); use --json for a single decision or the story");
    }
    Arguments arguments = new Arguments(mode, Collections.unmodifiableMap(votes), asOf,
        expiresOn, votesRequired, replayFile, texts == null ? Languages.of(Locale.ENGLISH) : texts);
    arguments.format = format == null ? Format.TEXT : format;
    return arguments;
  }

  private static Mode mode(int count, boolean truthTable, @Nullable String replayFile,
      Map<Stakeholder, Choice> votes, @Nullable LocalDate asOf) throws UsageException {
    if (truthTable) {
      if (replayFile != null || !votes.isEmpty() || asOf != null) {
        throw new UsageException("--truth-table takes no votes, --as-of or --replay");
      }
      return Mode.TRUTH_TABLE;
    }
    if (replayFile != null) {
      if (!votes.isEmpty()) {
        throw new UsageException("--replay takes its votes from the file, not the command line");
      }
      return Mode.REPLAY;
    }
    return count == 0 ? Mode.STORY : Mode.DECIDE;
  }

  /** {@code --dmn} writes the rule, so it takes nothing but {@code --requiring}. */
  private static Mode dmn(boolean truthTable, @Nullable String replayFile,
      Map<Stakeholder, Choice> votes, @Nullable LocalDate asOf, @Nullable LocalDate expires)
      throws UsageException {
    if (truthTable || replayFile != null || !votes.isEmpty() || asOf != null || expires != null) {
      throw new UsageException(
          "--dmn takes only --requiring, no votes, --as-of, --expires, --replay or --truth-table");
    }
    return Mode.DMN;
  }

  /** Parses one {@code STAKEHOLDER=choice} pair into {@code votes}. */
  private static void vote(String arg, Map<Stakeholder, Choice> votes) throws UsageException {
    int equals = arg.indexOf('=');
    if (equals < 0) {
      throw new UsageException("unknown argument " + quoted(arg)
          + " (expected STAKEHOLDER=CHOICE, for example DA=against)");
    }
    Stakeholder stakeholder = stakeholder(arg.substring(0, equals));
    Choice choice = choice(arg.substring(equals + 1));
    Choice previous = votes.put(stakeholder, choice);
    if (previous != null) {
      throw new UsageException(stakeholder + " voted twice: " + word(previous) + " and "
          + word(choice));
    }
  }

  /** Parses a stakeholder name: DA, COURTS or CITY, in any case. */
  static Stakeholder stakeholder(String text) throws UsageException {
    for (Stakeholder stakeholder : Stakeholder.values()) {
      if (stakeholder.name().equalsIgnoreCase(text)) {
        return stakeholder;
      }
    }
    throw new UsageException("unknown stakeholder " + quoted(text)
        + " (expected DA, COURTS or CITY)");
  }

  /** Parses a choice: in-favor, against or abstain, in any case, {@code _} for {@code -}. */
  static Choice choice(String text) throws UsageException {
    String normal = text.toLowerCase(Locale.ROOT).replace('_', '-');
    for (Choice choice : Choice.values()) {
      if (word(choice).equals(normal)) {
        return choice;
      }
    }
    throw new UsageException("unknown choice " + quoted(text)
        + " (expected in-favor, against or abstain)");
  }

  /** The command-line word for a choice: in-favor, against, abstain. */
  static String word(Choice choice) {
    return choice.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a date given to {@code option}. */
  static LocalDate date(String option, String text) throws UsageException {
    try {
      if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
          && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10)) {
        // The common YYYY-MM-DD, without the formatter's cost (a replay parses millions).
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
            Integer.parseInt(text, 8, 10, 10));
      }
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new UsageException(option + " must be a date like 2018-09-01, but was " + quoted(text));
    }
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static int votesRequired(String text) throws UsageException {
    if (text.equals("1") || text.equals("2") || text.equals("3")) {
      return text.charAt(0) - '0';
    }
    throw new UsageException("--requiring must be 1, 2 or 3, but was " + quoted(text));
  }

  /** Fails if an option was given already, that is if {@code seen} is not null. */
  private static void notYet(@Nullable Object seen, String option) throws UsageException {
    if (seen != null) {
      throw new UsageException(option + " given twice");
    }
  }

  /** Quotes user text for an error message, keeping it on one line. */
  static String quoted(String text) {
    String shown = text.length() > 80 ? text.substring(0, 80) : text;
    return "\"" + printable(shown) + (text.length() > 80 ? "..." : "") + "\"";
  }

  /**
   * Returns user text (a source, a file name) safe to print on a terminal: control characters,
   * line and paragraph separators, the byte-order mark and bidirectional controls are written as
   * a backslash, {@code u} and four hexadecimal digits, so that output stays on its lines and
   * reads in its order.
   */
  static String printable(String text) {
    @Nullable StringBuilder printable = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unprintable(c)) {
        if (printable == null) {
          printable = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        printable.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else if (printable != null) {
        printable.append(c);
      }
    }
    return printable == null ? text : printable.toString();
  }

  private static boolean unprintable(char c) {
    return Character.isISOControl(c)
        || c == '\u061C' || c == '\u200E' || c == '\u200F' // Arabic letter mark, LRM, RLM
        || (c >= '\u2028' && c <= '\u202E') // line, paragraph separators; LRE to RLO
        || (c >= '\u2066' && c <= '\u2069') // LRI to PDI
        || c == '\uFEFF'; // byte-order mark
  }

  Mode mode() {
    return mode;
  }

  /** The votes given, in {@link Stakeholder} order, unmodifiable. */
  Map<Stakeholder, Choice> votes() {
    return votes;
  }

  /** The day to decide as of, or null when voting is taken as open. */
  @Nullable LocalDate asOf() {
    return asOf;
  }

  LocalDate expires() {
    return expires;
  }

  int votesRequired() {
    return votesRequired;
  }

  /** The language of the output, {@code --lang}: English unless asked otherwise. */
  Wording texts() {
    return texts;
  }

  /** How to print the result: {@code --json}, {@code --csv}, or text for people. */
  Format format() {
    return format;
  }

  /** The file to replay, or null unless the mode is {@link Mode#REPLAY}. */
  @Nullable String replayFile() {
    return replayFile;
  }

  /** Parses {@code --lang}'s value: the code of a language the library speaks, in any case. */
  static Wording language(String value) throws UsageException {
    String code = value.toLowerCase(Locale.ROOT);
    List<String> codes = Languages.codes();
    if (!codes.contains(code)) {
      throw new UsageException("--lang must be "
          + String.join(", ", codes.subList(0, codes.size() - 1)) + " or "
          + codes.get(codes.size() - 1) + ", but was " + quoted(value));
    }
    return Languages.of(new Locale(code)); // not forLanguageTag: TeaVM lacks it
  }
}
