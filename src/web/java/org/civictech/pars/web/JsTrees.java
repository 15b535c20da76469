package org.civictech.pars.web;

import java.util.List;
import java.util.Set;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.DatedDecision;
import org.civictech.pars.DatedVote;
import org.civictech.pars.Outcome;
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
 * directly rather than through JSON text, so that a decision costs about as much as the rule.
 * The values that recur (each set of stakeholders or outcomes, each vote without a rationale,
 * each pivot) are built once and shared: they are frozen, so sharing cannot be seen.
 */
final class JsTrees {

  private static final Stakeholder[] STAKEHOLDERS = Stakeholder.values();
  private static final Choice[] CHOICES = Choice.values();
  private static final Outcome[] OUTCOMES = Outcome.values();
  private static final JSString[] STAKEHOLDER_NAMES = names(STAKEHOLDERS);
  private static final JSString[] CHOICE_NAMES = names(CHOICES);
  private static final JSString[] OUTCOME_NAMES = names(OUTCOMES);
  private static final JSString[] REASON_NAMES = names(org.civictech.pars.Reason.values());
  private static final JSString NO_RATIONALE = JSString.valueOf("");
  /** Each set of stakeholders, by the bits of their ordinals. */
  private static final JSObject[] STAKEHOLDER_SETS = subsets(STAKEHOLDER_NAMES);
  /** Each set of outcomes, by the bits of their ordinals. */
  private static final JSObject[] OUTCOME_SETS = subsets(OUTCOME_NAMES);
  /** Each vote without a rationale, by stakeholder and choice. */
  private static final JSObject[] PLAIN_VOTES = new JSObject[STAKEHOLDERS.length * CHOICES.length];
  /** Each pivot, by stakeholder, choice and outcome. */
  private static final JSObject[] PIVOTS =
      new JSObject[STAKEHOLDERS.length * CHOICES.length * OUTCOMES.length];

  private JsTrees() {}

  /** A decision's fields, in the order of its JSON form, without its language and sentences. */
  static JSObject decision(RenewalDecision decision, JSObject contract) {
    List<Vote> votes = decision.votes();
    JSArray<JSObject> voteArray = JSArray.create(votes.size());
    for (int i = 0; i < votes.size(); i++) {
      voteArray.set(i, vote(votes.get(i)));
    }
    List<Pivot> pivots = decision.pivots();
    JSArray<JSObject> pivotArray = JSArray.create(pivots.size());
    for (int i = 0; i < pivots.size(); i++) {
      pivotArray.set(i, pivot(pivots.get(i)));
    }
    return decisionObject(contract, decision.votesRequired(),
        decision.asOf().isPresent() ? JSString.valueOf(decision.asOf().get().toString()) : null,
        decision.isFinal(), OUTCOME_NAMES[decision.outcome().ordinal()],
        REASON_NAMES[decision.reason().ordinal()], decision.lapsed(), freeze(voteArray),
        STAKEHOLDER_SETS[bits(decision.inFavor())], STAKEHOLDER_SETS[bits(decision.against())],
        STAKEHOLDER_SETS[bits(decision.abstained())], STAKEHOLDER_SETS[bits(decision.notVoted())],
        OUTCOME_SETS[bits(decision.possibleOutcomes())], freeze(pivotArray));
  }

  /** A contract: {@code name} and {@code expiresOn}. */
  static JSObject contract(Contract contract) {
    return freeze(pair("name", JSString.valueOf(contract.name()),
        "expiresOn", JSString.valueOf(contract.expiresOn().toString())));
  }

  /** A vote: {@code stakeholder}, {@code choice} and {@code rationale}. */
  static JSObject vote(Vote vote) {
    int index = vote.stakeholder().ordinal() * CHOICES.length + vote.choice().ordinal();
    if (!vote.rationale().isEmpty()) {
      return voteObject(STAKEHOLDER_NAMES[vote.stakeholder().ordinal()],
          CHOICE_NAMES[vote.choice().ordinal()], JSString.valueOf(vote.rationale()));
    }
    if (PLAIN_VOTES[index] == null) {
      PLAIN_VOTES[index] = voteObject(STAKEHOLDER_NAMES[vote.stakeholder().ordinal()],
          CHOICE_NAMES[vote.choice().ordinal()], NO_RATIONALE);
    }
    return PLAIN_VOTES[index];
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
    return freeze(triple("stakeholder", STAKEHOLDER_NAMES[stakeholder.ordinal()],
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

  /** A frozen array of objects. */
  static JSObject array(List<JSObject> objects) {
    return freeze(openArray(objects));
  }

  /** An array of objects, not frozen. */
  static JSObject openArray(List<JSObject> objects) {
    JSArray<JSObject> array = JSArray.create(objects.size());
    for (int i = 0; i < objects.size(); i++) {
      array.set(i, objects.get(i));
    }
    return array;
  }

  private static JSObject pivot(Pivot pivot) {
    int index = (pivot.stakeholder().ordinal() * CHOICES.length + pivot.choice().ordinal())
        * OUTCOMES.length + pivot.outcome().ordinal();
    if (PIVOTS[index] == null) {
      PIVOTS[index] = freeze(triple("stakeholder", STAKEHOLDER_NAMES[pivot.stakeholder().ordinal()],
          "choice", CHOICE_NAMES[pivot.choice().ordinal()],
          "outcome", OUTCOME_NAMES[pivot.outcome().ordinal()]));
    }
    return PIVOTS[index];
  }

  private static int bits(Set<? extends Enum<?>> set) {
    int bits = 0;
    for (Enum<?> constant : set) {
      bits |= 1 << constant.ordinal();
    }
    return bits;
  }

  private static JSObject[] subsets(JSString[] names) {
    JSObject[] sets = new JSObject[1 << names.length];
    for (int bits = 0; bits < sets.length; bits++) {
      JSArray<JSString> set = JSArray.create();
      for (int i = 0; i < names.length; i++) {
        if ((bits & (1 << i)) != 0) {
          set.push(names[i]);
        }
      }
      sets[bits] = freeze(set);
    }
    return sets;
  }

  private static JSString[] names(Enum<?>[] constants) {
    JSString[] names = new JSString[constants.length];
    for (int i = 0; i < constants.length; i++) {
      names[i] = JSString.valueOf(constants[i].name());
    }
    return names;
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

  @JSBody(params = {"stakeholder", "choice", "rationale"}, script = "return Object.freeze("
      + "{stakeholder: stakeholder, choice: choice, rationale: rationale});")
  private static native JSObject voteObject(JSString stakeholder, JSString choice,
      JSString rationale);

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
