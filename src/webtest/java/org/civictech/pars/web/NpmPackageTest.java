package org.civictech.pars.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.civictech.pars.RenewalDecision;
import org.civictech.pars.internal.Json;
import org.civictech.pars.internal.Pars2018;
import org.civictech.pars.words.Languages;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The npm package as a JavaScript user gets it: its size against the budget (no Node needed),
 * then, with Node and npm from the machine, {@code npm pack} of {@code target/npm/package}, the
 * tarball installed into a scratch project under {@code target/npm-test}, {@code node --test}
 * against the JVM's answers (written here, from the library's own JSON), {@code tsc --strict} on
 * a TypeScript user and on misuses it must refuse, and the Node figures of BENCHMARKS.md. Without
 * Node the Node part is skipped with a message, or fails under {@code -Dweb.requireNode=true}.
 */
class NpmPackageTest {

  /** The gzipped budget of each JavaScript entry of the package (the 60 KB). */
  private static final int BUDGET_BYTES = 60 * 1024;
  private static final List<String> CHOICES = List.of("IN_FAVOR", "AGAINST", "ABSTAIN", "");
  private static final List<String> STAKEHOLDERS = List.of("DA", "COURTS", "CITY");
  private static final String EXPIRES_ON = "2018-08-31";

  private static Path npmDir() {
    return Path.of(System.getProperty("npm.dir", "target/npm"));
  }

  @Test
  void each_javascript_entry_of_the_package_is_within_60_KB_gzipped() throws IOException {
    List<String> sizes = new ArrayList<>();
    for (String entry : List.of("index.mjs", "pars-renewal.js", "element.mjs",
        "pars-renewal-element.js")) {
      byte[] bytes = Files.readAllBytes(npmDir().resolve("package").resolve(entry));
      long gzipped = gzip(bytes);
      sizes.add(entry + ": " + bytes.length + " bytes, " + gzipped + " bytes gzipped");
      assertThat(gzipped).as("%s gzipped, budget %d bytes", entry, BUDGET_BYTES)
          .isLessThanOrEqualTo(BUDGET_BYTES);
    }
    Path report = npmDir().resolve("size.txt");
    Files.writeString(report, String.join(System.lineSeparator(), sizes) + System.lineSeparator(),
        StandardCharsets.UTF_8);
    sizes.forEach(System.out::println);
  }

  @Test
  void the_packed_tarball_passes_node_test_and_tsc_strict_and_is_measured() throws Exception {
    if (!runs("node", "--version") || !runs("npm", "--version")) {
      String message = "Node tests skipped: node and npm not found on the PATH (install Node.js 18"
          + " or later with npm)";
      if (Boolean.getBoolean("web.requireNode") || Boolean.getBoolean("web.requireBrowser")) {
        fail(message.replace("skipped", "required (-Dweb.requireNode=true)"));
      }
      System.out.println("[WARNING] " + message);
      Assumptions.abort(message);
    }
    Path npm = npmDir().toAbsolutePath();
    Path project = Path.of("").toAbsolutePath();
    try (Stream<Path> old = Files.list(npm)) {
      for (Path tgz : old.filter(p -> p.toString().endsWith(".tgz")).toList()) {
        Files.delete(tgz);
      }
    }
    run(npm.resolve("package"), "npm", "pack", "--pack-destination", npm.toString());
    Path tarball = npm.resolve("pars-renewal-" + System.getProperty("npm.version") + ".tgz");
    assertThat(tarball).exists();

    Path consumer = npm.getParent().resolve("npm-test");
    Files.createDirectories(consumer);
    copyAll(project.resolve("src/npm/consumer"), consumer);
    copyAll(project.resolve("src/npm/test"), consumer);
    Files.writeString(consumer.resolve("expected.json"), expectedJson(), StandardCharsets.UTF_8);
    Files.copy(npm.resolve("pars-renewal-vectors.json"),
        consumer.resolve("pars-renewal-vectors.json"), StandardCopyOption.REPLACE_EXISTING);
    run(consumer, "npm", "install", "--no-audit", "--no-fund", "--prefer-offline");
    run(consumer, "npm", "install", "--no-audit", "--no-fund", "--offline", "--no-save",
        tarball.toString());

    String tests = run(consumer, "node", "--test", "equality.test.mjs", "api.test.mjs",
        "vectors.test.mjs");
    assertThat(tests).contains("# fail 0");

    String tsc = consumer.resolve("node_modules/typescript/bin/tsc").toString();
    run(consumer, "node", tsc, "-p", "tsconfig.json");
    Result misuse = exec(consumer, "node", tsc, "--strict", "--noEmit", "--module", "NodeNext",
        "--moduleResolution", "NodeNext", "misuse.ts");
    List<String> source = Files.readAllLines(consumer.resolve("misuse.ts"));
    List<Integer> marked = new ArrayList<>();
    for (int i = 0; i < source.size(); i++) {
      if (source.get(i).contains("// misuse:")) {
        marked.add(i + 1);
      }
    }
    Matcher error = Pattern.compile("misuse\\.ts\\((\\d+),\\d+\\): error TS\\d+")
        .matcher(misuse.output());
    List<Integer> lines = new ArrayList<>();
    while (error.find()) {
      lines.add(Integer.parseInt(error.group(1)));
    }
    System.out.println("tsc --strict misuse.ts: exit " + misuse.exit() + ", " + lines.size()
        + " errors on lines " + lines);
    assertThat(misuse.exit()).as("tsc on the misuses").isNotZero();
    assertThat(lines.stream().distinct().toList()).as("an error on each misuse, and only there")
        .isEqualTo(marked);

    String bench = run(consumer, "node", "bench.mjs");
    Files.writeString(npm.getParent().resolve("npm-measurements.txt"), bench,
        StandardCharsets.UTF_8);
  }

