package org.civictech.pars.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.civictech.pars.internal.Json;
import org.civictech.pars.internal.Vectors;

/**
 * Runs the conformance vectors against one implementation and reports in the documented results
 * format (docs/vectors.md): one JSON object a line, {@code {"id","pass","differences"}}, then
 * "N passed, M failed".
 */
public final class VectorsRunner {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private VectorsRunner() {}

  /** The vectors the library generates, as a tree. */
  public static JsonNode vectors() {
    try {
      return MAPPER.readTree(Json.write(Vectors.tree()));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The result lines of running {@code implementation} (a case's {@code input} to its answer, an
   * object with at least the normative fields it implements) over every case, comparing the
   * {@code fields} named, then the summary line.
   */
  public static List<String> run(JsonNode vectors, List<String> fields,
      Function<JsonNode, JsonNode> implementation) {
    List<String> lines = new ArrayList<>();
    int failed = 0;
    for (JsonNode vector : vectors.get("cases")) {
      JsonNode actual = implementation.apply(vector.get("input"));
      ObjectNode differences = MAPPER.createObjectNode();
      for (String field : fields) {
        JsonNode expected = vector.get("expected").get(field);
        if (!expected.equals(actual.get(field))) {
          differences.putObject(field).<ObjectNode>set("expected", expected)
              .set("actual", actual.get(field));
        }
      }
      failed += differences.isEmpty() ? 0 : 1;
      lines.add(MAPPER.createObjectNode().put("id", vector.get("id").asText())
          .put("pass", differences.isEmpty()).<ObjectNode>set("differences", differences)
          .toString());
    }
    lines.add((vectors.get("cases").size() - failed) + " passed, " + failed + " failed");
    return lines;
  }

  /** The normative fields, as the vectors list them. */
  public static List<String> normative(JsonNode vectors) {
    List<String> fields = new ArrayList<>();
    vectors.get("normative").forEach(field -> fields.add(field.asText()));
    return fields;
  }

  /** Parses JSON text a test's implementation printed. */
  public static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
