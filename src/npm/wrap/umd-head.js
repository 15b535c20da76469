/*! pars-renewal @VERSION@ | Apache-2.0 | https://github.com/civictech/pars-renewal
 * Philadelphia's PARS contract renewal rule, compiled from Java by TeaVM: a CommonJS module, or,
 * loaded with a plain script tag (or importScripts in a worker), the one global ParsRenewal. */
(function (root, factory) {
  if (typeof module === "object" && module !== null && typeof module.exports === "object") {
    module.exports = factory();
  } else {
    root.ParsRenewal = factory();
  }
}(typeof globalThis !== "undefined" ? globalThis : typeof self !== "undefined" ? self : this,
function () {
  "use strict";
