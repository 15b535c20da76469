package org.civictech.pars.dmn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.civictech.pars.Choice;
import org.civictech.pars.Contract;
import org.civictech.pars.Outcome;
import org.civictech.pars.Reason;
import org.civictech.pars.RenewalDecider;
import org.civictech.pars.Stakeholder;
import org.civictech.pars.Vote;
import org.civictech.pars.internal.Pars2018;

/**
 * The renewal rule as a DMN 1.3 model (OMG Decision Model and Notation): one decision table over
 * each stakeholder's vote and whether voting is closed, giving the outcome and its reason.
 *
 * <p>The table is not kept by hand. Every case (4^3 ballots, open and closed) is decided by the
 * library's {@link RenewalDecider}, and the rows are found from those answers: hit policy FIRST,
 * one reason after the other in {@link Reason} order, each row the widest pattern that covers
 * cases of its reason and only cases of its reason or of rows above it. The patterns use the
 * words a reader needs: one vote, "against or abstain" (the two cast votes that do not count in
 * favor, R4), or any vote ({@code -}). DMN 1.3 is the version the Camunda Modeler reads; the
 * Apache KIE editor reads it too.
 */
public final class DmnModel {

  /** The DMN 1.3 namespaces. */
  public static final String MODEL_NS = "https://www.omg.org/spec/DMN/20191111/MODEL/";
  public static final String DMNDI_NS = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
  public static final String DC_NS = "http://www.omg.org/spec/DMN/20180521/DC/";
  public static final String DI_NS = "http://www.omg.org/spec/DMN/20180521/DI/";

  /** The DMN value of a stakeholder that has not voted (R2). */
  public static final String NOT_VOTED = "NOT_VOTED";

  /** The name of the input that says whether voting is closed (R6, R7). */
  public static final String VOTING_CLOSED = "votingClosed";

  /** The name of the decision, and of its result: a context with outcome and reason. */
  public static final String DECISION = "renewal";

  /** The vote values: the choices in {@link Choice} order, then NOT_VOTED. */
  private static final List<String> VOTE_VALUES = voteValues();
  private static final int VALUES = VOTE_VALUES.size();
  private static final int ANY_VOTE = (1 << VALUES) - 1;
  /** R4: the two ways to cast a vote that does not count in favor. */
  private static final int AGAINST_OR_ABSTAIN = bit(Choice.AGAINST) | bit(Choice.ABSTAIN);
  /** The vote tests a row may use, most specific first: one value, against or abstain, any. */
  private static final int[] VOTE_TESTS = voteTests();

  /** Open is bit 0, closed bit 1; the tests are open, closed, either. */
  private static final int[] CLOSED_TESTS = {0b01, 0b10, 0b11};

  private static final int STAKEHOLDERS = Stakeholder.values().length;
  private static final int CASES = 2 * (1 << (2 * STAKEHOLDERS));

  private DmnModel() {}

  /**
   * One row of the table: a test on each stakeholder's vote (a set of vote values, as bits), a
   * test on whether voting is closed (bit 0 open, bit 1 closed), and the reason it gives.
   */
  public record Row(List<Integer> votes, int closed, Reason reason) {

    boolean matches(int ballotCase) {
      for (int s = 0; s < STAKEHOLDERS; s++) {
        if ((votes.get(s) & (1 << vote(ballotCase, s))) == 0) {
          return false;
        }
      }
      return (closed & (1 << (ballotCase & 1))) != 0;
    }

    int specified() {
      int specified = closed == 0b11 ? 0 : 1;
      for (int test : votes) {
        specified += test == ANY_VOTE ? 0 : 1;
      }
      return specified;
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      for (int test : votes) {
        text.append(voteTest(test)).append(" | ");
      }
      return text.append(closedTest(closed)).append(" | ").append(reason).toString();
    }
  }

  // ---------------------------------------------------------------- cases

  /** A case packs each stakeholder's vote value (4 values) in two bits above bit 0, closed. */
  private static int vote(int ballotCase, int stakeholder) {
    return (ballotCase >> (1 + 2 * (STAKEHOLDERS - 1 - stakeholder))) & 0b11;
  }

  private static boolean closed(int ballotCase) {
    return (ballotCase & 1) == 1;
  }

  /** The votes of a case, as the library takes them. */
  private static List<Vote> votes(int ballotCase) {
    List<Vote> votes = new ArrayList<>(STAKEHOLDERS);
    Stakeholder[] stakeholders = Stakeholder.values();
    Choice[] choices = Choice.values();
    for (int s = 0; s < STAKEHOLDERS; s++) {
      int value = vote(ballotCase, s);
      if (value < choices.length) {
        votes.add(new Vote(stakeholders[s], choices[value], ""));
      }
    }
    return votes;
  }

