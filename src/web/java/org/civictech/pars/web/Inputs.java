package org.civictech.pars.web;

import java.util.Locale;
import org.civictech.pars.Choice;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.words.Languages;
import org.civictech.pars.words.Wording;
import org.teavm.jso.JSBody;

/**
 * The JavaScript API's plain inputs read into the library's types, with messages that name the
 * parameter, show the bad value and list what is accepted. The JavaScript wrapper has already
 * checked their types (a {@code TypeError} there); a bad value here is an
 * {@link IllegalArgumentException}, which the wrapper throws as a {@code RangeError}.
 */
final class Inputs {

  private static final Choice[] CHOICES = Choice.values();
  /** The command line's spelling of each choice, by ordinal. */
  private static final String[] CLI_NAMES = cliNames();

  private Inputs() {}

  /**
   * The choice {@code text} names: a constant name ({@code IN_FAVOR}) or the command line's
   * spelling of it ({@code in-favor}); {@code null} for {@code ""}, no vote.
   */
  static Choice choice(String text, String parameter) {
    return text.isEmpty() ? null : castChoice(text, parameter);
  }

  /** The choice {@code text} names, as {@link #choice} but without {@code ""}: a vote cast. */
  static Choice castChoice(String text, String parameter) {
    for (Choice choice : CHOICES) {
      if (choice.name().equals(text) || CLI_NAMES[choice.ordinal()].equals(text)) {
        return choice;
      }
    }
    StringBuilder accepted = new StringBuilder();
    StringBuilder cli = new StringBuilder();
    for (Choice choice : CHOICES) {
      accepted.append(accepted.length() == 0 ? "" : ", ").append(choice.name());
      cli.append(cli.length() == 0 ? "" : ", ").append(cliName(choice));
    }
    throw new IllegalArgumentException(parameter + " must be one of " + accepted + " (or " + cli
        + "), but was " + quoted(text));
  }

  /** The stakeholder {@code text} names by its constant name. */
  static Stakeholder stakeholder(String text, String parameter) {
    for (Stakeholder stakeholder : Stakeholder.values()) {
      if (stakeholder.name().equals(text)) {
        return stakeholder;
      }
    }
    throw new IllegalArgumentException(parameter + " must be one of " + stakeholders()
        + ", but was " + quoted(text));
  }

  /** "DA, COURTS, CITY": the stakeholders' constant names. */
  static String stakeholders() {
    StringBuilder names = new StringBuilder();
    for (Stakeholder stakeholder : Stakeholder.values()) {
      names.append(names.length() == 0 ? "" : ", ").append(stakeholder.name());
    }
    return names.toString();
  }

  /** The command line's spelling of a choice: {@code in-favor}, {@code against}, {@code abstain}. */
  static String cliName(Choice choice) {
    return CLI_NAMES[choice.ordinal()];
  }

  private static String[] cliNames() {
    String[] names = new String[CHOICES.length];
    for (Choice choice : CHOICES) {
      names[choice.ordinal()] = asciiLowerCase(choice.name()).replace('_', '-');
    }
    return names;
  }

  /** The number of votes in favor required, 1, 2 or 3. */
  static int votesRequired(double value) {
    if (value != 1 && value != 2 && value != 3) {
      throw new IllegalArgumentException(
          "options.votesRequired must be 1, 2 or 3, but was " + number(value));
    }
    return (int) value;
  }

  /** A contract's name: not blank. */
  static String contractName(String name, String parameter) {
    if (name.isBlank()) {
      throw new IllegalArgumentException(parameter + " must be a contract's name, not blank, but was "
          + quoted(name));
    }
    return name;
  }

  /**
   * The language of a BCP 47 tag ({@code "es-MX"} is Spanish); the default language for one the
   * library does not speak, as {@link Languages#of(Locale)}.
   */
  static Locale locale(String language) {
    int dash = language.indexOf('-');
    Wording wording = Languages.of(new Locale(dash < 0 ? language : language.substring(0, dash)));
    return wording.locale();
  }

  /** {@code text} in double quotes, cut after 80 characters. */
  static String quoted(String text) {
    return "\"" + (text.length() > 80 ? text.substring(0, 80) + "..." : text) + "\"";
  }

  /** A number as JavaScript shows it: 4, 2.5, 1e+300, NaN, Infinity. */
  @JSBody(params = "value", script = "return String(value);")
  private static native String number(double value);

  /**
   * An ASCII name in lower case. Not {@code String.toLowerCase}: in JavaScript that brings in
   * Unicode's case tables, and the package has a size budget.
   */
  private static String asciiLowerCase(String name) {
    StringBuilder lower = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return lower.toString();
  }
}
