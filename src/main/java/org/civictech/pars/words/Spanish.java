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

/**
 * The Spanish wording of decisions, in the City of Philadelphia's own terms (its 2018 Spanish
 * page "Finalización del acuerdo de PARS con ICE"): "la Oficina del Fiscal de Distrito", "los
 * tribunales", "la Ciudad"; "votar a favor", "votar en contra", "abstenerse".
 */
final class Spanish extends Wording {

  static final String LANGUAGE = "es";

  static final Spanish INSTANCE = new Spanish();

  private static final String[] MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio",
      "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"};

  private Spanish() {}

  @Override
  public Labels labels() {
    return SpanishLabels.INSTANCE;
  }

  @Override
  public PageLabels pageLabels() {
    return SpanishPageLabels.INSTANCE;
  }

  @Override
  public String language() {
    return LANGUAGE;
  }

  @Override
  public String displayName(Stakeholder stakeholder) {
    return switch (stakeholder) {
      case DA -> "la Oficina del Fiscal de Distrito";
      case COURTS -> "los tribunales";
      case CITY -> "la Ciudad";
    };
  }

  @Override
  public String shortName(Stakeholder stakeholder) {
    return switch (stakeholder) {
      case DA -> "Fiscalía";
      case COURTS -> "Tribunales";
      case CITY -> "Ciudad";
    };
  }

  @Override
  boolean pluralName(Stakeholder stakeholder) {
    return stakeholder == Stakeholder.COURTS;
  }

  @Override
  String and() {
    return " y ";
  }

  @Override
  String or() {
    return " o ";
  }


  /** "31 de agosto de 2018". */
  @Override
  public String date(LocalDate date) {
    return date.getDayOfMonth() + " de " + MONTHS[date.getMonthValue() - 1] + " de "
        + date.getYear();
  }

  // ---------------------------------------------------------------- the explanation

  @Override
  public String headline(Reason reason, boolean open) {
    return switch (reason) {
      case RENEWED -> open ? "Renovado por ahora" : "Renovado"; // E6
      case VOTED_DOWN -> open ? "No renovado por ahora" : "No renovado (no aprobado en la votación)";
      case LAPSED -> "No renovado (caducó sin completarse la votación)";
      case PENDING -> "Pendiente";
    };
  }

  @Override
  String count(int inFavor, int votesRequired) {
    String who = switch (inFavor) {
      case 0 -> "ninguna entidad votó a favor";
      case 1 -> "1 entidad votó a favor";
      default -> inFavor + " entidades votaron a favor";
    };
    return who + " y la renovación necesita " + votesInFavor(votesRequired);
  }

  @Override
  String consequence(Facts facts) {
    return switch (facts.reason()) {
      case RENEWED -> "";
      case VOTED_DOWN -> facts.outOfReachOfVotesToCome()
          ? "; aunque votaran a favor todas las entidades que faltan, no se llegaría a esa cifra"
          : "";
      case LAPSED -> "; la votación terminó el " + date(facts.expiresOn())
          + " sin que votaran las entidades que aún podían renovarlo"; // R7
      case PENDING -> "; el resultado depende de los votos que quedan por emitir"; // R6
    };
  }

  @Override
  String stance(Facts.Stance stance, Set<Stakeholder> who, boolean open) {
    String names = names(who);
    boolean plural = plural(who);
    return switch (stance) {
      case IN_FAVOR -> names + (plural ? " votaron" : " votó") + " a favor";
      case AGAINST -> names + (plural ? " votaron" : " votó") + " en contra";
      case ABSTAINED -> names + (plural ? " se abstuvieron" : " se abstuvo")
          + ", lo que no cuenta como voto a favor"; // R4
      case NOT_VOTED -> open
          ? names + (plural ? " todavía no han votado" : " todavía no ha votado")
          : names + (plural ? " nunca votaron" : " nunca votó"); // R7
    };
  }

  @Override
  String holdsAsTheVotesStand(LocalDate expiresOn) {
    return "Este resultado se mantiene mientras los votos sigan como están: cada entidad puede emitir"
        + " o cambiar su voto hasta el "
        + date(expiresOn) + ", último día de votación.";
  }

  // ---------------------------------------------------------------- the pivot sentence

  @Override
  String pivotLead(boolean open) {
    return open ? "Un solo voto cambiaría el resultado: " : "Con un solo voto distinto ";
  }

  @Override
  String pivotGroup(Outcome outcome, List<String> conditions, boolean open) {
    String outcomeWords = switch (outcome) {
      case RENEWED -> open ? "se renovaría" : "se habría renovado";
      case NOT_RENEWED -> open ? "no se renovaría" : "no se habría renovado";
      case PENDING -> "quedaría pendiente";
    };
    return outcomeWords + (open ? " " : ": ") + String.join(", o ", conditions);
  }

  @Override
  String condition(Set<Stakeholder> who, List<Choice> choices, boolean changing, boolean open) {
    boolean plural = plural(who); // "si los tribunales o la Ciudad votaran"
    List<String> votes = new ArrayList<>(3);
    for (Choice choice : choices) {
      votes.add(open ? subjunctive(choice, plural) : pluperfect(choice, plural));
    }
    // changing: only while voting is open (Facts.Condition)
    return "si " + alternatives(who) + " "
        + (changing ? (plural ? "cambiaran" : "cambiara") + " su voto y " : "")
        + list(votes, or());
  }

  /** "votara a favor", "se abstuvieran". */
  private static String subjunctive(Choice choice, boolean plural) {
    return switch (choice) {
      case IN_FAVOR -> (plural ? "votaran" : "votara") + " a favor";
      case AGAINST -> (plural ? "votaran" : "votara") + " en contra";
      case ABSTAIN -> plural ? "se abstuvieran" : "se abstuviera";
    };
  }

  /** "hubiera votado a favor", "se hubieran abstenido". */
  private static String pluperfect(Choice choice, boolean plural) {
    String had = plural ? "hubieran" : "hubiera";
    return switch (choice) {
      case IN_FAVOR -> had + " votado a favor";
      case AGAINST -> had + " votado en contra";
      case ABSTAIN -> "se " + had + " abstenido";
    };
  }

  @Override
  String noPivot(Facts facts) {
    int inFavor = facts.inFavor();
    int required = facts.votesRequired();
    if (facts.open()) {
      return switch (facts.reason().outcome()) {
        case RENEWED -> "Ningún voto por sí solo cambiaría el resultado: aunque una de las"
            + " entidades que votaron a favor cambiara su voto, " + (inFavor - 1 == 1 ? "quedaría " : "quedarían ")
            + votesInFavor(inFavor - 1) + ", y la renovación necesita " + required + ".";
        case NOT_RENEWED -> "Ningún voto por sí solo cambiaría el resultado: un voto más a favor sumaría"
            + " solo " + (inFavor + 1) + " de los " + required + " necesarios.";
        case PENDING -> "Ningún voto por sí solo decidiría el resultado: para decidirlo hacen falta"
            + " al menos dos votos, nuevos o cambiados.";
      };
    }
    return "Ningún voto distinto por sí solo habría dado otro resultado: "
        + (facts.reason() == Reason.RENEWED
            ? "si una de las entidades que votaron a favor hubiera votado de otro modo, "
                + (inFavor - 1 == 1 ? "habría quedado " : "habrían quedado ")
                + votesInFavor(inFavor - 1) + ", y la renovación necesita " + required + "."
            : "un voto más a favor habría sumado solo " + (inFavor + 1) + " de los " + required
                + " necesarios.");
  }

  private static String votesInFavor(int votes) {
    return votes + (votes == 1 ? " voto a favor" : " votos a favor");
  }
}
