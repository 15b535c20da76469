package org.civictech.pars.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.words.Wording;
import org.jspecify.annotations.Nullable;

/**
 * Every possible ballot (4^3) and its outcome, open and closed, as a Markdown table, as JSON
 * ({@code truth-table.schema.json}) or as CSV.
 */
final class TruthTable {

  /** What a stakeholder can do: each choice, or not vote (null). */
  private static final @Nullable Choice[] CAST = {Choice.IN_FAVOR, Choice.AGAINST, Choice.ABSTAIN, null};

  private TruthTable() {}

  static String markdown(RenewalDecider decider, Contract contract, Wording texts) {
    String nl = System.lineSeparator();
    StringBuilder table = new StringBuilder(8192);
    table.append(texts.labels().truthTableHeading()).append(nl);
    table.append("|----|--------|------|----------------------|------------------|").append(nl);
    for (RenewalDecision[] row : rows(decider, contract)) {
      RenewalDecision open = row[0];
      table.append("| ").append(cell(texts, open, Stakeholder.DA))
          .append(" | ").append(cell(texts, open, Stakeholder.COURTS))
          .append(" | ").append(cell(texts, open, Stakeholder.CITY))
          .append(" | ").append(Report.outcome(texts, open))
          .append(" | ").append(Report.outcome(texts, row[1])).append(" |").append(nl);
    }
    return table.toString();
  }

  /**
   * The truth table as one JSON document: {@code votesRequired} and 64 {@code rows}, each the
   * decision with voting open (no date) and the day after the expiry, in the documented shape.
   */
  static String json(RenewalDecider decider, Contract contract, Locale locale) {
    StringBuilder json = new StringBuilder(262_144);
    json.append("{\"votesRequired\":").append(decider.votesRequired()).append(",\"rows\":[");
    String separator = "";
    for (RenewalDecision[] row : rows(decider, contract)) {
      json.append(separator).append("{\"open\":").append(row[0].toJson(locale))
          .append(",\"closed\":").append(row[1].toJson(locale)).append('}');
      separator = ",";
    }
    return json.append("]}").toString();
  }

  /**
   * The truth table as CSV (RFC 4180): a header row, then one row per ballot with each
   * stakeholder's choice (a constant name, empty when it has not voted) and the outcome and reason
   * with voting open and after the expiry.
   */
  static String csv(RenewalDecider decider, Contract contract) {
    StringBuilder csv = new StringBuilder(8192);
    Csv.row(csv, "DA", "COURTS", "CITY", "openOutcome", "openReason", "closedOutcome",
        "closedReason");
    for (RenewalDecision[] row : rows(decider, contract)) {
      RenewalDecision open = row[0];
      RenewalDecision closed = row[1];
      Csv.row(csv, Csv.choice(open, Stakeholder.DA), Csv.choice(open, Stakeholder.COURTS),
          Csv.choice(open, Stakeholder.CITY), open.outcome().name(), open.reason().name(),
          closed.outcome().name(), closed.reason().name());
    }
    return csv.toString();
  }

  /** The 64 ballots in table order, each decided open (no date) and the day after the expiry. */
  private static List<RenewalDecision[]> rows(RenewalDecider decider, Contract contract) {
    List<RenewalDecision[]> rows = new ArrayList<>(64);
    for (@Nullable Choice da : CAST) {
      for (@Nullable Choice courts : CAST) {
        for (@Nullable Choice city : CAST) {
          List<Vote> votes = new ArrayList<>(3);
          add(votes, Stakeholder.DA, da);
          add(votes, Stakeholder.COURTS, courts);
          add(votes, Stakeholder.CITY, city);
          rows.add(new RenewalDecision[] {decider.decide(contract, votes),
              decider.decide(contract, votes, contract.expiresOn().plusDays(1))});
        }
      }
    }
    return rows;
  }

  private static void add(List<Vote> votes, Stakeholder stakeholder, @Nullable Choice choice) {
    if (choice != null) {
      votes.add(new Vote(stakeholder, choice, ""));
    }
  }

  private static String cell(Wording texts, RenewalDecision decision, Stakeholder stakeholder) {
    return decision.choiceOf(stakeholder).map(texts.labels()::choice).orElse("-");
  }
}
