package org.civictech.pars.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The library knows its name and version as the build wrote them. */
class LibraryTest {

  @Test
  void the_name_and_version_are_the_projects() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    String version = pom.substring(pom.indexOf("<version>") + "<version>".length(),
        pom.indexOf("</version>"));

    assertThat(pom).contains("<artifactId>" + Library.NAME + "</artifactId>");
    assertThat(Library.version()).isEqualTo(version).isNotEqualTo("unknown");
  }
}
