package dev.cleave.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Diagnostic;
import dev.cleave.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileParserTest {

  @TempDir Path temp;

  private static SourceFile source(Path file, long size) {
    return new SourceFile(file, "src/" + file.getFileName(), "", "src", "",
        StandardCharsets.UTF_8, size);
  }

  private FileFacts parse(String name, byte[] bytes) throws IOException {
    Path file = Files.write(temp.resolve(name), bytes);
    return new FileParser().parse(source(file, bytes.length));
  }

  @Test
  void emptyFileParsed() throws IOException {
    FileFacts facts = parse("Empty.java", new byte[0]);

    assertThat(facts.parsed()).isTrue();
    assertThat(facts.lines()).isZero();
    assertThat(facts.types()).isEmpty();
    assertThat(facts.problems()).isEmpty();
  }

  @Test
  void commentOnlyFileParsed() throws IOException {
    FileFacts facts = parse("Notes.java",
        "// nothing here\n/* class Hidden {} */\n".getBytes(StandardCharsets.UTF_8));

    assertThat(facts.parsed()).isTrue();
    assertThat(facts.lines()).isEqualTo(2);
    assertThat(facts.types()).isEmpty();
  }

  @Test
  void binaryFileReported() throws IOException {
    FileFacts facts = parse("Data.java", new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0, 0, 52});

    assertThat(facts.parsed()).isFalse();
    assertThat(facts.problems()).containsExactly(Diagnostic.error("src/Data.java", 0, 0,
        "skipped: the file holds binary data, not Java source"));
  }

  @Test
  void removedFileReported() {
    FileFacts facts = new FileParser().parse(source(temp.resolve("Gone.java"), 10));

    assertThat(facts.parsed()).isFalse();
    assertThat(facts.problems()).containsExactly(Diagnostic.error("src/Gone.java", 0, 0,
        "not analysed: cannot read the file: the file was removed during the analysis"));
  }

  @Test
  void fileGrownPastLimitSkipped() throws IOException {
    byte[] bytes = new byte[(int) FileParser.MAX_FILE_BYTES + 1];
    java.util.Arrays.fill(bytes, (byte) ' ');
    Path file = Files.write(temp.resolve("Grown.java"), bytes);

    FileFacts facts = new FileParser().parse(source(file, 100));

    assertThat(facts.parsed()).isFalse();
    assertThat(facts.problems()).containsExactly(Diagnostic.error("src/Grown.java", 0, 0,
        "skipped: 16 MB is more than the limit of 16 MB for one file"));
  }
  @Test
  void fieldWritesRecordedWithMethod() throws IOException {
    FileFacts facts = parse("Cache.java", ("package a;\n"
        + "class Cache {\n"
        + "  static java.util.Map<String, String> names = new java.util.HashMap<>();\n"
        + "  static int hits;\n"
        + "  static final String[] LAST = new String[1];\n"
        + "  static { hits = 0; }\n"
        + "  void load(String names2) {\n"
        + "    names.put(\"a\", \"b\");\n"
        + "    Cache.hits++;\n"
        + "    LAST[0] = names2;\n"
        + "    LAST[0].trim();\n"
        + "    java.util.List<String> local = new java.util.ArrayList<>();\n"
        + "    local.add(\"x\");\n"
        + "    Runnable r = () -> this.reset();\n"
        + "  }\n"
        + "  @Deprecated private void reset() { names = null; }\n"
        + "}\n").getBytes(StandardCharsets.UTF_8));

    assertThat(facts.fieldWrites()).containsExactlyInAnyOrder(
        new FieldWrite("a.Cache", FieldWrite.STATIC_INITIALIZER, false, List.of("hits"), null, 6),
        new FieldWrite("a.Cache", "load", false, List.of("names"), "put", 8),
        new FieldWrite("a.Cache", "load", false, List.of("Cache", "hits"), null, 9),
        new FieldWrite("a.Cache", "load", false, List.of("LAST"), null, 10),
        new FieldWrite("a.Cache", "reset", true, List.of("names"), null, 16));
  }
}
