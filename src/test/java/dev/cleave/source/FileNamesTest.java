package dev.cleave.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void relativeKeepsSpecialCharacters() {
    Path root = Path.of("/work/my project");

    String path = FileNames.relative(root, root.resolve("src/Ünï <&%#+ x.java"));

    assertThat(path).isEqualTo("src/Ünï <&%#+ x.java");
  }

  @Test
  void relativeOfRootIsEmpty() {
    Path root = Path.of("/work/project");

    assertThat(FileNames.relative(root, root)).isEmpty();
  }

  @Test
  void decodeReplacesInvalidBytes() {
    assertThat(FileNames.decode("bad%FFname%2B+%41")).isEqualTo("bad\uFFFDname++A");
  }

  @Test
  void decodeKeepsLonePercentSign() {
    assertThat(FileNames.decode("50%-off%4")).isEqualTo("50%-off%4");
  }

  @Test
  void nameOfFolderWithSpace() {
    assertThat(FileNames.name(Path.of("/work/mön project"))).isEqualTo("mön project");
  }
}
