package org.civictech.pars;

import java.time.LocalDate;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A vote as recorded on a {@link Ballot}: the vote, the day it was cast, and where that is
 * documented.
 *
 * <pre>{@code
 * DatedVote no = new DatedVote(Vote.against(DA), LocalDate.of(2018, 7, 11), "Letter to the Mayor");
 * }</pre>
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param vote the vote, not null
 * @param castOn the day it was cast, not null
 * @param source where the vote is documented, for example a letter or a report; {@code ""} when
 *     none is given, not null
 */
public record DatedVote(Vote vote, LocalDate castOn, String source) {

  /**
   * Creates a dated vote, checking that no part is null.
   *
   * @param vote the vote, not null
   * @param castOn the day it was cast, not null
   * @param source where the vote is documented, {@code ""} for none, not null
   * @throws NullPointerException if any argument is null
   */
  public DatedVote {
    Objects.requireNonNull(vote, "vote");
    Objects.requireNonNull(castOn, "castOn");
    Objects.requireNonNull(source, "source");
  }

  /**
   * Returns the dated vote's JSON form as plain Java values: {@code vote} (as
   * {@link Vote#toJsonMap()}), {@code castOn} (ISO-8601) and {@code source}. Jackson 2 and 3
   * write a dated vote this way.
   *
   * @return a new map in field order, not null
   */
  @JsonValue
  public Map<String, Object> toJsonMap() {
    Map<String, Object> json = new LinkedHashMap<>(4);
    json.put("vote", vote.toJsonMap());
    json.put("castOn", castOn.toString());
    json.put("source", source);
    return json;
  }
}
