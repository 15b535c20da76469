package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.civictech.pars.Outcome;
import org.civictech.pars.Reason;
import org.civictech.pars.Stakeholder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Vietnamese wording of decisions. The City is "Thành phố", as the City of Philadelphia's
 * Vietnamese pages write it ("Thành phố Philadelphia"); the District Attorney's Office is "Văn
 * phòng Biện lý Quận" and the courts "các tòa án", the usual Vietnamese-American terms, since no
 * Vietnamese page of the City names those two.
 * A vote is "phiếu thuận" (in favor), "phiếu chống" (against) or "phiếu trắng" (an abstention,
 * never a vote against, R4); renewal of the agreement is "gia hạn thỏa thuận".
 *
 * <p>Vietnamese verbs do not agree with their subject in number, and a list is joined without a
 * comma before "và" (and) or "hoặc" (or). A date is said "ngày 31 tháng 8 năm 2018".
 */
final class Vietnamese extends Wording {

  static final String LANGUAGE = "vi";

  static final Vietnamese INSTANCE = new Vietnamese();

  private Vietnamese() {}

  @Override
  public Labels labels() {
    return VietnameseLabels.INSTANCE;
  }

  @Override
  public PageLabels pageLabels() {
    return VietnamesePageLabels.INSTANCE;
  }

  @Override
  public String language() {
    return LANGUAGE;
  }

  @Override
  public String displayName(Stakeholder stakeholder) {
    return switch (stakeholder) {
      case DA -> "Văn phòng Biện lý Quận";
      case COURTS -> "các tòa án";
      case CITY -> "Thành phố";
    };
  }

  @Override
  public String shortName(Stakeholder stakeholder) {
    return switch (stakeholder) {
      case DA -> "Biện lý";
      case COURTS -> "Tòa án";
      case CITY -> "Thành phố";
    };
  }

  /** "các tòa án" is plural; no Vietnamese verb changes with it. */
  @Override
  boolean pluralName(Stakeholder stakeholder) {
    return stakeholder == Stakeholder.COURTS;
  }

  @Override
  String and() {
    return " và ";
  }

  @Override
  String or() {
    return " hoặc ";
  }


  /** "ngày 31 tháng 8 năm 2018": day, month and year, each after its word, without padding. */
  @Override
  public String date(LocalDate date) {
    return "ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm "
        + date.getYear();
  }

  // ---------------------------------------------------------------- the explanation

  @Override
  public String headline(Reason reason, boolean open) {
    return switch (reason) {
      case RENEWED -> open ? "Được gia hạn theo các phiếu hiện tại" : "Được gia hạn"; // E6
      case VOTED_DOWN -> open
          ? "Không được gia hạn theo các phiếu hiện tại" // E6
          : "Không được gia hạn (không được thông qua khi bỏ phiếu)"; // R7: not "rejected"
      case LAPSED -> "Không được gia hạn (hết hạn trước khi bỏ phiếu xong)";
      case PENDING -> "Chưa quyết định";
    };
  }

  @Override
  String count(int inFavor, int votesRequired) {
    String who = inFavor == 0
        ? "không có bên nào bỏ phiếu thuận"
        : inFavor + " bên đã bỏ phiếu thuận";
    return who + " và việc gia hạn cần " + votesInFavor(votesRequired);
  }

  @Override
  String consequence(Facts facts) {
    return switch (facts.reason()) {
      case RENEWED -> "";
      case VOTED_DOWN -> facts.outOfReachOfVotesToCome()
          ? "; dù các phiếu chưa được bỏ đều là phiếu thuận thì cũng không đủ" // R6
          : "";
      case LAPSED -> "; việc bỏ phiếu đã kết thúc vào " + date(facts.expiresOn())
          + " mà không có những phiếu lẽ ra đã có thể gia hạn thỏa thuận"; // R7
      case PENDING -> "; kết quả còn tùy vào các phiếu chưa được bỏ"; // R6
    };
  }

