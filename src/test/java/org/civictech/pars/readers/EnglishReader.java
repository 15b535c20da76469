package org.civictech.pars.readers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.civictech.pars.Choice;
import org.civictech.pars.Outcome;
import org.civictech.pars.Stakeholder;

/** What a reader of English looks for in the sentences. */
public final class EnglishReader {

  private EnglishReader() {}

  public static final Reader READER = new Reader(
      Locale.ENGLISH,
      Set.of("no"),
      Map.of(Stakeholder.DA, "the District Attorney's Office", Stakeholder.COURTS, "the courts",
          Stakeholder.CITY, "the City"),
      Map.of("RENEWED/open", "Renewed as the votes stand: ", "RENEWED/closed", "Renewed: ",
          "VOTED_DOWN/open", "Not renewed as the votes stand: ",
          "VOTED_DOWN/closed", "Not renewed (voted down): ", "LAPSED", "Not renewed (lapsed): ",
          "PENDING", "Pending: "),
      Pattern.compile("^[^:]+: (no|\\d+) stakeholders? voted in favor"),
      Pattern.compile("renewal needs (\\d+) votes? in favor"),
      Pattern.compile("(\\d+) of the (\\d+)"),
      Pattern.compile("(\\d+) votes? in favor would (?:remain|have remained), and renewal needs"
          + " (\\d+)"),
      Map.of("IN_FAVOR", Pattern.compile(" voted in favor$"),
          "AGAINST", Pattern.compile(" voted against$"),
          "ABSTAINED", Pattern.compile(" abstained, which does not count in favor$"),
          "NOT_VOTED/open", Pattern.compile(" (has|have) not voted yet$"),
          "NOT_VOTED/closed", Pattern.compile(" never voted$")),
      "which does not count in favor",
      Pattern.compile("\\bagainst\\b"),
      List.of("to come", "chang", "until", "yet", "may ", "still", "can no longer", "by ",
          "as the votes stand"),
      "A stakeholder may still change its vote until ",
      "August 31, 2018",
      ". ", "; ", ".",
      "as the votes stand", List.of("voted down", "lapsed"),
      "One vote would change it: ",
      "One different vote would have made it ",
      "No single vote would change it: ",
      "No single different vote would have made a difference: ",
      "No single vote would settle it: ",
      Pattern.compile("^(?<outcome>renewed|not renewed|pending) (?<conditions>if .+)$"),
      Pattern.compile("^(?<outcome>renewed|not renewed): (?<conditions>if .+)$"),
      Map.of("renewed", Outcome.RENEWED, "not renewed", Outcome.NOT_RENEWED,
          "pending", Outcome.PENDING),
      "if ", ", or ", List.of(", ", " or "), " or ",
      Map.of("voted in favor", Choice.IN_FAVOR, "voted against", Choice.AGAINST,
          "abstained", Choice.ABSTAIN),
      Map.of("had voted in favor", Choice.IN_FAVOR, "had voted against", Choice.AGAINST,
          "had abstained", Choice.ABSTAIN),
      List.of("changed its vote to ", "changed their vote to "),
      Map.of("in favor", Choice.IN_FAVOR, "against", Choice.AGAINST,
          "an abstention", Choice.ABSTAIN),
      // with "or", "its" or "their" agrees with the nearest name: "the City or the courts ... their"
      (who, words) -> !words.contains("changed") || words.contains(" their ")
          == (who.get(who.size() - 1) == Stakeholder.COURTS));

}
