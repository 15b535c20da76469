package org.civictech.pars.internal;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The library's JSON: writes a tree of plain Java values (the {@code toJsonMap()} of each type)
 * as compact JSON text, and reads the fields of such a tree back with messages that name the
 * field and the bad value.
 *
 * <p>A tree holds only {@link Map} (with {@link String} keys, written in iteration order),
 * {@link List}, {@link String}, {@link Integer}, {@link Boolean} and null. It is written exactly as
 * a plain Jackson mapper writes the same tree through {@code @JsonValue}: no spaces, quotes and
 * backslashes escaped, the control characters as the short escapes (b, t, n, f, r) or as a
 * u-escape with four upper-case hex digits, everything else as is. Plain {@link StringBuilder}
 * code, without reflection, formatting or regular expressions, so that it compiles to JavaScript
 * too.
 */
public final class Json {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Json() {}

  // ---------------------------------------------------------------- writing

  /** Returns {@code tree} as compact JSON text. */
  public static String write(@Nullable Object tree) {
    StringBuilder out = new StringBuilder(1024);
    write(out, tree);
    return out.toString();
  }

  private static void write(StringBuilder out, @Nullable Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      string(out, text);
    } else if (value instanceof Integer || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      String separator = "";
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.append(separator);
        string(out, (String) entry.getKey());
        out.append(':');
        write(out, entry.getValue());
        separator = ",";
      }
      out.append('}');
    } else if (value instanceof List<?> list) {
      out.append('[');
      String separator = "";
      for (Object element : list) {
        out.append(separator);
        write(out, element);
        separator = ",";
      }
      out.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON tree value: " + value.getClass().getName());
    }
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < ' ') {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  // ---------------------------------------------------------------- reading

  /** The object at {@code key} of {@code object}; {@code where} names {@code object}. */
  public static Map<?, ?> object(Map<?, ?> object, String key, String where) {
    Object value = field(object, key, where);
    if (value instanceof Map<?, ?> map) {
      return map;
    }
    throw wrongType(where, key, "an object", value);
  }

  /** The array at {@code key} of {@code object}. */
  public static List<?> array(Map<?, ?> object, String key, String where) {
    Object value = field(object, key, where);
    if (value instanceof List<?> list) {
      return list;
    }
    throw wrongType(where, key, "an array", value);
  }

  /** The string at {@code key} of {@code object}. */
  public static String string(Map<?, ?> object, String key, String where) {
    Object value = field(object, key, where);
    if (value instanceof String text) {
      return text;
    }
    throw wrongType(where, key, "a string", value);
  }

  /** The string at {@code key} of {@code object}, or {@code ""} when absent or null. */
  public static String optionalString(Map<?, ?> object, String key, String where) {
    return object.get(key) == null ? "" : string(object, key, where);
  }

  /** The whole number at {@code key} of {@code object}. */
  public static int integer(Map<?, ?> object, String key, String where) {
    Object value = field(object, key, where);
    if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      BigInteger number = new BigInteger(value.toString());
      if (number.bitLength() < Integer.SIZE) {
        return number.intValue();
      }
      throw wrongType(where, key, "a whole number within the range of an int", value);
    }
    throw wrongType(where, key, "a whole number", value);
  }

  /** The ISO-8601 date at {@code key} of {@code object}. */
  public static LocalDate date(Map<?, ?> object, String key, String where) {
    String text = string(object, key, where);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw wrongType(where, key, "a date like 2018-08-31", text);
    }
  }

  /** The constant of {@code type} named at {@code key} of {@code object}. */
  public static <E extends Enum<E>> E constant(Map<?, ?> object, String key, String where,
      E[] constants) {
    String text = string(object, key, where);
    for (E constant : constants) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    StringBuilder names = new StringBuilder();
    for (E constant : constants) {
      names.append(names.length() == 0 ? "" : ", ").append(constant.name());
    }
    throw wrongType(where, key, "one of " + names, text);
  }

  private static Object field(Map<?, ?> object, String key, String where) {
    Object value = object.get(key);
    if (value == null) {
      throw new IllegalArgumentException(
          where + "." + key + " is missing (or null): " + where + " must have a \"" + key + "\"");
    }
    return value;
  }

  private static IllegalArgumentException wrongType(String where, String key, String expected,
      Object value) {
    return new IllegalArgumentException(
        where + "." + key + " must be " + expected + ", but was " + describe(value));
  }

  /**
   * A bounded description of a value read from JSON, for a message: a string quoted and cut at
   * 80 characters, a number or boolean as written (cut likewise), an object or array by its size
   * alone (never its elements, which may nest without end or refer to themselves).
   */
  public static String describe(@Nullable Object value) {
    if (value instanceof String text) {
      StringBuilder quoted = new StringBuilder(96);
      string(quoted, text.length() > 80 ? text.substring(0, 80) + "..." : text);
      return quoted.toString();
    }
    if (value instanceof Map<?, ?> map) {
      return "an object of " + count(map.size(), "field");
    }
    if (value instanceof List<?> list) {
      return "an array of " + count(list.size(), "element");
    }
    if (value instanceof Number || value instanceof Boolean || value == null) {
      String text = String.valueOf(value);
      return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
    return "a " + value.getClass().getSimpleName();
  }

  private static String count(int size, String noun) {
    return size + " " + noun + (size == 1 ? "" : "s");
  }
}
