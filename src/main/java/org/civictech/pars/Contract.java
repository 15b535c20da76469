package org.civictech.pars;

import java.time.LocalDate;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A contract up for renewal, with the last day on which its renewal can be voted (RULE.md R6).
 *
 * <p>{@code expiresOn} is inclusive: voting is open up to and including that day, and closed from
 * the day after (R7).
 *
 * <pre>{@code
 * Contract pars = Contract.of("PARS", LocalDate.of(2018, 8, 31));
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param name the contract's name, not blank, not null
 * @param expiresOn the expiry date, the last day voting is open (inclusive), before
 *     {@link LocalDate#MAX}, not null
 */
public record Contract(String name, LocalDate expiresOn) {

  /**
   * Creates a contract, checking its name and expiry date.
   *
   * @param name the contract's name, not blank, not null
   * @param expiresOn the last day voting is open (inclusive), not null
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code name} is blank, or if {@code expiresOn} is
   *     {@link LocalDate#MAX}, which has no day after it on which voting could close (R7)
   */
  public Contract {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expiresOn, "expiresOn");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, but was \"" + name + "\"");
    }
    if (expiresOn.equals(LocalDate.MAX)) {
      // R7: voting closes the day after the expiry, so that day must exist.
      throw new IllegalArgumentException("expiresOn must be before " + LocalDate.MAX
          + " so that voting can close the day after it (R7), but was " + expiresOn);
    }
  }

  /**
   * Returns a contract with the given name and expiry date.
   *
   * @param name the contract's name, not blank, not null
   * @param expiresOn the expiry date, the last day voting is open (inclusive), not null
   * @return the contract, not null
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if {@code name} is blank, or if {@code expiresOn} is
   *     {@link LocalDate#MAX} (voting could never close, R7)
   */
  public static Contract of(String name, LocalDate expiresOn) {
    return new Contract(name, expiresOn);
  }

  /**
   * Returns the contract's JSON form as plain Java values: {@code name} and {@code expiresOn}
   * (ISO-8601). Jackson 2 and 3 write a contract this way.
   *
   * @return a new map in field order, not null
   */
  @JsonValue
  public Map<String, Object> toJsonMap() {
    Map<String, Object> json = new LinkedHashMap<>(4);
    json.put("name", name);
    json.put("expiresOn", expiresOn.toString());
    return json;
  }

  /**
   * Returns whether voting is still open on the given day: on or before {@code expiresOn}.
   *
   * @param date the day to ask about, not null
   * @return true if {@code date} is on or before {@code expiresOn}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isVotingOpenOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isAfter(expiresOn);
  }
}
