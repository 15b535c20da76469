// The packed package against the JVM: every one of the 64 ballots, under rules 1 to 3, with voting
// open and closed, in every language, field by field and sentence by sentence. expected.json is
// written by the JVM during the build (NpmPackageTest), from the library's own decision JSON.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { decide, languages } from "pars-renewal";

const expected = JSON.parse(readFileSync(new URL("./expected.json", import.meta.url), "utf8"));
// The sentences are methods of a decision, worded in the language asked for.
const SENTENCES = ["language", "explanation", "explainPivots"];

test("the package speaks the JVM's languages", () => {
  assert.deepEqual([...languages], expected.languages);
});

test("decide equals the JVM's decision JSON and sentences for all 384 ballots in every language",
  () => {
    assert.equal(expected.cases.length, 64 * 3 * 2);
    for (const { votes, options, decision } of expected.cases) {
      const actual = decide(votes, options);
      const what = JSON.stringify({ votes, options });
      assert.ok(Object.isFrozen(actual), what);
      const fields = Object.keys(decision.en).filter((key) => !SENTENCES.includes(key));
      assert.deepEqual(Object.keys(actual).filter((key) => typeof actual[key] !== "function"),
        fields, what);
      for (const field of fields) {
        assert.deepEqual(actual[field], decision.en[field], `${field} of ${what}`);
      }
      for (const language of expected.languages) {
        assert.equal(actual.explanation(language), decision[language].explanation,
          `explanation in ${language} of ${what}`);
        assert.equal(actual.explainPivots(language), decision[language].explainPivots,
          `pivots in ${language} of ${what}`);
      }
      assert.equal(actual.explanation(), decision[expected.languages[0]].explanation);
    }
  });

test("the 2018 ballot's history and timeline equal the JVM's in every language", async () => {
  const { story2018 } = await import("pars-renewal");
  for (const language of expected.languages) {
    const ballot = story2018(language);
    const jvm = expected.story2018[language];
    assert.deepEqual(ballot.contract, jvm.contract);
    assert.equal(ballot.votesRequired, jvm.decider.votesRequired);
    assert.deepEqual(ballot.history, jvm.history);
    const timeline = ballot.timeline();
    assert.equal(timeline.length, jvm.timeline.length);
    timeline.forEach((entry, i) => {
      assert.equal(entry.asOf, jvm.timeline[i].asOf);
      const { language: _, explanation, explainPivots, ...fields } = jvm.timeline[i].decision;
      assert.deepEqual(JSON.parse(JSON.stringify(entry.decision)), fields);
      assert.equal(entry.decision.explanation(language), explanation);
      assert.equal(entry.decision.explainPivots(language), explainPivots);
    });
  }
});
