package org.civictech.pars.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** What the library is: its name and version, as the build wrote them. */
public final class Library {

  /** The library's name, as on Maven Central. */
  public static final String NAME = "pars-renewal";

  /**
   * The version of the rule document the library follows: the "Rule version" line of
   * docs/RULE.md, bumped when a rule (R) or what an explanation may say (E) changes.
   */
  public static final String RULE_VERSION = "1.1";

  private Library() {}

  /** What computed a result, as JSON: the library's name and version and the rule's version. */
  public static Map<String, Object> toJsonMap() {
    Map<String, Object> json = new LinkedHashMap<>(4);
    json.put("name", NAME);
    json.put("version", version());
    json.put("ruleVersion", RULE_VERSION);
    return json;
  }

  /**
   * The library's version, as the build wrote it into {@code version.properties}; "unknown" in a
   * build that did not.
   */
  public static String version() {
    Properties properties = new Properties();
    try (InputStream in = Library.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the library's version.properties", e);
    }
    return properties.getProperty("version", "unknown");
  }
}
