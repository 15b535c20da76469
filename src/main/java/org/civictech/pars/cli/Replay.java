package org.civictech.pars.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.civictech.pars.Ballot;
import org.civictech.pars.Choice;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.words.Messages;
import org.jspecify.annotations.Nullable;

/**
 * Reads dated votes, one a line, onto a ballot: {@code 2018-07-11 DA against "source"}.
 *
 * <p>The source in double quotes is optional; blank lines and lines starting with {@code #} are
 * skipped; words may be separated by spaces or tabs, and a line may end in CRLF. The text is
 * UTF-8, with or without a leading byte-order mark. A line may hold at most
 * {@value #MAX_LINE_BYTES} bytes (its line end not counted) and the input at most {@value #MAX_INPUT_BYTES} bytes, so that no
 * input can exhaust memory. Every error names its line, in the language of the {@link Messages}
 * given.
 */
final class Replay {

  /** The longest line read, in bytes, without its line end. */
  static final int MAX_LINE_BYTES = 4096;

  /** The most bytes read from one input (256 MiB). */
  static final long MAX_INPUT_BYTES = 256L << 20;

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private Replay() {}

  /**
   * Casts the votes of {@code lines} on {@code ballot}, in order.
   *
   * @throws UsageException naming the line number of the first bad line, in {@code say}'s
   *     language
   */
  static Ballot cast(Ballot ballot, List<String> lines, Messages say) throws UsageException {
    Ballot cast = ballot;
    for (int i = 0; i < lines.size(); i++) {
      cast = castLine(cast, lines.get(i), i + 1, say);
    }
    return cast;
  }

  /**
   * Reads {@code in} to its end and casts its votes on {@code ballot} as it reads, in one pass.
   *
   * @throws UsageException naming the line of the first bad, too long or non-UTF-8 line, or
   *     saying that the input is too large, in {@code say}'s language
   * @throws IOException if reading fails
   */
  static Ballot read(Ballot ballot, InputStream in, Messages say)
      throws UsageException, IOException {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] buffer = new byte[1 << 16];
    byte[] line = new byte[MAX_LINE_BYTES + 1]; // room for the CR of a CRLF
    int length = 0;
    boolean ascii = true;
    long total = 0;
    int number = 1;
    Ballot cast = ballot;
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      total += read;
      if (total > MAX_INPUT_BYTES) {
        throw new UsageException(say.atLine(number, say.inputTooLarge(MAX_INPUT_BYTES >> 20)));
      }
      for (int i = 0; i < read; i++) {
        byte b = buffer[i];
        if (b == '\n') {
          cast = castLine(cast, text(line, length, ascii, utf8, number, say), number, say);
          number++;
          length = 0;
          ascii = true;
        } else if (length == line.length) {
          throw tooLong(number, say);
        } else {
          line[length++] = b;
          ascii &= b >= 0;
        }
      }
    }
    return length == 0
        ? cast : castLine(cast, text(line, length, ascii, utf8, number, say), number, say);
  }

  private static UsageException tooLong(int number, Messages say) {
    return new UsageException(say.atLine(number, say.lineTooLong(MAX_LINE_BYTES)));
  }

  /** Decodes one line, failing on bytes that are not UTF-8. */
  private static String text(byte[] line, int length, boolean ascii, CharsetDecoder utf8,
      int number, Messages say) throws UsageException {
    if (length > MAX_LINE_BYTES && line[MAX_LINE_BYTES] != '\r') {
      throw tooLong(number, say);
    }
    if (ascii) {
      return new String(line, 0, length, StandardCharsets.ISO_8859_1);
    }
    try {
      return utf8.decode(ByteBuffer.wrap(line, 0, length)).toString();
    } catch (CharacterCodingException e) {
      throw new UsageException(say.atLine(number, say.notUtf8()));
    }
  }

  /** Casts the vote of one line, if it holds one; a byte-order mark opening line 1 is skipped. */
  private static Ballot castLine(Ballot ballot, String raw, int number, Messages say)
      throws UsageException {
    String line = (number == 1 && raw.startsWith(BYTE_ORDER_MARK) ? raw.substring(1) : raw)
        .strip();
    if (line.isEmpty() || line.startsWith("#")) {
      return ballot;
    }
    try {
      return castVote(ballot, line, say);
    } catch (UsageException | IllegalArgumentException e) { // the API's own errors, as they are
      throw new UsageException(say.atLine(number, String.valueOf(e.getMessage())));
    }
  }

  private static Ballot castVote(Ballot ballot, String line, Messages say)
      throws UsageException {
    String[] words = words(line);
    if (words.length < 3) {
      throw new UsageException(say.notAVote(Terminal.quoted(line)));
    }
    @Nullable LocalDate castOn = VoteWords.date(words[0]);
    if (castOn == null) {
      throw new UsageException(say.notAVoteDate(Terminal.quoted(words[0])));
    }
    Stakeholder stakeholder = VoteWords.stakeholder(words[1], say);
    Choice choice = VoteWords.choice(words[2], say);
    String source = words.length == 4 ? source(words[3], say) : "";
    return ballot.cast(new Vote(stakeholder, choice, ""), castOn, source);
  }

  /**
   * Splits a stripped line at runs of whitespace into at most four words, the fourth holding the
   * rest of the line: what {@code line.split("\\s+", 4)} gives, without a regular expression.
   */
  static String[] words(String line) {
    String[] words = new String[4];
    int count = 0;
    int at = 0;
    while (at < line.length()) {
      int end = at;
      if (count == 3) {
        end = line.length();
      } else {
        while (end < line.length() && !separator(line.charAt(end))) {
          end++;
        }
      }
      words[count++] = line.substring(at, end);
      at = end;
      while (at < line.length() && separator(line.charAt(at))) {
        at++;
      }
    }
    return count == 4 ? words : Arrays.copyOf(words, count);
  }

  /** The whitespace of {@code \\s} in a regular expression. */
  private static boolean separator(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static String source(String text, Messages say) throws UsageException {
    if (text.length() < 2 || !text.startsWith("\"") || !text.endsWith("\"")) {
      throw new UsageException(say.sourceNotQuoted(Terminal.quoted(text)));
    }
    return text.substring(1, text.length() - 1);
  }
}
