package org.civictech.pars;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One vote that would change a decision: had {@code stakeholder} voted {@code choice}, all other
 * votes staying as they are, the outcome would be {@code outcome} instead.
 *
 * <p>For a pending decision the pivots are the single votes that would settle it; for a settled
 * one, the single changed votes that would flip it (R5 lets a stakeholder change its vote until
 * the expiry).
 *
 * <pre>{@code
 * for (Pivot pivot : decision.pivots()) {
 *   System.out.println(pivot.stakeholder() + " " + pivot.choice() + " -> " + pivot.outcome());
 * }
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param stakeholder whose vote it is, not null
 * @param choice the vote that stakeholder would cast instead, not null
 * @param outcome the outcome that vote would lead to, not null
 */
public record Pivot(Stakeholder stakeholder, Choice choice, Outcome outcome) {

  /**
   * Creates a pivot, checking that no part is null.
   *
   * @param stakeholder whose vote it is, not null
   * @param choice the vote it would cast instead, not null
   * @param outcome the outcome that vote would lead to, not null
   * @throws NullPointerException if any argument is null
   */
  public Pivot {
    Objects.requireNonNull(stakeholder, "stakeholder");
    Objects.requireNonNull(choice, "choice");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * Returns the pivot's JSON form as plain Java values: {@code stakeholder}, {@code choice} and
   * {@code outcome}, as constant names. Jackson 2 and 3 write a pivot this way.
   *
   * @return a new map in field order, not null
   */
  @JsonValue
  public Map<String, Object> toJsonMap() {
    Map<String, Object> json = new LinkedHashMap<>(4);
    json.put("stakeholder", stakeholder.name());
    json.put("choice", choice.name());
    json.put("outcome", outcome.name());
    return json;
  }
}
