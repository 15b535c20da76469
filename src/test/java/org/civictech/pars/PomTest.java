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
}
