package org.civictech.pars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.civictech.pars.internal.Pars2018;
import org.junit.jupiter.api.Test;

/**
 * JSON readers facing hostile input: whatever a JSON document (or a map built in Java) holds,
 * {@code Ballot.fromJsonMap} and {@code Vote.fromJsonMap} give a value or an
 * {@link IllegalArgumentException} naming the field, with a message of bounded length; never a
 * {@link StackOverflowError}, never another throwable.
 */
class HostileJsonTest {

  private static final int MESSAGE_LIMIT = 300;

  private static Map<String, Object> ballot2018() {
    return Pars2018.ballot(Locale.ENGLISH).toJsonMap();
  }

  private static Map<String, Object> withHistory(Object first) {
    Map<String, Object> json = new LinkedHashMap<>(ballot2018());
    List<Object> history = new ArrayList<>();
    history.add(first);
    json.put("history", history);
    return json;
  }

  @Test
  void a_history_entry_nested_100000_deep_is_rejected_by_name() {
    Object nested = List.of();
    for (int i = 0; i < 100_000; i++) {
      nested = List.of(nested);
    }

    Map<String, Object> json = withHistory(nested);

    assertThatThrownBy(() -> Ballot.fromJsonMap(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ballot.history[0] must be an object, but was an array of 1 element");
  }

  @Test
  void a_history_entry_that_contains_itself_is_rejected_by_name() {
    List<Object> cycle = new ArrayList<>();
    cycle.add(cycle);
    Map<String, Object> self = new LinkedHashMap<>();
    self.put("vote", self);
    self.put("castOn", "2018-07-11");

    assertThatThrownBy(() -> Ballot.fromJsonMap(withHistory(cycle)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ballot.history[0] must be an object, but was an array of 1 element");
    assertThatThrownBy(() -> Ballot.fromJsonMap(withHistory(self)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ballot.history[0].vote.stakeholder is missing (or null):"
            + " ballot.history[0].vote must have a \"stakeholder\"");
  }

  @Test
  void a_history_entry_of_a_million_numbers_is_described_by_its_size() {
    List<Object> numbers = Collections.nCopies(1_000_000, 7);

    assertThatThrownBy(() -> Ballot.fromJsonMap(withHistory(numbers)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ballot.history[0] must be an object, but was an array of 1000000 elements");
  }

  @Test
  void a_wide_object_where_a_string_belongs_is_described_by_its_size() {
    Map<String, Object> wide = new LinkedHashMap<>();
    for (int i = 0; i < 100_000; i++) {
      wide.put("k" + i, i);
    }
    Map<String, Object> json = new LinkedHashMap<>(ballot2018());
    json.put("contract", Map.of("name", wide, "expiresOn", "2018-08-31"));

    assertThatThrownBy(() -> Ballot.fromJsonMap(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ballot.contract.name must be a string, but was an object of 100000 fields");
  }

  @Test
  void a_huge_string_or_number_is_quoted_only_in_part() {
    Map<String, Object> json = new LinkedHashMap<>(ballot2018());
    json.put("contract", Map.of("name", "PARS", "expiresOn", "9".repeat(1_000_000)));
    Map<String, Object> number = new LinkedHashMap<>(ballot2018());
    number.put("decider", Map.of("votesRequired", new java.math.BigInteger("9".repeat(10_000))));

    assertThatThrownBy(() -> Ballot.fromJsonMap(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ballot.contract.expiresOn must be a date like 2018-08-31, but was \""
            + "9".repeat(80) + "...\"");
    assertThatThrownBy(() -> Ballot.fromJsonMap(number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ballot.decider.votesRequired must be a whole number within the range of an"
            + " int, but was " + "9".repeat(80) + "...");
  }

  @Test
  void a_votes_date_errors_name_the_history_entry() {
    Map<String, Object> vote = Map.of("stakeholder", "DA", "choice", "AGAINST");
    Map<String, Object> json = new LinkedHashMap<>(ballot2018());
    json.put("history", List.of(
        Map.of("vote", vote, "castOn", "2018-07-20"),
        Map.of("vote", vote, "castOn", "2018-07-11")));

    assertThatThrownBy(() -> Ballot.fromJsonMap(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ballot.history[1]: castOn must not go back in time");
    json.put("history", List.of(Map.of("vote", vote, "castOn", "2018-09-01")));
    assertThatThrownBy(() -> Ballot.fromJsonMap(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ballot.history[0]: castOn must be on or before the expiry date");
  }

  @Test
  void a_missing_and_a_null_optional_field_mean_the_same() {
    Map<String, Object> withNulls = new LinkedHashMap<>();
    withNulls.put("stakeholder", "CITY");
    withNulls.put("choice", "ABSTAIN");
    withNulls.put("rationale", null);
    Map<String, Object> dated = new LinkedHashMap<>();
    dated.put("vote", withNulls);
    dated.put("castOn", "2018-07-27");
    dated.put("source", null);

    assertThat(Vote.fromJsonMap(withNulls)).isEqualTo(Vote.fromJsonMap(
        Map.of("stakeholder", "CITY", "choice", "ABSTAIN")));
    assertThat(Ballot.fromJsonMap(withHistory(dated)).history().get(0).source()).isEmpty();
  }

  @Test
  void votes_required_may_be_an_integer_or_a_long_but_not_out_of_range() {
    Map<String, Object> json = new LinkedHashMap<>(ballot2018());
    json.put("decider", Map.of("votesRequired", 2L));
    Map<String, Object> tooLarge = new LinkedHashMap<>(ballot2018());
    tooLarge.put("decider", Map.of("votesRequired", 4_294_967_298L));

    assertThat(Ballot.fromJsonMap(json)).isEqualTo(Pars2018.ballot(Locale.ENGLISH));
    assertThatThrownBy(() -> Ballot.fromJsonMap(tooLarge))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ballot.decider.votesRequired must be a whole number within the range of an"
            + " int, but was 4294967298");
  }

  @Test
  void a_whole_number_just_past_an_int_is_rejected_and_the_largest_int_is_read() {
    Map<String, Object> justPast = new LinkedHashMap<>(ballot2018());
    justPast.put("decider", Map.of("votesRequired", 2_147_483_648L));
    Map<String, Object> largest = new LinkedHashMap<>(ballot2018());
    largest.put("decider", Map.of("votesRequired", (long) Integer.MAX_VALUE));

    assertThatThrownBy(() -> Ballot.fromJsonMap(justPast))
        .hasMessage("ballot.decider.votesRequired must be a whole number within the range of an"
            + " int, but was 2147483648");
    assertThatThrownBy(() -> Ballot.fromJsonMap(largest))
        .hasMessage("votesRequired must be 1, 2 or 3, but was 2147483647");
  }

  @Test
  void a_number_of_exactly_80_characters_is_quoted_whole() {
    Map<String, Object> json = new LinkedHashMap<>(ballot2018());
    json.put("contract", Map.of("name", new java.math.BigInteger("9".repeat(80)),
        "expiresOn", "2018-08-31"));

    assertThatThrownBy(() -> Ballot.fromJsonMap(json))
        .hasMessage("ballot.contract.name must be a string, but was " + "9".repeat(80));
  }

  @Test
  void a_value_no_json_holds_is_named_by_its_type() {
    Map<String, Object> json = new LinkedHashMap<>(ballot2018());
    json.put("contract", Map.of("name", java.time.LocalDate.of(2018, 8, 31),
        "expiresOn", "2018-08-31"));

    assertThatThrownBy(() -> Ballot.fromJsonMap(json))
        .hasMessage("ballot.contract.name must be a string, but was a LocalDate");
  }

  @Test
  void json_nested_20000_deep_read_by_jackson_is_rejected_by_name() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    mapper.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(30_000).build());
    String json = ballot2018Json().replace("\"history\":[",
        "\"history\":[" + "[".repeat(20_000) + "]".repeat(20_000) + ",");

    assertThatThrownBy(() -> mapper.readValue(json, Ballot.class))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .hasRootCauseMessage("ballot.history[0] must be an object, but was an array of 1 element");
  }

  @Test
  void ten_thousand_generated_documents_give_a_ballot_or_a_clear_exception() {
    ObjectMapper mapper = new ObjectMapper();
    Random random = new Random(20180831);
    String good = ballot2018Json();
    int ballots = 0;
    for (int n = 0; n < 10_000; n++) {
      String json = n % 2 == 0 ? mutate(good, random) : document(random, 0);
      try {
        if (mapper.readValue(json, Ballot.class) != null) {
          ballots++;
        }
      } catch (JsonProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null) {
          root = root.getCause();
        }
        assertThat(root).as(json)
            .isInstanceOfAny(IllegalArgumentException.class, JsonProcessingException.class);
        assertThat(String.valueOf(root.getMessage()).length()).as(json)
            .isLessThan(root instanceof JsonProcessingException ? 5_000 : MESSAGE_LIMIT);
      }
    }
    assertThat(ballots).as("documents read as ballots").isPositive();
  }

  private static String ballot2018Json() {
    return Pars2018.ballot(Locale.ENGLISH).toJson();
  }

  /** The 2018 ballot's JSON with one of its values replaced by a generated one. */
  private static String mutate(String json, Random random) {
    String[] keys = {"\"name\":", "\"expiresOn\":", "\"votesRequired\":", "\"history\":",
        "\"vote\":", "\"stakeholder\":", "\"choice\":", "\"castOn\":", "\"source\":",
        "\"rationale\":", "\"contract\":", "\"decider\":"};
    String key = keys[random.nextInt(keys.length)];
    int at = json.indexOf(key);
    if (at < 0 || random.nextInt(10) == 0) {
      return json; // sometimes the document as it is
    }
    int start = at + key.length();
    int end = valueEnd(json, start);
    return json.substring(0, start) + document(random, 0) + json.substring(end);
  }

  /** Where the JSON value starting at {@code start} ends. */
  private static int valueEnd(String json, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          if (depth == 0) {
            return i + 1;
          }
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          return i;
        }
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      } else if (c == ',' && depth == 0) {
        return i;
      }
    }
    return json.length();
  }

  /** A random JSON value: scalars of every kind, deep or wide arrays and objects. */
  private static String document(Random random, int depth) {
    int kind = random.nextInt(depth > 6 ? 7 : 11);
    return switch (kind) {
      case 0 -> "null";
      case 1 -> random.nextBoolean() ? "true" : "false";
      case 2 -> Long.toString(random.nextLong() >> random.nextInt(64));
      case 3 -> random.nextInt(5) + ".5e" + random.nextInt(400);
      case 4 -> "\"" + List.of("DA", "AGAINST", "IN_FAVOR", "2018-07-11", "PARS", "2018-09-01",
          "x".repeat(random.nextInt(200)), "\\u0000", "2018-02-30").get(random.nextInt(9)) + "\"";
      case 5 -> {
        int deep = random.nextInt(900);
        yield "[".repeat(deep) + "]".repeat(deep);
      }
      case 6 -> "\"" + "é".repeat(random.nextInt(50)) + "\"";
      case 7 -> "[" + String.join(",", Collections.nCopies(random.nextInt(2000), "1")) + "]";
      case 8 -> {
        StringBuilder array = new StringBuilder("[");
        for (int i = random.nextInt(4); i > 0; i--) {
          array.append(document(random, depth + 1)).append(i > 1 ? "," : "");
        }
        yield array.append(']').toString();
      }
      default -> {
        StringBuilder object = new StringBuilder("{");
        String[] keys = {"vote", "castOn", "source", "stakeholder", "choice", "rationale",
            "name", "expiresOn", "votesRequired", "history", "contract", "decider"};
        for (int i = random.nextInt(5); i > 0; i--) {
          object.append('"').append(keys[random.nextInt(keys.length)]).append("\":")
              .append(document(random, depth + 1)).append(i > 1 ? "," : "");
        }
        yield object.append('}').toString();
      }
    };
  }
}
