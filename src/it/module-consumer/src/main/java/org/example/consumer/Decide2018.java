package org.example.consumer;

import java.time.LocalDate;
import java.util.List;
import org.civictech.pars.Contract;
import org.civictech.pars.Outcome;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;

/** Decides the 2018 ballot; exits with status 1 unless it is NOT_RENEWED, voted down. */
public final class Decide2018 {
  public static void main(String[] args) {
    RenewalDecision decision = RenewalDecider.twoOfThree().decide(
        Contract.of("PARS", LocalDate.of(2018, 8, 31)),
        List.of(Vote.against(Stakeholder.DA), Vote.abstain(Stakeholder.COURTS),
            Vote.against(Stakeholder.CITY)),
        LocalDate.of(2018, 9, 1));
    System.out.println(decision.outcome() + " " + decision.reason());
    // JSON on the module path without Jackson: the annotations module is only "requires static".
    System.out.println(decision.toJson());
    if (decision.outcome() != Outcome.NOT_RENEWED || decision.reason() != Reason.VOTED_DOWN) {
      System.exit(1);
    }
  }
}
