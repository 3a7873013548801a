package dev.cleave.parse;

import dev.cleave.model.Diagnostic;
import dev.cleave.model.JavaRelease;
import dev.cleave.model.Progress;
import dev.cleave.source.SourceFile;
import dev.cleave.source.SourceSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses all files of a source set in parallel and returns their facts.
 *
 * <p>Each worker thread owns one parser and takes the next file from a shared counter, so large
 * files do not leave a thread idle while another has a queue. Workers run with a {@value
 * #STACK_BYTES}-byte stack: JavaParser and the fact walk recurse once per nesting level, and
 * generated code can nest a string concatenation thousands of levels deep. The stack is
 * reserved address space; only the part a file needs is used.
 */
public final class ParseStage {

  private static final Logger LOG = LoggerFactory.getLogger(ParseStage.class);

  static final long STACK_BYTES = 512L * 1024 * 1024;

  private final int threads;
  private final Progress progress;
  private final boolean legacyRetry;

  /** Creates a stage that retries failed files at Java 1.4, as for code of unknown age. */
  public ParseStage(int threads, Progress progress) {
    this(threads, progress, true);
  }

  /**
   * @param legacyRetry whether a file that fails at the newest language level is parsed again
   *     at Java 1.4, for code that uses {@code enum} or {@code assert} as names
   */
  public ParseStage(int threads, Progress progress, boolean legacyRetry) {
    this.threads = threads;
    this.progress = progress;
    this.legacyRetry = legacyRetry;
  }

  /**
   * Returns whether code of the Java release a build declares, such as {@code 1.4}, {@code 8} or
   * {@code 17}, may use {@code enum} or {@code assert} as names: true for releases before Java 5
   * and for an unknown or unreadable release.
   */
  public static boolean allowsLegacyNames(String release) {
    int feature = JavaRelease.featureOf(release);
    return feature == JavaRelease.UNKNOWN || feature < 5;
  }

  public ParsedSources parse(SourceSet sources) {
    List<SourceFile> files = sources.files();
    FileFacts[] results = new FileFacts[files.size()];
    AtomicInteger next = new AtomicInteger();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    progress.start("parse", files.size());
    Runnable work =
        () -> {
          FileParser parser = new FileParser(legacyRetry);
          int index;
          while (failures.isEmpty() && (index = next.getAndIncrement()) < files.size()) {
            SourceFile file = files.get(index);
            try {
              results[index] = parser.parse(file);
            } catch (RuntimeException | StackOverflowError e) {
              LOG.warn("parsing {} failed", file.path(), e);
              results[index] = crashed(file, e);
              parser = new FileParser();
            } catch (Error e) {
              if (isFatal(e)) {
                failures.add(e);
                return;
              }
              LOG.warn("parsing {} failed", file.path(), e);
              results[index] = crashed(file, e);
              parser = new FileParser();
            }
            progress.advance(1);
          }
        };
    int workers = Math.max(1, Math.min(threads, files.size()));
    List<Thread> started = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      Thread thread = new Thread(null, work, "cleave-parse-" + i, STACK_BYTES);
      thread.setDaemon(true);
      thread.start();
      started.add(thread);
    }
    for (Thread thread : started) {
      joinUninterruptibly(thread);
    }
    progress.finish();
    if (!failures.isEmpty()) {
      Throwable first = failures.get(0);
      if (first instanceof Error error) {
        throw error;
      }
    }
    return new ParsedSources(sources, Arrays.asList(results));
  }

  /**
   * Returns whether an error ends the whole run: the JVM is out of memory or broken, so no
   * later file would fare better. Other errors, such as an {@code AssertionError} thrown by the
   * parser on one odd file, are that file's problem.
   */
  static boolean isFatal(Error e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof VirtualMachineError && !(cause instanceof StackOverflowError)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static FileFacts crashed(SourceFile file, Throwable e) {
    String message =
        "skipped: the parser failed with " + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : " (" + firstLine(e.getMessage()) + ")")
            + "; this is a bug in Cleave or JavaParser";
    FileContext context = new FileContext(file.path(), file.packageName(), List.of());
    return new FileFacts(file, FileParser.roleOf(file.path()), context, file.encoding(), 0,
        List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(Diagnostic.error(file.path(), 0, 0, message)), false);
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
