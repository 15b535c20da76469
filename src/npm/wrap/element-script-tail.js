
  if (!pars) {
    throw new Error("pars-renewal-element.js needs pars-renewal.js, loaded before it");
  }
  defineExplainer(pars);
}(typeof globalThis !== "undefined" ? globalThis.ParsRenewal : self.ParsRenewal));
