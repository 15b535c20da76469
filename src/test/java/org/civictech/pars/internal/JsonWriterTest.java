package org.civictech.pars.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The library's own JSON writer: what it writes of each tree value, escaped as Jackson does. */
class JsonWriterTest {

  private static final JsonMapper MAPPER = new JsonMapper();

  @Test
  void strings_escape_quotes_backslashes_and_control_characters_as_jackson_does() {
    String text = "\"\\\b\t\n\f\r\u0000\u001f\u007f/é€";
    String expected = "\"\\\"\\\\\\b\\t\\n\\f\\r\\u0000\\u001F\u007f/é€\"";

    assertThat(Json.write(text)).isEqualTo(expected);
    assertThat(MAPPER.writeValueAsString(text)).isEqualTo(expected);
    assertThat(Json.write("\u001a\u000b")).isEqualTo("\"\\u001A\\u000B\"");
  }

  @Test
  void the_writer_writes_nulls_numbers_booleans_and_nested_containers() {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("a", Arrays.asList(1, true, false, null, List.of()));
    tree.put("b", Map.of());
    tree.put("c", -12);

    assertThat(Json.write(tree)).isEqualTo("{\"a\":[1,true,false,null,[]],\"b\":{},\"c\":-12}");
    assertThat(Json.write(null)).isEqualTo("null");
  }

  @Test
  void the_writer_rejects_what_is_not_a_json_tree_value() {
    assertThatThrownBy(() -> Json.write(List.of(1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a JSON tree value: java.lang.Long");
  }
}
