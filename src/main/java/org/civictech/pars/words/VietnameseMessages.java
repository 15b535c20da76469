package org.civictech.pars.words;

/**
 * The Vietnamese words of the command line: its usage text and its errors, in the terms of
 * {@link Vietnamese} ("bên", "phiếu thuận", "phiếu chống", "phiếu trắng"). Option names,
 * stakeholder codes and choice words stay as the user types them.
 */
final class VietnameseMessages extends Messages {

  static final VietnameseMessages INSTANCE = new VietnameseMessages();

  private VietnameseMessages() {}

  // ---------------------------------------------------------------- usage

  @Override
  public String usage() {
    return lines(
        "Cách dùng: pars-renewal [BÊN=PHIẾU ...] [--as-of=NGÀY] [--expires=NGÀY] [--requiring=N]",
        "           pars-renewal --replay=TỆP [--as-of=NGÀY] [--expires=NGÀY] [--requiring=N]",
        "           pars-renewal --truth-table [--requiring=N]",
        "           pars-renewal --dmn [--requiring=N]",
        "           pars-renewal [--help | --version | --vectors]",
        "Mọi chế độ nhận "
            + languages("--lang={code} (mặc định)", "--lang={code} ({name})", "hoặc") + ".",
        "",
        "Không có đối số thì kể lại việc gia hạn PARS năm 2018 theo diễn biến thời gian.",
        "  BÊN=PHIẾU           DA, COURTS hoặc CITY = in-favor, against hoặc abstain (mỗi bên"
            + " tối đa 1 lần)",
        "  --as-of=NGÀY        quyết định tính đến ngày này (YYYY-MM-DD); bỏ phiếu đóng sau"
            + " ngày hết hạn;",
        "                      không có tùy chọn này thì coi như cuộc bỏ phiếu còn mở",
        "  --expires=NGÀY      ngày hết hạn của hợp đồng, ngày bỏ phiếu cuối cùng (mặc định"
            + " 2018-08-31)",
        "  --requiring=N       số phiếu thuận cần để gia hạn: 1, 2 hoặc 3 (mặc định 2)",
        "  --replay=TỆP        phát lại phiếu theo ngày, mỗi dòng một phiếu: 2018-07-11 DA"
            + " against \"nguồn\";",
        "                      TỆP là - thì đọc từ đầu vào chuẩn",
        "  --truth-table       in kết quả của mọi cách bỏ phiếu có thể có thành bảng Markdown",
        "  --dmn               in quy tắc thành bảng quyết định DMN 1.3 (XML) cho người lập mô"
            + " hình DMN",
        "  --lang=NGÔN_NGỮ     "
            + languages("{code} ({name}, mặc định)", "{code} ({name})", "hoặc"),
        "  --json              in một tài liệu JSON (mọi chế độ trừ --dmn); xem README",
        "  --csv               in CSV: bảng chân trị, hoặc diễn biến của một lần phát lại",
        "  --help              in phần hướng dẫn này",
        "  --version           in số phiên bản",
        "  --vectors           in mọi trường hợp của quy tắc dưới dạng vectơ kiểm tra (JSON);",
        "                      xem docs/vectors.md",
        "Giá trị của một tùy chọn cũng có thể là đối số tiếp theo: --as-of 2018-09-01.",
        "Mã thoát: 0 thành công, 2 dòng lệnh hoặc dữ liệu đầu vào sai, 1 lỗi đọc hoặc ghi.");
  }


  // ---------------------------------------------------------------- the command line

  @Override
  public String needsValue(String option) {
    return option + " cần một giá trị: " + option + "=GIÁ_TRỊ hoặc " + option + " GIÁ_TRỊ";
  }

  @Override
  public String givenTwice(String option) {
    return option + " được nhập hai lần";
  }

  @Override
  public String replayNeedsFile() {
    return "--replay cần một tên tệp";
  }

  @Override
  public String jsonAndCsv() {
    return "không thể dùng --json cùng với --csv";
  }

  @Override
  public String unknownOption(String quoted) {
    return "tùy chọn không xác định " + quoted;
  }

