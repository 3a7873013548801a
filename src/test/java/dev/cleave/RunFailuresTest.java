package dev.cleave;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.ExitCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

class RunFailuresTest {

  @Test
  void bugIsInternalErrorOnOneLine() {
    IllegalStateException bug = new IllegalStateException("index 3 out of bounds\n  at line 2");

    assertThat(RunFailures.exitCodeOf(bug)).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(RunFailures.messageOf(bug))
        .isEqualTo("internal error, a bug in Cleave: IllegalStateException: index 3 out of bounds");
  }

  @Test
  void wrappedCauseWithoutMessageNamed() {
    RuntimeException wrapper = new RuntimeException(new NullPointerException());

    assertThat(RunFailures.messageOf(wrapper))
        .isEqualTo("internal error, a bug in Cleave: RuntimeException:"
            + " java.lang.NullPointerException");
  }

  @Test
  void fileSystemErrorNamesCause() {
    IOException denied = new AccessDeniedException("/reports/shop/index.html");

    assertThat(RunFailures.exitCodeOf(denied)).isEqualTo(ExitCode.INTERNAL_ERROR);
    assertThat(RunFailures.messageOf(denied))
        .isEqualTo("file system error: AccessDeniedException: /reports/shop/index.html");
  }

  @Test
  void uncheckedIoErrorShowsItsCause() {
    UncheckedIOException wrapped = new UncheckedIOException("walk failed",
        new IOException("No space left on device"));

    assertThat(RunFailures.messageOf(wrapped))
        .isEqualTo("file system error: IOException: No space left on device");
  }

  @Test
  void nestedOutOfMemoryIsCodeFour() {
    ExceptionInInitializerError error = new ExceptionInInitializerError(
        new OutOfMemoryError("Java heap space"));

    assertThat(RunFailures.exitCodeOf(error)).isEqualTo(ExitCode.OUT_OF_MEMORY);
    assertThat(RunFailures.messageOf(error)).matches(
        "out of memory \\(heap: \\d+ MB used of \\d+ MB maximum\\)");
  }

  @Test
  void outOfMemoryExceptionKeepsFigures() {
    Cleave.OutOfMemoryException error = new Cleave.OutOfMemoryException(
        61L << 20, 64L << 20, new OutOfMemoryError());

    assertThat(RunFailures.exitCodeOf(error)).isEqualTo(ExitCode.OUT_OF_MEMORY);
    assertThat(RunFailures.messageOf(error))
        .isEqualTo("out of memory (heap: 61 MB used of 64 MB maximum)");
  }
}
