package org.civictech.pars;

/**
 * Where a renewal stands (RULE.md R6, R7): renewed, not renewed, or still pending.
 *
 * <pre>{@code
 * Outcome outcome = RenewalDecider.twoOfThree().decide(contract, votes).outcome();
 * }</pre>
 */
public enum Outcome {
  /** At least the required number of stakeholders voted in favor (R3). */
  RENEWED,
  /** Renewal can no longer reach the required votes, or voting closed without them (R6, R7). */
  NOT_RENEWED,
  /** Voting is open and the votes still to come decide it (R6); never after the expiry (R7). */
  PENDING
}
