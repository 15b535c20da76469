package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.jspecify.annotations.Nullable;

/**
 * The Vietnamese words of the explainer page, in the terms {@link Vietnamese} uses; the reader is
 * "quý vị", the polite form of address of Vietnamese public notices.
 */
final class VietnamesePageLabels extends PageLabels {

  static final VietnamesePageLabels INSTANCE = new VietnamesePageLabels();

  private VietnamesePageLabels() {}

  @Override
  public String label(Key key) {
    return switch (key) {
      case LANGUAGE_NAME -> "Tiếng Việt";
      case SKIP -> "Chuyển đến câu trả lời";
      case TITLE -> "Hợp đồng PARS có được gia hạn không?";
      case INTRO ->
          "Philadelphia chia sẻ cơ sở dữ liệu về các vụ bắt giữ, PARS, với cơ quan thực thi luật"
          + " di trú liên bang theo một hợp đồng mà Văn phòng Biện lý Quận, các tòa án và Thành"
          + " phố cùng bỏ phiếu. Việc gia hạn cần ít nhất hai trong ba bên bỏ phiếu thuận; phiếu"
          + " trắng không được tính là phiếu thuận. Năm 2018, Văn phòng Biện lý Quận và Thành phố"
          + " bỏ phiếu chống, các tòa án bỏ phiếu trắng, và hợp đồng chấm dứt khi hết hạn vào"
          + " ngày 31 tháng 8 năm 2018: trang này mở ra với cuộc bỏ phiếu đó. Hãy chọn những"
          + " phiếu khác và xem quy tắc quyết định thế nào. Mọi câu trả lời và mọi câu chữ dưới"
          + " đây đều được tính ngay trong trình duyệt của quý vị bằng chính mã nguồn mà dự án"
          + " kiểm thử, biên dịch từ Java; không có gì được gửi đi đâu cả.";
      case LANGUAGE_LABEL -> "Ngôn ngữ";
      case BALLOT_HEADING -> "Lá phiếu của quý vị";
      case VOTE_OF -> "Phiếu của";
      case WHEN_LEGEND -> "Thời điểm";
      case EXPIRY -> "Hợp đồng hết hạn vào {date}; cuộc bỏ phiếu mở cho đến hết ngày đó.";
      case WHEN_OPEN -> "Cuộc bỏ phiếu vẫn còn mở";
      case WHEN_DATE -> "Tính đến một ngày";
      case AS_OF_LABEL -> "Ngày tính kết quả";
      case DAY -> "Ngày";
      case MONTH -> "Tháng";
      case YEAR -> "Năm (4 chữ số)";
      case DATE_INVALID ->
          "Hãy nhập một ngày đầy đủ (ngày, tháng và năm 4 chữ số) để xem quy tắc quyết định thế"
          + " nào.";
      case SETTINGS_INVALID ->
          "Phần giải thích này không thể đưa ra câu trả lời: các thiết lập của nó không hợp lệ.";
      case RULE_LEGEND -> "Quy tắc";
      case RULE_LABEL -> "Số phiếu thuận cần để gia hạn";
      case ANSWER_HEADING -> "Quy tắc quyết định thế nào";
      case GRID_HEADING -> "Toàn bộ quy tắc trong một bảng";
      case GRID_INTRO ->
          "Cả 64 cách bỏ phiếu theo quy tắc đã chọn, khi cuộc bỏ phiếu còn mở và sau ngày hết"
          + " hạn. Hàng: phiếu của bên thứ nhất; cột: phiếu của bên thứ hai; mỗi phiếu của bên"
          + " thứ ba một khung. Lá phiếu của quý vị có viền đậm.";
      case GRID_OPEN -> "Khi cuộc bỏ phiếu còn mở";
      case GRID_CLOSED -> "Sau ngày hết hạn";
      case PANEL -> "{who}: {choice}";
      case YOUR_BALLOT -> "lá phiếu của quý vị";
      case STORY_HEADING -> "Chuyện gì đã xảy ra năm 2018";
      case STORY_INTRO ->
          "Các phiếu theo thứ tự đã bỏ, mỗi phiếu kèm nguồn của nó, và kết quả ở từng thời điểm"
          + " giữa các phiếu.";
      case EXPIRY_MARK -> "Hết hạn";
      case SOURCES_HEADING -> "Nguồn";
      case SOURCES_INTRO ->
          "Các bài báo làm cơ sở cho quy tắc và câu chuyện năm 2018, như tài liệu quy tắc của"
          + " dự án (docs/RULE.md) trích dẫn.";
      case SRC_RUN_BY_MONTEREY -> "(đăng trên Monterey Herald)";
      case SRC_RUN_BY_WESA -> "(do WESA đăng)";
      case SRC_ALSO_RUN_AS ->
          "(cũng được đăng với tựa đề \u201cPhiladelphia to stop giving ICE real-time arrest"
          + " data\u201d)";
      case SRC_REPRINTED ->
          "(được Pittsburgh Post-Gazette đăng lại với tựa đề \u201cPhiladelphia mayor ends"
          + " sharing of arrest records with ICE\u201d)";
      case SRC_IN_SPANISH -> "; bằng tiếng Tây Ban Nha, ";
      case FOOTER ->
          "pars-renewal: quy tắc gia hạn PARS (hai trong ba bên bỏ phiếu thuận), biên dịch từ"
          + " Java sang JavaScript bằng TeaVM. Quy tắc và các nguồn: docs/RULE.md.";
    };
  }

  @Override
  public String choice(@Nullable Choice choice) {
    if (choice == null) {
      return "Không có phiếu";
    }
    return switch (choice) {
      case IN_FAVOR -> "Phiếu thuận";
      case AGAINST -> "Phiếu chống";
      case ABSTAIN -> "Phiếu trắng";
    };
  }
}
