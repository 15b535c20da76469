package org.civictech.pars.words;

import org.civictech.pars.Choice;
import org.jspecify.annotations.Nullable;

/** The Spanish words of the explainer page, in the City's terms as {@link Spanish} uses them. */
final class SpanishPageLabels extends PageLabels {

  static final SpanishPageLabels INSTANCE = new SpanishPageLabels();

  private SpanishPageLabels() {}

  @Override
  public String label(Key key) {
    return switch (key) {
      case LANGUAGE_NAME -> "Español";
      case SKIP -> "Ir a la respuesta";
      case TITLE -> "¿Se renovaría el contrato de PARS?";
      case INTRO ->
          "Filadelfia compartía su base de datos de arrestos, PARS, con el control federal de"
          + " inmigración mediante un contrato que votan la Oficina del Fiscal de Distrito, los"
          + " tribunales y la Ciudad. La renovación necesita al menos dos de las tres a favor;"
          + " la abstención no cuenta como voto a favor. En 2018 la Oficina del Fiscal de"
          + " Distrito y la Ciudad votaron en contra, los tribunales se abstuvieron y el acuerdo"
          + " terminó al vencer, el 31 de agosto de 2018: la página se abre con esa votación."
          + " Elija otros votos y vea lo que decide la regla. Cada respuesta y cada frase de"
          + " esta página se calcula en su navegador con el mismo código que el proyecto prueba,"
          + " compilado desde Java; no se envía nada a ningún sitio.";
      case LANGUAGE_LABEL -> "Idioma";
      case BALLOT_HEADING -> "Su votación";
      case VOTE_OF -> "Voto de";
      case WHEN_LEGEND -> "Cuándo";
      case EXPIRY ->
          "El contrato vence el {date}; la votación está abierta hasta ese día inclusive.";
      case WHEN_OPEN -> "La votación sigue abierta";
      case WHEN_DATE -> "En una fecha";
      case AS_OF_LABEL -> "Fecha";
      case DAY -> "Día";
      case MONTH -> "Mes";
      case YEAR -> "Año (4 cifras)";
      case DATE_INVALID ->
          "Escriba una fecha completa (día, mes y un año de 4 cifras) para ver lo que decide la"
          + " regla.";
      case SETTINGS_INVALID ->
          "Este explicador no puede mostrar una respuesta: su configuración no es válida.";
      case RULE_LEGEND -> "Regla";
      case RULE_LABEL -> "Votos a favor necesarios para renovar";
      case ANSWER_HEADING -> "Lo que decide la regla";
      case GRID_HEADING -> "Toda la regla de un vistazo";
      case GRID_INTRO ->
          "Las 64 votaciones posibles con la regla elegida, con la votación abierta y después"
          + " del vencimiento. Filas: el voto de la primera entidad; columnas: el de la segunda;"
          + " un panel por cada voto de la tercera. Su votación tiene un borde grueso.";
      case GRID_OPEN -> "Con la votación abierta";
      case GRID_CLOSED -> "Después del vencimiento";
      case PANEL -> "{who}: {choice}";
      case YOUR_BALLOT -> "su votación";
      case STORY_HEADING -> "Lo que pasó en 2018";
      case STORY_INTRO ->
          "Los votos tal como se emitieron, cada uno con su fuente, y el resultado tal como"
          + " estaba entre uno y otro.";
      case EXPIRY_MARK -> "Vencimiento";
      case SOURCES_HEADING -> "Fuentes";
      case SOURCES_INTRO ->
          "Los reportajes de los que salen la regla y la historia de 2018, tal como los cita"
          + " el documento de la regla del proyecto (docs/RULE.md).";
      case SRC_RUN_BY_MONTEREY -> "(publicado en el Monterey Herald)";
      case SRC_RUN_BY_WESA -> "(publicado por WESA)";
      case SRC_ALSO_RUN_AS ->
          "(también publicado con el título \u201cPhiladelphia to stop giving ICE real-time"
          + " arrest data\u201d)";
      case SRC_REPRINTED ->
          "(reproducido por el Pittsburgh Post-Gazette con el título \u201cPhiladelphia mayor"
          + " ends sharing of arrest records with ICE\u201d)";
      case SRC_IN_SPANISH -> "; en español, ";
      case FOOTER ->
          "pars-renewal: la regla de renovación de PARS (dos de tres entidades a favor),"
          + " compilada de Java a JavaScript con TeaVM. La regla y sus fuentes: docs/RULE.md.";
    };
  }

  @Override
  public String choice(@Nullable Choice choice) {
    if (choice == null) {
      return "Sin votar"; // cierto antes del vencimiento y después (R7)
    }
    return switch (choice) {
      case IN_FAVOR -> "A favor";
      case AGAINST -> "En contra";
      case ABSTAIN -> "Abstención";
    };
  }
}
