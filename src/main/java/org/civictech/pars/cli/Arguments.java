package org.civictech.pars.cli;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.civictech.pars.Choice;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.internal.Pars2018;
import org.civictech.pars.words.Wording;
import org.jspecify.annotations.Nullable;

/**
 * What the command line asks for: the mode, the ballot and the rule, the language and the format.
 * {@link ArgumentParser} makes one from the program's arguments; it is immutable.
 *
 * @param mode what to do
 * @param votes the votes given, in {@link Stakeholder} order, unmodifiable
 * @param asOf the day to decide as of, or null when voting is taken as open
 * @param expires the contract's expiry date, the last day of voting (R6)
 * @param votesRequired the votes in favor that renewal needs: 1, 2 or 3 (R8)
 * @param replayFile the file to replay ({@code -} for standard input), or null unless the mode
 *     is {@link Mode#REPLAY}
 * @param language the language of the output and of the errors, {@code --lang}
 * @param format how to print the result: {@code --json}, {@code --csv}, or text for people
 */
record Arguments(Mode mode, Map<Stakeholder, Choice> votes, @Nullable LocalDate asOf,
    LocalDate expires, int votesRequired, @Nullable String replayFile, Wording language,
    Format format) {

  /** The expiry date of the PARS contract in 2018 (RULE.md), the default {@code --expires}. */
  static final LocalDate PARS_EXPIRY = Pars2018.EXPIRES_ON;

  /** What the program is asked to do. */
  enum Mode {
    /** No arguments: tell the 2018 story. */
    STORY,
    /** Decide the ballot given on the command line. */
    DECIDE,
    /** Replay a ballot from a file of dated votes. */
    REPLAY,
    /** Print every possible ballot and its outcome as a Markdown table. */
    TRUTH_TABLE,
    /** Print the rule as a DMN 1.3 decision table. */
    DMN,
    /** Print usage. */
    HELP,
    /** Print the version. */
    VERSION,
    /** Print the conformance vectors (docs/vectors.md). */
    VECTORS
  }

  /** How the result is printed: for people, as JSON ({@code --json}) or as CSV ({@code --csv}). */
  enum Format {
    /** Sentences and tables for people to read. */
    TEXT,
    /** One JSON document in the documented shape (README, "Using it from another language"). */
    JSON,
    /** CSV (RFC 4180), for the truth table and a replay's timeline. */
    CSV
  }

  /** Copies {@code votes} into an unmodifiable map in {@link Stakeholder} order. */
  Arguments {
    Objects.requireNonNull(mode, "mode");
    votes = votes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(votes));
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(format, "format");
  }

  /** Arguments that only print something fixed (usage, version), in {@code language}. */
  static Arguments only(Mode mode, Wording language) {
    return new Arguments(mode, Map.of(), null, PARS_EXPIRY, 2, null, language, Format.TEXT);
  }
}
