// Misuses that tsc --strict must refuse: each line marked "misuse" is one error.
import { decide, ballot } from "pars-renewal";

decide({ DA: "MAYBE" }, { expiresOn: "2018-08-31" }); // misuse: not a choice
decide({ MAYOR: "AGAINST" }, { expiresOn: "2018-08-31" }); // misuse: not a stakeholder
decide({}, { asOf: "2018-09-01" }); // misuse: no expiresOn
decide({}, { expiresOn: "2018-08-31", votesRequired: 4 }); // misuse: not 1, 2 or 3
decide({}, { expiresOn: "2018-08-31", votesRequired: "2" }); // misuse: a string
decide({}, { expiresOn: new Date() }); // misuse: a Date
const d = decide({}, { expiresOn: "2018-08-31" });
const o: "RENEWED" | "PENDING" = d.outcome; // misuse: NOT_RENEWED is missing
d.outcome = "RENEWED"; // misuse: read-only
ballot({ expiresOn: "2018-08-31", asOf: "2018-09-01" }); // misuse: a ballot has no asOf
ballot({ expiresOn: "2018-08-31" }).cast({ stakeholder: "DA", choice: "AGAINST" }); // misuse: no castOn
console.log(o);
