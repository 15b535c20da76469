package org.civictech.pars.cli;

import static org.civictech.pars.Stakeholder.CITY;
import static org.civictech.pars.Stakeholder.COURTS;
import static org.civictech.pars.Stakeholder.DA;

import java.time.LocalDate;
import java.util.List;
import org.civictech.pars.Ballot;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.Vote;

/** The 2018 PARS renewal as RULE.md tells it, with the dates and sources of its votes. */
final class Pars2018 {

  /** The "as of" dates of RULE.md's worked example. */
  static final List<LocalDate> WORKED_EXAMPLE_DATES = List.of(
      LocalDate.of(2018, 7, 10),
      LocalDate.of(2018, 7, 12),
      LocalDate.of(2018, 7, 28),
      LocalDate.of(2018, 9, 1));

  private Pars2018() {}

  /** The contract in force in 2018, expiring on August 31, 2018 [001, 002, 004]. */
  static Contract contract() {
    return Contract.of("PARS", Arguments.PARS_EXPIRY);
  }

  /** The 2018 votes, dated and sourced from RULE.md's background. */
  static Ballot ballot() {
    return Ballot.open(contract(), RenewalDecider.twoOfThree())
        .cast(Vote.against(DA).because("he would be a \"no\" vote"),
            LocalDate.of(2018, 7, 11), "the District Attorney's letter of 2018-07-11 [004]")
        .cast(Vote.abstain(COURTS),
            LocalDate.of(2018, 7, 27), "reported by 2018-07-27 [001, 002, 003]")
        .cast(Vote.against(CITY).because("the City would not renew"),
            LocalDate.of(2018, 7, 27), "the mayor's announcement of 2018-07-27 [001, 002, 003]");
  }
}
