package dev.cleave.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The git history of the analysed folder, summarised: who changed which file and class, how
 * often and how recently, which classes change together, and which teams there are.
 *
 * <p>Paths are relative to the analysed root, the same paths as {@link ClassInfo#path()}.
 * Recent work is weighted by exponential decay: a change made {@code d} days before the newest
 * commit read weighs {@code 0.5^(d / halfLifeDays)}. The reference date is that newest commit,
 * never the clock, so the same history gives the same numbers on any day.
 *
 * @param status whether the history was read, and if not, why
 * @param reason what is missing and why, as a sentence for the report; empty when complete
 * @param notes further facts about the reading, such as the reader that stood in for another
 * @param reader the program that read the log: {@code git}, {@code JGit}, or empty
 * @param commitsRead the commits by people that changed the analysed folder, merges left out
 * @param botCommits the commits by bot accounts, left out of every number
 * @param newestCommit the author date of the newest commit read, or {@code null}
 * @param oldestCommit the author date of the oldest commit read, or {@code null}
 * @param since the first day of history read, or {@code null} for all of it
 * @param halfLifeDays the half-life of the recency weight, in days
 * @param authorsShown whether people carry their names and emails, or pseudonyms only
 * @param readTime how long reading took; it varies between runs, so reports leave it out
 * @param people the people who made the commits read, sorted by id
 * @param teamSource where the teams come from
 * @param teams the teams, in their declared order or, when found, largest first
 * @param files the change statistics of each file that exists at HEAD, sorted by path
 * @param classes the change statistics of each class, by class id; a class whose file no
 *     commit read changed is absent
 * @param coChanges pairs of classes that changed in the same commits, most shared first
 */
public record History(
    Status status,
    String reason,
    List<String> notes,
    String reader,
    int commitsRead,
    int botCommits,
    Instant newestCommit,
    Instant oldestCommit,
    LocalDate since,
    double halfLifeDays,
    boolean authorsShown,
    Duration readTime,
    List<Person> people,
    TeamSource teamSource,
    List<Team> teams,
    List<FileHistory> files,
    SortedMap<String, ChangeStats> classes,
    List<CoChange> coChanges) {

  public History {
    Objects.requireNonNull(status, "status");
    reason = reason == null ? "" : reason;
    notes = List.copyOf(notes);
    reader = reader == null ? "" : reader;
    readTime = readTime == null ? Duration.ZERO : readTime;
    people = List.copyOf(people);
    teams = List.copyOf(teams);
    files = List.copyOf(files);
    classes = Collections.unmodifiableSortedMap(new TreeMap<>(classes));
    coChanges = List.copyOf(coChanges);
  }

  /** Returns a history that was not read, for the reason given. */
  public static History unread(Status status, String reason, LocalDate since,
      double halfLifeDays, boolean authorsShown) {
    return new History(status, reason, List.of(), "", 0, 0, null, null, since, halfLifeDays,
        authorsShown, Duration.ZERO, List.of(), TeamSource.NONE, List.of(), List.of(),
        new TreeMap<>(), List.of());
  }

  /** Returns whether any history was read, complete or not. */
  public boolean wasRead() {
    return status.read();
  }

  /** Returns the team with the name, or {@code null}. */
  public Team team(String name) {
    for (Team team : teams) {
      if (team.name().equals(name)) {
        return team;
      }
    }
    return null;
  }

  /** Returns the person with the id, or {@code null}. */
  public Person person(String id) {
    for (Person person : people) {
      if (person.id().equals(id)) {
        return person;
      }
    }
    return null;
  }

  /** Whether the history was read, and what limits it. */
  public enum Status {
    /** The whole history up to HEAD was read. */
    COMPLETE(true),
    /** The clone is shallow, so the history stops before the project's first commit. */
    SHALLOW(true),
    /** HEAD is a commit, not a branch; its history was read. */
    DETACHED_HEAD(true),
    /** The user turned history reading off. */
    DISABLED(false),
    /** No git repository contains the analysed folder. */
    NO_REPOSITORY(false),
    /** The repository has no commit yet. */
    NO_COMMITS(false),
    /** The repository could not be read. */
    FAILED(false);

    private final boolean read;

    Status(boolean read) {
      this.read = read;
    }

    /** Returns whether history was read in this state. */
    public boolean read() {
      return read;
    }
  }

  /** The sources of teams, in the order they are looked for. */
  public enum TeamSource {
    /** The {@code teams} section of {@code cleave.yaml}. */
    DECLARED,
    /** A {@code CODEOWNERS} file of the repository. */
    CODEOWNERS,
    /** Grouped from the authors who work on the same code. */
    INFERRED,
    /** No history, so no teams. */
    NONE
  }
}
