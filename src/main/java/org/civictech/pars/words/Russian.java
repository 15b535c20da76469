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
 * The Russian wording of decisions: "Офис окружного прокурора" (masculine), "суды" (plural;
 * formally "Первый судебный округ Пенсильвании") and "Город" (masculine, capitalized as the City
 * of Philadelphia writes "the City"); "проголосовать за", "проголосовать против",
 * "воздержаться"; "продление соглашения". Every past-tense verb agrees in gender and number with
 * the names it follows ({@link Agreement}), and every count takes the plural form its number
 * asks for: 1 голос, 2 голоса, 5 голосов, 11 голосов, 21 голос ({@link #plural}).
 */
final class Russian extends Wording {

  static final String LANGUAGE = "ru";

  static final Russian INSTANCE = new Russian();

  /** The months in the genitive, as a date says them: "31 августа 2018 г.". */
  private static final String[] MONTHS = {"января", "февраля", "марта", "апреля", "мая", "июня",
      "июля", "августа", "сентября", "октября", "ноября", "декабря"};

  /** The gender and number a subject gives the past tense of its verbs. */
  enum Agreement {
    MASCULINE("", "ся"), FEMININE("а", "ась"), NEUTER("о", "ось"), PLURAL("и", "ись");

    private final String ending;
    private final String reflexiveEnding;

    Agreement(String ending, String reflexiveEnding) {
      this.ending = ending;
      this.reflexiveEnding = reflexiveEnding;
    }

    /** "проголосовал" + agreement: "проголосовал", "проголосовала", "проголосовали". */
    String past(String stem) {
      return stem + ending;
    }

    /** "воздержал" + agreement: "воздержался", "воздержалась", "воздержались". */
    String pastReflexive(String stem) {
      return stem + reflexiveEnding;
    }
  }

  private Russian() {}

  @Override
  public Labels labels() {
    return RussianLabels.INSTANCE;
  }

  @Override
  public PageLabels pageLabels() {
    return RussianPageLabels.INSTANCE;
  }

  @Override
  public String language() {
    return LANGUAGE;
  }

  @Override
  public String displayName(Stakeholder stakeholder) {
    return switch (stakeholder) {
      case DA -> "Офис окружного прокурора";
      case COURTS -> "суды";
      case CITY -> "Город";
    };
  }

  @Override
  public String shortName(Stakeholder stakeholder) {
    return switch (stakeholder) {
      case DA -> "Прокурор";
      case COURTS -> "Суды";
      case CITY -> "Город";
    };
  }

  /** The gender and number of the stakeholder's name: "Город" is masculine, "суды" plural. */
  static Agreement agreement(Stakeholder stakeholder) {
    return switch (stakeholder) {
      case DA, CITY -> Agreement.MASCULINE;
      case COURTS -> Agreement.PLURAL;
    };
  }

  /** Names joined by "и" take a plural verb; one name its own gender and number. */
  static Agreement together(Set<Stakeholder> who) {
    return who.size() > 1 ? Agreement.PLURAL : agreement(who.iterator().next());
  }

  /**
   * Names joined by "или" take a singular verb when all are singular of one gender ("Офис
   * окружного прокурора или Город проголосовал"), a plural one otherwise ("суды или Город
   * проголосовали").
   */
  static Agreement eitherOf(Set<Stakeholder> who) {
    Agreement first = agreement(who.iterator().next());
    for (Stakeholder stakeholder : who) {
      if (agreement(stakeholder) != first) {
        return Agreement.PLURAL;
      }
    }
    return first;
  }

  @Override
  boolean pluralName(Stakeholder stakeholder) {
    return agreement(stakeholder) == Agreement.PLURAL;
  }

  /** The form of a noun after {@code number}: one (1, 21), few (2–4, 22) or many (0, 5–20). */
  static String plural(int number, String one, String few, String many) {
    int lastTwo = Math.abs(number) % 100;
    int last = lastTwo % 10;
    if (lastTwo >= 11 && lastTwo <= 14) {
      return many;
    }
    return last == 1 ? one : last >= 2 && last <= 4 ? few : many;
  }

  /** "1 голос «за»", "2 голоса «за»", "5 голосов «за»". */
  static String votesInFavor(int votes) {
    return votes + " " + plural(votes, "голос", "голоса", "голосов") + " «за»";
  }

  /** "нужен 1 голос", "нужно 2 голоса": the word agrees with the count that follows. */
  static String needed(int votes) {
    return plural(votes, "нужен", "нужно", "нужно");
  }

  @Override
  String and() {
    return " и ";
  }

  @Override
  String or() {
    return " или ";
  }


  /** "31 августа 2018 г.": the day, the month in the genitive, the year and "г.". */
  @Override
  public String date(LocalDate date) {
    return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear()
        + " г.";
  }

  // ---------------------------------------------------------------- the explanation

  @Override
  public String headline(Reason reason, boolean open) {
    return switch (reason) { // neuter: "соглашение"
      case RENEWED -> open ? "Продлено при нынешних голосах" : "Продлено"; // E6
      case VOTED_DOWN -> open ? "Не продлено при нынешних голосах"
          : "Не продлено (не одобрено при голосовании)";
      case LAPSED -> "Не продлено (срок истёк без решения)";
      case PENDING -> "Не решено";
    };
  }

  @Override
  String count(int inFavor, int votesRequired) {
    String who = inFavor == 0 ? "ни один участник не проголосовал за"
        : inFavor + " " + plural(inFavor, "участник проголосовал", "участника проголосовали",
            "участников проголосовали") + " за";
    return who + ", а для продления " + needed(votesRequired) + " " + votesInFavor(votesRequired);
  }

  @Override
  String consequence(Facts facts) {
    return switch (facts.reason()) {
      case RENEWED -> "";
      case VOTED_DOWN -> facts.outOfReachOfVotesToCome()
          ? "; ещё не поданных голосов для этого уже не хватит" // R6
          : "";
      case LAPSED -> "; голосование завершилось " + date(facts.expiresOn())
          + " без голосов, которые могли бы продлить соглашение"; // R7
      case PENDING -> "; исход решат голоса, которые ещё не поданы"; // R6
    };
  }

  @Override
  String stance(Facts.Stance stance, Set<Stakeholder> who, boolean open) {
    Agreement agreement = together(who);
    String names = names(who) + " ";
    return switch (stance) {
      case IN_FAVOR -> names + agreement.past("проголосовал") + " за";
      case AGAINST -> names + agreement.past("проголосовал") + " против";
      case ABSTAINED -> names + agreement.pastReflexive("воздержал")
          + ", а воздержание не считается голосом «за»"; // R4
      case NOT_VOTED -> names + (open ? "ещё не " : "так и не ") // R7
          + agreement.past("проголосовал");
    };
  }

  @Override
  String holdsAsTheVotesStand(LocalDate expiresOn) {
    return "Этот результат действует при нынешних голосах: каждый участник может подать или изменить"
        + " свой голос до " + date(expiresOn) + " включительно — это последний день голосования.";
  }

  // ---------------------------------------------------------------- the pivot sentence

  @Override
  String pivotLead(boolean open) {
    return open ? "Один голос может изменить исход: "
        : "Исход мог бы быть другим при одном ином голосе: ";
  }

  @Override
  String pivotGroup(Outcome outcome, List<String> conditions, boolean open) {
    String outcomeWords = switch (outcome) {
      case RENEWED -> "соглашение было бы продлено";
      case NOT_RENEWED -> "соглашение не было бы продлено";
      case PENDING -> "исход стал бы нерешённым";
    };
    return outcomeWords + ", " + String.join(", или ", conditions);
  }

  /**
   * "если бы суды или Город проголосовали за"; for those who have voted (only while voting is
   * open, Facts.Condition), "если бы Город изменил свой голос и проголосовал против или
   * воздержался". The subjunctive "если бы" serves both the open and the closed sentence.
   */
  @Override
  String condition(Set<Stakeholder> who, List<Choice> choices, boolean changing, boolean open) {
    Agreement agreement = eitherOf(who);
    List<String> votes = new ArrayList<>(3);
    for (Choice choice : choices) {
      votes.add(switch (choice) {
        case IN_FAVOR -> agreement.past("проголосовал") + " за";
        case AGAINST -> agreement.past("проголосовал") + " против";
        case ABSTAIN -> agreement.pastReflexive("воздержал");
      });
    }
    return "если бы " + alternatives(who) + " "
        + (changing ? agreement.past("изменил") + " свой голос и " : "") + list(votes, or());
  }

  @Override
  String noPivot(Facts facts) {
    int inFavor = facts.inFavor();
    int required = facts.votesRequired();
    int remaining = inFavor - 1;
    if (facts.open()) {
      return switch (facts.reason().outcome()) {
        case RENEWED -> "Ни один голос сам по себе не изменит исход: даже если один из участников,"
            + " проголосовавших за, изменит свой голос, останется " + votesInFavor(remaining)
            + ", а для продления " + needed(required) + " " + required + ".";
        case NOT_RENEWED -> "Ни один голос сам по себе не изменит исход: один дополнительный"
            + " голос «за» дал бы лишь " + (inFavor + 1) + " из " + required + " необходимых.";
        case PENDING -> "Ни один голос сам по себе не решит исход: для этого нужно не меньше"
            + " двух голосов, новых или изменённых.";
      };
    }
    return "Ни один иной голос сам по себе не дал бы другого исхода: "
        + (facts.reason() == Reason.RENEWED
            ? "если бы один из участников, проголосовавших за, проголосовал иначе, "
                + plural(remaining, "остался", "осталось", "осталось") + " бы "
                + votesInFavor(remaining) + ", а для продления " + needed(required) + " "
                + required + "."
            : "один дополнительный голос «за» дал бы лишь " + (inFavor + 1) + " из " + required
                + " необходимых.");
  }
}
