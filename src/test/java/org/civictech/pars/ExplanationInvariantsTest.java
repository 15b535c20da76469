package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.civictech.pars.words.Labels;
import org.civictech.pars.readers.Reader;
import org.civictech.pars.words.Languages;
import org.civictech.pars.words.Wording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sentence is true: RULE.md's "What an explanation may say" (E1 to E6), written here as
 * checks, over every ballot (64) under every rule (R8: 1, 2, 3) on the day before the expiry, the
 * expiry day and the day after, in every language the library speaks (1,152 cases), and over
 * every line of the golden files. The languages are {@link Languages#codes()}, the library's one
 * list of them, and a test checks that each has its words written out here.
 *
 * <p>The checks read the sentences as a reader would, with each language's words written out
 * below, independently of the library's wording classes: the opening, the counts, who did what,
 * what is said of time, and the single votes the pivot sentence names, parsed back and compared
 * with {@link RuleOracle}.
 */
class ExplanationInvariantsTest {

  /**
   * The reader of every language the library speaks, by code: {@code readers/XReader.java}
   * beside the language's wording {@code X} (CONTRIBUTING.md, "Adding a language").
   */
  static final Map<String, Reader> LANGUAGES = readers();

  private static Map<String, Reader> readers() {
    Map<String, Reader> readers = new LinkedHashMap<>();
    for (Wording wording : Languages.all()) {
      String name = "org.civictech.pars.readers." + wording.getClass().getSimpleName() + "Reader";
      try {
        readers.put(wording.language(), (Reader) Class.forName(name).getField("READER").get(null));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError("no reader for " + wording.language() + ": write " + name, e);
      }
    }
    return readers;
  }

  /** The languages the library speaks: {@link Languages#codes()}, its one list of them. */
  static List<String> languages() {
    return Languages.codes();
  }

  static Stream<Arguments> everyCase() {
    List<Arguments> cases = new ArrayList<>();
    LocalDate expiry = BallotSpace.PARS.expiresOn();
    for (String language : languages()) {
      for (int votesRequired = 1; votesRequired <= 3; votesRequired++) {
        for (int ballot = 0; ballot < 64; ballot++) {
          for (LocalDate asOf : List.of(expiry.minusDays(1), expiry, expiry.plusDays(1))) {
            cases.add(Arguments.of(language, votesRequired, ballot, asOf));
          }
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}, requiring {1}, ballot {2}, as of {3}")
  @MethodSource("everyCase")
  void every_sentence_is_true_for_its_ballot(String language, int votesRequired, int ballotNumber,
      LocalDate asOf) {
    Map<Stakeholder, Choice> ballot = BallotSpace.ballot(ballotNumber);
    RenewalDecision decision = RenewalDecider.requiring(votesRequired)
        .decide(BallotSpace.PARS, BallotSpace.votes(ballot), asOf);
    Reader words = LANGUAGES.get(language);

    checkExplanation(words, ballot, votesRequired, !decision.isFinal(),
        decision.explanation(words.locale()));
    checkPivots(words, ballot, votesRequired, !decision.isFinal(),
        decision.explainPivots(words.locale()));
    // the sentence names the oracle's pivots (checkPivots), and those are what pivots() lists
    assertThat(new HashSet<>(decision.pivots()))
        .isEqualTo(new HashSet<>(RuleOracle.pivots(ballot, votesRequired, decision.isFinal())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void no_label_reads_as_final_while_voting_is_open(String language) {
    Reader words = LANGUAGES.get(language);
    Labels labels = Languages.of(words.locale()).labels();
    for (Reason reason : List.of(Reason.RENEWED, Reason.VOTED_DOWN)) {
      // E6: while voting is open a settled label says it holds as the votes stand
      assertThat(labels.outcome(reason, true)).as("%s open", reason)
          .contains(words.asTheVotesStand());
      assertThat(Languages.of(words.locale()).headline(reason, true)).as("%s open", reason)
          .contains(words.asTheVotesStand());
    }
    for (Reason reason : Reason.values()) {
      for (String finalWord : words.finalWords()) {
        if (reason != Reason.LAPSED) { // R7: a lapse is only ever decided after the expiry
          assertThat(labels.outcome(reason, true)).doesNotContain(finalWord);
          assertThat(Languages.of(words.locale()).headline(reason, true))
              .doesNotContain(finalWord);
        }
      }
      assertThat(labels.outcome(reason, false)).doesNotContain(words.asTheVotesStand());
    }
    assertThat(labels.outcome(Reason.VOTED_DOWN, false)).contains(words.finalWords().get(0));
    assertThat(labels.outcome(Reason.LAPSED, false)).contains(words.finalWords().get(1));
  }

  @Test
  void the_checks_cover_exactly_the_languages_the_library_speaks() {
    // A new language needs its words written out above before its sentences can be checked.
    assertThat(LANGUAGES.keySet()).containsExactlyInAnyOrderElementsOf(Languages.codes());
    LANGUAGES.forEach((code, words) ->
        assertThat(words.locale().getLanguage()).as(code).isEqualTo(code));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void every_line_of_the_golden_file_is_true_for_its_ballot(String language) throws IOException {
    Reader words = LANGUAGES.get(language);
    String[] entries = Files.readString(ExplanationGoldenTest.golden(language),
        StandardCharsets.UTF_8).split("\n\n");
    int checked = 0;
    for (int votesRequired = 1; votesRequired <= 3; votesRequired++) {
      for (Map<Stakeholder, Choice> ballot : BallotSpace.all()) {
        for (boolean closed : new boolean[] {false, true}) {
          String[] lines = entries[checked++].split("\n");
          assertThat(lines[0]).isEqualTo(ExplanationGoldenTest.heading(votesRequired, ballot, closed));
          checkExplanation(words, ballot, votesRequired, !closed, lines[1]);
          checkPivots(words, ballot, votesRequired, !closed, lines[2]);
        }
      }
    }
    assertThat(checked).isEqualTo(384).isEqualTo(entries.length);
  }

  // ---------------------------------------------------------------- E1 to E4

  static void checkExplanation(Reader words, Map<Stakeholder, Choice> ballot,
      int votesRequired, boolean open, String explanation) {
    int inFavor = RuleOracle.yes(ballot);
    Outcome outcome = RuleOracle.outcome(ballot, votesRequired, !open);
    boolean lapsed = RuleOracle.lapsed(ballot, votesRequired, !open);

    // E1: it opens with the outcome; after the expiry a non-renewal says lapsed or voted down
    String opening = switch (outcome) {
      case RENEWED -> open ? "RENEWED/open" : "RENEWED/closed"; // E6
      case PENDING -> "PENDING";
      case NOT_RENEWED -> lapsed ? "LAPSED" : open ? "VOTED_DOWN/open" : "VOTED_DOWN/closed";
    };
    assertThat(explanation).as(explanation).startsWith(words.openings().get(opening));

    // E2: how many voted in favor, and how many renewal needs; every count true
    Matcher count = words.inFavorCount().matcher(explanation);
    assertThat(count.find()).as(explanation).isTrue();
    assertThat(words.zeroWords().contains(count.group(1)) ? 0 : Integer.parseInt(count.group(1)))
        .as(explanation).isEqualTo(inFavor);
    Matcher needs = words.needs().matcher(explanation);
    assertThat(needs.find()).as(explanation).isTrue();
    assertThat(Integer.parseInt(needs.group(1))).as(explanation).isEqualTo(votesRequired);
    assertThat(words.kOfN().matcher(explanation).find()).as(explanation).isFalse();

    // E3: every stakeholder named exactly once, by what it did
    String whoDidWhat = explanation.substring(
        explanation.indexOf(words.betweenSentences()) + words.betweenSentences().length());
    for (Stakeholder stakeholder : Stakeholder.values()) {
      String name = words.names().get(stakeholder).toLowerCase(words.locale());
      assertThat(occurrences(explanation.toLowerCase(words.locale()), name))
          .as("%s named once in: %s", stakeholder, explanation).isEqualTo(1);
      String clause = clauseNaming(whoDidWhat, name, words);
      Choice choice = ballot.get(stakeholder);
      String stance = choice == null
          ? (open ? "NOT_VOTED/open" : "NOT_VOTED/closed")
          : choice == Choice.ABSTAIN ? "ABSTAINED" : choice.name();
      assertThat(words.stances().get(stance).matcher(clause).find())
          .as("%s %s in: %s", stakeholder, stance, explanation).isTrue();
      if (choice == Choice.ABSTAIN) {
        // R4: an abstention is never called a vote against, and is said not to count in favor
        assertThat(words.against().matcher(clause).find()).as(clause).isFalse();
        assertThat(clause).contains(words.abstentionDoesNotCount());
      }
    }
    assertThat(explanation.contains(words.abstentionDoesNotCount()))
        .isEqualTo(ballot.containsValue(Choice.ABSTAIN));

    // E4: open and settled holds as the votes stand until the expiry; final speaks of no future
    boolean settledWhileOpen = open && outcome != Outcome.PENDING;
    assertThat(explanation.contains(words.holdsAsTheVotesStand() + words.expiryDate()))
        .as(explanation).isEqualTo(settledWhileOpen);
    if (!open) {
      for (String future : words.neverAfterTheExpiry()) {
        assertThat(explanation).as(explanation).doesNotContain(future);
      }
    }
    assertThat(explanation).endsWith(words.fullStop()).doesNotContain("  ")
        .doesNotContain(words.fullStop() + words.fullStop());
  }

  // ---------------------------------------------------------------- E5

  static void checkPivots(Reader words, Map<Stakeholder, Choice> ballot, int votesRequired,
      boolean open, String sentence) {
    Set<Pivot> expected = new HashSet<>(RuleOracle.pivots(ballot, votesRequired, !open));
    int inFavor = RuleOracle.yes(ballot);
    Outcome outcome = RuleOracle.outcome(ballot, votesRequired, !open);
    if (!open) {
      for (String future : words.neverAfterTheExpiry()) {
        assertThat(sentence).as(sentence).doesNotContain(future);
      }
    }
    assertThat(sentence).endsWith(words.fullStop()).doesNotContain("  ");
    if (expected.isEmpty()) {
      // E5: where no single vote would change it, the reason given is true for the ballot
      String lead = outcome == Outcome.PENDING ? words.noPivotPending()
          : open ? words.noPivotOpen() : words.noPivotClosed();
      assertThat(sentence).as(sentence).startsWith(lead);
      Matcher kOfN = words.kOfN().matcher(sentence);
      Matcher remain = words.remain().matcher(sentence);
      if (outcome == Outcome.NOT_RENEWED) {
        assertThat(kOfN.find()).as(sentence).isTrue();
        assertThat(Integer.parseInt(kOfN.group(1))).as(sentence).isEqualTo(inFavor + 1)
            .isLessThan(votesRequired);
        assertThat(Integer.parseInt(kOfN.group(2))).as(sentence).isEqualTo(votesRequired);
      } else if (outcome == Outcome.RENEWED) {
        assertThat(remain.find()).as(sentence).isTrue();
        assertThat(Integer.parseInt(remain.group(1))).as(sentence).isEqualTo(inFavor - 1)
            .isGreaterThanOrEqualTo(votesRequired);
        assertThat(Integer.parseInt(remain.group(2))).as(sentence).isEqualTo(votesRequired);
      } else {
        assertThat(kOfN.find() || remain.find()).as(sentence).isFalse();
      }
      return;
    }
    // E5: the sentence names exactly the single votes that would change it, and their outcomes
    List<Pivot> named = pivotsNamedIn(words, ballot, sentence, open);
    assertThat(named).as(sentence).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  /** Reads a pivot sentence back into the single votes it names, checking each condition. */
  static List<Pivot> pivotsNamedIn(Reader words, Map<Stakeholder, Choice> ballot,
      String sentence, boolean open) {
    String lead = open ? words.openPivotLead() : words.closedPivotLead();
    assertThat(sentence).as(sentence).startsWith(lead);
    String body = sentence.substring(lead.length(), sentence.length() - words.fullStop().length());
    List<Pivot> named = new ArrayList<>();
    for (String group : body.split(Pattern.quote(words.clauseSeparator()))) {
      Matcher parts = (open ? words.openGroup() : words.closedGroup()).matcher(group);
      assertThat(parts.matches()).as("a group of: %s", sentence).isTrue();
      Outcome outcome = words.pivotOutcomes().get(parts.group("outcome"));
      for (String condition : parts.group("conditions")
          .split(Pattern.quote(words.orBetweenConditions()))) {
        assertThat(condition).as(sentence).startsWith(words.ifWord());
        String rest = condition.substring(words.ifWord().length());
        List<Stakeholder> who = new ArrayList<>();
        for (boolean more = true; more; ) {
          Stakeholder next = nameAt(words, rest);
          assertThat(next).as("a stakeholder at \"%s\" in: %s", rest, sentence).isNotNull();
          who.add(next);
          rest = rest.substring(words.names().get(next).length());
          more = false;
          for (String separator : words.nameSeparators()) {
            if (rest.startsWith(separator) && nameAt(words, rest.substring(separator.length()))
                != null) {
              rest = rest.substring(separator.length());
              more = true;
            }
          }
        }
        String verbs = rest.strip();
        assertThat(words.agrees().test(who, verbs)).as("agreement of %s with %s in: %s", verbs,
            who, sentence).isTrue();
        String change = longestPrefixOrEmpty(verbs, words.changing());
        // while open, "change its vote" exactly for those who have voted; after the expiry
        // nothing is said of changing a vote (E4)
        for (Stakeholder stakeholder : who) {
          assertThat(!change.isEmpty()).as("%s has voted, in: %s", stakeholder, sentence)
              .isEqualTo(open && ballot.containsKey(stakeholder));
        }
        Map<String, Choice> choices = !change.isEmpty() ? words.changeChoices()
            : open ? words.openChoices() : words.closedChoices();
        for (String choice : verbs.substring(change.length())
            .split(Pattern.quote(words.orBetweenChoices()))) {
          assertThat(choices).as("choice \"%s\" in: %s", choice, sentence).containsKey(choice);
          for (Stakeholder stakeholder : who) {
            named.add(new Pivot(stakeholder, choices.get(choice), outcome));
          }
        }
      }
    }
    return named;
  }

  /** The stakeholder whose name {@code text} starts with, or null. */
  private static Stakeholder nameAt(Reader words, String text) {
    for (Map.Entry<Stakeholder, String> name : words.names().entrySet()) {
      if (text.startsWith(name.getValue())) {
        return name.getKey();
      }
    }
    return null;
  }

  private static String longestPrefixOrEmpty(String text, List<String> prefixes) {
    String longest = "";
    for (String prefix : prefixes) {
      if (text.startsWith(prefix) && prefix.length() > longest.length()) {
        longest = prefix;
      }
    }
    return longest;
  }

  /** The clause of the who-did-what sentence that names {@code name}. */
  private static String clauseNaming(String whoDidWhat, String name, Reader words) {
    String settled = whoDidWhat.contains(words.holdsAsTheVotesStand())
        ? whoDidWhat.substring(0, whoDidWhat.indexOf(words.holdsAsTheVotesStand())).strip()
        : whoDidWhat;
    String sentence = settled.substring(0, settled.length() - words.fullStop().length());
    for (String clause : sentence.split(Pattern.quote(words.clauseSeparator()))) {
      if (clause.toLowerCase(words.locale()).contains(name)) {
        return clause;
      }
    }
    throw new AssertionError(name + " is not in: " + whoDidWhat);
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
