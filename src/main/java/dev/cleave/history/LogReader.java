package dev.cleave.history;

import dev.cleave.model.Progress;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Reads every commit reachable from HEAD with the files it changed.
 *
 * <p>Both implementations follow the same rules, so that they return equal commits: merges are
 * listed without changes; other commits are compared with their first parent, or with the
 * empty tree when they have none; renames are detected at 50% similarity, as git does by
 * default, with up to {@value #RENAME_LIMIT} candidate files; lines are counted with the
 * histogram diff; binary files and submodules count no lines, and submodules are left out.
 */
interface LogReader {

  /**
   * The rename limit: when a commit's added files times its deleted files exceed its square,
   * git and JGit alike look for exact renames only.
   */
  int RENAME_LIMIT = 1000;

  /** The similarity, in percent, from which a deleted and an added file are a rename. */
  int RENAME_SCORE = 50;

  /** The name of the progress stage. */
  String STAGE = "history";

  /** Returns the reader's name for the report: {@code git} or {@code JGit}. */
  String name();

  /**
   * Reads the commits in no particular order.
   *
   * @param since the earliest committer date to read, or {@code null} for all; commits
   *     committed earlier are left out, and a reader may also leave out commits behind them
   * @param progress receives the start of the {@value #STAGE} stage and, when the reader knows
   *     the number of commits, one step per commit; the caller finishes the stage
   */
  List<RawCommit> read(GitRepository repository, Instant since, Progress progress)
      throws IOException;

  /** Returns the number of file changes whose contents were missing from the repository. */
  default int missingObjects() {
    return 0;
  }
}
