package org.civictech.pars;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import org.civictech.pars.internal.JsonForms;
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
   * Returns the vote read from its JSON form, as a plain Jackson 2 or 3 mapper reads it: an
   * object with {@code stakeholder} and {@code choice} (constant names) and an optional
   * {@code rationale} ({@code ""} when absent).
   *
   * @param json the JSON object as a map of plain values, not null
   * @return the vote, not null
   * @throws NullPointerException if {@code json} is null
   * @throws IllegalArgumentException if a field is missing or malformed, naming it and its value
   */
  @JsonCreator
  public static Vote fromJsonMap(Map<String, ?> json) {
    Objects.requireNonNull(json, "json");
    return JsonForms.voteOf(json, "vote");
  }

  /**
   * Returns the vote's JSON form as plain Java values: {@code stakeholder} and {@code choice}
   * (constant names) and {@code rationale}, in that order. Jackson 2 and 3 write a vote this way.
   *
   * @return an unmodifiable-by-contract map in field order, not null
   */
  @JsonValue
  public Map<String, Object> toJsonMap() {
    Map<String, Object> json = new LinkedHashMap<>(4);
    json.put("stakeholder", stakeholder.name());
    json.put("choice", choice.name());
    json.put("rationale", rationale);
    return json;
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
