/**
 * `import "pars-renewal/element"` defines `<pars-renewal-explainer>` in a browser: the outcome of
 * a ballot, its explanation and what single vote would change it, worded by the library in the
 * element's language, with controls (`interactive`) and the 2018 timeline (`timeline`) when asked.
 * The module exports no value; these types describe the element it defines.
 *
 * Attributes: `lang`, `votes` (`"DA=AGAINST,COURTS=ABSTAIN,CITY=AGAINST"`), `as-of` (left out:
 * voting open), `expires-on` (`2018-08-31` when left out), `votes-required` (1, 2 or 3; 2 when
 * left out), `timeline`, `interactive`. A wrong attribute shows a message and no answer, and
 * fires an `error` event (an `ErrorEvent` with the library's message).
 */
import type { Decision } from "./index.mjs";

/** The element `<pars-renewal-explainer>`. */
export interface ParsRenewalExplainer extends HTMLElement {
  /** The decision shown, or `null` while there is none (a wrong attribute, no whole date). */
  readonly decision: Decision | null;
}

declare global {
  interface HTMLElementTagNameMap {
    "pars-renewal-explainer": ParsRenewalExplainer;
  }
  interface HTMLElementEventMap {
    /** Fired by the explainer (bubbling, composed) each time it shows a decision, or none. */
    decision: CustomEvent<Decision | null>;
  }
}
