package org.civictech.pars.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.words.Languages;
import org.civictech.pars.words.Wording;
import org.jspecify.annotations.Nullable;

/**
 * The conformance vectors: every case of the rule, 64 ballots × votes required 1 to 3 × the day
 * before the expiry, the expiry day and the day after (576 cases), each with its inputs, the
 * normative answer and, informative, the library's sentences in every language it speaks
 * (docs/vectors.md). Written by {@code --vectors}; never edited by hand.
 */
public final class Vectors {

  /** The name of the format, and its version: bumped when a field changes meaning. */
  public static final String FORMAT = "pars-renewal-vectors";
  public static final int FORMAT_VERSION = 1;

  /** The fields of {@code expected} that every implementation must match, in order. */
  public static final List<String> NORMATIVE = List.of("outcome", "reason", "final", "inFavor",
      "against", "abstained", "notVoted", "possibleOutcomes", "pivots");

  /** Each stakeholder's vote in a ballot: a choice, or null for not voted. */
  private static final List<@Nullable Choice> VOTES =
      Arrays.asList(Choice.IN_FAVOR, Choice.AGAINST, Choice.ABSTAIN, null);

  private Vectors() {}

  /**
   * The whole file as JSON text: the same as {@code Json.write(tree())} but with each case on a
   * line of its own, so that a reader (or a diff) can take one case at a time.
   */
  public static String json() {
    String text = Json.write(tree()); // ends with the last case's "}", then "]}"
    return text.substring(0, text.length() - 2).replace(",{\"id\":", ",\n{\"id\":")
        .replace("[{\"id\":", "[\n{\"id\":") + "\n]}\n";
  }

  /** The whole file as a JSON tree. */
  public static Map<String, Object> tree() {
    Map<String, Object> json = new LinkedHashMap<>(16);
    json.put("format", FORMAT);
    json.put("formatVersion", FORMAT_VERSION);
    json.put("library", Library.toJsonMap());
    json.put("languages", new ArrayList<Object>(Languages.codes()));
    json.put("normative", new ArrayList<Object>(NORMATIVE));
    LocalDate expiresOn = Pars2018.EXPIRES_ON;
    Contract contract = Contract.of("PARS", expiresOn);
    List<LocalDate> days = List.of(expiresOn.minusDays(1), expiresOn, expiresOn.plusDays(1));
    List<Object> cases = new ArrayList<>(576);
    for (int votesRequired = 1; votesRequired <= 3; votesRequired++) {
      RenewalDecider decider = RenewalDecider.requiring(votesRequired);
      for (int ballot = 0; ballot < 64; ballot++) {
        List<Vote> votes = ballot(ballot);
        for (LocalDate asOf : days) {
          cases.add(vector(decider.decide(contract, votes, asOf)));
        }
      }
    }
    json.put("cases", cases);
    return json;
  }

  /** The {@code n}-th of the 64 ballots: DA's vote changes slowest, the City's fastest. */
  static List<Vote> ballot(int n) {
    List<Vote> votes = new ArrayList<>(3);
    int[] digits = {n / 16, n / 4 % 4, n % 4};
    for (Stakeholder stakeholder : Stakeholder.values()) {
      Choice choice = VOTES.get(digits[stakeholder.ordinal()]);
      if (choice != null) {
        votes.add(new Vote(stakeholder, choice, ""));
      }
    }
    return votes;
  }

  private static Map<String, Object> vector(RenewalDecision decision) {
    Map<String, Object> vector = new LinkedHashMap<>(8);
    vector.put("id", id(decision));
    Map<String, Object> input = new LinkedHashMap<>(8);
    Map<String, Object> votes = new LinkedHashMap<>(4);
    for (Vote vote : decision.votes()) {
      votes.put(vote.stakeholder().name(), vote.choice().name());
    }
    input.put("votes", votes);
    input.put("votesRequired", decision.votesRequired());
    input.put("expiresOn", decision.contract().expiresOn().toString());
    input.put("asOf", decision.asOf().map(Object::toString).orElse(""));
    vector.put("input", input);
    Map<String, @Nullable Object> decided = JsonForms.decision(decision, Locale.ENGLISH);
    Map<String, Object> expected = new LinkedHashMap<>(16);
    for (String field : NORMATIVE) {
      expected.put(field, decided.get(field));
    }
    vector.put("expected", expected);
    Map<String, Object> sentences = new LinkedHashMap<>(8);
    for (Wording wording : Languages.all()) {
      Map<String, Object> language = new LinkedHashMap<>(4);
      language.put("explanation", decision.explanation(wording.locale()));
      language.put("explainPivots", decision.explainPivots(wording.locale()));
      sentences.put(wording.language(), language);
    }
    vector.put("informative", sentences);
    return vector;
  }

  /** "r2-DA_AGAINST-COURTS_ABSTAIN-CITY_NONE-2018-09-01": readable, unique, stable. */
  private static String id(RenewalDecision decision) {
    StringBuilder id = new StringBuilder(64).append('r').append(decision.votesRequired());
    for (Stakeholder stakeholder : Stakeholder.values()) {
      id.append('-').append(stakeholder.name()).append('_')
          .append(decision.choiceOf(stakeholder).map(Choice::name).orElse("NONE"));
    }
    return id.append('-').append(decision.asOf().map(Object::toString).orElse("open")).toString();
  }
}
