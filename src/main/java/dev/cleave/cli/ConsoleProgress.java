package dev.cleave.cli;

import dev.cleave.model.Progress;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows the progress of long stages: a progress bar on a terminal, else a line at most every
 * {@value #LOG_INTERVAL_SECONDS} seconds, so that the log of a CI build shows that Cleave is
 * alive without flooding it. A stage that ends sooner prints nothing.
 */
final class ConsoleProgress implements Progress {

  private final PrintWriter err;
  private final boolean terminal;
  private ProgressBar bar;
  private String stage;
  private long total;
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong nextReport = new AtomicLong();

  static final long LOG_INTERVAL_SECONDS = 5;

  ConsoleProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void start(String stage, long total) {
    this.stage = stage;
    this.total = total;
    done.set(0);
    nextReport.set(System.nanoTime() + LOG_INTERVAL_SECONDS * 1_000_000_000L);
    if (terminal && total > 0) {
      bar = new ProgressBarBuilder()
          .setTaskName(stage)
          .setInitialMax(total)
          .setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(200)
          .setConsumer(new ConsoleProgressBarConsumer(System.err))
          .continuousUpdate()
          .build();
    }
  }

  @Override
  public void advance(long steps) {
    long now = done.addAndGet(steps);
    ProgressBar current = bar;
    if (current != null) {
      current.stepBy(steps);
      return;
    }
    long due = nextReport.get();
    long time = System.nanoTime();
    if (time - due >= 0
        && nextReport.compareAndSet(due, time + LOG_INTERVAL_SECONDS * 1_000_000_000L)) {
      synchronized (this) {
        err.printf("%s: %d of %d %s%n", stage, now, total,
            stage.equals("history") ? "commits" : "files");
        err.flush();
      }
    }
  }

  @Override
  public synchronized void finish() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }
}
