/**
 * The PARS contract renewal rule (RULE.md R1 to R8): who voted how, and whether the contract is
 * renewed, not renewed or still pending, with an explanation in each language the library speaks.
 * Only {@code org.civictech.pars} is exported; {@code words}, {@code internal}, {@code dmn} and
 * {@code cli} are the library's own.
 */
module org.civictech.pars {
  requires static org.jspecify;
  requires static com.fasterxml.jackson.annotation;
  requires static com.google.errorprone.annotations;

  exports org.civictech.pars;
}
