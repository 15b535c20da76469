package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.jspecify.annotations.Nullable;

/** The Russian words of the explainer page, in the terms {@link Russian} uses. */
final class RussianPageLabels extends PageLabels {

  static final RussianPageLabels INSTANCE = new RussianPageLabels();

  private RussianPageLabels() {}

  @Override
  public String label(Key key) {
    return switch (key) {
      case LANGUAGE_NAME -> "Русский";
      case SKIP -> "Перейти к ответу";
      case TITLE -> "Будет ли продлено соглашение PARS?";
      case INTRO ->
          "Филадельфия предоставляла свою базу данных об арестах, PARS, федеральным органам"
          + " иммиграционного контроля по соглашению, о продлении которого голосуют Офис"
          + " окружного прокурора, суды и Город. Для продления нужны голоса «за» как минимум двух"
          + " участников из трёх; воздержание не считается голосом «за». В 2018 году Офис"
          + " окружного прокурора и Город проголосовали против, суды воздержались, и соглашение"
          + " прекратилось с истечением срока 31 августа 2018 г.: страница открывается этим"
          + " голосованием. Выберите другие голоса и посмотрите, что решает правило. Каждый ответ"
          + " и каждая фраза на этой странице вычисляются в вашем браузере тем же кодом, который"
          + " проверяет проект, скомпилированным из Java; никакие данные никуда не отправляются.";
      case LANGUAGE_LABEL -> "Язык";
      case BALLOT_HEADING -> "Ваше голосование";
      case VOTE_OF -> "Голос участника:";
      case WHEN_LEGEND -> "Когда";
      case EXPIRY ->
          "Срок действия соглашения истекает {date}; голосование открыто по этот день"
          + " включительно.";
      case WHEN_OPEN -> "Голосование ещё открыто";
      case WHEN_DATE -> "На дату";
      case AS_OF_LABEL -> "Дата";
      case DAY -> "День";
      case MONTH -> "Месяц";
      case YEAR -> "Год (4 цифры)";
      case DATE_INVALID ->
          "Введите полную дату (день, месяц и год из 4 цифр), чтобы увидеть, что решает правило.";
      case SETTINGS_INVALID -> "Этот блок не может показать ответ: его настройки неверны.";
      case RULE_LEGEND -> "Правило";
      case RULE_LABEL -> "Сколько голосов «за» нужно для продления";
      case ANSWER_HEADING -> "Что решает правило";
      case GRID_HEADING -> "Всё правило на одной схеме";
      case GRID_INTRO ->
          "Все 64 варианта голосования по выбранному правилу — при открытом голосовании и после"
          + " истечения срока. Строки: голос первого участника; столбцы: голос второго; по одной"
          + " панели на каждый голос третьего. Ваше голосование обведено жирной рамкой.";
      case GRID_OPEN -> "При открытом голосовании";
      case GRID_CLOSED -> "После истечения срока";
      case PANEL -> "{who}: {choice}";
      case YOUR_BALLOT -> "ваше голосование";
      case STORY_HEADING -> "Что произошло в 2018 году";
      case STORY_INTRO ->
          "Голоса в том порядке, в каком их подавали, каждый со своим источником, и исход в"
          + " промежутках между ними.";
      case EXPIRY_MARK -> "Истечение срока";
      case SOURCES_HEADING -> "Источники";
      case SOURCES_INTRO ->
          "Публикации, из которых взяты правило и история 2018 года, в том виде, в каком их"
          + " цитирует документ проекта о правиле (docs/RULE.md).";
      case SRC_RUN_BY_MONTEREY -> "(в публикации Monterey Herald)";
      case SRC_RUN_BY_WESA -> "(в публикации WESA)";
      case SRC_ALSO_RUN_AS ->
          "(также выходила под заголовком «Philadelphia to stop giving ICE real-time arrest"
          + " data»)";
      case SRC_REPRINTED ->
          "(перепечатана Pittsburgh Post-Gazette под заголовком «Philadelphia mayor ends sharing"
          + " of arrest records with ICE»)";
      case SRC_IN_SPANISH -> "; на испанском языке: ";
      case FOOTER ->
          "pars-renewal: правило продления PARS (два голоса «за» из трёх), скомпилированное из"
          + " Java в JavaScript с помощью TeaVM. Правило и его источники: docs/RULE.md.";
    };
  }

  @Override
  public String choice(@Nullable Choice choice) {
    if (choice == null) {
      return "Нет голоса";
    }
    return switch (choice) {
      case IN_FAVOR -> "За";
      case AGAINST -> "Против";
      case ABSTAIN -> "Воздержание";
    };
  }
}
