package org.civictech.pars.web;

import java.time.LocalDate;

/**
 * ISO-8601 dates read as {@link LocalDate#parse(CharSequence)} reads them, without pulling
 * {@code DateTimeFormatter} into the JavaScript build (it would add about 290 KB): four digits for
 * the years 0000 to 9999, a {@code +} and five to ten digits beyond, a {@code -} and four to ten
 * digits before year 0, then a two-digit month and day (the sign rule of
 * {@code ISO_LOCAL_DATE}, checked by hand against {@code LocalDate.parse}).
 */
final class IsoDates {

  private IsoDates() {}

  /**
   * Returns the date {@code text} names.
   *
   * @param text an ISO-8601 date such as {@code 2018-08-31}, {@code +10000-01-01} or
   *     {@code -0001-01-01}
   * @param parameter the parameter's name, for the message
   * @return the date
   * @throws IllegalArgumentException naming the parameter and the text if it is not such a date
   */
  static LocalDate parse(String text, String parameter) {
    int length = text.length();
    int start = length > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
    int dash = start;
    while (dash < length && isDigit(text.charAt(dash))) {
      dash++;
    }
    int digits = dash - start;
    boolean sign = start == 1;
    // The sign rule of ISO_LOCAL_DATE: no sign for exactly four digits, "+" only beyond four.
    boolean yearOk = sign ? digits >= 4 && digits <= 10 && (text.charAt(0) == '-' || digits > 4)
        : digits == 4;
    if (!yearOk || length != dash + 6 || text.charAt(dash) != '-' || text.charAt(dash + 3) != '-'
        || !isDigit(text.charAt(dash + 1)) || !isDigit(text.charAt(dash + 2))
        || !isDigit(text.charAt(dash + 4)) || !isDigit(text.charAt(dash + 5))) {
      throw malformed(text, parameter, "");
    }
    long year = 0;
    for (int i = start; i < dash; i++) {
      year = year * 10 + (text.charAt(i) - '0');
    }
    if (text.charAt(0) == '-') {
      if (year == 0) {
        throw malformed(text, parameter, ""); // LocalDate.parse refuses "-0000"
      }
      year = -year;
    }
    int month = (text.charAt(dash + 1) - '0') * 10 + text.charAt(dash + 2) - '0';
    int day = (text.charAt(dash + 4) - '0') * 10 + text.charAt(dash + 5) - '0';
    if (year < -999_999_999L || year > 999_999_999L) {
      throw malformed(text, parameter, " (years run from -999999999 to +999999999)");
    }
    if (month < 1 || month > 12) {
      throw malformed(text, parameter, " (months run from 01 to 12)");
    }
    LocalDate first = LocalDate.of((int) year, month, 1);
    if (day < 1 || day > first.lengthOfMonth()) {
      throw malformed(text, parameter, " (that month has days 01 to " + first.lengthOfMonth() + ")");
    }
    return first.withDayOfMonth(day);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static IllegalArgumentException malformed(String text, String parameter, String why) {
    return new IllegalArgumentException(parameter + " must be an ISO-8601 date such as 2018-08-31,"
        + " +10000-01-01 or -0001-01-01, but was " + Inputs.quoted(text) + why);
  }
}
