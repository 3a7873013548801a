package dev.cleave.cli;

import dev.cleave.model.Progress;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows the progress of long stages: a progress bar on a terminal, else one line per tenth of
 * the work, so that logs of a CI build show that Cleave is alive without flooding them.
 */
final class ConsoleProgress implements Progress {

  private final PrintWriter err;
  private final boolean terminal;
  private ProgressBar bar;
  private String stage;
  private long total;
  private final AtomicLong done = new AtomicLong();
  private final AtomicLong nextReport = new AtomicLong();

  ConsoleProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void start(String stage, long total) {
    this.stage = stage;
    this.total = total;
    done.set(0);
    nextReport.set(Math.max(1, total / 10));
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
    long threshold = nextReport.get();
    if (total > 100 && now >= threshold
        && nextReport.compareAndSet(threshold, threshold + Math.max(1, total / 10))) {
      synchronized (this) {
        err.printf("%s: %d of %d files%n", stage, now, total);
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
