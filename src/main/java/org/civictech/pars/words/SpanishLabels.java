package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.civictech.pars.Reason;

/** The Spanish words around the sentences: the command line's labels and the 2018 story's. */
final class SpanishLabels extends Labels {

  static final SpanishLabels INSTANCE = new SpanishLabels();

  private SpanishLabels() {}

  @Override
  public Messages messages() {
    return SpanishMessages.INSTANCE;
  }

  @Override
  public String storyTitle() {
    return "La renovación de PARS en 2018 (docs/RULE.md, el ejemplo de 2018)";
  }

  @Override
  public String contract(String name, String lastDay, int votesRequired) {
    return fill("Contrato %s, último día de votación %s; la renovación necesita %s.", name,
        lastDay, votesInFavor(votesRequired));
  }

  @Override
  public String decidedOpen() {
    return "Decidido con la votación abierta.";
  }

  @Override
  public String decidedAsOf(String day, boolean afterTheExpiry) {
    return fill(afterTheExpiry
        ? "Decidido el %s, después del vencimiento." : "Decidido el %s, con la votación abierta.",
        day);
  }

  @Override
  public String outcomeLabel() {
    return "Resultado: ";
  }

  @Override
  public String votesCast() {
    return "Votos emitidos:";
  }

  @Override
  public String source() {
    return "fuente";
  }

  @Override
  public String timeline() {
    return "Cronología:";
  }

  @Override
  public String workedExample() {
    return "En las fechas del ejemplo de 2018 de docs/RULE.md:";
  }

  @Override
  public String truthTableHeading() {
    return "| Fiscalía | Tribunales | Ciudad | con la votación abierta | después del vencimiento |";
  }

  @Override
  public String notVoted() {
    return "sin votar";
  }

  @Override
  public String sources() {
    return "Fuentes (docs/RULE.md):";
  }

  @Override
  public String votesInFavor(int votes) {
    return votes + (votes == 1 ? " voto a favor" : " votos a favor");
  }

  @Override
  public String outcome(Reason reason, boolean open) {
    return switch (reason) {
      case RENEWED -> open ? "RENOVADO por ahora" : "RENOVADO"; // E6
      case VOTED_DOWN -> open ? "NO RENOVADO por ahora" : "NO RENOVADO (no aprobado en la votación)";
      case LAPSED -> "NO RENOVADO (caducó sin completarse la votación)";
      case PENDING -> "PENDIENTE";
    };
  }

  @Override
  public String choice(Choice choice) {
    return switch (choice) {
      case IN_FAVOR -> "a favor";
      case AGAINST -> "en contra";
      case ABSTAIN -> "abstención";
    };
  }

  @Override
  public String source2018(int index) {
    return switch (index) {
      case 0 -> "carta del Fiscal de Distrito del 11 de julio de 2018";
      case 1 -> "noticias del 27 de julio de 2018";
      default -> "anuncio del alcalde del 27 de julio de 2018";
    };
  }

  @Override
  public String noscriptHeading() {
    return "Lo que pasó en 2018";
  }

  @Override
  public String noscriptIntro() {
    return "Esta página calcula sus respuestas con JavaScript, que está desactivado. Esto es lo"
        + " que pasó en 2018 (contrato de PARS, votación abierta hasta el 31 de agosto de 2018"
        + " inclusive; la renovación necesita 2 de 3 votos a favor).";
  }

  @Override
  public String noscriptVotesJuly11() {
    return "la Oficina del Fiscal de Distrito votó en contra [AP-07-11].";
  }

  @Override
  public String noscriptVotesJuly27() {
    return "los tribunales se abstuvieron y la Ciudad votó en contra [CBS, AP-07-27, Inquirer].";
  }
}
