// A TypeScript user of the package: must type-check with tsc --strict.
import { decide, ballot, story2018, stakeholders, languages, labels, headline, formatDate, version }
  from "pars-renewal";
import type { Decision, Outcome, Votes, Ballot } from "pars-renewal";

const votes: Votes = { DA: "AGAINST", COURTS: "abstain", CITY: null };
const decision: Decision = decide(votes, { expiresOn: "2018-08-31", asOf: "2018-09-01" });
const outcome: Outcome = decision.outcome;
const sentence: string = decision.explanation("es") + decision.explainPivots();
const open = decide({}, { expiresOn: "2018-08-31", votesRequired: 3, contract: "PARS" });
const b: Ballot = ballot({ expiresOn: "2018-08-31" })
  .cast({ stakeholder: "DA", choice: "AGAINST", castOn: "2018-07-11", source: "AP" });
const asOf: string | null = b.decisionAsOf("2018-07-12").asOf;
const days: string[] = story2018("es").timeline().map((entry) => entry.asOf);
const names: string = stakeholders("en")[0].displayName + labels("en").choices["IN_FAVOR"];
const words: string = headline(decision.reason, !decision.final, languages[0]);
const computedBy: string = `${version.name} ${version.version} rule ${version.ruleVersion}`
  + decision.library.ruleVersion + formatDate("2018-08-31", "zh");
console.log(outcome, sentence, open.pivots.length, asOf, days, names, words, computedBy);
