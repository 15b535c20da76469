package org.civictech.pars.cli;

import java.time.LocalDate;
import java.util.List;
import org.civictech.pars.Ballot;
import org.civictech.pars.Choice;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;

/**
 * Reads dated votes, one a line, onto a ballot: {@code 2018-07-11 DA against "source"}.
 *
 * <p>The source in double quotes is optional; blank lines and lines starting with {@code #} are
 * skipped. Every error names its line.
 */
final class Replay {

  private Replay() {}

  /**
   * Casts the votes of {@code lines} on {@code ballot}, in order.
   *
   * @throws UsageException naming the line number of the first bad line
   */
  static Ballot cast(Ballot ballot, List<String> lines) throws UsageException {
    Ballot cast = ballot;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      try {
        cast = castLine(cast, line);
      } catch (UsageException | IllegalArgumentException e) {
        throw new UsageException("line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return cast;
  }

  private static Ballot castLine(Ballot ballot, String line) throws UsageException {
    String[] words = line.split("\\s+", 4);
    if (words.length < 3) {
      throw new UsageException("expected DATE STAKEHOLDER CHOICE [\"source\"], but was "
          + Arguments.quoted(line));
    }
    LocalDate castOn = Arguments.date("the date", words[0]);
    Stakeholder stakeholder = Arguments.stakeholder(words[1]);
    Choice choice = Arguments.choice(words[2]);
    String source = words.length == 4 ? source(words[3]) : "";
    return ballot.cast(new Vote(stakeholder, choice, ""), castOn, source);
  }

  private static String source(String text) throws UsageException {
    if (text.length() < 2 || !text.startsWith("\"") || !text.endsWith("\"")) {
      throw new UsageException("the source must be in double quotes, but was "
          + Arguments.quoted(text));
    }
    return text.substring(1, text.length() - 1);
  }
}
