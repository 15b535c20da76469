package org.civictech.pars.readers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.civictech.pars.Choice;
import org.civictech.pars.Outcome;
import org.civictech.pars.Stakeholder;

/**
 * What a reader of one language looks for in the library's sentences, written out in the tests
 * and never taken from the main code: {@code ExplanationInvariantsTest} reads every sentence of a
 * language with its reader, {@code LanguageNameReader} beside the language's {@code LanguageName}
 * wording (CONTRIBUTING.md, "Adding a language").
 */
public record Reader(
    Locale locale,
    /** How the count says "none": "no" in "no stakeholder voted in favor". */
    Set<String> zeroWords,
    Map<Stakeholder, String> names,
    /** The opening, with its colon: RENEWED, VOTED_DOWN (each /open or /closed), LAPSED, PENDING. */
    Map<String, String> openings,
    Pattern inFavorCount,
    Pattern needs,
    Pattern kOfN,
    Pattern remain,
    Map<String, Pattern> stances,
    String abstentionDoesNotCount,
    Pattern against,
    List<String> neverAfterTheExpiry,
    String holdsAsTheVotesStand,
    String expiryDate,
    /** What ends the first sentence and starts the next one: ". ", or "。" alone. */
    String betweenSentences,
    /** What separates the clauses of a sentence: "; ". */
    String clauseSeparator,
    /** What ends a sentence: ".". */
    String fullStop,
    /** E6: the words that say a label holds as the votes stand, and those that say it is final. */
    String asTheVotesStand,
    List<String> finalWords,
    String openPivotLead,
    String closedPivotLead,
    String noPivotOpen,
    String noPivotClosed,
    String noPivotPending,
    /** A group of the pivot sentence, with named groups "outcome" and "conditions". */
    Pattern openGroup,
    Pattern closedGroup,
    Map<String, Outcome> pivotOutcomes,
    String ifWord,
    String orBetweenConditions,
    /** What may stand between two names of one condition: ", " and " or ". */
    List<String> nameSeparators,
    String orBetweenChoices,
    Map<String, Choice> openChoices,
    Map<String, Choice> closedChoices,
    /** What says that stakeholders who have voted would change their vote, open or closed. */
    List<String> changing,
    Map<String, Choice> changeChoices,
    /** Whether the words of a condition agree with the stakeholders it names. */
    BiPredicate<List<Stakeholder>, String> agrees) {}

