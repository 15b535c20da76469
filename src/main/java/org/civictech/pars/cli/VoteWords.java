package org.civictech.pars.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.civictech.pars.Choice;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.words.Messages;
import org.jspecify.annotations.Nullable;

/**
 * The words a user types for a vote, on the command line ({@code DA=against}) and in a file of
 * votes ({@code 2018-07-11 DA against}): stakeholder codes, choice words and dates. They are the
 * same in every language; only the errors about them follow {@code --lang}.
 */
final class VoteWords {

  private VoteWords() {}

  /**
   * Parses a stakeholder code: DA, COURTS or CITY, in any case.
   *
   * @throws UsageException if {@code text} is none of them, said in {@code say}'s language
   */
  static Stakeholder stakeholder(String text, Messages say) throws UsageException {
    for (Stakeholder stakeholder : Stakeholder.values()) {
      if (stakeholder.name().equalsIgnoreCase(text)) {
        return stakeholder;
      }
    }
    throw new UsageException(say.unknownStakeholder(Terminal.quoted(text)));
  }

  /**
   * Parses a choice: in-favor, against or abstain, in any case, {@code _} for {@code -}.
   *
   * @throws UsageException if {@code text} is none of them, said in {@code say}'s language
   */
  static Choice choice(String text, Messages say) throws UsageException {
    String normal = text.toLowerCase(Locale.ROOT).replace('_', '-');
    for (Choice choice : Choice.values()) {
      if (word(choice).equals(normal)) {
        return choice;
      }
    }
    throw new UsageException(say.unknownChoice(Terminal.quoted(text)));
  }

  /** The word a user types for a choice: in-favor, against, abstain. */
  static String word(Choice choice) {
    return choice.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a date as {@link LocalDate#parse} does, or returns null if it is not one. */
  static @Nullable LocalDate date(String text) {
    try {
      if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-'
          && digits(text, 0, 4) && digits(text, 5, 7) && digits(text, 8, 10)) {
        // The common YYYY-MM-DD, without the formatter's cost (a replay parses millions).
        return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
            Integer.parseInt(text, 8, 10, 10));
      }
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
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
}
