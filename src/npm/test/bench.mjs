// Node figures for BENCHMARKS.md: decide without wording, explanation on
// demand, and a hand-written JavaScript reason function as the yardstick, in repeated batches of
// one run; each line gives the median and the spread (min to max) of the batches.
import { decide } from "pars-renewal";

const CHOICES = ["IN_FAVOR", "AGAINST", "ABSTAIN", undefined];
const BATCHES = 15;

/* The yardstick: the rule typed by hand (for this measurement only, never used by the package). */
function handReason(votes, closed, required) {
  let inFavor = 0, notVoted = 0;
  for (const key of ["DA", "COURTS", "CITY"]) {
    if (votes[key] === "IN_FAVOR") inFavor++; else if (votes[key] === undefined) notVoted++;
  }
  if (inFavor >= required) return "RENEWED";
  if (inFavor + notVoted < required) return "VOTED_DOWN";
  return closed ? "LAPSED" : "PENDING";
}

const inputs = [];
for (let i = 0; i < 384; i++) {
  const votes = {};
  if (CHOICES[i & 3]) votes.DA = CHOICES[i & 3];
  if (CHOICES[(i >> 2) & 3]) votes.COURTS = CHOICES[(i >> 2) & 3];
  if (CHOICES[(i >> 4) & 3]) votes.CITY = CHOICES[(i >> 4) & 3];
  const options = { expiresOn: "2018-08-31", votesRequired: 1 + ((i >> 6) % 3) };
  if (i & 1 << 8) options.asOf = "2018-09-01";
  inputs.push([votes, options]);
}

function batch(calls, body) {
  const start = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < calls; i++) sink += body(i) ? 1 : 0;
  const micros = Number(process.hrtime.bigint() - start) / 1000 / calls;
  if (sink < 0) console.log(sink);
  return micros;
}

function measure(name, calls, body) {
  batch(calls, body); // warm-up
  const runs = [];
  for (let b = 0; b < BATCHES; b++) runs.push(batch(calls, body));
  runs.sort((x, y) => x - y);
  return { name, median: runs[BATCHES >> 1], min: runs[0], max: runs[BATCHES - 1] };
}

const results = [
  measure("hand-written JavaScript reason", 400000, (i) => {
    const [votes, options] = inputs[i % 384];
    return handReason(votes, options.asOf !== undefined, options.votesRequired);
  }),
  measure("decide, no wording", 20000, (i) => {
    const [votes, options] = inputs[i % 384];
    return decide(votes, options).reason;
  }),
  measure("explanation on demand", 5000, (i) => {
    const [votes, options] = inputs[i % 384];
    return decide(votes, options).explanation(i & 1 ? "es" : "en");
  }),
];
const yardstick = results[0];
for (const r of results) {
  const ratio = r.median / yardstick.median;
  const low = r.min / yardstick.max;
  const high = r.max / yardstick.min;
  console.log(`${r.name}: ${r.median.toFixed(3)} us per call (batches: ${r.min.toFixed(3)} to `
    + `${r.max.toFixed(3)}; ${BATCHES} batches); ${ratio.toFixed(1)}x the hand-written reason `
    + `(${low.toFixed(1)}x to ${high.toFixed(1)}x)`);
}
