package org.civictech.pars;

/**
 * What a stakeholder votes on a renewal (RULE.md R2): in favor, against, or abstain.
 *
 * <p>Not having voted is not a choice: a stakeholder without a vote simply has none. Only
 * {@link #IN_FAVOR} counts toward renewal (R3); {@link #ABSTAIN} weighs like {@link #AGAINST} in
 * that count but is recorded as an abstention (R4).
 *
 * <pre>{@code
 * Vote vote = new Vote(Stakeholder.COURTS, Choice.ABSTAIN, "");
 * }</pre>
 */
public enum Choice {
  /** A vote in favor of continuing the contract; the only choice that counts toward renewal. */
  IN_FAVOR,
  /** A vote against continuing the contract. */
  AGAINST,
  /** An abstention: recorded as such, but it does not count in favor (R4). */
  ABSTAIN
}
