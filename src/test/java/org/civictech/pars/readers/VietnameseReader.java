package org.civictech.pars.readers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.civictech.pars.Choice;
import org.civictech.pars.Outcome;
import org.civictech.pars.Stakeholder;

/** What a reader of Vietnamese looks for in the sentences. */
public final class VietnameseReader {

  private VietnameseReader() {}

  public static final Reader READER = new Reader(
      Locale.forLanguageTag("vi"),
      Set.of("không"),
      Map.of(Stakeholder.DA, "Văn phòng Biện lý Quận", Stakeholder.COURTS, "các tòa án",
          Stakeholder.CITY, "Thành phố"),
      Map.of("RENEWED/open", "Được gia hạn theo các phiếu hiện tại: ",
          "RENEWED/closed", "Được gia hạn: ",
          "VOTED_DOWN/open", "Không được gia hạn theo các phiếu hiện tại: ",
          "VOTED_DOWN/closed", "Không được gia hạn (không được thông qua khi bỏ phiếu): ",
          "LAPSED", "Không được gia hạn (hết hạn trước khi bỏ phiếu xong): ",
          "PENDING", "Chưa quyết định: "),
      Pattern.compile("^[^:]+: (không|\\d+) (?:có bên nào|bên đã) bỏ phiếu thuận"),
      Pattern.compile("việc gia hạn cần (\\d+) phiếu thuận"),
      Pattern.compile("(\\d+) trong số (\\d+)"),
      Pattern.compile("(\\d+) phiếu thuận, và việc gia hạn cần (\\d+)"),
      Map.of("IN_FAVOR", Pattern.compile(" đã bỏ phiếu thuận$"),
          "AGAINST", Pattern.compile(" đã bỏ phiếu chống$"),
          "ABSTAINED", Pattern.compile(
              " đã bỏ phiếu trắng, và phiếu trắng không được tính là phiếu thuận$"),
          "NOT_VOTED/open", Pattern.compile(" chưa bỏ phiếu$"),
          "NOT_VOTED/closed", Pattern.compile(" đã không bỏ phiếu$")),
      "phiếu trắng không được tính là phiếu thuận",
      Pattern.compile("chống"),
      // "not yet", "change", "until", "still", "will", "the rest", "no longer", "as the votes
      // stand", "deadline"
      List.of("chưa", "thay đổi", "đổi phiếu", "cho đến", "vẫn", "sẽ ", "còn lại", "không còn",
          "theo các phiếu hiện tại", "hạn chót"),
      "Kết quả này giữ nguyên nếu các phiếu không thay đổi: mỗi bên vẫn có thể bỏ phiếu hoặc"
          + " đổi phiếu cho đến hết ",
      "ngày 31 tháng 8 năm 2018",
      ". ", "; ", ".",
      "theo các phiếu hiện tại", List.of("không được thông qua", "hết hạn trước khi"),
      "Chỉ một phiếu cũng đủ thay đổi kết quả: ",
      "Chỉ cần một phiếu khác đi là kết quả đã khác: ",
      "Không có phiếu đơn lẻ nào thay đổi được kết quả: ",
      "Dù một phiếu bất kỳ có khác đi, kết quả cũng không khác: ",
      "Không có phiếu đơn lẻ nào quyết định được kết quả: ",
      Pattern.compile("^(?<outcome>thỏa thuận sẽ được gia hạn|thỏa thuận sẽ không được gia hạn"
          + "|kết quả sẽ chưa được quyết định) (?<conditions>nếu .+)$"),
      Pattern.compile("^(?<outcome>thỏa thuận lẽ ra đã được gia hạn"
          + "|thỏa thuận lẽ ra đã không được gia hạn) (?<conditions>nếu .+)$"),
      Map.of("thỏa thuận sẽ được gia hạn", Outcome.RENEWED,
          "thỏa thuận sẽ không được gia hạn", Outcome.NOT_RENEWED,
          "kết quả sẽ chưa được quyết định", Outcome.PENDING,
          "thỏa thuận lẽ ra đã được gia hạn", Outcome.RENEWED,
          "thỏa thuận lẽ ra đã không được gia hạn", Outcome.NOT_RENEWED),
      "nếu ", ", hoặc ", List.of(", ", " hoặc "), " hoặc ",
      Map.of("bỏ phiếu thuận", Choice.IN_FAVOR, "bỏ phiếu chống", Choice.AGAINST,
          "bỏ phiếu trắng", Choice.ABSTAIN),
      Map.of("đã bỏ phiếu thuận", Choice.IN_FAVOR, "đã bỏ phiếu chống", Choice.AGAINST,
          "đã bỏ phiếu trắng", Choice.ABSTAIN),
      List.of("đổi phiếu thành "),
      Map.of("phiếu thuận", Choice.IN_FAVOR, "phiếu chống", Choice.AGAINST,
          "phiếu trắng", Choice.ABSTAIN),
      // A Vietnamese verb has one form for one name or several ("các tòa án" is plural): what
      // must hold is that the verb follows the names at once, with no word repeating a name.
      (who, words) -> words.startsWith("bỏ phiếu ") || words.startsWith("đã bỏ phiếu ")
          || words.startsWith("đổi phiếu thành "));
}
