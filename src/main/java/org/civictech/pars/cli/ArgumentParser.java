package org.civictech.pars.cli;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civictech.pars.Choice;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.words.Languages;
import org.civictech.pars.words.Messages;
import org.civictech.pars.words.Wording;
import org.jspecify.annotations.Nullable;

/**
 * Reads a command line into {@link Arguments}.
 *
 * <p>The grammar is small on purpose: {@code STAKEHOLDER=choice} pairs and a few flags; an
 * option's value follows {@code =} or comes as the next argument. {@code --lang} is read first,
 * so that every other error is said in its language; an unknown {@code --lang} is said in the
 * default language (English). Every error is a {@link UsageException} with a one-line message.
 * One instance reads one command line.
 */
final class ArgumentParser {

  /**
   * The options that take a value, given as {@code --option=VALUE} or, GNU style, as
   * {@code --option VALUE}. A new one is one name here and one case in {@link #option}.
   */
  static final Set<String> VALUE_OPTIONS =
      Set.of("--as-of", "--expires", "--lang", "--requiring", "--replay");

  private final Messages say;
  private final Map<Stakeholder, Choice> votes = new EnumMap<>(Stakeholder.class);
  private @Nullable LocalDate asOf;
  private @Nullable LocalDate expires;
  private @Nullable String requiring;
  private @Nullable String replayFile;
  private boolean lang;
  private boolean truthTable;
  private boolean dmn;
  private Arguments.@Nullable Format format;
  /** The arguments that leave the mode alone: {@code --lang} alone still tells the story. */
  private int languageAndFormat;

  private ArgumentParser(Messages say) {
    this.say = say;
  }

  /**
   * Parses a command line. {@code --help} wins over anything else on it; {@code --version} and
   * {@code --vectors} take nothing but {@code --lang}.
   *
   * @throws UsageException if an argument is unknown, malformed, repeated or out of place
   */
  static Arguments parse(String[] args) throws UsageException {
    for (String arg : args) {
      if (arg.equals("--help") || arg.equals("-h")) {
        return Arguments.only(Arguments.Mode.HELP, spoken(args));
      }
    }
    for (String arg : args) {
      if (arg.equals("--version") || arg.equals("--vectors")) {
        @Nullable String other = otherThanLanguage(args, arg);
        if (other != null) {
          throw new UsageException(messages(args).takesOnlyLang(arg, Terminal.quoted(other)));
        }
        return Arguments.only(arg.equals("--version")
            ? Arguments.Mode.VERSION : Arguments.Mode.VECTORS, spoken(args));
      }
    }
    @Nullable String code = languageCode(args);
    Wording language = code == null ? defaultLanguage() : language(code);
    return new ArgumentParser(language.labels().messages()).read(args, language);
  }

  /**
   * What the program says about {@code args} (its errors and usage) in the language they ask
   * for: their {@code --lang} if it is known and given once, else the default language.
   */
  static Messages messages(String[] args) {
    return spoken(args).labels().messages();
  }

  private static Wording spoken(String[] args) {
    @Nullable String code = languageCode(args);
    return code == null || !known(code)
        ? defaultLanguage() : Languages.of(new Locale(code.toLowerCase(Locale.ROOT)));
  }

  /**
   * The value of {@code --lang}, found as {@link #read} finds it, or null if it is not given or
   * given twice (then the default language says that it was given twice).
   */
  private static @Nullable String languageCode(String[] args) {
    @Nullable String code = null;
    for (int i = 0; i < args.length; i++) {
      String name = name(args[i]);
      if (VALUE_OPTIONS.contains(name)) {
        int equals = args[i].indexOf('=');
        @Nullable String value = equals > 0 ? args[i].substring(equals + 1)
            : i + 1 < args.length ? args[++i] : null;
        if (name.equals("--lang")) {
          if (code != null) {
            return null;
          }
          code = value;
        }
      }
    }
    return code;
  }

