package dev.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line under the POSIX locale, whose file name encoding is ASCII. */
class LocaleArgumentTest {

  @TempDir Path temp;

  @Test
  void nonAsciiFolderUnderAsciiLocaleExplained() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("büro/src"));
    Files.writeString(folder.resolve("A.java"), "class A { }\n");

    ForkedCleave.Result result = new ForkedCleave().env("LC_ALL", "C").env("LANG", "C")
        .run(temp.resolve("run"), "analyze", temp.resolve("büro").toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).endsWith("; the locale's file name encoding ANSI_X3.4-1968 cannot"
        + " represent it, so run Cleave under a UTF-8 locale, for example with"
        + " LC_ALL=C.UTF-8\n");
    assertThat(result.err().lines().count()).isEqualTo(1);
  }
}
