package org.civictech.pars.words;

/**
 * The Spanish words of the command line: its usage text and its errors, in the terms of
 * {@link Spanish} ("entidad", "a favor", "en contra", "abstención"). Option names, stakeholder
 * codes and choice words stay as the user types them.
 */
final class SpanishMessages extends Messages {

  static final SpanishMessages INSTANCE = new SpanishMessages();

  private SpanishMessages() {}

  // ---------------------------------------------------------------- usage

  @Override
  public String usage() {
    return lines(
        "Uso: pars-renewal [ENTIDAD=VOTO ...] [--as-of=FECHA] [--expires=FECHA] [--requiring=N]",
        "     pars-renewal --replay=ARCHIVO [--as-of=FECHA] [--expires=FECHA] [--requiring=N]",
        "     pars-renewal --truth-table [--requiring=N]",
        "     pars-renewal --dmn [--requiring=N]",
        "     pars-renewal [--help | --version | --vectors]",
        "Todos los modos aceptan "
            + languages("--lang={code} (predeterminado)", "--lang={code} ({name})", "o") + ".",
        "",
        "Sin argumentos, cuenta la renovación de PARS de 2018 como una cronología.",
        "  ENTIDAD=VOTO        DA, COURTS o CITY = in-favor, against o abstain (cada una, una sola"
            + " vez)",
        "  --as-of=FECHA       decide en esta fecha (AAAA-MM-DD); la votación se cierra tras el"
            + " vencimiento;",
        "                      sin esta opción, la votación se considera abierta",
        "  --expires=FECHA     fecha de vencimiento, último día de votación (por defecto"
            + " 2018-08-31)",
        "  --requiring=N       votos a favor que necesita la renovación: 1, 2 o 3 (por defecto 2)",
        "  --replay=ARCHIVO    reproduce votos con fecha, uno por línea: 2018-07-11 DA against"
            + " \"fuente\";",
        "                      con ARCHIVO - lee la entrada estándar",
        "  --truth-table       imprime el resultado de cada votación posible como tabla Markdown",
        "  --dmn               imprime la regla como tabla de decisión DMN 1.3 (XML) para"
            + " modeladores",
        "  --lang=IDIOMA       "
            + languages("{code} ({name}, el predeterminado)", "{code} ({name})", "o"),
        "  --json              imprime un documento JSON (en todos los modos salvo --dmn); véase"
            + " el README",
        "  --csv               imprime CSV: la tabla de verdad o la cronología de una reproducción",
        "  --help              imprime esta ayuda",
        "  --version           imprime la versión de la biblioteca y de la regla (docs/RULE.md)",
        "  --vectors           imprime todos los casos de la regla como vectores de conformidad",
        "                      (JSON); véase docs/vectors.md",
        "El valor de una opción también puede ser el argumento siguiente: --as-of 2018-09-01.",
        "Estado de salida: 0 éxito, 2 línea de comandos o entrada no válida, 1 fallo de lectura"
            + " o escritura.");
  }


  // ---------------------------------------------------------------- the command line

  @Override
  public String needsValue(String option) {
    return option + " necesita un valor: " + option + "=VALOR o " + option + " VALOR";
  }

  @Override
  public String givenTwice(String option) {
    return option + " se indicó dos veces";
  }

  @Override
  public String replayNeedsFile() {
    return "--replay necesita un nombre de archivo";
  }

  @Override
  public String jsonAndCsv() {
    return "--json y --csv no se pueden combinar";
  }

  @Override
  public String unknownOption(String quoted) {
    return "opción desconocida " + quoted;
  }

  @Override
  public String unknownArgument(String quoted) {
    return "argumento desconocido " + quoted + " (se esperaba ENTIDAD=VOTO, por ejemplo"
        + " DA=against)";
  }

  @Override
  public String votedTwice(String stakeholder, String first, String second) {
    return stakeholder + " votó dos veces: " + first + " y " + second;
  }

  @Override
  public String unknownStakeholder(String quoted) {
    return "entidad desconocida " + quoted + " (se esperaba DA, COURTS o CITY)";
  }

  @Override
  public String unknownChoice(String quoted) {
    return "voto desconocido " + quoted + " (se esperaba in-favor, against o abstain)";
  }

  @Override
  public String notADate(String option, String quoted) {
    return option + " debe ser una fecha como 2018-09-01, pero se recibió " + quoted;
  }

  @Override
  public String badVotesRequired(String quoted) {
    return "--requiring debe ser 1, 2 o 3, pero se recibió " + quoted;
  }

  @Override
  public String unknownLanguage(String quoted) {
    return "--lang debe ser " + joined(Languages.codes(), "o") + ", pero se recibió " + quoted;
  }

  @Override
  public String truthTableTakesNoBallot() {
    return "--truth-table no admite votos, --as-of ni --replay";
  }

  @Override
  public String replayTakesNoVotes() {
    return "--replay toma los votos del archivo, no de la línea de comandos";
  }

  @Override
  public String dmnTakesOnlyTheRule() {
    return "--dmn solo admite --requiring, no votos, --as-of, --expires, --replay ni"
        + " --truth-table";
  }

  @Override
  public String dmnTakesNoFormat() {
    return "--dmn imprime XML; no admite --json ni --csv";
  }

  @Override
  public String takesOnlyLang(String option, String quoted) {
    return option + " no admite más argumentos que --lang, pero se recibió " + quoted;
  }

  @Override
  public String csvIsForTables() {
    return "--csv imprime la tabla de verdad o la cronología de una reproducción (--replay sin"
        + " --as-of); use --json para una sola decisión o para la historia";
  }

  // ---------------------------------------------------------------- files of votes

  @Override
  public String atLine(int number, String message) {
    return "línea " + number + ": " + message;
  }

  @Override
  public String inputTooLarge(long mebibytes) {
    return "la entrada supera los " + mebibytes + " MiB, el máximo que lee una reproducción";
  }

  @Override
  public String lineTooLong(int bytes) {
    return "tiene más de " + bytes + " bytes";
  }

  @Override
  public String notUtf8() {
    return "no es texto UTF-8 válido";
  }

  @Override
  public String notAVote(String quoted) {
    return "se esperaba FECHA ENTIDAD VOTO [\"fuente\"], pero se recibió " + quoted;
  }

  @Override
  public String notAVoteDate(String quoted) {
    return "la fecha debe tener la forma 2018-09-01, pero se recibió " + quoted;
  }

  @Override
  public String sourceNotQuoted(String quoted) {
    return "la fuente debe ir entre comillas dobles, pero se recibió " + quoted;
  }

  @Override
  public String standardInput() {
    return "la entrada estándar";
  }

  @Override
  public String inInput(String name, String message) {
    return name + ", " + message;
  }

  @Override
  public String noSuchFile(String quoted) {
    return "no se puede leer " + quoted + ": el archivo no existe";
  }

  @Override
  public String isADirectory(String quoted) {
    return "no se puede leer " + quoted + ": es un directorio, no un archivo de votos";
  }

  @Override
  public String permissionDenied(String quoted) {
    return "no se puede leer " + quoted + ": permiso denegado";
  }

  @Override
  public String cannotRead(String name, String reason) {
    return "no se puede leer " + name + ": " + reason;
  }

  @Override
  public String cannotWrite() {
    return "no se puede escribir la salida (falló la salida estándar)";
  }
}
