package org.civictech.pars;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a {@link Ballot#timeline()}: the decision as it stood on a given day.
 *
 * <pre>{@code
 * for (DatedDecision entry : ballot.timeline()) {
 *   System.out.println(entry.asOf() + " " + entry.decision().outcome());
 * }
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param asOf the day, not null
 * @param decision the decision as of that day, not null
 */
public record DatedDecision(LocalDate asOf, RenewalDecision decision) {

  /**
   * Creates a timeline entry, checking that no part is null.
   *
   * @param asOf the day, not null
   * @param decision the decision as of that day, not null
   * @throws NullPointerException if any argument is null
   */
  public DatedDecision {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(decision, "decision");
  }

  /**
   * Returns the outcome as of {@link #asOf()}: {@code decision().outcome()}.
   *
   * @return the outcome, not null
   */
  public Outcome outcome() {
    return decision.outcome();
  }

  /**
   * Returns the explanation as of {@link #asOf()}: {@code decision().explanation()}.
   *
   * @return the explanation, not null
   */
  public String explanation() {
    return decision.explanation();
  }
}
