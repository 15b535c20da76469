package org.civictech.pars.cli;

import java.util.Locale;
import org.civictech.pars.Ballot;
import org.civictech.pars.DatedDecision;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;

/**
 * CSV for spreadsheets and graphics desks (RFC 4180): a header row, fields separated by commas,
 * rows ended by CRLF, a field quoted when it holds a comma, a double quote, CR or LF, with its
 * double quotes doubled. Enums are their constant names, as in the JSON; a stakeholder that has
 * not voted is an empty field.
 */
final class Csv {

  private Csv() {}

  /**
   * A replay's timeline: one row per entry, with the day, the outcome, reason and finality, each
   * stakeholder's standing choice, and the two sentences in the locale's language.
   */
  static String timeline(Ballot ballot, Locale locale) {
    StringBuilder csv = new StringBuilder(4096);
    row(csv, "asOf", "outcome", "reason", "final", "DA", "COURTS", "CITY", "explanation",
        "explainPivots");
    for (DatedDecision entry : ballot.timeline()) {
      RenewalDecision decision = entry.decision();
      row(csv, entry.asOf().toString(), decision.outcome().name(), decision.reason().name(),
          String.valueOf(decision.isFinal()), choice(decision, Stakeholder.DA),
          choice(decision, Stakeholder.COURTS), choice(decision, Stakeholder.CITY),
          decision.explanation(locale), decision.explainPivots(locale));
    }
    return csv.toString();
  }

  /** The stakeholder's choice as a constant name, or empty when it has not voted. */
  static String choice(RenewalDecision decision, Stakeholder stakeholder) {
    return decision.choiceOf(stakeholder).map(Enum::name).orElse("");
  }

  /** Appends one row of fields, quoted where RFC 4180 needs it, ended by CRLF. */
  static void row(StringBuilder csv, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        csv.append(',');
      }
      field(csv, fields[i]);
    }
    csv.append("\r\n");
  }

  private static void field(StringBuilder csv, String field) {
    boolean quoted = false;
    for (int i = 0; i < field.length() && !quoted; i++) {
      char c = field.charAt(i);
      quoted = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quoted) {
      csv.append(field);
      return;
    }
    csv.append('"');
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      csv.append(c == '"' ? "\"\"" : String.valueOf(c));
    }
    csv.append('"');
  }
}
