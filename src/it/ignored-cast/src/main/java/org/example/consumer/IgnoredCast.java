package org.example.consumer;

import java.time.LocalDate;
import org.civictech.pars.Ballot;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;

/**
 * The mistake that {@code @CheckReturnValue} on {@code Ballot.cast} catches: a ballot is a value,
 * so a cast whose result is dropped records nothing. Error Prone must fail on both casts below.
 */
public final class IgnoredCast {
  public static Ballot twoVotesLost() {
    Ballot ballot = Ballot.open(Contract.of("PARS", LocalDate.of(2018, 8, 31)),
        RenewalDecider.twoOfThree());
    ballot.cast(Vote.against(Stakeholder.DA), LocalDate.of(2018, 7, 11));
    ballot.cast(Vote.against(Stakeholder.CITY), LocalDate.of(2018, 7, 27), "The mayor");
    return ballot.cast(Vote.abstain(Stakeholder.COURTS), LocalDate.of(2018, 8, 1)); // used: fine
  }
}
