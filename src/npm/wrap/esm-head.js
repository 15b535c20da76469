/*! pars-renewal @VERSION@ | Apache-2.0 | https://github.com/civictech/pars-renewal
 * Philadelphia's PARS contract renewal rule, compiled from Java by TeaVM: an ES module. */
const api = (function () {