  /**
   * The JVM's answers for the Node test: all 64 ballots under rules 1 to 3, open and closed, each
   * decision's JSON in every language, and the 2018 ballot's JSON in every language.
   */
  static String expectedJson() {
    List<Object> cases = new ArrayList<>();
    for (int required = 1; required <= 3; required++) {
      for (String asOf : List.of("", "2018-09-01")) {
        for (String da : CHOICES) {
          for (String courts : CHOICES) {
            for (String city : CHOICES) {
              Map<String, Object> votes = new LinkedHashMap<>();
              List<String> choices = List.of(da, courts, city);
              for (int i = 0; i < 3; i++) {
                if (!choices.get(i).isEmpty()) {
                  votes.put(STAKEHOLDERS.get(i), choices.get(i));
                }
              }
              Map<String, Object> options = new LinkedHashMap<>();
              options.put("expiresOn", EXPIRES_ON);
              if (!asOf.isEmpty()) {
                options.put("asOf", asOf);
              }
              options.put("votesRequired", required);
              RenewalDecision decision =
                  PageApi.decision(da, courts, city, "PARS", EXPIRES_ON, asOf, required);
              Map<String, Object> byLanguage = new LinkedHashMap<>();
              for (String language : Languages.codes()) {
                byLanguage.put(language,
                    JsForms.decision(decision, Locale.forLanguageTag(language)));
              }
              Map<String, Object> entry = new LinkedHashMap<>();
              entry.put("votes", votes);
              entry.put("options", options);
              entry.put("decision", byLanguage);
              cases.add(entry);
            }
          }
        }
      }
    }
    Map<String, Object> story = new LinkedHashMap<>();
    for (String language : Languages.codes()) {
      Locale locale = Locale.forLanguageTag(language);
      story.put(language, JsForms.ballot(Pars2018.ballot(locale), locale));
    }
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("languages", new ArrayList<Object>(Languages.codes()));
    expected.put("cases", cases);
    expected.put("story2018", story);
    return Json.write(expected);
  }

  private static void copyAll(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName().toString()),
            StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private record Result(int exit, String output) {}

  private static boolean runs(String... command) {
    try {
      return exec(Path.of(""), command).exit() == 0;
    } catch (UncheckedIOException e) {
      return false;
    }
  }

  /** Runs {@code command} in {@code dir}, prints its output, and fails unless it exits with 0. */
  private static String run(Path dir, String... command) {
    Result result = exec(dir, command);
    System.out.print(result.output());
    assertThat(result.exit()).as("exit code of %s", String.join(" ", command)).isZero();
    return result.output();
  }

  private static Result exec(Path dir, String... command) {
    try {
      Process process = new ProcessBuilder(command).directory(dir.toAbsolutePath().toFile())
          .redirectErrorStream(true).start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(10, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("timed out: " + String.join(" ", command));
      }
      return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static long gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(buffer)) {
      out.write(bytes);
    }
    return buffer.size();
  }
}
