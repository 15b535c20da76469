package org.civictech.pars.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.civictech.pars.Ballot;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.internal.JsonForms;

/**
 * The library's JSON forms as the JavaScript package gives them, for the tests to compare with:
 * the same fields, without {@code library}, which the package states once, in its {@code version}.
 */
final class JsForms {

  private JsForms() {}

  static Object decision(RenewalDecision decision, Locale locale) {
    return withoutLibrary(JsonForms.decision(decision, locale));
  }

  static Object ballot(Ballot ballot, Locale locale) {
    return withoutLibrary(JsonForms.ballot(ballot, locale));
  }

  /** A copy of a JSON tree with every {@code library} field left out. */
  private static Object withoutLibrary(Object tree) {
    if (tree instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((key, value) -> {
        if (!"library".equals(key)) {
          copy.put(key, withoutLibrary(value));
        }
      });
      return copy;
    }
    if (tree instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(element -> copy.add(withoutLibrary(element)));
      return copy;
    }
    return tree;
  }
}
