package org.civictech.pars.web;

import org.civictech.pars.Ballot;
import org.civictech.pars.Contract;
import org.civictech.pars.DatedDecision;
import org.civictech.pars.DatedVote;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.Vote;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArray;

/**
 * A {@link Ballot} as the JavaScript wrapper holds it: each method reads plain strings into the
 * library's types and gives frozen JavaScript objects back ({@link JsTrees}).
 */
public final class JsBallot {

  private final Ballot ballot;
  private final JSObject contract;

  private JsBallot(Ballot ballot, JSObject contract) {
    this.ballot = ballot;
    this.contract = contract;
  }

  static JsBallot open(Contract contract, RenewalDecider decider) {
    return of(Ballot.open(contract, decider));
  }

  static JsBallot of(Ballot ballot) {
    return new JsBallot(ballot, JsTrees.contract(ballot.contract()));
  }

  /** The contract: {@code name} and {@code expiresOn}. */
  @JSExport
  public JSObject contract() {
    return contract;
  }

  /** The number of votes in favor required. */
  @JSExport
  public int votesRequired() {
    return ballot.decider().votesRequired();
  }

  /** Every vote, in the order cast. */
  @JSExport
  public JSObject history() {
    JSArray<JSObject> history = JSArray.create();
    for (DatedVote dated : ballot.history()) {
      history.push(JsTrees.datedVote(dated));
    }
    return JsTrees.freeze(history);
  }

  /**
   * A ballot with one more vote.
   *
   * @throws IllegalArgumentException naming the parameter if a value is malformed, or the vote
   *     cannot be cast (after the expiry, or before the same stakeholder's previous vote)
   */
  @JSExport
  public JsBallot cast(String stakeholder, String choice, String castOn, String source,
      String rationale) {
    try {
      Vote vote = new Vote(Inputs.stakeholder(stakeholder, "vote.stakeholder"),
          Inputs.castChoice(choice, "vote.choice"), rationale);
      return new JsBallot(ballot.cast(vote, IsoDates.parse(castOn, "vote.castOn"), source),
          contract);
    } catch (IllegalArgumentException e) {
      throw JsErrors.rangeError(e);
    }
  }

  /** The decision as of the end of the given day. */
  @JSExport
  public JSObject decisionAsOf(String asOf) {
    try {
      return JsTrees.decision(ballot.decisionAsOf(IsoDates.parse(asOf, "asOf")), contract);
    } catch (IllegalArgumentException e) {
      throw JsErrors.rangeError(e);
    }
  }

  /**
   * The decision after each day with a vote, and the day after the expiry; not frozen, as the
   * wrapper completes each decision first.
   */
  @JSExport
  public JSObject timeline() {
    JSArray<JSObject> entries = JSArray.create();
    for (DatedDecision entry : ballot.timeline()) {
      entries.push(JsTrees.datedDecision(entry, JsTrees.decision(entry.decision(), contract)));
    }
    return JsTrees.freeze(entries);
  }

}
