// The API as a JavaScript user meets it: results, ballots, names, and the documented errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import vm from "node:vm";
import * as parsRenewal from "pars-renewal";

const { decide, ballot, story2018, stakeholders, languages, labels, headline, formatDate,
  version } = parsRenewal;
const require = createRequire(import.meta.url);
const EXPIRES = { expiresOn: "2018-08-31" };

test("the issue's example prints NOT_RENEWED", () => {
  assert.equal(decide({ DA: "AGAINST", COURTS: "ABSTAIN", CITY: "AGAINST" },
    { expiresOn: "2018-08-31", asOf: "2018-09-01" }).outcome, "NOT_RENEWED");
});

test("a decision is frozen, serialises to its fields and words its sentences only when asked", () => {
  const decision = decide({ DA: "IN_FAVOR" }, EXPIRES);
  assert.ok(Object.isFrozen(decision) && Object.isFrozen(decision.votes)
    && Object.isFrozen(decision.votes[0]) && Object.isFrozen(decision.contract));
  assert.equal(decision.asOf, null);
  assert.equal(decision.outcome, "PENDING");
  assert.ok(!JSON.stringify(decision).includes("explanation"));
  assert.equal(decision.library, version); // what computed it, as the JSON's "library"
  assert.deepEqual(Object.keys(JSON.parse(JSON.stringify(decision))).slice(-2),
    ["pivots", "library"]);
  const { explanation } = decision;
  assert.equal(explanation("es-MX"), decision.explanation("es"));
  assert.notEqual(decision.explanation("es"), decision.explanation("en"));
});

test("the command line's spellings are accepted and give the constant names", () => {
  assert.deepEqual(decide({ DA: "in-favor", COURTS: "against", CITY: "abstain" }, EXPIRES).votes
    .map((vote) => vote.choice), ["IN_FAVOR", "AGAINST", "ABSTAIN"]);
});

test("dates are Java's: beyond 9999, before year 0, and 9999-12-31 can be decided after", () => {
  const after = decide({}, { expiresOn: "9999-12-31", asOf: "+10000-01-01" });
  assert.equal(after.final, true);
  assert.equal(after.reason, "LAPSED");
  assert.equal(decide({}, { expiresOn: "-0001-01-01", asOf: "0000-01-01" }).asOf, "0000-01-01");
  assert.equal(decide({}, { expiresOn: "+02018-08-31" }).contract.expiresOn, "2018-08-31");
});

test("any contract name and expiry", () => {
  const decision = decide({ CITY: "IN_FAVOR" },
    { contract: "Bail data", expiresOn: "2030-01-15", asOf: "2030-01-16", votesRequired: 1 });
  assert.deepEqual(decision.contract, { name: "Bail data", expiresOn: "2030-01-15" });
  assert.equal(decision.outcome, "RENEWED");
});

test("a ballot is cast over time, and refuses a vote after the expiry", () => {
  const b = ballot({ expiresOn: "2018-08-31" })
    .cast({ stakeholder: "DA", choice: "AGAINST", castOn: "2018-07-11", source: "[AP-07-11]" })
    .cast({ stakeholder: "CITY", choice: "against", castOn: "2018-07-27" });
  assert.equal(b.history.length, 2);
  assert.equal(b.history[0].source, "[AP-07-11]");
  assert.equal(b.decisionAsOf("2018-07-12").outcome, "PENDING");
  assert.equal(b.decisionAsOf("2018-07-27").reason, "VOTED_DOWN");
  assert.deepEqual(b.timeline().map((entry) => entry.asOf),
    ["2018-07-11", "2018-07-27", "2018-09-01"]);
  assert.throws(() => b.cast({ stakeholder: "COURTS", choice: "ABSTAIN", castOn: "2018-09-01" }),
    { name: "RangeError", message: /castOn.*2018-09-01/ });
  assert.equal(story2018("es").history.length, 3);
});

test("names, languages, labels, headlines and the version", () => {
  assert.deepEqual(stakeholders("en").map((s) => s.stakeholder), ["DA", "COURTS", "CITY"]);
  assert.ok(languages.includes("en") && Object.isFrozen(languages));
  assert.equal(typeof labels("es").title, "string");
  assert.ok(Object.isFrozen(labels("es").choices));
  assert.equal(typeof headline("VOTED_DOWN", false, "en"), "string");
  const pkg = JSON.parse(readFileSync(require.resolve("pars-renewal/package.json"), "utf8"));
  assert.deepEqual({ ...version }, { name: "pars-renewal", version: pkg.version,
    ruleVersion: version.ruleVersion });
  assert.match(version.ruleVersion, /^\d+\.\d+$/);
});

