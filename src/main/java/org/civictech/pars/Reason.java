package org.civictech.pars;

/**
 * Why a decision has its outcome: the four ways a renewal can stand (RULE.md R3, R6, R7).
 *
 * <pre>{@code
 * if (decision.reason() == Reason.LAPSED) { ... } // not renewed only because votes were missing
 * }</pre>
 */
public enum Reason {
  /** Renewed: at least the required number of stakeholders voted in favor (R3). */
  RENEWED(Outcome.RENEWED),
  /**
   * Not renewed because renewal can no longer reach the required votes, whatever the
   * stakeholders who have not voted do (R6): the contract was voted down, as in 2018 (R7).
   */
  VOTED_DOWN(Outcome.NOT_RENEWED),
  /**
   * Not renewed because voting closed at the expiry while stakeholders whose votes could still
   * have renewed it never voted (R7).
   */
  LAPSED(Outcome.NOT_RENEWED),
  /** Voting is open and renewal is still possible but not yet reached (R6). */
  PENDING(Outcome.PENDING);

  private final Outcome outcome;

  Reason(Outcome outcome) {
    this.outcome = outcome;
  }

  /** {@return the outcome this reason leads to} */
  public Outcome outcome() {
    return outcome;
  }
}