  /** The first argument other than {@code only} and {@code --lang} with its value; or null. */
  private static @Nullable String otherThanLanguage(String[] args, String only) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang")) {
        i++; // its value
      } else if (!args[i].equals(only) && !args[i].startsWith("--lang=")) {
        return args[i];
      }
    }
    return null;
  }

  /** An option's name without its {@code =VALUE}; any other argument as it is. */
  private static String name(String arg) {
    int equals = arg.indexOf('=');
    return arg.startsWith("--") && equals > 0 ? arg.substring(0, equals) : arg;
  }

  private Arguments read(String[] args, Wording language) throws UsageException {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = name(arg);
      if (VALUE_OPTIONS.contains(name)) {
        if (arg.indexOf('=') > 0) {
          option(name, arg.substring(arg.indexOf('=') + 1));
          languageAndFormat += name.equals("--lang") ? 1 : 0;
        } else if (i + 1 < args.length) {
          option(name, args[++i]); // GNU style: the value is the next argument
          languageAndFormat += name.equals("--lang") ? 2 : 0;
        } else {
          throw new UsageException(say.needsValue(name));
        }
      } else if (arg.equals("--json") || arg.equals("--csv")) {
        if (format != null) {
          boolean again = arg.equals(format == Arguments.Format.JSON ? "--json" : "--csv");
          throw new UsageException(again ? say.givenTwice(arg) : say.jsonAndCsv());
        }
        format = arg.equals("--json") ? Arguments.Format.JSON : Arguments.Format.CSV;
        languageAndFormat++; // a format alone still tells the story
      } else if (arg.equals("--truth-table")) {
        notYet(truthTable ? arg : null, arg);
        truthTable = true;
      } else if (arg.equals("--dmn")) {
        notYet(dmn ? arg : null, arg);
        dmn = true;
      } else if (arg.startsWith("-")) {
        throw new UsageException(say.unknownOption(Terminal.quoted(arg)));
      } else {
        vote(arg);
      }
    }
    Arguments.Mode mode = dmn ? dmnMode() : mode(args.length - languageAndFormat);
    if (format != null && mode == Arguments.Mode.DMN) {
      throw new UsageException(say.dmnTakesNoFormat());
    }
    if (format == Arguments.Format.CSV && mode != Arguments.Mode.TRUTH_TABLE
        && (mode != Arguments.Mode.REPLAY || asOf != null)) {
      throw new UsageException(say.csvIsForTables());
    }
    return new Arguments(mode, votes, asOf, expires == null ? Arguments.PARS_EXPIRY : expires,
        requiring == null ? 2 : votesRequired(requiring), replayFile, language,
        format == null ? Arguments.Format.TEXT : format);
  }

  /** Takes the value of an option of {@link #VALUE_OPTIONS}. */
  private void option(String name, String value) throws UsageException {
    switch (name) {
      case "--as-of" -> {
        notYet(asOf, name);
        asOf = date(name, value, say);
      }
      case "--expires" -> {
        notYet(expires, name);
        expires = date(name, value, say);
      }
      case "--lang" -> { // read first, by parse; checked again here, in order
        notYet(lang ? name : null, name);
        language(value);
        lang = true;
      }
      case "--requiring" -> {
        notYet(requiring, name);
        requiring = value;
      }
      default -> { // --replay
        notYet(replayFile, name);
        if (value.isEmpty()) {
          throw new UsageException(say.replayNeedsFile());
        }
        replayFile = value;
      }
    }
  }

  private Arguments.Mode mode(int count) throws UsageException {
    if (truthTable) {
      if (replayFile != null || !votes.isEmpty() || asOf != null) {
        throw new UsageException(say.truthTableTakesNoBallot());
      }
      return Arguments.Mode.TRUTH_TABLE;
    }
    if (replayFile != null) {
      if (!votes.isEmpty()) {
        throw new UsageException(say.replayTakesNoVotes());
      }
      return Arguments.Mode.REPLAY;
    }
    return count == 0 ? Arguments.Mode.STORY : Arguments.Mode.DECIDE;
  }

  /** {@code --dmn} writes the rule, so it takes nothing but {@code --requiring}. */
  private Arguments.Mode dmnMode() throws UsageException {
    if (truthTable || replayFile != null || !votes.isEmpty() || asOf != null || expires != null) {
      throw new UsageException(say.dmnTakesOnlyTheRule());
    }
    return Arguments.Mode.DMN;
  }

  /** Takes one {@code STAKEHOLDER=choice} pair. */
  private void vote(String arg) throws UsageException {
    int equals = arg.indexOf('=');
    if (equals < 0) {
      throw new UsageException(say.unknownArgument(Terminal.quoted(arg)));
    }
    Stakeholder stakeholder = VoteWords.stakeholder(arg.substring(0, equals), say);
    Choice choice = VoteWords.choice(arg.substring(equals + 1), say);
    Choice previous = votes.put(stakeholder, choice);
    if (previous != null) {
      throw new UsageException(say.votedTwice(stakeholder.name(), VoteWords.word(previous),
          VoteWords.word(choice)));
    }
  }

  /**
   * Parses a date given to {@code option}.
   *
   * @throws UsageException if {@code text} is not a date, said in {@code say}'s language
   */
  static LocalDate date(String option, String text, Messages say) throws UsageException {
    @Nullable LocalDate date = VoteWords.date(text);
    if (date == null) {
      throw new UsageException(say.notADate(option, Terminal.quoted(text)));
    }
    return date;
  }

  private int votesRequired(String text) throws UsageException {
    if (text.equals("1") || text.equals("2") || text.equals("3")) {
      return text.charAt(0) - '0';
    }
    throw new UsageException(say.badVotesRequired(Terminal.quoted(text)));
  }

  /** Fails if an option was given already, that is if {@code seen} is not null. */
  private void notYet(@Nullable Object seen, String option) throws UsageException {
    if (seen != null) {
      throw new UsageException(say.givenTwice(option));
    }
  }

  // ---------------------------------------------------------------- --lang

  /** The language of a command line without {@code --lang}. */
  private static Wording defaultLanguage() {
    return Languages.all().get(0);
  }

  private static boolean known(String code) {
    return Languages.codes().contains(code.toLowerCase(Locale.ROOT));
  }

  /**
   * Parses {@code --lang}'s value: the code of a language the library speaks, in any case.
   *
   * @throws UsageException if it is not one, said in the default language and listing the codes
   */
  static Wording language(String value) throws UsageException {
    if (!known(value)) {
      throw new UsageException(
          defaultLanguage().labels().messages().unknownLanguage(Terminal.quoted(value)));
    }
    return Languages.of(new Locale(value.toLowerCase(Locale.ROOT)));
  }
}