  private static List<String> voteValues() {
    List<String> values = new ArrayList<>();
    for (Choice choice : Choice.values()) {
      values.add(choice.name());
    }
    values.add(NOT_VOTED);
    return List.copyOf(values);
  }

  private static int bit(Choice choice) {
    return 1 << VOTE_VALUES.indexOf(choice.name());
  }

  // ---------------------------------------------------------------- rows

  /**
   * The rows of the table for {@code decider}: a FIRST hit over them gives, for every case, the
   * reason the decider gives. Unmodifiable.
   */
  public static List<Row> rows(RenewalDecider decider) {
    Contract contract = Pars2018.contract();
    Reason[] answers = new Reason[CASES];
    for (int c = 0; c < CASES; c++) {
      answers[c] = closed(c)
          ? decider.decide(contract, votes(c), contract.expiresOn().plusDays(1)).reason()
          : decider.decide(contract, votes(c)).reason();
    }
    List<Row> candidates = candidates();
    boolean[] covered = new boolean[CASES];
    List<Row> rows = new ArrayList<>();
    for (Reason reason : Reason.values()) {
      // A row that tests one value in every column matches one case only, so some row always
      // gains a case: the loop ends, with every case covered by a row of its own reason.
      while (uncovered(answers, covered, reason)) {
        Row best = candidates.get(0);
        int[] bestScore = {0, 0, 0};
        for (Row row : candidates) {
          int[] score = score(row, answers, covered, reason);
          if (better(score, bestScore)) {
            best = row;
            bestScore = score;
          }
        }
        Row chosen = new Row(best.votes(), best.closed(), reason);
        rows.add(chosen);
        for (int c = 0; c < CASES; c++) {
          covered[c] |= chosen.matches(c);
        }
      }
    }
    return Collections.unmodifiableList(rows);
  }

  private static boolean uncovered(Reason[] answers, boolean[] covered, Reason reason) {
    for (int c = 0; c < CASES; c++) {
      if (!covered[c] && answers[c] == reason) {
        return true;
      }
    }
    return false;
  }

  /**
   * How good {@code row} is for {@code reason}: new cases covered, minus cases already covered
   * above, minus tests specified; all zero if it would match an uncovered case of another reason.
   */
  private static int[] score(Row row, Reason[] answers, boolean[] covered, Reason reason) {
    int gained = 0;
    int overlap = 0;
    for (int c = 0; c < CASES; c++) {
      if (!row.matches(c)) {
        continue;
      }
      if (covered[c]) {
        overlap++;
      } else if (answers[c] == reason) {
        gained++;
      } else {
        return new int[] {0, 0, 0};
      }
    }
    return new int[] {gained, -overlap, -row.specified()};
  }

  /** More new cases first, then less overlap with the rows above, then fewer tests. */
  private static boolean better(int[] score, int[] best) {
    for (int i = 0; i < score.length; i++) {
      if (score[i] != best[i]) {
        return score[i] > best[i];
      }
    }
    return false;
  }

  /** Every combination of tests, the most specific first; the reason is filled in later. */
  private static List<Row> candidates() {
    List<Row> candidates = new ArrayList<>();
    for (int da : VOTE_TESTS) {
      for (int courts : VOTE_TESTS) {
        for (int city : VOTE_TESTS) {
          for (int closed : CLOSED_TESTS) {
            candidates.add(new Row(List.of(da, courts, city), closed, Reason.PENDING));
          }
        }
      }
    }
    return candidates;
  }

  private static int[] voteTests() {
    int[] tests = new int[VALUES + 2];
    for (int value = 0; value < VALUES; value++) {
      tests[value] = 1 << value;
    }
    tests[VALUES] = AGAINST_OR_ABSTAIN;
    tests[VALUES + 1] = ANY_VOTE;
    return tests;
  }

  /** The FEEL unary tests for a set of vote values: {@code -} for any, else the quoted values. */
  public static String voteTest(int test) {
    if (test == ANY_VOTE) {
      return "-";
    }
    List<String> values = new ArrayList<>(VALUES);
    for (int value = 0; value < VALUES; value++) {
      if ((test & (1 << value)) != 0) {
        values.add('"' + VOTE_VALUES.get(value) + '"');
      }
    }
    return String.join(",", values);
  }

  public static String closedTest(int test) {
    return switch (test) {
      case 0b01 -> "false";
      case 0b10 -> "true";
      default -> "-";
    };
  }

