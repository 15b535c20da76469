package org.civictech.pars.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.civictech.pars.Ballot;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.internal.JsonForms;

/**
 * The library's JSON forms as the JavaScript package gives them, for the tests to compare with:
 * a decision as it is; a ballot without its own {@code library} field, which the package's ballot
 * object does not carry (its decisions do, as the package's {@code version}).
 */
final class JsForms {

  private JsForms() {}

  static Object decision(RenewalDecision decision, Locale locale) {
    return JsonForms.decision(decision, locale);
  }

  static Object ballot(Ballot ballot, Locale locale) {
    Map<String, Object> json = new LinkedHashMap<>(JsonForms.ballot(ballot, locale));
    json.remove("library");
    return json;
  }
}
