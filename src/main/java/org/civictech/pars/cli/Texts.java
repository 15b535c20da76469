package org.civictech.pars.cli;

import java.util.Locale;
import org.civictech.pars.Choice;
import org.civictech.pars.RenewalDecision;

/**
 * The words of the command-line program in each language it speaks ({@code --lang}): headings,
 * labels and outcome words. The sentences that explain a decision come from the library itself
 * ({@link RenewalDecision#explanation(Locale)}), never from here.
 */
enum Texts {
  /** English, the default. */
  ENGLISH(Locale.ENGLISH,
      "The PARS renewal of 2018 (docs/RULE.md, the 2018 example)",
      "Contract %s, last day of voting %s; renewal needs %s.",
      "Decided with voting open.", "Decided as of %s, after the expiry.",
      "Decided as of %s, voting open.", "Outcome: ", "Votes cast:", "source", "Timeline:",
      "As of the dates of the 2018 example in docs/RULE.md:",
      "| DA | COURTS | CITY | while voting is open | after the expiry |",
      "not voted", "Sources (docs/RULE.md):"),
  /** Spanish, {@code --lang=es}. */
  SPANISH(new Locale("es"), // not forLanguageTag: TeaVM lacks it (web profile)
      "La renovación de PARS en 2018 (docs/RULE.md, el ejemplo de 2018)",
      "Contrato %s, último día de votación %s; la renovación necesita %s.",
      "Decidido con la votación abierta.", "Decidido el %s, después del vencimiento.",
      "Decidido el %s, con la votación abierta.", "Resultado: ", "Votos emitidos:", "fuente",
      "Cronología:", "En las fechas del ejemplo de 2018 de docs/RULE.md:",
      "| Fiscalía | Tribunales | Ciudad | con la votación abierta | después del vencimiento |",
      "sin votar", "Fuentes (docs/RULE.md):");

  final Locale locale;
  final String storyTitle;
  private final String contract;
  final String decidedOpen;
  private final String decidedAfter;
  private final String decidedOnOpenDay;
  final String outcomeLabel;
  final String votesCast;
  final String source;
  final String timeline;
  final String workedExample;
  final String truthTableHeading;
  final String notVoted;
  final String sources;

  Texts(Locale locale, String storyTitle, String contract, String decidedOpen,
      String decidedAfter, String decidedOnOpenDay, String outcomeLabel, String votesCast,
      String source, String timeline, String workedExample, String truthTableHeading,
      String notVoted, String sources) {
    this.sources = sources;
    this.locale = locale;
    this.storyTitle = storyTitle;
    this.contract = contract;
    this.decidedOpen = decidedOpen;
    this.decidedAfter = decidedAfter;
    this.decidedOnOpenDay = decidedOnOpenDay;
    this.outcomeLabel = outcomeLabel;
    this.votesCast = votesCast;
    this.source = source;
    this.timeline = timeline;
    this.workedExample = workedExample;
    this.truthTableHeading = truthTableHeading;
    this.notVoted = notVoted;
  }

  /** Parses {@code --lang}'s value: {@code en} or {@code es}, in any case. */
  static Texts of(String language) throws UsageException {
    return switch (language.toLowerCase(Locale.ROOT)) {
      case "en" -> ENGLISH;
      case "es" -> SPANISH;
      default -> throw new UsageException(
          "--lang must be en or es, but was " + Arguments.quoted(language));
    };
  }

  /** "Contract PARS, last day of voting 2018-08-31; renewal needs 2 votes in favor." */
  String contract(String name, String lastDay, int votesRequired) {
    return fill(contract, name, lastDay, votesInFavor(votesRequired));
  }

  /** "1 vote in favor", "2 votes in favor"; "1 voto a favor", "2 votos a favor". */
  String votesInFavor(int votes) {
    return votes + switch (this) {
      case ENGLISH -> votes == 1 ? " vote in favor" : " votes in favor";
      case SPANISH -> votes == 1 ? " voto a favor" : " votos a favor";
    };
  }

  /** "Decided as of 2018-09-01, after the expiry." or "..., voting open." */
  String decidedAsOf(String day, boolean after) {
    return fill(after ? decidedAfter : decidedOnOpenDay, day);
  }

  /** "NOT_RENEWED (voted down)" in English; the same in the reader's words in Spanish. */
  String outcome(RenewalDecision decision) {
    return switch (this) {
      case ENGLISH -> switch (decision.reason()) {
        case VOTED_DOWN -> "NOT_RENEWED (voted down)";
        case LAPSED -> "NOT_RENEWED (lapsed)";
        case RENEWED, PENDING -> decision.outcome().name();
      };
      case SPANISH -> switch (decision.reason()) {
        case RENEWED -> "RENOVADO";
        case VOTED_DOWN -> "NO RENOVADO (no aprobado en la votación)";
        case LAPSED -> "NO RENOVADO (caducó sin completarse la votación)";
        case PENDING -> "PENDIENTE";
      };
    };
  }

  /** The word for a choice in tables and listings: "against", "en contra". */
  String choice(Choice choice) {
    return switch (this) {
      case ENGLISH -> Arguments.word(choice);
      case SPANISH -> switch (choice) {
        case IN_FAVOR -> "a favor";
        case AGAINST -> "en contra";
        case ABSTAIN -> "abstención";
      };
    };
  }

  /** Puts {@code values} in place of each {@code %s} in turn; no {@code String.format}. */
  private static String fill(String pattern, String... values) {
    StringBuilder text = new StringBuilder(pattern.length() + 32);
    int from = 0;
    for (String value : values) {
      int at = pattern.indexOf("%s", from);
      text.append(pattern, from, at).append(value);
      from = at + 2;
    }
    return text.append(pattern, from, pattern.length()).toString();
  }
}
