package org.civictech.pars;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The committed JSON Schemas (draft 2020-12), read from the class path as a consumer reads them
 * from the jar, and a real validator (networknt json-schema-validator) to hold output against.
 */
public final class Schemas {

  public static final String BASE = "https://github.com/civictech/pars-renewal/schema/v2/";
  public static final String DECISION = "decision.schema.json";
  public static final String BALLOT = "ballot.schema.json";
  public static final String TRUTH_TABLE = "truth-table.schema.json";
  public static final String VECTORS = "vectors.schema.json";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, builder -> builder.schemas(texts()));
  private static final Map<String, Schema> SCHEMAS = new HashMap<>();

  private Schemas() {}

  /** The text of a committed schema, from the class path. */
  public static String text(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream("schema/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no schema " + name + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> texts() {
    Map<String, String> texts = new HashMap<>();
    for (String name : List.of(DECISION, BALLOT, TRUTH_TABLE, VECTORS)) {
      texts.put(BASE + name, text(name));
    }
    return texts;
  }

  /** The validation errors of {@code json} against the named schema; empty when valid. */
  public static synchronized List<Error> errors(String schema, String json) {
    Schema loaded = SCHEMAS.computeIfAbsent(schema,
        name -> REGISTRY.getSchema(SchemaLocation.of(BASE + name)));
    return loaded.validate(json, InputFormat.JSON);
  }
}
