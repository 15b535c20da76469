/*! pars-renewal @VERSION@ | Apache-2.0 | https://github.com/civictech/pars-renewal
 * <pars-renewal-explainer>, the embeddable explainer: an ES module that defines the element on
 * import, from the library's own module. Importing "pars-renewal" alone defines nothing. */
import * as pars from "./index.mjs";

