package org.civictech.pars.readers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.civictech.pars.Choice;
import org.civictech.pars.Outcome;
import org.civictech.pars.Stakeholder;

/** What a reader of Russian looks for in the sentences. */
public final class RussianReader {

  private RussianReader() {}

  public static final Reader READER = new Reader(
      Locale.forLanguageTag("ru"),
      Set.of("ни один"),
      Map.of(Stakeholder.DA, "Офис окружного прокурора", Stakeholder.COURTS, "суды",
          Stakeholder.CITY, "Город"),
      Map.of("RENEWED/open", "Продлено при нынешних голосах: ", "RENEWED/closed", "Продлено: ",
          "VOTED_DOWN/open", "Не продлено при нынешних голосах: ",
          "VOTED_DOWN/closed", "Не продлено (не одобрено при голосовании): ",
          "LAPSED", "Не продлено (срок истёк без решения): ",
          "PENDING", "Не решено: "),
      // the count and its plural forms: "ни один участник не проголосовал", "1 участник
      // проголосовал", "2 участника проголосовали"; "нужен 1 голос", "нужно 2 голоса"
      Pattern.compile("^[^:]+: (ни один(?= участник не проголосовал за)"
          + "|1(?= участник проголосовал за)|[23](?= участника проголосовали за))"),
      Pattern.compile("для продления (?:нужен (?=1 голос «за»)|нужно (?=[23] голоса «за»))(\\d+)"),
      Pattern.compile("(\\d+) из (\\d+)"),
      Pattern.compile("(\\d+) голоса? «за», а для продления нуж(?:ен|но) (\\d+)"),
      Map.of("IN_FAVOR", Pattern.compile(" проголосовали? за$"),
          "AGAINST", Pattern.compile(" проголосовали? против$"),
          "ABSTAINED", Pattern.compile(" воздержал(?:ся|ись), а воздержание не считается голосом"
              + " «за»$"),
          "NOT_VOTED/open", Pattern.compile(" ещё не проголосовали?$"),
          "NOT_VOTED/closed", Pattern.compile(" так и не проголосовали?$")),
      "а воздержание не считается голосом «за»",
      Pattern.compile("против"),
      List.of("ещё", "измен", "может", "могут", "пока", "уже не", " до ", "включительно",
          "не поданы", "не поданных", "при нынешних голосах"),
      "Этот результат действует при нынешних голосах: каждый участник может подать или изменить"
          + " свой голос до ",
      "31 августа 2018 г.",
      ". ", "; ", ".",
      "при нынешних голосах", List.of("не одобрено", "срок истёк"),
      "Один голос может изменить исход: ",
      "Исход мог бы быть другим при одном ином голосе: ",
      "Ни один голос сам по себе не изменит исход: ",
      "Ни один иной голос сам по себе не дал бы другого исхода: ",
      "Ни один голос сам по себе не решит исход: ",
      Pattern.compile("^(?<outcome>соглашение было бы продлено|соглашение не было бы продлено"
          + "|исход стал бы нерешённым), (?<conditions>если бы .+)$"),
      Pattern.compile("^(?<outcome>соглашение было бы продлено|соглашение не было бы продлено),"
          + " (?<conditions>если бы .+)$"),
      Map.of("соглашение было бы продлено", Outcome.RENEWED,
          "соглашение не было бы продлено", Outcome.NOT_RENEWED,
          "исход стал бы нерешённым", Outcome.PENDING),
      "если бы ", ", или ", List.of(", ", " или "), " или ",
      russianVotes(), russianVotes(),
      List.of("изменил свой голос и ", "изменили свой голос и "),
      russianVotes(),
      // Every verb agrees with the names in gender and number: "Офис окружного прокурора" and
      // "Город" are masculine singular, "суды" plural. Joined by "или", singular names of one
      // gender take a singular verb ("Офис окружного прокурора или Город проголосовал"), any
      // plural name a plural one ("суды или Город проголосовали").
      (who, words) -> {
        boolean plural = who.contains(Stakeholder.COURTS);
        Matcher verb = Pattern.compile("(проголосовал|изменил|воздержал)(\\p{IsCyrillic}*)")
            .matcher(words);
        int verbs = 0;
        while (verb.find()) {
          String ending = verb.group(2);
          if (!(plural ? ending.equals("и") || ending.equals("ись")
              : ending.isEmpty() || ending.equals("ся"))) {
            return false;
          }
          verbs++;
        }
        return verbs > 0;
      });

  /**
   * A Russian vote in the past tense, in every gender and number: "проголосовал за",
   * "проголосовала за", "проголосовали за", "воздержался", "воздержались".
   */
  private static Map<String, Choice> russianVotes() {
    Map<String, Choice> votes = new java.util.HashMap<>();
    for (String[] ending : new String[][] {{"", "ся"}, {"а", "ась"}, {"о", "ось"}, {"и", "ись"}}) {
      votes.put("проголосовал" + ending[0] + " за", Choice.IN_FAVOR);
      votes.put("проголосовал" + ending[0] + " против", Choice.AGAINST);
      votes.put("воздержал" + ending[1], Choice.ABSTAIN);
    }
    return Map.copyOf(votes);
  }
}
