package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.civictech.pars.Outcome;
import org.civictech.pars.Pivot;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.Stakeholder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The English wording of decisions: the language of the methods that take no locale. */
final class English extends Wording {

  static final English INSTANCE = new English();

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December"};

  private English() {}

  @Override
  public Labels labels() {
    return EnglishLabels.INSTANCE;
  }

  @Override
  public PageLabels pageLabels() {
    return EnglishPageLabels.INSTANCE;
  }

  @Override
  public String language() {
    return "en";
  }

  @Override
  public String displayName(Stakeholder stakeholder) {
    return switch (stakeholder) {
      case DA -> "the District Attorney's Office";
      case COURTS -> "the courts";
      case CITY -> "the City";
    };
  }

  @Override
  public String shortName(Stakeholder stakeholder) {
    return switch (stakeholder) {
      case DA -> "DA";
      case COURTS -> "Courts";
      case CITY -> "City";
    };
  }

  @Override
  boolean pluralName(Stakeholder stakeholder) {
    return stakeholder == Stakeholder.COURTS;
  }

  @Override
  String and() {
    return " and ";
  }

  @Override
  String or() {
    return " or ";
  }


  @Override
  public String date(LocalDate date) {
    return MONTHS[date.getMonthValue() - 1] + " " + date.getDayOfMonth() + ", " + date.getYear();
  }

  // ---------------------------------------------------------------- the explanation

  @Override
  public String headline(Reason reason, boolean open) {
    return switch (reason) {
      case RENEWED -> open ? "Renewed as the votes stand" : "Renewed"; // E6
      case VOTED_DOWN -> open ? "Not renewed as the votes stand" : "Not renewed (voted down)"; // E6
      case LAPSED -> "Not renewed (lapsed)";
      case PENDING -> "Pending";
    };
  }

  @Override
  String count(int inFavor, int votesRequired) {
    String who = switch (inFavor) {
      case 0 -> "no stakeholder voted in favor";
      case 1 -> "1 stakeholder voted in favor";
      default -> inFavor + " stakeholders voted in favor";
    };
    return who + " and renewal needs " + votesInFavor(votesRequired);
  }

  @Override
  String consequence(Facts facts) {
    return switch (facts.reason()) {
      case RENEWED -> "";
      case VOTED_DOWN -> facts.outOfReachOfVotesToCome()
          ? ", which the votes still to come can no longer reach" // R6
          : "";
      case LAPSED -> "; voting ended on " + date(facts.expiresOn())
          + " without the votes that could have renewed it"; // R7
      case PENDING -> "; the votes still to come decide it"; // R6
    };
  }

  @Override
  String stance(Facts.Stance stance, Set<Stakeholder> who, boolean open) {
    String names = names(who);
    return switch (stance) {
      case IN_FAVOR -> names + " voted in favor";
      case AGAINST -> names + " voted against";
      case ABSTAINED -> names + " abstained, which does not count in favor"; // R4
      case NOT_VOTED -> open
          ? names + (plural(who) ? " have" : " has") + " not voted yet"
          : names + " never voted"; // R7
    };
  }

  @Override
  String holdsAsTheVotesStand(LocalDate expiresOn) {
    return "A stakeholder may still change its vote until " + date(expiresOn)
        + ", the last day of voting.";
  }

  // ---------------------------------------------------------------- the pivot sentence

  @Override
  String pivotLead(boolean open) {
    return open ? "One vote would change it: " : "One different vote would have made it ";
  }

  @Override
  String pivotGroup(Outcome outcome, List<String> conditions, boolean open) {
    String outcomeWords = switch (outcome) {
      case RENEWED -> "renewed";
      case NOT_RENEWED -> "not renewed";
      case PENDING -> "pending";
    };
    return outcomeWords + (open ? " " : ": ") + String.join(", or ", conditions);
  }

  @Override
  String condition(Set<Stakeholder> who, List<Choice> choices, boolean changing, boolean open) {
    List<String> votes = new ArrayList<>(3);
    for (Choice choice : choices) {
      votes.add(changing // only while voting is open (Facts.Condition)
          ? switch (choice) {
            case IN_FAVOR -> "in favor";
            case AGAINST -> "against";
            case ABSTAIN -> "an abstention";
          }
          : (open ? "" : "had ") + switch (choice) {
            case IN_FAVOR -> "voted in favor";
            case AGAINST -> "voted against";
            case ABSTAIN -> "abstained";
          });
    }
    // With "or", the pronoun agrees with the nearest name: "the City or the courts ... their".
    Stakeholder nearest = List.copyOf(who).get(who.size() - 1);
    return "if " + alternatives(who) + " "
        + (changing ? "changed " + (pluralName(nearest) ? "their" : "its") + " vote to " : "")
        + list(votes, or());
  }

  @Override
  String noPivot(Facts facts) {
    int inFavor = facts.inFavor();
    int required = facts.votesRequired();
    if (facts.open()) {
      return switch (facts.reason().outcome()) {
        case RENEWED -> "No single vote would change it: even if a stakeholder in favor changed"
            + " its vote, " + votesInFavor(inFavor - 1) + " would remain, and renewal needs "
            + required + ".";
        case NOT_RENEWED -> "No single vote would change it: one more vote in favor would make"
            + " only " + (inFavor + 1) + " of the " + required + " needed.";
        case PENDING -> "No single vote would settle it: settling it takes at least two votes,"
            + " cast or changed.";
      };
    }
    return "No single different vote would have made a difference: "
        + (facts.reason() == Reason.RENEWED
            ? "had a stakeholder in favor voted otherwise, " + votesInFavor(inFavor - 1)
                + " would have remained, and renewal needs " + required + "."
            : "one more vote in favor would have made only " + (inFavor + 1) + " of the "
                + required + " needed.");
  }

  private static String votesInFavor(int votes) {
    return votes + (votes == 1 ? " vote in favor" : " votes in favor");
  }
}
