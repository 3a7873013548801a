package dev.cleave.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Diagnostic;
import dev.cleave.model.Progress;
import dev.cleave.source.SourceFile;
import dev.cleave.source.SourceSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Feeds the parse stage mutated and truncated Java files, random bytes and deep nesting: no
 * exception escapes, and every file is either parsed or reported with an error. The files
 * mutated are those of {@link JavaSamples} and of the test fixtures.
 *
 * <p>Tries are few and seeded so that the suite stays fast and every run tries the same inputs;
 * jqwik prints the seed and the shrunk input of a failure.
 */
class ParseFuzzTest {

  /** The deepest nesting tried; deep enough to overflow a default thread stack. */
  private static final int MAX_DEPTH = 3000;

  private static final List<String> SAMPLES = JavaSamples.withFixtures();

  private static FileFacts parseAlone(byte[] bytes) throws IOException {
    return parseAll(List.of(bytes)).get(0);
  }

  /** Parses the files through the real stage, on its worker threads with their large stacks. */
  private static List<FileFacts> parseAll(List<byte[]> contents) throws IOException {
    Path root = Files.createTempDirectory("cleave-fuzz");
    try {
      List<SourceFile> files = new ArrayList<>();
      for (int i = 0; i < contents.size(); i++) {
        Path file = Files.write(root.resolve("F" + i + ".java"), contents.get(i));
        files.add(new SourceFile(file, "F" + i + ".java", "", "", "",
            StandardCharsets.UTF_8, contents.get(i).length));
      }
      SourceSet sources = new SourceSet(root, "fuzz", files, List.of(), List.of(""), List.of());
      return new ParseStage(2, Progress.NONE).parse(sources).files();
    } finally {
      try (var paths = Files.walk(root)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static void assertParsedOrReported(FileFacts facts) {
    if (!facts.parsed()) {
      assertThat(facts.problems())
          .as("problems of %s", facts.file().path())
          .anySatisfy(problem -> {
            assertThat(problem.severity()).isEqualTo(Diagnostic.Severity.ERROR);
            assertThat(problem.path()).isEqualTo(facts.file().path());
          });
    }
  }

  @Property(tries = 60, seed = "20261204")
  void mutatedSourcesParsedOrReported(@ForAll("mutatedSources") byte[] source)
      throws IOException {
    assertParsedOrReported(parseAlone(source));
  }

  @Property(tries = 30, seed = "20261204")
  void truncatedSourcesParsedOrReported(@ForAll("samples") String sample,
      @ForAll @IntRange(min = 0, max = 1000) int permille) throws IOException {
    byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length * permille / 1000);

    assertParsedOrReported(parseAlone(cut));
  }

  @Property(tries = 30, seed = "20261204")
  void randomBytesParsedOrReported(@ForAll @Size(max = 2000) byte[] bytes) throws IOException {
    assertParsedOrReported(parseAlone(bytes));
  }

  @Property(tries = 20, seed = "20261204")
  void deepNestingParsedOrReported(@ForAll("nestings") String source) throws IOException {
    assertParsedOrReported(parseAlone(source.getBytes(StandardCharsets.UTF_8)));
  }

  @Property(tries = 10, seed = "20261204")
  void batchOfMutantsKeepsEveryFile(@ForAll("mutatedBatches") List<byte[]> sources)
      throws IOException {
    List<FileFacts> facts = parseAll(sources);

    assertThat(facts).hasSameSizeAs(sources);
    facts.forEach(ParseFuzzTest::assertParsedOrReported);
  }

  @Provide
  Arbitrary<String> samples() {
    return Arbitraries.of(SAMPLES);
  }

  @Provide
  Arbitrary<byte[]> mutatedSources() {
    return Combinators.combine(samples(), Arbitraries.longs(), Arbitraries.integers().between(1, 8))
        .as((sample, seed, mutations) -> mutate(sample, new Random(seed), mutations));
  }

  @Provide
  Arbitrary<List<byte[]>> mutatedBatches() {
    return mutatedSources().list().ofMinSize(1).ofMaxSize(12);
  }

  /** Applies random edits: cuts, deleted or repeated ranges, inserted tokens and bytes. */
  static byte[] mutate(String sample, Random random, int mutations) {
    byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
    List<String> tokens = List.of("{", "}", "(", ")", "<", ">", ";", "\"", "'", "/*", "*/", "//",
        "\\u", "@", "class ", "enum ", "record ", "->", "::", "...", "\n", "\u0000", "\uFFFF",
        "\uD800");
    for (int i = 0; i < mutations && bytes.length > 0; i++) {
      int at = random.nextInt(bytes.length + 1);
      int length = random.nextInt(Math.max(1, Math.min(40, bytes.length - Math.min(at,
          bytes.length - 1))));
      byte[] insert = switch (random.nextInt(5)) {
        case 0 -> new byte[0];
        case 1 -> tokens.get(random.nextInt(tokens.size())).getBytes(StandardCharsets.UTF_8);
        case 2 -> randomBytes(random, 1 + random.nextInt(8));
        case 3 -> java.util.Arrays.copyOfRange(bytes, Math.min(at, bytes.length),
            Math.min(bytes.length, at + length));
        default -> java.util.Arrays.copyOf(bytes, 0);
      };
      int removed = random.nextInt(3) == 0 ? Math.min(length, bytes.length - at) : 0;
      byte[] next = new byte[bytes.length - removed + insert.length];
      System.arraycopy(bytes, 0, next, 0, at);
      System.arraycopy(insert, 0, next, at, insert.length);
      System.arraycopy(bytes, at + removed, next, at + insert.length,
          bytes.length - at - removed);
      bytes = next;
    }
    return bytes;
  }

  private static byte[] randomBytes(Random random, int count) {
    byte[] bytes = new byte[count];
    random.nextBytes(bytes);
    return bytes;
  }

  @Provide
  Arbitrary<String> nestings() {
    Arbitrary<Integer> depths = Arbitraries.integers().between(1, MAX_DEPTH)
        .edgeCases(edges -> edges.add(MAX_DEPTH));
    Arbitrary<Integer> kinds = Arbitraries.integers().between(0, 6);
    return Combinators.combine(depths, kinds).as(ParseFuzzTest::nested);
  }

  /** Returns a class whose body nests one construct {@code depth} levels deep. */
  static String nested(int depth, int kind) {
    String[] open = {"(", "{", "class N%d {", "() -> (", "new int[][]{", "if (x) {",
        "\"a\" + ("};
    String[] close = {")", "}", "}", ")", "}", "}", ")"};
    String[] before = {"  Object o = ", "  void f() {\n", "", "  Object o = ", "  Object o = ",
        "  void f() {\n", "  Object o = "};
    String[] innermost = {"1", "", "", "null", "", "", "1"};
    String[] after = {";\n", "\n  }\n", "\n", ";\n", ";\n", "\n  }\n", ";\n"};
    StringBuilder text = new StringBuilder("package deep;\nclass Deep {\n  boolean x;\n");
    text.append(before[kind]);
    for (int i = 0; i < depth; i++) {
      text.append(open[kind].replace("%d", Integer.toString(i)));
    }
    text.append(innermost[kind]);
    for (int i = 0; i < depth; i++) {
      text.append(close[kind]);
    }
    text.append(after[kind]);
    return text.append("}\n").toString();
  }
}
