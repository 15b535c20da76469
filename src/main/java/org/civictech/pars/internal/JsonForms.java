package org.civictech.pars.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.civictech.pars.Ballot;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.DatedDecision;
import org.civictech.pars.DatedVote;
import org.civictech.pars.Pivot;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.words.Facts;
import org.civictech.pars.words.Wording;
import org.jspecify.annotations.Nullable;

/**
 * The JSON forms of a decision, a timeline entry and a ballot as trees of plain Java values, in
 * the documented field order (docs/json.md; the schemas under {@code schema/}), with their
 * sentences in one language, and the ballot and vote such a tree describes. {@link Json} writes
 * the trees and reads their fields.
 */
public final class JsonForms {

  private JsonForms() {}

  /** A decision: its fields in accessor order, then its language and sentences. */
  public static Map<String, @Nullable Object> decision(RenewalDecision decision, Locale locale) {
    Wording wording = Wording.of(locale);
    Facts facts = Facts.of(decision);
    Map<String, @Nullable Object> json = new LinkedHashMap<>(32);
    json.put("contract", decision.contract().toJsonMap());
    json.put("votesRequired", decision.votesRequired());
    json.put("asOf", decision.asOf().map(Object::toString).orElse(null));
    json.put("final", decision.isFinal());
    json.put("outcome", decision.outcome().name());
    json.put("reason", decision.reason().name());
    json.put("lapsed", decision.lapsed());
    List<Object> votes = new ArrayList<>(3);
    for (Vote vote : decision.votes()) {
      votes.add(vote.toJsonMap());
    }
    json.put("votes", votes);
    json.put("inFavor", names(decision.inFavor()));
    json.put("against", names(decision.against()));
    json.put("abstained", names(decision.abstained()));
    json.put("notVoted", names(decision.notVoted()));
    json.put("possibleOutcomes", names(decision.possibleOutcomes()));
    List<Object> pivots = new ArrayList<>(6);
    for (Pivot pivot : decision.pivots()) {
      pivots.add(pivot.toJsonMap());
    }
    json.put("pivots", pivots);
    json.put("language", wording.language());
    json.put("explanation", wording.explanation(facts));
    json.put("explainPivots", wording.pivots(facts));
    json.put("library", Library.toJsonMap()); // what computed it
    return json;
  }

  /** A timeline entry: its day and its decision. */
  public static Map<String, Object> datedDecision(DatedDecision entry, Locale locale) {
    Map<String, Object> json = new LinkedHashMap<>(4);
    json.put("asOf", entry.asOf().toString());
    json.put("decision", decision(entry.decision(), locale));
    return json;
  }

  /** A ballot: its contract, rule, every dated vote and its timeline. */
  public static Map<String, Object> ballot(Ballot ballot, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    Map<String, Object> json = new LinkedHashMap<>(8);
    json.put("contract", ballot.contract().toJsonMap());
    Map<String, Object> rule = new LinkedHashMap<>(2);
    rule.put("votesRequired", ballot.decider().votesRequired());
    json.put("decider", rule);
    List<DatedVote> history = ballot.history();
    List<Object> votes = new ArrayList<>(history.size());
    for (DatedVote dated : history) {
      votes.add(dated.toJsonMap());
    }
    json.put("history", votes);
    List<Object> entries = new ArrayList<>();
    for (DatedDecision entry : ballot.timeline()) {
      entries.add(datedDecision(entry, locale));
    }
    json.put("timeline", entries);
    json.put("library", Library.toJsonMap()); // what computed it
    return json;
  }

  // ---------------------------------------------------------------- reading

  /**
   * The ballot a JSON tree describes: its contract, rule and history, each vote cast again in
   * order with {@link Ballot#cast}'s checks; the timeline and unknown fields are ignored.
   */
  public static Ballot ballotOf(Map<?, ?> json) {
    String where = "ballot";
    Map<?, ?> contract = Json.object(json, "contract", where);
    int votesRequired =
        Json.integer(Json.object(json, "decider", where), "votesRequired", "ballot.decider");
    Ballot ballot = Ballot.open(contractOf(contract, "ballot.contract"),
        RenewalDecider.requiring(votesRequired));
    List<?> history = Json.array(json, "history", where);
    for (int i = 0; i < history.size(); i++) {
      String entry = "ballot.history[" + i + "]";
      if (!(history.get(i) instanceof Map<?, ?> dated)) {
        throw new IllegalArgumentException(
            entry + " must be an object, but was " + Json.describe(history.get(i)));
      }
      Vote vote = voteOf(Json.object(dated, "vote", entry), entry + ".vote");
      LocalDate castOn = Json.date(dated, "castOn", entry);
      String source = Json.optionalString(dated, "source", entry);
      try {
        ballot = ballot.cast(vote, castOn, source);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(entry + ": " + e.getMessage(), e);
      }
    }
    return ballot;
  }

  /** The vote a JSON tree describes; {@code where} names it in messages. */
  public static Vote voteOf(Map<?, ?> json, String where) {
    return new Vote(Json.constant(json, "stakeholder", where, Stakeholder.values()),
        Json.constant(json, "choice", where, Choice.values()),
        Json.optionalString(json, "rationale", where));
  }

  private static Contract contractOf(Map<?, ?> json, String where) {
    return new Contract(Json.string(json, "name", where), Json.date(json, "expiresOn", where));
  }

  private static List<Object> names(Set<? extends Enum<?>> constants) {
    List<Object> names = new ArrayList<>(constants.size());
    for (Enum<?> constant : constants) {
      names.add(constant.name());
    }
    return names;
  }
}
