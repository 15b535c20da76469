package org.civictech.pars.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import org.civictech.pars.Ballot;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.DatedDecision;
import org.civictech.pars.DatedVote;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.jspecify.annotations.Nullable;

/** Prints decisions and ballots for people to read. */
final class Report {

  private Report() {}

  /** "NOT_RENEWED (voted down)", "NOT_RENEWED (lapsed)", "RENEWED", "PENDING". */
  static String outcome(RenewalDecision decision) {
    return switch (decision.reason()) {
      case VOTED_DOWN -> "NOT_RENEWED (voted down)";
      case LAPSED -> "NOT_RENEWED (lapsed)";
      case RENEWED, PENDING -> decision.outcome().name();
    };
  }

  /** The contract, its last day of voting and the votes in favor it needs. */
  static void contract(PrintStream out, Contract contract, int votesRequired) {
    out.println("Contract " + contract.name() + ", voting open through " + contract.expiresOn()
        + "; renewal needs " + votesRequired + " of 3 votes in favor.");
  }

  /** One decision: when, the votes, the outcome, and why. */
  static void decision(PrintStream out, RenewalDecision decision, @Nullable LocalDate asOf) {
    contract(out, decision.contract(), decision.votesRequired());
    out.println(asOf == null
        ? "Decided with voting open."
        : "Decided as of " + asOf + (decision.isFinal() ? ", after the expiry." : ", voting open."));
    for (Stakeholder stakeholder : Stakeholder.values()) {
      out.println("  " + pad(stakeholder.name(), 7) + vote(decision, stakeholder));
    }
    out.println("Outcome: " + outcome(decision));
    out.println(decision.explanation());
    out.println(decision.explainPivots());
  }

  /** The votes cast, with dates and sources, then the timeline of decisions. */
  static void ballot(PrintStream out, Ballot ballot) {
    contract(out, ballot.contract(), ballot.decider().votesRequired());
    out.println();
    out.println("Votes cast:");
    for (DatedVote dated : ballot.history()) {
      out.println("  " + dated.castOn() + "  " + dated.vote().stakeholder().displayName() + " "
          + voted(dated.vote().choice())
          + (dated.source().isEmpty() ? "" : " (source: " + dated.source() + ")"));
    }
    out.println();
    out.println("Timeline:");
    for (DatedDecision entry : ballot.timeline()) {
      out.println("  " + entry.asOf() + "  " + outcome(entry.decision()));
      out.println("    " + entry.decision().explanation());
      out.println("    " + entry.decision().explainPivots());
    }
  }

  private static String vote(RenewalDecision decision, Stakeholder stakeholder) {
    if (decision.inFavor().contains(stakeholder)) {
      return Arguments.word(Choice.IN_FAVOR);
    }
    if (decision.against().contains(stakeholder)) {
      return Arguments.word(Choice.AGAINST);
    }
    if (decision.abstained().contains(stakeholder)) {
      return Arguments.word(Choice.ABSTAIN);
    }
    return "not voted";
  }

  private static String voted(Choice choice) {
    return switch (choice) {
      case IN_FAVOR -> "voted in favor";
      case AGAINST -> "voted against";
      case ABSTAIN -> "abstained";
    };
  }

  private static String pad(String text, int width) {
    StringBuilder padded = new StringBuilder(text);
    while (padded.length() < width) {
      padded.append(' ');
    }
    return padded.toString();
  }
}