  /** What a row's reason means, with the R-numbers of RULE.md: the rule annotation column. */
  public static String annotation(Reason reason, int votesRequired) {
    return switch (reason) {
      case RENEWED -> "R3: at least " + votesRequired + " of the 3 stakeholders voted in favor";
      case VOTED_DOWN -> "R4, R6, R7: voted down: even with every missing vote in favor, renewal"
          + " could not reach " + votesRequired + " in favor (an abstention, like a vote against,"
          + " does not count in favor)";
      case LAPSED -> "R7: voting is closed and renewal was not reached; stakeholders who never"
          + " voted could have renewed it, so the contract lapsed";
      case PENDING -> "R6: voting is open; renewal is not reached but still possible, so the"
          + " votes still to come decide it";
    };
  }

  // ---------------------------------------------------------------- XML

  /** The whole model for {@code decider}, as DMN 1.3 XML, naming the library's version. */
  public static String xml(RenewalDecider decider, String version) {
    int required = decider.votesRequired();
    List<Row> rows = rows(decider);
    Xml x = new Xml();
    x.line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    x.open("<definitions xmlns=\"" + MODEL_NS + "\" xmlns:dmndi=\"" + DMNDI_NS
        + "\" xmlns:dc=\"" + DC_NS + "\" xmlns:di=\"" + DI_NS + "\" id=\"pars_renewal_"
        + required + "_of_3\" name=\"PARS renewal, " + required + " of 3\""
        + " namespace=\"urn:org.civictech:pars-renewal:" + required + "-of-3\">");
    x.text("description", "The PARS contract renewal rule of docs/RULE.md (R1 to R8): the"
        + " District Attorney's Office (DA), the courts (COURTS) and the City (CITY) vote; renewal"
        + " needs " + required + " of the 3 in favor; an abstention does not count in favor."
        + " Generated by pars-renewal " + version + " (--dmn --requiring=" + required
        + ") from the library's own decisions on all " + CASES + " cases; regenerate it rather"
        + " than edit it.");
    enumeration(x, "tVote", choices());
    enumeration(x, "tOutcome", names(Outcome.values()));
    enumeration(x, "tReason", names(Reason.values()));
    x.open("<itemDefinition name=\"tRenewal\">");
    x.open("<itemComponent name=\"outcome\">");
    x.text("typeRef", "tOutcome");
    x.close("</itemComponent>");
    x.open("<itemComponent name=\"reason\">");
    x.text("typeRef", "tReason");
    x.close("</itemComponent>");
    x.close("</itemDefinition>");
    decision(x, rows, required);
    for (Stakeholder s : Stakeholder.values()) {
      inputData(x, s.name(), "tVote", "The standing vote of " + s.displayName() + " (R1, R2, R5):"
          + " IN_FAVOR, AGAINST, ABSTAIN, or NOT_VOTED if it has cast none.");
    }
    inputData(x, VOTING_CLOSED, "boolean", "true after the contract's expiry date, when voting is"
        + " closed (R7); false while voting is open, up to and including the expiry date (R6).");
    diagram(x);
    x.close("</definitions>");
    return x.toString();
  }

  private static void decision(Xml x, List<Row> rows, int required) {
    x.open("<decision id=\"" + DECISION + "\" name=\"" + DECISION + "\">");
    x.text("description", "Whether the contract is renewed (outcome) and why (reason). Hit"
        + " policy FIRST: read the rows from the top; the first row whose tests all match gives"
        + " the answer. In a vote column, - matches any vote and \"AGAINST\",\"ABSTAIN\" matches"
        + " either.");
    x.line("<variable name=\"" + DECISION + "\" typeRef=\"tRenewal\"/>");
    for (String input : inputs()) {
      x.open("<informationRequirement id=\"requirement_" + input + "\">");
      x.line("<requiredInput href=\"#" + input + "\"/>");
      x.close("</informationRequirement>");
    }
    x.open("<decisionTable id=\"" + DECISION + "_table\" hitPolicy=\"FIRST\""
        + " outputLabel=\"" + DECISION + "\">");
    for (Stakeholder s : Stakeholder.values()) {
      x.open("<input id=\"input_" + s.name() + "\" label=\"" + s.name() + "\">");
      x.open("<inputExpression id=\"input_" + s.name() + "_expression\" typeRef=\"string\">");
      x.text("text", s.name());
      x.close("</inputExpression>");
      x.open("<inputValues>");
      x.text("text", choices());
      x.close("</inputValues>");
      x.close("</input>");
    }
    x.open("<input id=\"input_" + VOTING_CLOSED + "\" label=\"" + VOTING_CLOSED + "\">");
    x.open("<inputExpression id=\"input_" + VOTING_CLOSED + "_expression\" typeRef=\"boolean\">");
    x.text("text", VOTING_CLOSED);
    x.close("</inputExpression>");
    x.close("</input>");
    output(x, "outcome", names(Outcome.values()));
    output(x, "reason", names(Reason.values()));
    x.line("<annotation name=\"RULE.md\"/>");
    int number = 0;
    for (Row row : rows) {
      number++;
      x.open("<rule id=\"rule_" + number + "\">");
      for (int test : row.votes()) {
        x.open("<inputEntry>");
        x.text("text", voteTest(test));
        x.close("</inputEntry>");
      }
      x.open("<inputEntry>");
      x.text("text", closedTest(row.closed()));
      x.close("</inputEntry>");
      x.open("<outputEntry>");
      x.text("text", '"' + row.reason().outcome().name() + '"');
      x.close("</outputEntry>");
      x.open("<outputEntry>");
      x.text("text", '"' + row.reason().name() + '"');
      x.close("</outputEntry>");
      x.open("<annotationEntry>");
      x.text("text", annotation(row.reason(), required));
      x.close("</annotationEntry>");
      x.close("</rule>");
    }
    x.close("</decisionTable>");
    x.close("</decision>");
  }

