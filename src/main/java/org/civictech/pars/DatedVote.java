package org.civictech.pars;

import java.time.LocalDate;
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
}