  @Override
  public String unknownArgument(String quoted) {
    return "đối số không xác định " + quoted + " (cần BÊN=PHIẾU, ví dụ DA=against)";
  }

  @Override
  public String votedTwice(String stakeholder, String first, String second) {
    return stakeholder + " bỏ phiếu hai lần: " + first + " và " + second;
  }

  @Override
  public String unknownStakeholder(String quoted) {
    return "bên không xác định " + quoted + " (cần DA, COURTS hoặc CITY)";
  }

  @Override
  public String unknownChoice(String quoted) {
    return "phiếu không xác định " + quoted + " (cần in-favor, against hoặc abstain)";
  }

  @Override
  public String notADate(String option, String quoted) {
    return option + " phải là một ngày như 2018-09-01, nhưng lại là " + quoted;
  }

  @Override
  public String badVotesRequired(String quoted) {
    return "--requiring phải là 1, 2 hoặc 3, nhưng lại là " + quoted;
  }

  @Override
  public String unknownLanguage(String quoted) {
    return "--lang phải là " + joined(Languages.codes(), "hoặc") + ", nhưng lại là " + quoted;
  }

  @Override
  public String truthTableTakesNoBallot() {
    return "--truth-table không nhận phiếu, --as-of hay --replay";
  }

  @Override
  public String replayTakesNoVotes() {
    return "--replay lấy các phiếu từ tệp, không phải từ dòng lệnh";
  }

  @Override
  public String dmnTakesOnlyTheRule() {
    return "--dmn chỉ nhận --requiring, không nhận phiếu, --as-of, --expires, --replay hay"
        + " --truth-table";
  }

  @Override
  public String dmnTakesNoFormat() {
    return "--dmn in ra XML; không nhận --json hay --csv";
  }

  @Override
  public String takesOnlyLang(String option, String quoted) {
    return option + " chỉ nhận --lang, không nhận đối số nào khác, nhưng lại có " + quoted;
  }

  @Override
  public String csvIsForTables() {
    return "--csv in bảng chân trị hoặc diễn biến của một lần phát lại (--replay không có"
        + " --as-of); hãy dùng --json cho một quyết định đơn lẻ hoặc cho câu chuyện năm 2018";
  }

  // ---------------------------------------------------------------- files of votes

  @Override
  public String atLine(int number, String message) {
    return "dòng " + number + ": " + message;
  }

  @Override
  public String inputTooLarge(long mebibytes) {
    return "dữ liệu đầu vào lớn hơn " + mebibytes + " MiB, mức tối đa mà một lần phát lại đọc";
  }

  @Override
  public String lineTooLong(int bytes) {
    return "dài hơn " + bytes + " byte";
  }

  @Override
  public String notUtf8() {
    return "không phải văn bản UTF-8 hợp lệ";
  }

  @Override
  public String notAVote(String quoted) {
    return "cần NGÀY BÊN PHIẾU [\"nguồn\"], nhưng lại là " + quoted;
  }

  @Override
  public String notAVoteDate(String quoted) {
    return notADate("ngày", quoted);
  }

  @Override
  public String sourceNotQuoted(String quoted) {
    return "nguồn phải nằm trong dấu ngoặc kép, nhưng lại là " + quoted;
  }

  @Override
  public String standardInput() {
    return "đầu vào chuẩn";
  }

  @Override
  public String inInput(String name, String message) {
    return name + ", " + message;
  }

  @Override
  public String noSuchFile(String quoted) {
    return "không đọc được " + quoted + ": không có tệp này";
  }

  @Override
  public String isADirectory(String quoted) {
    return "không đọc được " + quoted + ": đây là một thư mục, không phải tệp phiếu";
  }

  @Override
  public String permissionDenied(String quoted) {
    return "không đọc được " + quoted + ": không có quyền truy cập";
  }

  @Override
  public String cannotRead(String name, String reason) {
    return "không đọc được " + name + ": " + reason;
  }

  @Override
  public String cannotWrite() {
    return "không ghi được dữ liệu ra (đầu ra chuẩn bị lỗi)";
  }
}
