package org.civictech.pars;

import java.time.LocalDate;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.civictech.pars.internal.JsonForms;

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

  /** {@return the outcome as of {@link #asOf()}: {@code decision().outcome()}} */
  public Outcome outcome() {
    return decision.outcome();
  }

  /** {@return the explanation as of {@link #asOf()}: {@code decision().explanation()}} */
  public String explanation() {
    return decision.explanation();
  }

  /**
   * Returns the entry's JSON form as plain Java values: {@code asOf} (ISO-8601) and
   * {@code decision} (as {@link RenewalDecision#toJsonMap()}, in English). Jackson 2 and 3 write
   * a timeline entry this way.
   *
   * @return a new map in field order, not null
   */
  @JsonValue
  public Map<String, Object> toJsonMap() {
    return JsonForms.datedDecision(this, Locale.ENGLISH);
  }
}
