package dev.cleave.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.Pipeline;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.Dependency;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files in UTF-16 are read as text; binary files named .java add no class. */
class WideAndBinaryFilesTest {

  @TempDir Path root;

  @Test
  void utf16WithByteOrderMarkIsRead() throws IOException {
    // Java's UTF-16 encoder writes a big-endian byte order mark; UTF-16LE here gets one by hand.
    write("p/A.java", "package p;\npublic class A { B b; String s = \"\u00fc\"; }\n",
        StandardCharsets.UTF_16);
    byte[] text = "package p;\npublic class B { A a; }\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] marked = new byte[text.length + 2];
    marked[0] = (byte) 0xFF;
    marked[1] = (byte) 0xFE;
    System.arraycopy(text, 0, marked, 2, text.length);
    Files.write(root.resolve("p/B.java"), marked);

    Resolution resolution = Pipeline.resolve(root);

    assertThat(resolution.classes()).extracting(ClassInfo::id).containsExactly("p.A", "p.B");
    assertThat(resolution.dependencies()).extracting(d -> d.source() + " -> " + d.target())
        .containsExactly("p.A -> p.B", "p.B -> p.A");
  }

  @Test
  void binaryFileAddsNoClass() throws IOException {
    write("p/A.java", "package p;\npublic class A { }\n", StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
      gzip.write("package p;\npublic class Zed { A a; }\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(root.resolve("p/Zed.java"), bytes.toByteArray());

    Resolution resolution = Pipeline.resolve(root);

    assertThat(resolution.classes()).extracting(ClassInfo::id).containsExactly("p.A");
    assertThat(resolution.dependencies()).extracting(Dependency::source).isEmpty();
  }

  private void write(String path, String text, Charset charset) throws IOException {
    Files.createDirectories(root.resolve(path).getParent());
    Files.write(root.resolve(path), text.getBytes(charset));
  }
}
