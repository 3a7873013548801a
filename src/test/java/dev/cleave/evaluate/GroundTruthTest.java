package dev.cleave.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroundTruthTest {

  @TempDir
  Path folder;

  @Test
  void readsCommentsHeaderAndRows() throws IOException {
    Path file = write("# from the real split\nclass,service\n\ncom.a.Owner,customers\n"
        + "com.a.Visit , visits\n");

    assertThat(GroundTruth.read(file))
        .containsExactly(Map.entry("com.a.Owner", "customers"), Map.entry("com.a.Visit", "visits"));
  }

  @Test
  void rowWithoutServiceNamesLine() throws IOException {
    Path file = write("class,service\ncom.a.Owner\n");

    assertThatThrownBy(() -> GroundTruth.read(file))
        .isInstanceOf(GroundTruth.InvalidTruthException.class)
        .hasMessageContaining(file + ":2: expected two fields");
  }

  @Test
  void classListedTwiceIsRejected() throws IOException {
    Path file = write("com.a.Owner,customers\ncom.a.Owner,visits\n");

    assertThatThrownBy(() -> GroundTruth.read(file))
        .hasMessageContaining(":2: the class com.a.Owner is listed twice");
  }

  private Path write(String text) throws IOException {
    Path file = folder.resolve("truth.csv");
    Files.writeString(file, text);
    return file;
  }
}
