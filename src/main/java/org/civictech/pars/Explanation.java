package org.civictech.pars;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the plain English sentences of a {@link RenewalDecision}. */
final class Explanation {

  private Explanation() {}

  /** The outcome, the count against the votes required, who voted how, and how firm it is. */
  static String of(RenewalDecision decision) {
    StringBuilder text = new StringBuilder(200);
    text.append(headline(decision.reason())).append(": ")
        .append(inFavorCount(decision.inFavor().size()))
        .append(" and renewal needs ").append(decision.votesRequired()).append(" of 3")
        .append(consequence(decision)).append(". ");
    text.append(capitalized(String.join("; ", whoVotedHow(decision)))).append('.');
    if (!decision.isFinal() && decision.outcome() != Outcome.PENDING) {
      // R6: a settled outcome holds as the votes stand; R5: votes can change until the expiry
      text.append(" This holds as the votes stand, unless a stakeholder changes its vote by ")
          .append(decision.contract().expiresOn()).append(", the last day of voting.");
    }
    return text.toString();
  }

  /** Which single votes would change the outcome, grouped by the outcome they would lead to. */
  static String ofPivots(RenewalDecision decision, List<Pivot> pivots) {
    boolean closed = decision.isFinal();
    if (pivots.isEmpty()) {
      return noPivot(decision, closed);
    }
    List<String> byOutcome = new ArrayList<>();
    for (Outcome outcome : Outcome.values()) {
      List<String> conditions = new ArrayList<>();
      for (Stakeholder stakeholder : Stakeholder.values()) {
        List<String> ways = new ArrayList<>();
        for (Pivot pivot : pivots) {
          if (pivot.outcome() == outcome && pivot.stakeholder() == stakeholder) {
            ways.add(voted(pivot.choice(), closed));
          }
        }
        if (!ways.isEmpty()) {
          conditions.add("if " + stakeholder.displayName() + " " + String.join(" or ", ways));
        }
      }
      if (!conditions.isEmpty()) {
        byOutcome.add(outcomeWords(outcome) + " " + String.join(", or ", conditions));
      }
    }
    return (closed ? "One different vote would have changed it: " : "One vote would change it: ")
        + String.join("; ", byOutcome) + ".";
  }

  private static String noPivot(RenewalDecision decision, boolean closed) {
    String start = closed ? "No single different vote would have changed it" : "No single vote would change it";
    int inFavor = decision.inFavor().size();
    int required = decision.votesRequired();
    return switch (decision.outcome()) {
      case RENEWED -> start + (closed
          ? ": even had one stakeholder in favor voted otherwise, "
          : ": even if one stakeholder in favor changed its vote, ")
          + (inFavor - 1) + " of the " + required + " votes in favor needed would remain.";
      case NOT_RENEWED -> start + (closed ? ": one more vote in favor would have made only "
          : ": one more vote in favor would make only ")
          + (inFavor + 1) + " of the " + required + " needed.";
      case PENDING -> "No single vote would settle it yet: it depends on more than one of the"
          + " votes still to come.";
    };
  }

  private static String headline(Reason reason) {
    return switch (reason) {
      case RENEWED -> "Renewed";
      case VOTED_DOWN -> "Not renewed";
      case LAPSED -> "Not renewed (lapsed)";
      case PENDING -> "Pending";
    };
  }

  private static String inFavorCount(int inFavor) {
    return switch (inFavor) {
      case 0 -> "no stakeholder voted in favor";
      case 1 -> "1 stakeholder voted in favor";
      default -> inFavor + " stakeholders voted in favor";
    };
  }

  private static String consequence(RenewalDecision decision) {
    return switch (decision.reason()) {
      case RENEWED -> "";
      case VOTED_DOWN -> decision.notVoted().isEmpty()
          ? ""
          : ", which the votes still to come can no longer reach"; // R6
      case LAPSED -> "; voting closed after " + decision.contract().expiresOn()
          + " without a vote from " + names(decision.notVoted()); // R7
      case PENDING -> "; the votes still to come decide it";
    };
  }

  private static List<String> whoVotedHow(RenewalDecision decision) {
    List<String> clauses = new ArrayList<>(4);
    if (!decision.inFavor().isEmpty()) {
      clauses.add(names(decision.inFavor()) + " voted in favor");
    }
    if (!decision.against().isEmpty()) {
      clauses.add(names(decision.against()) + " voted against");
    }
    if (!decision.abstained().isEmpty()) {
      clauses.add(names(decision.abstained()) + " abstained, which does not count in favor"); // R4
    }
    if (!decision.notVoted().isEmpty()) {
      clauses.add(decision.isFinal()
          ? names(decision.notVoted()) + " never voted"
          : "no vote yet from " + names(decision.notVoted()));
    }
    return clauses;
  }

  private static String voted(Choice choice, boolean closed) {
    String had = closed ? "had " : "";
    return switch (choice) {
      case IN_FAVOR -> had + "voted in favor";
      case AGAINST -> had + "voted against";
      case ABSTAIN -> had + "abstained";
    };
  }

  private static String outcomeWords(Outcome outcome) {
    return switch (outcome) {
      case RENEWED -> "renewed";
      case NOT_RENEWED -> "not renewed";
      case PENDING -> "pending";
    };
  }

  /** "the courts", "the courts and the City", "A, B and C". */
  static String names(Set<Stakeholder> stakeholders) {
    StringBuilder text = new StringBuilder();
    int left = stakeholders.size();
    for (Stakeholder stakeholder : stakeholders) {
      text.append(stakeholder.displayName());
      left--;
      if (left > 1) {
        text.append(", ");
      } else if (left == 1) {
        text.append(" and ");
      }
    }
    return text.toString();
  }

  private static String capitalized(String sentence) {
    return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
  }
}
