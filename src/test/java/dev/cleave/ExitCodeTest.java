package dev.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the README's table of exit codes equal to {@link ExitCode}, the one list of them. */
class ExitCodeTest {

  private static List<String> readmeRows() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String section = readme.substring(readme.indexOf("## Exit codes"));
    section = section.substring(0, section.indexOf("\n## ", 1) < 0 ? section.length()
        : section.indexOf("\n## ", 1));
    return section.lines().filter(line -> line.matches("\\| \\d+ \\|.*")).toList();
  }

  @Test
  void readmeTableMatchesEnum() throws IOException {
    List<String> expected = new ArrayList<>();
    for (ExitCode code : ExitCode.values()) {
      expected.add("| " + code.code() + " | " + code.meaning() + " |");
    }

    assertThat(readmeRows()).containsExactlyElementsOf(expected);
  }

  @Test
  void codesAreDistinctAndStable() {
    assertThat(ExitCode.SUCCESS.code()).isZero();
    assertThat(ExitCode.VIOLATIONS.code()).isEqualTo(1);
    assertThat(ExitCode.USAGE.code()).isEqualTo(2);
    assertThat(ExitCode.INTERNAL_ERROR.code()).isEqualTo(3);
    assertThat(ExitCode.OUT_OF_MEMORY.code()).isEqualTo(4);
    assertThat(ExitCode.PARTIAL.code()).isEqualTo(5);
  }

  @Test
  void buildFailuresAreProjectProblems() {
    assertThat(List.of(ExitCode.values()).stream().filter(ExitCode::isBuildFailure).toList())
        .containsExactly(ExitCode.VIOLATIONS, ExitCode.USAGE, ExitCode.PARTIAL);
  }
}
