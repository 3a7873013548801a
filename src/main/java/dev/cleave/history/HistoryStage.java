package dev.cleave.history;

import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.FileHistory;
import dev.cleave.model.History;
import dev.cleave.model.History.Status;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the git history of the analysed folder: change statistics per file, people, teams, and
 * the commits that co-change needs.
 *
 * <p>The git command line reads the log when it is installed and works; JGit reads it
 * otherwise, with the same result. The reasons name no absolute path, so the reports do not
 * depend on where the checkout is; only the message of a read failure may contain one. A missing repository, an empty one or one that cannot be
 * read gives a {@link History} with the reason instead of an exception, so the rest of the
 * analysis runs.
 */
public final class HistoryStage {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryStage.class);

  private final AnalysisOptions options;
  private final Progress progress;
  private final List<LogReader> readers;

  public HistoryStage(AnalysisOptions options, Progress progress) {
    this(options, progress,
        List.of(new GitCommandLog("git"), new JGitLog(options.threads())));
  }

  /** Uses the readers given, the first that works winning. */
  HistoryStage(AnalysisOptions options, Progress progress, List<LogReader> readers) {
    this.options = options;
    this.progress = progress;
    this.readers = List.copyOf(readers);
  }

  /** Reads the history of the analysed root. */
  public HistoryLog read() {
    ProjectConfig.History settings = options.config().history();
    LocalDate since = options.since() != null ? options.since() : settings.sinceDate();
    if (!options.readHistory()) {
      return unread(Status.DISABLED, "Reading the git history was turned off (--no-history),"
          + " so there are no teams, owners or co-change.", since);
    }
    long start = System.nanoTime();
    try {
      Path root = options.root().toRealPath();
      try (GitRepository repository = GitRepository.open(root)) {
        if (repository == null) {
          return unread(Status.NO_REPOSITORY, "No git repository contains the analysed folder,"
              + " so there are no teams, owners or co-change. Analyse a git checkout to get"
              + " them.", since);
        }
        if (repository.head() == null) {
          return unread(Status.NO_COMMITS, "The git repository has no commit yet, so there"
              + " are no teams, owners or co-change.", since);
        }
        return read(repository, settings, since, start);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not read the git history of {}", options.root(), e);
      return unread(Status.FAILED, "The git history could not be read (" + e.getMessage()
          + "), so there are no teams, owners or co-change.", since);
    } finally {
      progress.finish();
    }
  }

  private HistoryLog read(GitRepository repository, ProjectConfig.History settings,
      LocalDate since, long start) throws IOException {
    List<String> notes = new ArrayList<>();
    Instant sinceInstant = since == null ? null : since.atStartOfDay(ZoneOffset.UTC).toInstant();
    ReadLog log = readLog(repository, sinceInstant, notes);
    Set<String> shallow = repository.shallowCommits().stream()
        .map(id -> id.name())
        .collect(Collectors.toSet());
    List<RawCommit> ordered = CommitOrder.newestFirst(log.commits()).stream()
        .filter(commit -> !commit.merge() && !shallow.contains(commit.id()))
        .toList();
    List<RenameTracker.Touch> touches =
        new RenameTracker(repository.prefix(), repository.headFiles()).follow(ordered);
    byte[] mailmapBytes = repository.readTopFile(".mailmap");
    Mailmap mailmap = mailmapBytes == null ? Mailmap.EMPTY
        : Mailmap.parse(new String(mailmapBytes, StandardCharsets.UTF_8));
    ChangeTally tally = ChangeTally.count(touches, mailmap, Globs.compile(settings.bots()),
        settings.halfLifeDays(), options.showAuthors());
    TeamFinder.Result teams = findTeams(repository, tally, settings, notes);
    List<FileHistory> files = new ArrayList<>();
    tally.files.forEach((path, stats) -> files.add(new FileHistory(path,
        stats.build(teams.assignment().attribute(path, stats.recentByAuthor())))));
    addNotes(notes, since, log, mailmap, tally);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    LOG.info("read {} commits of git history with {} in {} ms", tally.commitCount(),
        log.reader(), elapsed.toMillis());
    History history = new History(status(repository), reason(repository), notes, log.reader(),
        tally.commitCount(), tally.botCommits, tally.newest, tally.oldest, since,
        settings.halfLifeDays(), options.showAuthors(), elapsed, tally.people,
        teams.assignment().source(), teams.teams(), files, new TreeMap<>(), List.of());
    return new HistoryLog(history, tally.commits, settings);
  }

  private record ReadLog(List<RawCommit> commits, String reader, int missingObjects) {}

  private ReadLog readLog(GitRepository repository, Instant since, List<String> notes)
      throws IOException {
    Exception failure = null;
    for (int i = 0; i < readers.size(); i++) {
      LogReader reader = readers.get(i);
      try {
        List<RawCommit> commits = reader.read(repository, since, progress);
        return new ReadLog(commits, reader.name(), reader.missingObjects());
      } catch (IOException | RuntimeException e) {
        failure = e;
        String next = i + 1 < readers.size() ? readers.get(i + 1).name() : null;
        LOG.info("{} could not read the log: {}", reader.name(), e.getMessage());
        if (next != null) {
          notes.add("The " + reader.name() + " reader failed (" + e.getMessage() + "); "
              + next + " read the history instead.");
        }
      }
    }
    throw new IOException(failure == null ? "no log reader is configured"
        : failure.getMessage(), failure);
  }

  private TeamFinder.Result findTeams(GitRepository repository, ChangeTally tally,
      ProjectConfig.History settings, List<String> notes) throws IOException {
    TeamFinder finder = new TeamFinder(tally.members, tally.people, tally.files, tally.newest,
        settings.halfLifeDays());
    List<ProjectConfig.Team> declared = options.config().teams();
    if (!declared.isEmpty()) {
      notes.add("The teams are those declared in " + ProjectConfig.FILE_NAME + ".");
      return finder.declared(declared);
    }
    CodeOwnersFile codeOwners = CodeOwnersFile.find(repository);
    if (codeOwners != null) {
      notes.add("The teams are the owners in " + codeOwners.location() + ".");
      if (codeOwners.hasProblems()) {
        notes.add(codeOwners.location() + " has rules that could not be read; they were"
            + " skipped.");
      }
      return finder.codeOwners(codeOwners, repository.prefix());
    }
    notes.add("The teams were inferred from who changes the same folders, because "
        + ProjectConfig.FILE_NAME + " declares none and the repository has no CODEOWNERS.");
    return finder.inferred(settings.teamSimilarity());
  }

  private static void addNotes(List<String> notes, LocalDate since, ReadLog log,
      Mailmap mailmap, ChangeTally tally) {
    if (since != null) {
      notes.add("Only commits committed on or after " + since + " were read.");
    }
    if (log.missingObjects() > 0) {
      notes.add(log.missingObjects() + " file changes could not be measured because their"
          + " contents are missing from the repository; they count with no lines.");
    }
    if (!mailmap.isEmpty()) {
      notes.add("Identities were mapped by .mailmap.");
    }
    if (tally.botCommits > 0) {
      notes.add(tally.botCommits + " commits by bot accounts were left out.");
    }
    if (tally.commitCount() == 0) {
      notes.add("No commit read changed the analysed folder.");
    }
  }

  private static Status status(GitRepository repository) {
    if (!repository.shallowCommits().isEmpty()) {
      return Status.SHALLOW;
    }
    return repository.detached() ? Status.DETACHED_HEAD : Status.COMPLETE;
  }

  private static String reason(GitRepository repository) {
    StringBuilder reason = new StringBuilder();
    int shallow = repository.shallowCommits().size();
    if (shallow > 0) {
      boolean single = shallow == 1;
      reason.append("The clone is shallow: the history stops at ").append(shallow)
          .append(single ? " commit whose parents were" : " commits whose parents were")
          .append(" not fetched, so older changes are missing, and the changes of ")
          .append(single ? "that commit are" : "those commits are")
          .append(" left out because they cannot be told apart from the code before ")
          .append(single ? "it" : "them")
          .append(". Owners and teams show only the commits present. Run git fetch"
              + " --unshallow to read the whole history.");
    }
    if (repository.detached()) {
      if (!reason.isEmpty()) {
        reason.append(' ');
      }
      reason.append("HEAD is detached at ").append(repository.shortHead())
          .append(", not on a branch; the history of that commit was read.");
    }
    return reason.toString();
  }

  private HistoryLog unread(Status status, String reason, LocalDate since) {
    ProjectConfig.History settings = options.config().history();
    History history =
        History.unread(status, reason, since, settings.halfLifeDays(), options.showAuthors());
    return new HistoryLog(history, List.of(), settings);
  }
}
