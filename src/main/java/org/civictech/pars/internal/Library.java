package org.civictech.pars.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What the library is: its name and version, as the build wrote them. */
public final class Library {

  /** The library's name, as on Maven Central. */
  public static final String NAME = "pars-renewal";

  private Library() {}

  /** The library's version, from the build ({@code version.properties}), or "unknown". */
  public static String version() {
    Properties properties = new Properties();
    try (InputStream in = Library.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return properties.getProperty("version", "unknown");
  }
}
