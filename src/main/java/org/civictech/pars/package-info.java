/**
 * The PARS contract renewal rule, encoded exactly and explained in every language it speaks.
 *
 * <p>Philadelphia shared PARS, its arrest database, with federal immigration enforcement under a
 * contract renewed each year. Three city entities vote on renewal; renewal needs two of the three
 * in favor, and an abstention does not count in favor. The rule is R1 to R8 of the project's rule
 * document, {@code docs/RULE.md} in the repository and {@code META-INF/pars-renewal/RULE.md} in
 * the jar, which also says what an explanation may say (E1 to E5) and cites the news reports the
 * rule comes from: CBS Philly, "Mayor Kenney Announces Philadelphia Will Not Renew PARS
 * Data-Sharing Agreement With ICE" (2018-07-27); the Associated Press, "Philadelphia to further
 * limit cooperation with ICE" (Claudia Lauer, 2018-07-27) and "Philadelphia prosecutor says no to
 * contract renewal with ICE" (2018-07-11); and The Philadelphia Inquirer, "Mayor Kenney won't
 * renew Philadelphia's data-sharing contract with ICE" (Jeff Gammage and Claudia Irizarry-Aponte,
 * 2018-07-27).
 *
 * <table class="striped">
 *   <caption>The rule and where it lives</caption>
 *   <thead>
 *     <tr><th scope="col">Rule</th><th scope="col">What it says</th><th scope="col">Type</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">R1</th><td>The voters are the DA, the courts and the City.</td>
 *         <td>{@link org.civictech.pars.Stakeholder}</td></tr>
 *     <tr><th scope="row">R2</th><td>Each casts at most one standing vote: in favor, against or
 *         abstain.</td><td>{@link org.civictech.pars.Choice}, {@link org.civictech.pars.Vote}</td></tr>
 *     <tr><th scope="row">R3</th><td>Renewed when at least the required number vote in favor.</td>
 *         <td>{@link org.civictech.pars.RenewalDecider}</td></tr>
 *     <tr><th scope="row">R4</th><td>An abstention is not in favor, but is recorded as an
 *         abstention.</td><td>{@link org.civictech.pars.RenewalDecision#abstained()}</td></tr>
 *     <tr><th scope="row">R5</th><td>Until the expiry a vote may change; the latest stands.</td>
 *         <td>{@link org.civictech.pars.Ballot}</td></tr>
 *     <tr><th scope="row">R6</th><td>Voting is open up to and including the expiry date:
 *         renewed, not renewed, or pending.</td><td>{@link org.civictech.pars.Outcome}</td></tr>
 *     <tr><th scope="row">R7</th><td>After the expiry there is no pending: not renewed, lapsed
 *         or voted down.</td><td>{@link org.civictech.pars.Reason}</td></tr>
 *     <tr><th scope="row">R8</th><td>PARS needs 2 votes in favor; others 1 or 3.</td>
 *         <td>{@link org.civictech.pars.RenewalDecider#requiring(int)}</td></tr>
 *   </tbody>
 * </table>
 *
 * <pre>{@code
 * RenewalDecision decision = RenewalDecider.twoOfThree().decide(
 *     Contract.of("PARS", LocalDate.of(2018, 8, 31)),
 *     List.of(Vote.against(DA), Vote.abstain(COURTS), Vote.against(CITY)),
 *     LocalDate.of(2018, 9, 1));
 * decision.outcome(); // NOT_RENEWED, voted down
 * }</pre>
 *
 * <p>Explanations are in English, or in Spanish for the locale {@code es} and its regional
 * variants ({@link org.civictech.pars.RenewalDecision#explanation(java.util.Locale)}); any other
 * language falls back to English.
 *
 * <p>Nothing in this package accepts or returns null: every null argument is rejected at once
 * with a {@link java.lang.NullPointerException} naming the parameter. All types are immutable
 * and thread-safe.
 */
@NullMarked
package org.civictech.pars;

import org.jspecify.annotations.NullMarked;
