package dev.cleave.history;

import dev.cleave.model.Progress;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.CommitTimeRevFilter;
import org.eclipse.jgit.util.RawParseUtils;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * Reads the log with JGit, in this process: the reader that works wherever Java does.
 *
 * <p>It costs one tree diff per commit plus one content diff per changed file, which makes it
 * several times slower than the git command line on the same history. A file whose contents
 * are missing from the repository, as in a partial copy, counts no lines, and a commit whose
 * rename detection needs such contents is read without rename detection. Commits are diffed
 * on several threads, since each diff is independent of the others.
 */
final class JGitLog implements LogReader {

  private final int threads;
  private final AtomicInteger missingObjects = new AtomicInteger();

  /** @param threads the worker threads that diff commits, at least 1 */
  JGitLog(int threads) {
    this.threads = threads;
  }

  @Override
  public String name() {
    return "JGit";
  }

  @Override
  public int missingObjects() {
    return missingObjects.get();
  }

  @Override
  public List<RawCommit> read(GitRepository repository, Instant since, Progress progress)
      throws IOException {
    List<RevCommit> commits = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository.repository())) {
      walk.markStart(walk.parseCommit(repository.head()));
      if (since != null) {
        walk.setRevFilter(CommitTimeRevFilter.after(since));
      }
      for (RevCommit commit : walk) {
        if (since == null || commit.getCommitTime() >= since.getEpochSecond()) {
          commits.add(commit);
        }
      }
    }
    progress.start(STAGE, commits.size());
    return diffAll(repository, commits, progress);
  }

  /** Diffs the commits on the worker threads, each with its own formatters. */
  private List<RawCommit> diffAll(GitRepository repository, List<RevCommit> commits,
      Progress progress) throws IOException {
    RawCommit[] results = new RawCommit[commits.size()];
    int workers = Math.max(1, Math.min(threads, commits.size()));
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<Void>> tasks = new ArrayList<>();
      for (int worker = 0; worker < workers; worker++) {
        int first = worker;
        tasks.add(pool.submit(() -> {
          try (DiffFormatter renaming = formatter(repository, true);
              DiffFormatter plain = formatter(repository, false)) {
            for (int i = first; i < results.length; i += workers) {
              results[i] = toRawCommit(commits.get(i), renaming, plain);
              progress.advance(1);
            }
          }
          return null;
        }));
      }
      for (Future<Void> task : tasks) {
        task.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the history", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return List.of(results);
  }

  private static DiffFormatter formatter(GitRepository repository, boolean renames) {
    DiffFormatter formatter = new DiffFormatter(DisabledOutputStream.INSTANCE);
    formatter.setRepository(repository.repository());
    formatter.setDiffAlgorithm(new HistogramDiff());
    formatter.setDiffComparator(RawTextComparator.DEFAULT);
    formatter.setDetectRenames(renames);
    if (renames) {
      formatter.getRenameDetector().setRenameScore(RENAME_SCORE);
      formatter.getRenameDetector().setRenameLimit(RENAME_LIMIT);
    }
    return formatter;
  }

  private RawCommit toRawCommit(RevCommit commit, DiffFormatter renaming, DiffFormatter plain)
      throws IOException {
    List<String> parents = new ArrayList<>();
    for (RevCommit parent : commit.getParents()) {
      parents.add(parent.name());
    }
    List<FileChange> changes = new ArrayList<>();
    if (parents.size() <= 1) {
      ObjectId parent = parents.isEmpty() ? null : commit.getParent(0);
      List<DiffEntry> entries;
      try {
        entries = renaming.scan(parent, commit);
      } catch (MissingObjectException e) {
        missingObjects.incrementAndGet();
        entries = plain.scan(parent, commit);
      }
      List<ExactRenames.Entry> made = new ArrayList<>();
      for (DiffEntry entry : entries) {
        FileChange change = toChange(entry, plain);
        if (change != null) {
          made.add(new ExactRenames.Entry(entry, change));
        }
      }
      changes.addAll(ExactRenames.likeGit(made));
    }
    byte[] raw = commit.getRawBuffer();
    int author = RawParseUtils.author(raw, 0);
    Ident ident = Ident.parse(raw, author, PersonText.charsetNamed(commit.getEncodingName()));
    return new RawCommit(commit.name(), parents, ident.name(), ident.email(),
        commit.getAuthorIdent().getWhenAsInstant().getEpochSecond(), commit.getCommitTime(),
        changes);
  }

  private FileChange toChange(DiffEntry entry, DiffFormatter formatter) throws IOException {
    if (entry.getOldMode() == FileMode.GITLINK || entry.getNewMode() == FileMode.GITLINK) {
      return null;
    }
    int added = 0;
    int removed = 0;
    try {
      FileHeader header = formatter.toFileHeader(entry);
      if (header.getPatchType() == FileHeader.PatchType.UNIFIED) {
        for (Edit edit : header.toEditList()) {
          added += edit.getLengthB();
          removed += edit.getLengthA();
        }
      }
    } catch (MissingObjectException e) {
      missingObjects.incrementAndGet();
    }
    return switch (entry.getChangeType()) {
      case ADD -> new FileChange(FileChange.Kind.ADDED, entry.getNewPath(), entry.getNewPath(),
          added, removed);
      case DELETE -> new FileChange(FileChange.Kind.DELETED, entry.getOldPath(),
          entry.getOldPath(), added, removed);
      case MODIFY -> new FileChange(FileChange.Kind.MODIFIED, entry.getNewPath(),
          entry.getNewPath(), added, removed);
      case RENAME -> new FileChange(FileChange.Kind.RENAMED, entry.getOldPath(),
          entry.getNewPath(), added, removed);
      case COPY -> new FileChange(FileChange.Kind.COPIED, entry.getOldPath(),
          entry.getNewPath(), added, removed);
    };
  }

  /** The name and email of a {@code Name <email> time zone} line, decoded by PersonText. */
  private record Ident(String name, String email) {

    static Ident parse(byte[] raw, int start, java.nio.charset.Charset declared) {
      if (start < 0) {
        return new Ident("", "");
      }
      int end = RawParseUtils.nextLF(raw, start);
      int open = indexOf(raw, start, end, (byte) '<');
      if (open < 0) {
        return new Ident(PersonText.decode(raw, start, end - 1, declared).strip(), "");
      }
      int close = indexOf(raw, open + 1, end, (byte) '>');
      int emailEnd = close < 0 ? end - 1 : close;
      String name = PersonText.decode(raw, start, open, declared).strip();
      String email = PersonText.decode(raw, open + 1, emailEnd, declared);
      return new Ident(name, email);
    }

    private static int indexOf(byte[] raw, int from, int to, byte target) {
      for (int i = from; i < to; i++) {
        if (raw[i] == target) {
          return i;
        }
      }
      return -1;
    }
  }
}
