package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.civictech.pars.Reason;

/**
 * The Russian words around the sentences: the command line's labels and the 2018 story's. Counts
 * take {@link Russian}'s plural forms; an outcome label is neuter, as "соглашение" is.
 */
final class RussianLabels extends Labels {

  static final RussianLabels INSTANCE = new RussianLabels();

  private RussianLabels() {}

  @Override
  public Messages messages() {
    return RussianMessages.INSTANCE;
  }

  @Override
  public String storyTitle() {
    return "Продление PARS в 2018 году (docs/RULE.md, пример 2018 года)";
  }

  @Override
  public String contract(String name, String lastDay, int votesRequired) {
    return fill("Соглашение %s, последний день голосования %s; для продления %s %s.", name,
        lastDay, Russian.needed(votesRequired), votesInFavor(votesRequired));
  }

  @Override
  public String decidedOpen() {
    return "Голосование ещё открыто.";
  }

  @Override
  public String decidedAsOf(String day, boolean afterTheExpiry) {
    return fill(afterTheExpiry
        ? "По состоянию на %s, после истечения срока (голосование закрыто)."
        : "По состоянию на %s; голосование ещё открыто.",
        day);
  }

  @Override
  public String outcomeLabel() {
    return "Результат: ";
  }

  @Override
  public String votesCast() {
    return "Поданные голоса:";
  }

  @Override
  public String source() {
    return "источник";
  }

  @Override
  public String timeline() {
    return "Хронология:";
  }

  @Override
  public String workedExample() {
    return "На даты примера 2018 года из docs/RULE.md:";
  }

  @Override
  public String truthTableHeading() {
    return "| Прокурор | Суды | Город | при открытом голосовании | после истечения срока |";
  }

  @Override
  public String notVoted() {
    return "нет голоса";
  }

  @Override
  public String sources() {
    return "Источники (docs/RULE.md):";
  }

  @Override
  public String votesInFavor(int votes) {
    return Russian.votesInFavor(votes);
  }

  @Override
  public String outcome(Reason reason, boolean open) {
    return switch (reason) {
      case RENEWED -> open ? "ПРОДЛЕНО при нынешних голосах" : "ПРОДЛЕНО"; // E6
      case VOTED_DOWN -> open ? "НЕ ПРОДЛЕНО при нынешних голосах"
          : "НЕ ПРОДЛЕНО (не одобрено при голосовании)";
      case LAPSED -> "НЕ ПРОДЛЕНО (срок истёк без решения)"; // R7: after the expiry
      case PENDING -> "НЕ РЕШЕНО";
    };
  }

  @Override
  public String choice(Choice choice) {
    return switch (choice) {
      case IN_FAVOR -> "за";
      case AGAINST -> "против";
      case ABSTAIN -> "воздержание";
    };
  }

  @Override
  public String source2018(int index) {
    return switch (index) {
      case 0 -> "письмо окружного прокурора от 11 июля 2018 г.";
      case 1 -> "сообщения прессы от 27 июля 2018 г.";
      default -> "заявление мэра от 27 июля 2018 г.";
    };
  }

  @Override
  public String noscriptHeading() {
    return "Что произошло в 2018 году";
  }

  @Override
  public String noscriptIntro() {
    return "Эта страница вычисляет ответы с помощью JavaScript, а он отключён. Вот что произошло"
        + " в 2018 году (соглашение PARS, голосование открыто по 31 августа 2018 г."
        + " включительно; для продления нужно 2 голоса «за» из 3).";
  }

  @Override
  public String noscriptVotesJuly11() {
    return "Офис окружного прокурора проголосовал против [AP-07-11].";
  }

  @Override
  public String noscriptVotesJuly27() {
    return "суды воздержались, а Город проголосовал против [CBS, AP-07-27, Inquirer].";
  }
}
