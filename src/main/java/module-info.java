/**
 * The PARS contract renewal rule (RULE.md R1 to R8): who voted how, and whether the contract is
 * renewed, not renewed or still pending, with an explanation in plain English.
 */
module org.civictech.pars {
  requires static org.jspecify;
  requires static com.fasterxml.jackson.annotation;

  exports org.civictech.pars;
}