  @Override
  String stance(Facts.Stance stance, Set<Stakeholder> who, boolean open) {
    String names = names(who);
    return switch (stance) {
      case IN_FAVOR -> names + " đã bỏ phiếu thuận";
      case AGAINST -> names + " đã bỏ phiếu chống";
      case ABSTAINED -> names
          + " đã bỏ phiếu trắng, và phiếu trắng không được tính là phiếu thuận"; // R4
      case NOT_VOTED -> open ? names + " chưa bỏ phiếu" : names + " đã không bỏ phiếu"; // R7
    };
  }

  @Override
  String holdsAsTheVotesStand(LocalDate expiresOn) {
    return "Kết quả này giữ nguyên nếu các phiếu không thay đổi: mỗi bên vẫn có thể bỏ phiếu"
        + " hoặc đổi phiếu cho đến hết " + date(expiresOn) + ", ngày bỏ phiếu cuối cùng.";
  }

  // ---------------------------------------------------------------- the pivot sentence

  @Override
  String pivotLead(boolean open) {
    return open
        ? "Chỉ một phiếu cũng đủ thay đổi kết quả: "
        : "Chỉ cần một phiếu khác đi là kết quả đã khác: ";
  }

  @Override
  String pivotGroup(Outcome outcome, List<String> conditions, boolean open) {
    String outcomeWords = switch (outcome) {
      case RENEWED -> open ? "thỏa thuận sẽ được gia hạn" : "thỏa thuận lẽ ra đã được gia hạn";
      case NOT_RENEWED -> open
          ? "thỏa thuận sẽ không được gia hạn"
          : "thỏa thuận lẽ ra đã không được gia hạn";
      case PENDING -> "kết quả sẽ chưa được quyết định"; // only while voting is open
    };
    return outcomeWords + " " + String.join(", hoặc ", conditions);
  }

  @Override
  String condition(Set<Stakeholder> who, List<Choice> choices, boolean changing, boolean open) {
    List<String> votes = new ArrayList<>(3);
    for (Choice choice : choices) {
      // changing: only while voting is open (Facts.Condition); after the expiry, "đã" (had)
      votes.add(changing ? vote(choice) : (open ? "" : "đã ") + "bỏ " + vote(choice));
    }
    return "nếu " + alternatives(who) + " " + (changing ? "đổi phiếu thành " : "")
        + list(votes, or());
  }

  /** "phiếu thuận", "phiếu chống", "phiếu trắng". */
  private static String vote(Choice choice) {
    return switch (choice) {
      case IN_FAVOR -> "phiếu thuận";
      case AGAINST -> "phiếu chống";
      case ABSTAIN -> "phiếu trắng";
    };
  }

  @Override
  String noPivot(Facts facts) {
    int inFavor = facts.inFavor();
    int required = facts.votesRequired();
    if (facts.open()) {
      return switch (facts.reason().outcome()) {
        case RENEWED -> "Không có phiếu đơn lẻ nào thay đổi được kết quả: giả sử một trong những"
            + " bên bỏ phiếu thuận đổi phiếu, thì vẫn còn " + votesInFavor(inFavor - 1)
            + ", và việc gia hạn cần " + required + ".";
        case NOT_RENEWED -> "Không có phiếu đơn lẻ nào thay đổi được kết quả: thêm một phiếu"
            + " thuận nữa cũng chỉ được " + (inFavor + 1) + " trong số " + required
            + " phiếu thuận cần thiết.";
        case PENDING -> "Không có phiếu đơn lẻ nào quyết định được kết quả: cần ít nhất hai"
            + " phiếu, dù là phiếu mới bỏ hay phiếu được đổi.";
      };
    }
    return "Dù một phiếu bất kỳ có khác đi, kết quả cũng không khác: "
        + (facts.reason() == Reason.RENEWED
            ? "giả sử một trong những bên đã bỏ phiếu thuận đã bỏ phiếu khác đi, thì cũng còn "
                + votesInFavor(inFavor - 1) + ", và việc gia hạn cần " + required + "."
            : "giả sử đã có thêm một phiếu thuận thì cũng chỉ có " + (inFavor + 1) + " trong số "
                + required + " phiếu thuận cần thiết.");
  }

  /** "1 phiếu thuận", "2 phiếu thuận": a Vietnamese noun has no plural form. */
  private static String votesInFavor(int votes) {
    return votes + " phiếu thuận";
  }
}
