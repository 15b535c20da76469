package org.civictech.pars.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * User text made safe to print on a terminal: a file name, a source, an argument quoted in an
 * error message. Nothing a user writes can move the cursor, ring the bell or reorder a line.
 */
final class Terminal {

  /** The most characters of user text an error message quotes. */
  private static final int QUOTED_LENGTH = 80;

  private Terminal() {}

  /**
   * Quotes user text for an error message, keeping it on one line: in double quotes, made
   * {@link #printable}, cut after {@value #QUOTED_LENGTH} characters with "...".
   */
  static String quoted(String text) {
    String shown = text.length() > QUOTED_LENGTH ? text.substring(0, QUOTED_LENGTH) : text;
    return "\"" + printable(shown) + (text.length() > QUOTED_LENGTH ? "..." : "") + "\"";
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
}
