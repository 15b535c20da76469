package org.civictech.pars.cli;

import java.util.ArrayList;
import java.util.List;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.jspecify.annotations.Nullable;

/** Every possible ballot (4^3) and its outcome, open and closed, as a Markdown table. */
final class TruthTable {

  /** What a stakeholder can do: each choice, or not vote (null). */
  private static final @Nullable Choice[] CAST = {Choice.IN_FAVOR, Choice.AGAINST, Choice.ABSTAIN, null};

  private TruthTable() {}

  static String markdown(RenewalDecider decider, Contract contract, Texts texts) {
    String nl = System.lineSeparator();
    StringBuilder table = new StringBuilder(8192);
    table.append(texts.truthTableHeading).append(nl);
    table.append("|----|--------|------|----------------------|------------------|").append(nl);
    for (@Nullable Choice da : CAST) {
      for (@Nullable Choice courts : CAST) {
        for (@Nullable Choice city : CAST) {
          List<Vote> votes = new ArrayList<>(3);
          add(votes, Stakeholder.DA, da);
          add(votes, Stakeholder.COURTS, courts);
          add(votes, Stakeholder.CITY, city);
          RenewalDecision open = decider.decide(contract, votes);
          RenewalDecision closed =
              decider.decide(contract, votes, contract.expiresOn().plusDays(1));
          table.append("| ").append(cell(texts, da)).append(" | ").append(cell(texts, courts))
              .append(" | ").append(cell(texts, city)).append(" | ").append(texts.outcome(open))
              .append(" | ").append(texts.outcome(closed)).append(" |").append(nl);
        }
      }
    }
    return table.toString();
  }

  private static void add(List<Vote> votes, Stakeholder stakeholder, @Nullable Choice choice) {
    if (choice != null) {
      votes.add(new Vote(stakeholder, choice, ""));
    }
  }

  private static String cell(Texts texts, @Nullable Choice choice) {
    return choice == null ? "-" : texts.choice(choice);
  }
}