const BAD = [
  // [what, call, error class, message pattern]
  ["a choice that is not one", () => decide({ DA: "MAYBE" }, EXPIRES), RangeError,
    /^votes\.DA must be one of IN_FAVOR, AGAINST, ABSTAIN \(or in-favor, against, abstain\), but was "MAYBE"$/],
  ["a string for the votes", () => decide("in-favor", EXPIRES), TypeError,
    /^votes must be an object .* but was "in-favor"$/],
  ["a null for the votes", () => decide(null, EXPIRES), TypeError, /^votes must be an object.*null$/],
  ["a number for a vote", () => decide({ DA: 1 }, EXPIRES), TypeError,
    /^votes\.DA must be a string.*but was 1$/],
  ["an unknown stakeholder", () => decide({ MAYOR: "AGAINST" }, EXPIRES), RangeError,
    /^votes has no field "MAYOR": its fields are DA, COURTS, CITY$/],
  ["a malformed date", () => decide({}, { expiresOn: "2018-0a-31" }), RangeError,
    /^options\.expiresOn must be an ISO-8601 date .* but was "2018-0a-31"$/],
  ["a day that does not exist", () => decide({}, { expiresOn: "2018-02-30" }), RangeError,
    /^options\.expiresOn .* but was "2018-02-30" \(that month has days 01 to 28\)$/],
  ["a day that does not exist in a leap year", () => decide({}, { ...EXPIRES,
    asOf: "2020-02-30" }), RangeError, /^options\.asOf .* but was "2020-02-30" \(that month has days 01 to 29\)$/],
  ["a month that does not exist", () => ballot(EXPIRES).decisionAsOf("2018-13-01"), RangeError,
    /^asOf must be an ISO-8601 date .* but was "2018-13-01" \(months run from 01 to 12\)$/],
  ["day 00", () => formatDate("2018-08-00"), RangeError,
    /^date must be an ISO-8601 date .* but was "2018-08-00" \(that month has days 01 to 31\)$/],
  ["a year beyond 9999 without its sign", () => decide({}, { expiresOn: "10000-01-01" }),
    RangeError, /^options\.expiresOn/],
  ["a huge date, quoted in part", () => decide({}, { expiresOn: "9".repeat(5000) }), RangeError,
    /but was "9{80}\.\.\."$/],
  ["a missing expiry", () => decide({}, {}), TypeError,
    /^options\.expiresOn must be a string.*but was undefined$/],
  ["a date object", () => decide({}, { expiresOn: new Date() }), TypeError,
    /^options\.expiresOn must be a string.*but was a Date$/],
  ["a Map for the votes", () => decide(new Map([["DA", "AGAINST"]]), EXPIRES), TypeError,
    /^votes must be an object such as .* but was a Map$/],
  ["a Date for the votes", () => decide(new Date(), EXPIRES), TypeError,
    /^votes must be an object such as .* but was a Date$/],
  ["a Map for the options", () => decide({}, new Map([["expiresOn", "2018-08-31"]])), TypeError,
    /^options must be an object such as .* but was a Map$/],
  ["a string for votesRequired", () => decide({}, { ...EXPIRES, votesRequired: "2" }), TypeError,
    /^options\.votesRequired must be a number, 1, 2 or 3, but was "2"$/],
  ["votesRequired 4", () => decide({}, { ...EXPIRES, votesRequired: 4 }), RangeError,
    /^options\.votesRequired must be 1, 2 or 3, but was 4$/],
  ["votesRequired 2.5", () => decide({}, { ...EXPIRES, votesRequired: 2.5 }), RangeError,
    /but was 2\.5$/],
  ["votesRequired NaN", () => decide({}, { ...EXPIRES, votesRequired: NaN }), RangeError,
    /^options\.votesRequired must be 1, 2 or 3, but was NaN$/],
  ["votesRequired Infinity", () => ballot({ ...EXPIRES, votesRequired: -Infinity }), RangeError,
    /^options\.votesRequired must be 1, 2 or 3, but was -Infinity$/],
  ["votesRequired 1e300", () => decide({}, { ...EXPIRES, votesRequired: 1e300 }), RangeError,
    /^options\.votesRequired must be 1, 2 or 3, but was 1e\+300$/],
  ["an unknown option", () => decide({}, { ...EXPIRES, asof: "2018-09-01" }), RangeError,
    /^options has no field "asof": its fields are contract, expiresOn, asOf, votesRequired$/],
  ["a blank contract name", () => decide({}, { ...EXPIRES, contract: " " }), RangeError,
    /^options\.contract must be a contract's name, not blank/],
  ["a language that is not a string", () => decide({}, EXPIRES).explanation(1), TypeError,
    /^language must be a string/],
  ["an unknown reason", () => headline("MAYBE", true), RangeError,
    /^reason must be one of RENEWED, VOTED_DOWN, LAPSED, PENDING, but was "MAYBE"$/],
  ["a lapse while voting is open (R7, E6)", () => headline("LAPSED", true, "es"), RangeError,
    /^open must be false for LAPSED \(RULE\.md R7: .*\), but was true$/],
  ["pending once voting has closed (R7)", () => headline("PENDING", false), RangeError,
    /^open must be true for PENDING \(RULE\.md R7: .*\), but was false$/],
  ["a vote without a stakeholder", () => ballot(EXPIRES).cast({ choice: "AGAINST",
    castOn: "2018-07-01" }), TypeError, /^vote\.stakeholder must be a string/],
];

for (const [what, call, errorClass, message] of BAD) {
  test(`${what} is a ${errorClass.name} that names the parameter and the value`, () => {
    assert.throws(call, (error) => {
      assert.equal(error.constructor, errorClass);
      assert.match(error.message, message);
      return true;
    });
  });
}

test("CommonJS gives the same functions", () => {
  const cjs = require("pars-renewal");
  assert.deepEqual(Object.keys(cjs).sort(), Object.keys(parsRenewal).sort());
  assert.equal(cjs.decide({ DA: "AGAINST", CITY: "AGAINST" }, EXPIRES).reason, "VOTED_DOWN");
});

test("as a plain script it sets one global, ParsRenewal, and needs no document or window", () => {
  const script = readFileSync(require.resolve("pars-renewal/pars-renewal.js"), "utf8");
  const context = vm.createContext({ reason: "the host page's own", decide: 42 });
  vm.runInContext(script, context);
  const globals = vm.runInContext("Object.keys(globalThis)", context);
  assert.deepEqual([...globals].sort(), ["ParsRenewal", "decide", "reason"]);
  assert.equal(vm.runInContext("reason", context), "the host page's own");
  assert.equal(vm.runInContext("ParsRenewal.decide({}, { expiresOn: '2018-08-31' }).outcome",
    context), "PENDING");
});
