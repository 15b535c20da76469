/**
 * pars-renewal: Philadelphia's PARS contract renewal rule (RULE.md), compiled from the library's
 * Java by TeaVM, with its explanations in several languages. Every outcome and every sentence
 * comes from the Java; nothing of the rule is written again in JavaScript.
 *
 * Errors: a `TypeError` when an argument has the wrong type, a `RangeError` when its value is not
 * accepted; each message names the parameter, shows the value (cut after 80 characters) and says
 * what is accepted. Dates are ISO-8601 as Java's `LocalDate` reads and writes them: `2018-08-31`,
 * `+10000-01-01` (a `+` and five or more digits beyond 9999), `-0001-01-01`.
 */

/** A stakeholder, by its constant name. */
export type Stakeholder = "DA" | "COURTS" | "CITY";
/** A vote, by its constant name. An abstention does not count in favor (R4). */
export type Choice = "IN_FAVOR" | "AGAINST" | "ABSTAIN";
/** A vote as `decide` and `cast` accept it: a constant name, or the command line's spelling. */
export type ChoiceInput = Choice | "in-favor" | "against" | "abstain";
/** The outcome of a renewal. */
export type Outcome = "RENEWED" | "NOT_RENEWED" | "PENDING";
/** Why: renewed, voted down, lapsed (not enough votes in favor by the expiry), or pending. */
export type Reason = "RENEWED" | "VOTED_DOWN" | "LAPSED" | "PENDING";
/** An ISO-8601 date such as `"2018-08-31"`, `"+10000-01-01"` or `"-0001-01-01"`. */
export type IsoDate = string;
/**
 * A BCP 47 language tag such as `"en"`, `"es"` or `"es-MX"` (Spanish); see {@link languages}.
 * A language the library does not speak gives the default, English, as in Java.
 */
export type Language = string;

/** The votes cast so far: a stakeholder left out, or `null`, has not voted yet. */
export type Votes = { readonly [S in Stakeholder]?: ChoiceInput | null };

/** What decides a ballot. */
export interface DecideOptions {
  /** The last day on which voting is open (inclusive, R6). */
  readonly expiresOn: IsoDate;
  /** The day decided on; left out (or `null`) to decide with voting open, without a date. */
  readonly asOf?: IsoDate | null;
  /** Votes in favor required for renewal: 1, 2 or 3; 2 when left out (R3). */
  readonly votesRequired?: 1 | 2 | 3;
  /** The contract's name, not blank; `"PARS"` when left out. */
  readonly contract?: string;
}

/** What opens a ballot: {@link DecideOptions} without `asOf`. */
export type BallotOptions = Omit<DecideOptions, "asOf">;

export interface Contract {
  readonly name: string;
  readonly expiresOn: IsoDate;
}

export interface Vote {
  readonly stakeholder: Stakeholder;
  readonly choice: Choice;
  /** The stakeholder's reason, `""` when none was given. */
  readonly rationale: string;
}

/** A single vote that would change the outcome, all other votes staying as they are. */
export interface Pivot {
  readonly stakeholder: Stakeholder;
  readonly choice: Choice;
  readonly outcome: Outcome;
}

/**
 * A decision: a frozen object with the fields of the library's decision JSON (docs/json.md), in
 * its order, without the sentences; `JSON.stringify` gives exactly those fields. The sentences are
 * worded only when asked for.
 */
export interface Decision {
  readonly contract: Contract;
  readonly votesRequired: 1 | 2 | 3;
  /** The day decided on, or `null` when decided with voting open. */
  readonly asOf: IsoDate | null;
  /** Whether voting is closed: `asOf` is after `contract.expiresOn` (R7). */
  readonly final: boolean;
  readonly outcome: Outcome;
  readonly reason: Reason;
  readonly lapsed: boolean;
  /** The standing votes, in stakeholder order. */
  readonly votes: readonly Vote[];
  readonly inFavor: readonly Stakeholder[];
  readonly against: readonly Stakeholder[];
  readonly abstained: readonly Stakeholder[];
  readonly notVoted: readonly Stakeholder[];
  /** The outcomes the missing votes can still produce. */
  readonly possibleOutcomes: readonly Outcome[];
  readonly pivots: readonly Pivot[];
  /** What computed the decision: the package's {@link version}, as the JSON's `library`. */
  readonly library: Version;
  /** The explanation (RULE.md E1 to E6), worded when called; English by default. */
  explanation(language?: Language): string;
  /** What single vote would change the outcome, as one sentence; English by default. */
  explainPivots(language?: Language): string;
}

