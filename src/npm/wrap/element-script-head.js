/*! pars-renewal @VERSION@ | Apache-2.0 | https://github.com/civictech/pars-renewal
 * <pars-renewal-explainer>, the embeddable explainer, as a plain script: load pars-renewal.js
 * first; this defines the element from the global ParsRenewal and adds no global of its own. */
(function (pars) {
  "use strict";

