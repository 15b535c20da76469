package org.civictech.pars;

import java.util.Objects;

/**
 * One stakeholder's vote on a renewal: who, which choice, and why (RULE.md R2).
 *
 * <pre>{@code
 * Vote no = Vote.against(Stakeholder.DA).because("ICE uses PARS to find people to deport");
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param stakeholder who votes, not null
 * @param choice how it votes, not null
 * @param rationale why, in the stakeholder's words; {@code ""} when none is given, not null
 */
public record Vote(Stakeholder stakeholder, Choice choice, String rationale) {

  /**
   * Creates a vote, checking that no part is null.
   *
   * @param stakeholder who votes, not null
   * @param choice how it votes, not null
   * @param rationale why; {@code ""} when none is given, not null
   * @throws NullPointerException if any argument is null
   */
  public Vote {
    Objects.requireNonNull(stakeholder, "stakeholder");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(rationale, "rationale");
  }

  /**
   * Returns a vote in favor of renewal, without a rationale.
   *
   * @param stakeholder who votes, not null
   * @return the vote, not null
   * @throws NullPointerException if {@code stakeholder} is null
   */
  public static Vote inFavor(Stakeholder stakeholder) {
    return new Vote(stakeholder, Choice.IN_FAVOR, "");
  }

  /**
   * Returns a vote against renewal, without a rationale.
   *
   * @param stakeholder who votes, not null
   * @return the vote, not null
   * @throws NullPointerException if {@code stakeholder} is null
   */
  public static Vote against(Stakeholder stakeholder) {
    return new Vote(stakeholder, Choice.AGAINST, "");
  }

  /**
   * Returns an abstention, without a rationale; it does not count in favor (R4).
   *
   * @param stakeholder who abstains, not null
   * @return the vote, not null
   * @throws NullPointerException if {@code stakeholder} is null
   */
  public static Vote abstain(Stakeholder stakeholder) {
    return new Vote(stakeholder, Choice.ABSTAIN, "");
  }

  /**
   * Returns a copy of this vote with the given rationale.
   *
   * @param rationale why the stakeholder votes this way, not null
   * @return a vote with the same stakeholder and choice, not null
   * @throws NullPointerException if {@code rationale} is null
   */
  public Vote because(String rationale) {
    return new Vote(stakeholder, choice, rationale);
  }
}