  private static void output(Xml x, String name, String values) {
    x.open("<output id=\"output_" + name + "\" name=\"" + name + "\" typeRef=\"string\">");
    x.open("<outputValues>");
    x.text("text", values);
    x.close("</outputValues>");
    x.close("</output>");
  }

  private static void enumeration(Xml x, String name, String values) {
    x.open("<itemDefinition name=\"" + name + "\">");
    x.text("typeRef", "string");
    x.open("<allowedValues>");
    x.text("text", values);
    x.close("</allowedValues>");
    x.close("</itemDefinition>");
  }

  private static void inputData(Xml x, String name, String type, String description) {
    x.open("<inputData id=\"" + name + "\" name=\"" + name + "\">");
    x.text("description", description);
    x.line("<variable name=\"" + name + "\" typeRef=\"" + type + "\"/>");
    x.close("</inputData>");
  }

  /** The decision above its four inputs, each joined to it by an information requirement. */
  private static void diagram(Xml x) {
    x.open("<dmndi:DMNDI>");
    x.open("<dmndi:DMNDiagram id=\"diagram\" name=\"PARS renewal\">");
    x.open("<dmndi:DMNShape id=\"shape_" + DECISION + "\" dmnElementRef=\"" + DECISION + "\">");
    x.line("<dc:Bounds x=\"250\" y=\"60\" width=\"180\" height=\"80\"/>");
    x.close("</dmndi:DMNShape>");
    List<String> inputs = inputs();
    for (int i = 0; i < inputs.size(); i++) {
      String input = inputs.get(i);
      int left = 20 + 165 * i;
      x.open("<dmndi:DMNShape id=\"shape_" + input + "\" dmnElementRef=\"" + input + "\">");
      x.line("<dc:Bounds x=\"" + left + "\" y=\"240\" width=\"145\" height=\"50\"/>");
      x.close("</dmndi:DMNShape>");
      x.open("<dmndi:DMNEdge id=\"edge_" + input + "\" dmnElementRef=\"requirement_" + input
          + "\">");
      x.line("<di:waypoint x=\"" + (left + 72) + "\" y=\"240\"/>");
      x.line("<di:waypoint x=\"" + (250 + 36 * (i + 1)) + "\" y=\"140\"/>");
      x.close("</dmndi:DMNEdge>");
    }
    x.close("</dmndi:DMNDiagram>");
    x.close("</dmndi:DMNDI>");
  }

  /** The names of the inputs: the stakeholders, in order, then votingClosed. */
  public static List<String> inputs() {
    List<String> inputs = new ArrayList<>(STAKEHOLDERS + 1);
    for (Stakeholder s : Stakeholder.values()) {
      inputs.add(s.name());
    }
    inputs.add(VOTING_CLOSED);
    return inputs;
  }

  /** Every vote value, quoted: the choices, then NOT_VOTED. */
  private static String choices() {
    List<String> values = new ArrayList<>(VALUES);
    for (String value : VOTE_VALUES) {
      values.add('"' + value + '"');
    }
    return String.join(",", values);
  }

  /** FEEL unary tests listing the constants' names. */
  private static String names(Enum<?>[] constants) {
    List<String> values = new ArrayList<>(constants.length);
    for (Enum<?> constant : constants) {
      values.add('"' + constant.name() + '"');
    }
    return String.join(",", values);
  }

  /** A small indenting XML writer; text is escaped. */
  private static final class Xml {
    private final StringBuilder out = new StringBuilder(16_384);
    private int depth;

    void line(String markup) {
      out.append("  ".repeat(depth)).append(markup).append(System.lineSeparator());
    }

    void open(String markup) {
      line(markup);
      depth++;
    }

    void close(String markup) {
      depth--;
      line(markup);
    }

    void text(String element, String text) {
      line("<" + element + ">" + escaped(text) + "</" + element + ">");
    }

    private static String escaped(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
