package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.civictech.pars.Reason;

/** The Vietnamese words around the sentences: the command line's labels and the 2018 story's. */
final class VietnameseLabels extends Labels {

  static final VietnameseLabels INSTANCE = new VietnameseLabels();

  private VietnameseLabels() {}

  @Override
  public Messages messages() {
    return VietnameseMessages.INSTANCE;
  }

  @Override
  public String storyTitle() {
    return "Việc gia hạn PARS năm 2018 (docs/RULE.md, ví dụ năm 2018)";
  }

  @Override
  public String contract(String name, String lastDay, int votesRequired) {
    return fill("Hợp đồng %s, ngày bỏ phiếu cuối cùng %s; việc gia hạn cần %s.", name, lastDay,
        votesInFavor(votesRequired));
  }

  @Override
  public String decidedOpen() {
    return "Quyết định khi cuộc bỏ phiếu còn mở.";
  }

  @Override
  public String decidedAsOf(String day, boolean afterTheExpiry) {
    return fill(afterTheExpiry
        ? "Quyết định tính đến ngày %s, sau ngày hết hạn."
        : "Quyết định tính đến ngày %s, khi cuộc bỏ phiếu còn mở.", day);
  }

  @Override
  public String outcomeLabel() {
    return "Kết quả: ";
  }

  @Override
  public String votesCast() {
    return "Các phiếu đã bỏ:";
  }

  @Override
  public String source() {
    return "nguồn";
  }

  @Override
  public String timeline() {
    return "Diễn biến:";
  }

  @Override
  public String workedExample() {
    return "Vào các ngày của ví dụ năm 2018 trong docs/RULE.md:";
  }

  @Override
  public String truthTableHeading() {
    return "| Biện lý | Tòa án | Thành phố | khi cuộc bỏ phiếu còn mở | sau ngày hết hạn |";
  }

  /** Neither "not yet" nor "never": a listing may be as of any day (R2). */
  @Override
  public String notVoted() {
    return "không có phiếu";
  }

  @Override
  public String sources() {
    return "Nguồn (docs/RULE.md):";
  }

  /** "1 phiếu thuận", "2 phiếu thuận": a Vietnamese noun has no plural form. */
  @Override
  public String votesInFavor(int votes) {
    return votes + " phiếu thuận";
  }

  @Override
  public String outcome(Reason reason, boolean open) {
    return switch (reason) {
      case RENEWED -> open ? "ĐƯỢC GIA HẠN theo các phiếu hiện tại" : "ĐƯỢC GIA HẠN"; // E6
      case VOTED_DOWN -> open
          ? "KHÔNG ĐƯỢC GIA HẠN theo các phiếu hiện tại" // E6
          : "KHÔNG ĐƯỢC GIA HẠN (không được thông qua khi bỏ phiếu)";
      case LAPSED -> "KHÔNG ĐƯỢC GIA HẠN (hết hạn trước khi bỏ phiếu xong)"; // R7: after the expiry
      case PENDING -> "CHƯA QUYẾT ĐỊNH";
    };
  }

  @Override
  public String choice(Choice choice) {
    return switch (choice) {
      case IN_FAVOR -> "phiếu thuận";
      case AGAINST -> "phiếu chống";
      case ABSTAIN -> "phiếu trắng";
    };
  }

  @Override
  public String source2018(int index) {
    return switch (index) {
      case 0 -> "thư của Biện lý Quận ngày 11 tháng 7 năm 2018";
      case 1 -> "tin tức ngày 27 tháng 7 năm 2018";
      default -> "thông báo của thị trưởng ngày 27 tháng 7 năm 2018";
    };
  }

  @Override
  public String noscriptHeading() {
    return "Chuyện gì đã xảy ra năm 2018";
  }

  @Override
  public String noscriptIntro() {
    return "Trang này tính câu trả lời bằng JavaScript, nhưng JavaScript đang bị tắt. Đây là"
        + " những gì đã xảy ra năm 2018 (hợp đồng PARS, cuộc bỏ phiếu mở cho đến hết ngày 31"
        + " tháng 8 năm 2018; việc gia hạn cần 2 trong 3 bên bỏ phiếu thuận).";
  }

  @Override
  public String noscriptVotesJuly11() {
    return "Văn phòng Biện lý Quận bỏ phiếu chống [AP-07-11].";
  }

  @Override
  public String noscriptVotesJuly27() {
    return "các tòa án bỏ phiếu trắng và Thành phố bỏ phiếu chống [CBS, AP-07-27, Inquirer].";
  }
}
