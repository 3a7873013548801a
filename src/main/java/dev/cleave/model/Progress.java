package dev.cleave.model;

/**
 * Receives the progress of long stages, for a progress bar or log lines.
 *
 * <p>Calls for one stage come in the order {@code start}, any number of {@code advance}, then
 * {@code finish}. {@code advance} may be called from several threads at once.
 */
public interface Progress {

  /** Progress that goes nowhere. */
  Progress NONE =
      new Progress() {
        @Override
        public void start(String stage, long total) {}

        @Override
        public void advance(long steps) {}

        @Override
        public void finish() {}
      };

  /** Starts a stage of {@code total} steps, or of unknown length when {@code total} is 0. */
  void start(String stage, long total);

  /** Reports that {@code steps} more steps are done. */
  void advance(long steps);

  /** Ends the current stage. */
  void finish();
}
