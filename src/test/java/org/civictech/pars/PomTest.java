package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Consumers get no runtime dependency: every dependency of the POM is test-scoped or optional. */
class PomTest {

  private static final Pattern DEPENDENCY =
      Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);

  @Test
  void no_dependency_reaches_a_consumer() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8)
        .replaceAll("(?s)<!--.*?-->", "");
    // The project's own dependencies: not those managed, nor the build's, nor a profile's.
    String own = pom.replaceAll("(?s)<dependencyManagement>.*?</dependencyManagement>", "")
        .replaceAll("(?s)<build>.*?</build>", "")
        .replaceAll("(?s)<profiles>.*?</profiles>", "");
    Matcher dependency = DEPENDENCY.matcher(own);
    int checked = 0;
    while (dependency.find()) {
      String body = dependency.group(1);
      boolean optional = body.contains("<optional>true</optional>");
      boolean testOrProvided =
          body.contains("<scope>test</scope>") || body.contains("<scope>provided</scope>");
      assertThat(optional || testOrProvided).as("must be optional, test or provided:" + body)
          .isTrue();
      checked++;
    }
    assertThat(checked).as("dependencies checked").isGreaterThanOrEqualTo(5);
  }

  @Test
  void the_jar_names_its_main_class() throws IOException {
    assertThat(pom()).containsPattern("(?s)<artifactId>maven-jar-plugin</artifactId>\\s*"
        + "<configuration>.*<mainClass>org.civictech.pars.cli.Main</mainClass>");
  }

  @Test
  void skip_tests_also_skips_the_consumer_projects() throws IOException {
    assertThat(pom()).contains("<skipTests>false</skipTests>")
        .contains("<invoker.skip>${skipTests}</invoker.skip>");
  }

  @Test
  void the_javadoc_footer_states_the_license_not_all_rights_reserved() throws IOException {
    assertThat(pom()).contains("<bottom>Copyright &#169; 2026 the pars-renewal maintainers."
        + " Licensed under the Apache License, Version 2.0.</bottom>")
        .contains("<name>Apache-2.0</name>");
  }

  private static String pom() throws IOException {
    return Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
  }
}
