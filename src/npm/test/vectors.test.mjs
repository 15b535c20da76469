// The conformance vectors (docs/vectors.md) run against the packed package: every case of the
// rule, its normative fields compared, the results written in the documented format.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { decide, version } from "pars-renewal";

const vectors = JSON.parse(
  readFileSync(new URL("./pars-renewal-vectors.json", import.meta.url), "utf8"));

test("the package passes every conformance vector", () => {
  const lines = [];
  let failed = 0;
  for (const { id, input, expected } of vectors.cases) {
    const actual = decide(input.votes,
      { expiresOn: input.expiresOn, asOf: input.asOf, votesRequired: input.votesRequired });
    const differences = {};
    for (const field of vectors.normative) {
      if (JSON.stringify(actual[field]) !== JSON.stringify(expected[field])) {
        differences[field] = { expected: expected[field], actual: actual[field] };
      }
    }
    const pass = Object.keys(differences).length === 0;
    failed += pass ? 0 : 1;
    lines.push(JSON.stringify({ id, pass, differences }));
  }
  lines.push(`${vectors.cases.length - failed} passed, ${failed} failed`);
  writeFileSync(new URL("./vectors-results.jsonl", import.meta.url), lines.join("\n") + "\n");
  assert.equal(vectors.cases.length, 576);
  assert.equal(lines.at(-1), "576 passed, 0 failed");
});

test("the package says what it is, as the vectors do", () => {
  assert.deepEqual({ ...version }, vectors.library);
});