/** A vote as {@link Ballot.cast} takes it. */
export interface DatedVoteInput {
  readonly stakeholder: Stakeholder;
  readonly choice: ChoiceInput;
  /** The day it was cast: on or before the expiry, not before the same stakeholder's last vote. */
  readonly castOn: IsoDate;
  /** Where it is documented; `""` when left out. */
  readonly source?: string;
  /** The stakeholder's reason; `""` when left out. */
  readonly rationale?: string;
}

/** A vote as recorded on a ballot. */
export interface DatedVote {
  readonly vote: Vote;
  readonly castOn: IsoDate;
  readonly source: string;
}

/** Where the renewal stood after a day. */
export interface DatedDecision {
  readonly asOf: IsoDate;
  readonly decision: Decision;
}

/** The votes on one contract as they come in, each dated and sourced (R5 to R7); frozen. */
export interface Ballot {
  readonly contract: Contract;
  readonly votesRequired: 1 | 2 | 3;
  /** Every vote, in the order cast; a later vote supersedes a stakeholder's earlier one (R5). */
  readonly history: readonly DatedVote[];
  /** A new ballot with one more vote; a RangeError after the expiry (R7). */
  cast(vote: DatedVoteInput): Ballot;
  /** The decision as of the end of the given day. */
  decisionAsOf(asOf: IsoDate): Decision;
  /** The decision after each day with a vote, and the day after the expiry. */
  timeline(): readonly DatedDecision[];
}

/** A stakeholder's names in one language. */
export interface StakeholderNames {
  readonly stakeholder: Stakeholder;
  /** As in a sentence: "the District Attorney's Office". */
  readonly displayName: string;
  /** As a label: "DA". */
  readonly shortName: string;
}

/** The explainer page's words in one language, by label name (`choices` by choice, "" for none). */
export interface Labels {
  readonly choices: { readonly [choice: string]: string };
  readonly [label: string]: string | { readonly [choice: string]: string };
}

/** What computed a result. */
export interface Version {
  readonly name: "pars-renewal";
  /** The package's version, the Maven project's. */
  readonly version: string;
  /** The version of the rule document (docs/RULE.md) the library follows. */
  readonly ruleVersion: string;
}

/**
 * Decides one ballot.
 *
 * @example decide({ DA: "AGAINST", COURTS: "ABSTAIN", CITY: "AGAINST" },
 *     { expiresOn: "2018-08-31", asOf: "2018-09-01" }).outcome // "NOT_RENEWED"
 * @throws TypeError if `votes` or `options` or one of their fields has the wrong type
 * @throws RangeError if a field's value is not accepted (an unknown stakeholder or option, a
 *     choice, a date, `votesRequired` other than 1, 2 or 3, a blank contract name)
 */
export function decide(votes: Votes, options: DecideOptions): Decision;

/** A ballot on which nobody has voted yet. */
export function ballot(options: BallotOptions): Ballot;

/** The 2018 PARS ballot, its sources described in the given language (English by default). */
export function story2018(language?: Language): Ballot;

/** The three stakeholders with their names in the given language, in stakeholder order. */
export function stakeholders(language?: Language): readonly StakeholderNames[];

/** The codes of the languages the library speaks, the default (`"en"`) first. */
export const languages: readonly string[];

/** The explainer page's words in the given language. */
export function labels(language?: Language): Labels;

/**
 * The words an explanation with this reason opens with, open or closed (E1): a name for an
 * outcome, such as "Not renewed (voted down)". Throws a `RangeError` for a state the reason never
 * has: `LAPSED` with voting open, `PENDING` with voting closed (R7).
 */
export function headline(reason: Reason, open: boolean, language?: Language): string;

/**
 * A date as the library's sentences say it in a language: "August 31, 2018", "31 de agosto de
 * 2018", "2018年8月31日". Throws a `RangeError` for a date that is not ISO-8601.
 */
export function formatDate(date: IsoDate, language?: Language): string;

/** The package's name and version, and the rule's version. */
export const version: Version;
