package org.civictech.pars.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.civictech.pars.Contract;
import org.civictech.pars.DatedDecision;
import org.civictech.pars.DatedVote;
import org.civictech.pars.Pivot;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSString;

/**
 * The library's values as frozen plain JavaScript objects, with the fields and field names of
 * their JSON forms (docs/json.md) but without sentences: what the JavaScript API returns. Built
 * directly, not written as JSON text for the caller to parse again; each call builds its own.
 */
final class JsTrees {

  private JsTrees() {}

  /**
   * A decision's fields, in the order of its JSON form, without its language and sentences; not
   * frozen, as the wrapper completes it with the methods that word it first.
   */
  static JSObject decision(RenewalDecision decision, JSObject contract) {
    JSArray<JSObject> votes = JSArray.create();
    for (Vote vote : decision.votes()) {
      votes.push(vote(vote));
    }
    JSArray<JSObject> pivots = JSArray.create();
    for (Pivot pivot : decision.pivots()) {
      pivots.push(freeze(triple("stakeholder", name(pivot.stakeholder()),
          "choice", name(pivot.choice()), "outcome", name(pivot.outcome()))));
    }
    Optional<LocalDate> asOf = decision.asOf();
    return decisionObject(contract, decision.votesRequired(),
        asOf.isPresent() ? JSString.valueOf(asOf.get().toString()) : null, decision.isFinal(),
        name(decision.outcome()), name(decision.reason()), decision.lapsed(), freeze(votes),
        names(decision.inFavor()), names(decision.against()), names(decision.abstained()),
        names(decision.notVoted()), names(decision.possibleOutcomes()), freeze(pivots));
  }

  /** A contract: {@code name} and {@code expiresOn}. */
  static JSObject contract(Contract contract) {
    return freeze(pair("name", JSString.valueOf(contract.name()),
        "expiresOn", JSString.valueOf(contract.expiresOn().toString())));
  }

  /** A vote: {@code stakeholder}, {@code choice} and {@code rationale}. */
  static JSObject vote(Vote vote) {
    return freeze(triple("stakeholder", name(vote.stakeholder()), "choice", name(vote.choice()),
        "rationale", JSString.valueOf(vote.rationale())));
  }

  /** A vote as recorded on a ballot: {@code vote}, {@code castOn} and {@code source}. */
  static JSObject datedVote(DatedVote dated) {
    return freeze(triple("vote", vote(dated.vote()),
        "castOn", JSString.valueOf(dated.castOn().toString()),
        "source", JSString.valueOf(dated.source())));
  }

  /**
   * A timeline entry: {@code asOf} and {@code decision}; not frozen, as the wrapper completes its
   * decision first.
   */
  static JSObject datedDecision(DatedDecision entry, JSObject decision) {
    return pair("asOf", JSString.valueOf(entry.asOf().toString()), "decision", decision);
  }

  /** A stakeholder's names in one language. */
  static JSObject names(Stakeholder stakeholder, String displayName, String shortName) {
    return freeze(triple("stakeholder", name(stakeholder),
        "displayName", JSString.valueOf(displayName), "shortName", JSString.valueOf(shortName)));
  }

  /** A frozen array of strings. */
  static JSObject strings(List<String> strings) {
    JSArray<JSString> array = JSArray.create(strings.size());
    for (int i = 0; i < strings.size(); i++) {
      array.set(i, JSString.valueOf(strings.get(i)));
    }
    return freeze(array);
  }

  /** The names of a set's constants, as a frozen array in their order. */
  private static JSObject names(Set<? extends Enum<?>> constants) {
    JSArray<JSString> array = JSArray.create(constants.size());
    int i = 0;
    for (Enum<?> constant : constants) {
      array.set(i++, name(constant));
    }
    return freeze(array);
  }

  private static JSString name(Enum<?> constant) {
    return JSString.valueOf(constant.name());
  }

  @JSBody(params = {"contract", "votesRequired", "asOf", "isFinal", "outcome", "reason", "lapsed",
      "votes", "inFavor", "against", "abstained", "notVoted", "possibleOutcomes", "pivots"},
      script = "return {contract: contract, votesRequired: votesRequired, asOf: asOf,"
          + " 'final': isFinal, outcome: outcome, reason: reason, lapsed: lapsed, votes: votes,"
          + " inFavor: inFavor, against: against, abstained: abstained, notVoted: notVoted,"
          + " possibleOutcomes: possibleOutcomes, pivots: pivots};")
  private static native JSObject decisionObject(JSObject contract, int votesRequired,
      JSString asOf, boolean isFinal, JSString outcome, JSString reason, boolean lapsed,
      JSObject votes, JSObject inFavor, JSObject against, JSObject abstained, JSObject notVoted,
      JSObject possibleOutcomes, JSObject pivots);

  @JSBody(params = {"k1", "v1", "k2", "v2"}, script = "var o = {}; o[k1] = v1; o[k2] = v2;"
      + " return o;")
  private static native JSObject pair(String k1, JSObject v1, String k2, JSObject v2);

  @JSBody(params = {"k1", "v1", "k2", "v2", "k3", "v3"}, script = "var o = {}; o[k1] = v1;"
      + " o[k2] = v2; o[k3] = v3; return o;")
  private static native JSObject triple(String k1, JSObject v1, String k2, JSObject v2, String k3,
      JSObject v3);

  @JSBody(params = "o", script = "return Object.freeze(o);")
  static native JSObject freeze(JSObject o);
}
