package dev.cleave.history;

import dev.cleave.model.ChangeStats;
import dev.cleave.model.ClassInfo;
import dev.cleave.model.CoChange;
import dev.cleave.model.FileHistory;
import dev.cleave.model.History;
import dev.cleave.model.ProjectConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The history read for the analysed folder, per file, waiting for the classes that parsing
 * finds: {@link #summarise} adds the per-class statistics and co-change pairs.
 */
public final class HistoryLog {

  private final History files;
  private final List<CoChanges.CommitFiles> commits;
  private final ProjectConfig.History settings;

  HistoryLog(History files, List<CoChanges.CommitFiles> commits,
      ProjectConfig.History settings) {
    this.files = files;
    this.commits = List.copyOf(commits);
    this.settings = settings;
  }

  /** Returns the history of files only, without classes and co-change. */
  public History files() {
    return files;
  }

  /**
   * Returns the complete history: each class gets the statistics of its file, and pairs of
   * classes get their co-change.
   *
   * @param classes the classes, whose paths are relative to the analysed root
   */
  public History summarise(List<ClassInfo> classes) {
    if (!files.wasRead()) {
      return files;
    }
    Map<String, ChangeStats> byPath = new HashMap<>();
    for (FileHistory file : files.files()) {
      byPath.put(file.path(), file.stats());
    }
    SortedMap<String, ChangeStats> byClass = new TreeMap<>();
    Map<String, List<String>> classesByPath = new HashMap<>();
    for (ClassInfo info : classes) {
      ChangeStats stats = byPath.get(info.path());
      if (stats != null) {
        byClass.put(info.id(), stats);
        classesByPath.computeIfAbsent(info.path(), k -> new ArrayList<>()).add(info.id());
      }
    }
    List<CoChange> coChanges = CoChanges.find(commits, classesByPath, settings.minRevisions(),
        settings.minSharedRevisions(), settings.maxChangeSetSize());
    return new History(files.status(), files.reason(), files.notes(), files.reader(),
        files.commitsRead(), files.botCommits(), files.newestCommit(), files.oldestCommit(),
        files.since(), files.halfLifeDays(), files.authorsShown(), files.readTime(),
        files.people(), files.teamSource(), files.teams(), files.files(), byClass, coChanges);
  }
}
