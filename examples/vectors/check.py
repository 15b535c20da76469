#!/usr/bin/env python3
"""Checks the PARS renewal rule against pars-renewal's conformance vectors (docs/vectors.md).

  check.py VECTORS               checks the rule written below, a worked example in Python
  check.py VECTORS ANSWERS       checks any implementation's answers: one JSON object a line,
                                 {"id": ..., "outcome": ..., "reason": ..., ...}
Prints one result a line, {"id", "pass", "differences"}, then "N passed, M failed".
"""
import datetime, json, sys

STAKEHOLDERS, CHOICES = ["DA", "COURTS", "CITY"], ["IN_FAVOR", "AGAINST", "ABSTAIN"]

def reason(votes, required, closed):
    in_favor = list(votes.values()).count("IN_FAVOR")       # R4: abstaining is not in favor
    if in_favor >= required: return "RENEWED"                # R3
    if in_favor + 3 - len(votes) < required: return "VOTED_DOWN"  # R6: out of reach
    return "LAPSED" if closed else "PENDING"                 # R7 after the expiry, R6 before

def outcome(r): return {"RENEWED": "RENEWED", "PENDING": "PENDING"}.get(r, "NOT_RENEWED")

def decide(i):
    day = datetime.date.fromisoformat
    votes, n, closed = i["votes"], i["votesRequired"], day(i["asOf"]) > day(i["expiresOn"])
    r = reason(votes, n, closed)
    who = lambda c: [s for s in STAKEHOLDERS if votes.get(s) == c]
    pivots = [{"stakeholder": s, "choice": c, "outcome": outcome(reason({**votes, s: c}, n, closed))}
              for s in STAKEHOLDERS for c in CHOICES if votes.get(s) != c
              and outcome(reason({**votes, s: c}, n, closed)) != outcome(r)]
    return {"outcome": outcome(r), "reason": r, "final": closed, "inFavor": who("IN_FAVOR"),
            "against": who("AGAINST"), "abstained": who("ABSTAIN"), "notVoted": who(None),
            "possibleOutcomes": ["RENEWED", "NOT_RENEWED"] if r == "PENDING" else [outcome(r)],
            "pivots": pivots}

def main(vectors_file, answers_file=None):
    vectors = json.load(open(vectors_file, encoding="utf-8"))
    answers = {}
    if answers_file:
        for line in open(answers_file, encoding="utf-8"):
            if line.strip(): answer = json.loads(line); answers[answer["id"]] = answer
    failed = 0
    for case in vectors["cases"]:
        actual = answers.get(case["id"], {}) if answers_file else decide(case["input"])
        differences = {f: {"expected": case["expected"][f], "actual": actual.get(f)}
                       for f in vectors["normative"] if actual.get(f) != case["expected"][f]}
        failed += bool(differences)
        print(json.dumps({"id": case["id"], "pass": not differences, "differences": differences}))
    print(f"{len(vectors['cases']) - failed} passed, {failed} failed")
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
