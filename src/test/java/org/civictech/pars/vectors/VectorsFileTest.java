package org.civictech.pars.vectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.civictech.pars.Schemas;
import org.civictech.pars.internal.Vectors;
import org.junit.jupiter.api.Test;

/**
 * The published vectors file is what the library generates, never edited by hand, valid against
 * its schema, and travels in the jar. To refresh it after a change of the rule, of a sentence or
 * of the version: {@code java -cp target/classes org.civictech.pars.cli.Main --vectors >
 * vectors/pars-renewal-vectors.json}.
 */
class VectorsFileTest {

  private static final Path FILE = Path.of("vectors/pars-renewal-vectors.json");

  @Test
  void the_published_file_is_what_the_library_generates() throws Exception {
    assertThat(Files.readString(FILE, StandardCharsets.UTF_8).replace("\r\n", "\n"))
        .as("regenerate with: java -cp target/classes org.civictech.pars.cli.Main --vectors > "
            + FILE)
        .isEqualTo(Vectors.json());
  }

  @Test
  void the_vectors_are_valid_against_their_schema() {
    assertThat(Schemas.errors(Schemas.VECTORS, Vectors.json())).isEmpty();
  }

  @Test
  void the_jar_carries_the_vectors() throws Exception {
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/pars-renewal/pars-renewal-vectors.json")) {
      assertThat(in).as("the vectors on the class path").isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Vectors.json());
    }
  }
}
