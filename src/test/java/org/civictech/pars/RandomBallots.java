package org.civictech.pars;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Random ballots for JSON properties: any rule, up to 8 votes cast on days up to the expiry,
 * with rationales and sources drawn from text that needs escaping (quotes, backslashes, control
 * characters, accents).
 */
final class RandomBallots {

  private static final LocalDate EXPIRY = LocalDate.of(2018, 8, 31);

  private RandomBallots() {}

  /** Text with every kind of character JSON must escape, and plain text. */
  static Gen<String> texts() {
    return strings().basicLatinAlphabet().ofLengthBetween(0, 12)
        .mix(strings().betweenCodePoints(0, 0x2FF).ofLengthBetween(0, 12));
  }

  private static Gen<Vote> votes() {
    return integers().between(0, 2).zip(integers().between(0, 2), texts(),
        (stakeholder, choice, rationale) -> new Vote(Stakeholder.values()[stakeholder],
            Choice.values()[choice], rationale));
  }

  private static Gen<List<Object[]>> casts() {
    return lists().of(votes().zip(integers().between(0, 60), texts(),
        (vote, daysBefore, source) -> new Object[] {vote, daysBefore, source}))
        .ofSizeBetween(0, 8);
  }

  /** A ballot under a random rule, each vote cast no earlier than the last (so always valid). */
  static Gen<Ballot> ballots() {
    return integers().between(1, 3).zip(casts(), (votesRequired, casts) -> {
      Ballot ballot = Ballot.open(Contract.of("PARS \"2018\"", EXPIRY),
          RenewalDecider.requiring(votesRequired));
      LocalDate day = EXPIRY.minusDays(70);
      for (Object[] cast : casts) {
        day = day.plusDays((Integer) cast[1] % 9);
        LocalDate castOn = day.isAfter(EXPIRY) ? EXPIRY : day;
        ballot = ballot.cast((Vote) cast[0], castOn, (String) cast[2]);
      }
      return ballot;
    });
  }
}
