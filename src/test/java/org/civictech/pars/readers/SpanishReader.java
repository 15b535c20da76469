package org.civictech.pars.readers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.civictech.pars.Choice;
import org.civictech.pars.Outcome;
import org.civictech.pars.Stakeholder;

/** What a reader of Spanish looks for in the sentences. */
public final class SpanishReader {

  private SpanishReader() {}

  public static final Reader READER = new Reader(
      Locale.forLanguageTag("es"),
      Set.of("ninguna"),
      Map.of(Stakeholder.DA, "la Oficina del Fiscal de Distrito", Stakeholder.COURTS,
          "los tribunales", Stakeholder.CITY, "la Ciudad"),
      Map.of("RENEWED/open", "Renovado por ahora: ", "RENEWED/closed", "Renovado: ",
          "VOTED_DOWN/open", "No renovado por ahora: ",
          "VOTED_DOWN/closed", "No renovado (no aprobado en la votación): ",
          "LAPSED", "No renovado (caducó sin completarse la votación): ", "PENDING", "Pendiente: "),
      Pattern.compile("^[^:]+: (ninguna|\\d+) entidad(?:es)? vot(?:ó|aron) a favor"),
      Pattern.compile("la renovación necesita (\\d+) votos? a favor"),
      Pattern.compile("(\\d+) de los (\\d+)"),
      Pattern.compile("(\\d+) votos? a favor, y la renovación necesita (\\d+)"),
      Map.of("IN_FAVOR", Pattern.compile(" vot(ó|aron) a favor$"),
          "AGAINST", Pattern.compile(" vot(ó|aron) en contra$"),
          "ABSTAINED", Pattern.compile(" se abstuv(o|ieron), lo que no cuenta como voto a favor$"),
          "NOT_VOTED/open", Pattern.compile(" todavía no ha(n)? votado$"),
          "NOT_VOTED/closed", Pattern.compile(" nunca vot(ó|aron)$")),
      "lo que no cuenta como voto a favor",
      Pattern.compile("en contra"),
      List.of("faltan", "cambi", "hasta", "todavía", "puede", "ya no", "quedan por emitir",
          "por ahora"),
      "Este resultado se mantiene mientras los votos sigan como están: cada entidad puede"
          + " emitir o cambiar su voto hasta el ",
      "31 de agosto de 2018",
      ". ", "; ", ".",
      "por ahora", List.of("no aprobado", "caducó"),
      "Un solo voto cambiaría el resultado: ",
      "Con un solo voto distinto ",
      "Ningún voto por sí solo cambiaría el resultado: ",
      "Ningún voto distinto por sí solo habría dado otro resultado: ",
      "Ningún voto por sí solo decidiría el resultado: ",
      Pattern.compile("^(?<outcome>se renovaría|no se renovaría|quedaría pendiente)"
          + " (?<conditions>si .+)$"),
      Pattern.compile("^(?<outcome>se habría renovado|no se habría renovado): (?<conditions>si .+)$"),
      Map.of("se renovaría", Outcome.RENEWED, "no se renovaría", Outcome.NOT_RENEWED,
          "quedaría pendiente", Outcome.PENDING, "se habría renovado", Outcome.RENEWED,
          "no se habría renovado", Outcome.NOT_RENEWED),
      "si ", ", o ", List.of(", ", " o "), " o ",
      Map.of("votara a favor", Choice.IN_FAVOR, "votaran a favor", Choice.IN_FAVOR,
          "votara en contra", Choice.AGAINST, "votaran en contra", Choice.AGAINST,
          "se abstuviera", Choice.ABSTAIN, "se abstuvieran", Choice.ABSTAIN),
      Map.of("hubiera votado a favor", Choice.IN_FAVOR, "hubieran votado a favor",
          Choice.IN_FAVOR, "hubiera votado en contra", Choice.AGAINST,
          "hubieran votado en contra", Choice.AGAINST, "se hubiera abstenido", Choice.ABSTAIN,
          "se hubieran abstenido", Choice.ABSTAIN),
      List.of("cambiara su voto y ", "cambiaran su voto y "),
      Map.of("votara a favor", Choice.IN_FAVOR, "votaran a favor", Choice.IN_FAVOR,
          "votara en contra", Choice.AGAINST, "votaran en contra", Choice.AGAINST,
          "se abstuviera", Choice.ABSTAIN, "se abstuvieran", Choice.ABSTAIN),
      // the verb is plural for more than one name, or for "los tribunales" alone
      (who, words) -> Pattern.compile("\\b(votaran|abstuvieran|hubieran|cambiaran)\\b")
          .matcher(words).find() == (who.size() > 1 || who.get(0) == Stakeholder.COURTS));

}
