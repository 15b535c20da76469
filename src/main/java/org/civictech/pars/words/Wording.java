package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.civictech.pars.Outcome;
import org.civictech.pars.Pivot;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How one language says the {@link Facts} of a decision (RULE.md E1 to E5).
 *
 * <p>The order of the parts is the same in every language: the outcome, the votes in favor
 * against the votes required, who did what, and, while voting is open and the outcome settled,
 * until when a changed vote can still change it. Each language says each part in its own class,
 * with its own grammar and punctuation: number agreement, how a list is joined, how a date is
 * said, which colon, semicolon and full stop it writes and whether a space follows them. Adding a
 * language is one subclass, with its {@link Labels} and {@link PageLabels}, and one line in
 * {@link Languages} (CONTRIBUTING.md).
 */
public abstract class Wording {

  /** The wording for {@code locale}'s language ({@link Languages#of(Locale)}). */
  public static Wording of(Locale locale) {
    return Languages.of(locale);
  }

  /** The language's ISO 639 code, as in a {@code lang} attribute: "en", "es". */
  public abstract String language();

  /** The language as a {@link Locale}, for the methods that take one. */
  public final Locale locale() {
    return new Locale(language()); // not forLanguageTag: TeaVM lacks it (web profile)
  }

  /** The words this language shows around its sentences. */
  public abstract Labels labels();

  /** The words of the explainer page in this language, its own name among them. */
  public abstract PageLabels pageLabels();

  /** The stakeholder's name in a sentence, with its article. */
  public abstract String displayName(Stakeholder stakeholder);

  /** The stakeholder's short label, for table headings and buttons. */
  public abstract String shortName(Stakeholder stakeholder);

  // ---------------------------------------------------------------- the explanation

  /** E1 to E4: the outcome and the count; who did what; how firm it is. */
  public final String explanation(Facts facts) {
    StringBuilder text = new StringBuilder(240);
    text.append(headline(facts.reason(), facts.open())).append(colon())
        .append(count(facts.inFavor(), facts.votesRequired()))
        .append(consequence(facts)).append(fullStop()).append(sentenceGap());
    List<String> clauses = new ArrayList<>(4);
    for (Facts.Group group : facts.stances()) {
      clauses.add(stance(group.stance(), group.who(), facts.open())); // E3: each named once
    }
    text.append(capitalized(String.join(semicolon(), clauses))).append(fullStop());
    if (facts.settledWhileOpen()) {
      text.append(sentenceGap()).append(holdsAsTheVotesStand(facts.expiresOn())); // E4, R5, R6
    }
    return text.toString();
  }

  /**
   * E1: the outcome, as the explanation opens; after the expiry a non-renewal says whether it
   * lapsed or was voted down. {@link Reason#displayName(Locale)} is the form after the expiry.
   */
  public abstract String headline(Reason reason, boolean open);

  /** E2: how many voted in favor and how many votes renewal needs. */
  abstract String count(int inFavor, int votesRequired);

  /** What follows from the count: out of reach, lapsed, or left to the votes to come. */
  abstract String consequence(Facts facts);

  /** E3: the stakeholders that took one stance, with a verb that agrees with them. */
  abstract String stance(Facts.Stance stance, Set<Stakeholder> who, boolean open);

  /** E4: a settled outcome holds as the votes stand, until the expiry date. */
  abstract String holdsAsTheVotesStand(LocalDate expiresOn);

  // ---------------------------------------------------------------- the pivot sentence

  /** E5: the single votes that would change the outcome, and to what; or why none would. */
  public final String pivots(Facts facts) {
    if (facts.pivots().isEmpty()) {
      return noPivot(facts);
    }
    List<String> groups = new ArrayList<>(2);
    for (Facts.PivotGroup group : facts.pivots()) {
      List<String> conditions = new ArrayList<>(3);
      for (Facts.Condition condition : group.conditions()) {
        conditions.add(condition(condition.who(), condition.choices(), condition.changing(),
            facts.open()));
      }
      groups.add(pivotGroup(group.outcome(), conditions, facts.open()));
    }
    return pivotLead(facts.open()) + String.join(semicolon(), groups) + fullStop();
  }

  /** The start of a pivot sentence, up to and including its colon and space. */
  abstract String pivotLead(boolean open);

  /** The outcome one group of single votes would lead to, with its conditions. */
  abstract String pivotGroup(Outcome outcome, List<String> conditions, boolean open);

  /**
   * The stakeholders who would each lead to the group's outcome by any one of {@code choices},
   * all of whom have voted ({@code changing}: "if the City changed its vote to in favor") or none
   * of whom has ("if the courts or the City voted against or abstained").
   */
  abstract String condition(Set<Stakeholder> who, List<Choice> choices, boolean changing,
      boolean open);

  /** Why no single vote would change the outcome, true for the ballot (E5). */
  abstract String noPivot(Facts facts);

  // ---------------------------------------------------------------- grammar

  /** "A", "A and B", "A, B and C" in the language's own way. */
  final String names(Set<Stakeholder> stakeholders) {
    return list(displayNames(stakeholders), and());
  }

  /** "A", "A or B", "A, B or C" in the language's own way. */
  final String alternatives(Set<Stakeholder> stakeholders) {
    return list(displayNames(stakeholders), or());
  }

  private List<String> displayNames(Set<Stakeholder> stakeholders) {
    List<String> names = new ArrayList<>(3);
    for (Stakeholder stakeholder : stakeholders) {
      names.add(displayName(stakeholder));
    }
    return names;
  }

  /** Joins the items of a list as the language does, the last two with {@code conjunction}. */
  final String list(List<String> items, String conjunction) {
    int last = items.size() - 1;
    return last == 0
        ? items.get(0)
        : String.join(listComma(), items.subList(0, last)) + conjunction + items.get(last);
  }

  /** A date as the language says it in a sentence: "August 31, 2018". */
  public abstract String date(LocalDate date);

  // The punctuation below is that of the languages written in the Latin or Cyrillic script; a
  // language that punctuates otherwise (Chinese) says so in its own class.

  /** The word that joins the last two items of a list, with its spaces: " and ". */
  abstract String and();

  /** The word that joins the last two of alternatives, with its spaces: " or ". */
  abstract String or();

  /** What separates the items of a list before the last: ", " (or "、"). */
  String listComma() {
    return ", ";
  }

  /** The colon after a headline or a lead, with its space: ": " (or "："). */
  String colon() {
    return ": ";
  }

  /** What separates two clauses of a sentence: "; " (or "；"). */
  String semicolon() {
    return "; ";
  }

  /** What ends a sentence: "." (or "。"). */
  String fullStop() {
    return ".";
  }

  /** What separates two sentences: " " (or nothing, where the full stop is wide). */
  String sentenceGap() {
    return " ";
  }

  /** Whether a verb agrees with {@code who} in the plural: more than one, or a plural name. */
  final boolean plural(Set<Stakeholder> who) {
    return who.size() > 1 || pluralName(who.iterator().next());
  }

  /** Whether the stakeholder's name takes a plural verb in this language ("the courts"). */
  abstract boolean pluralName(Stakeholder stakeholder);

  private static String capitalized(String sentence) {
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }
}
