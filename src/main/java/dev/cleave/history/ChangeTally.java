package dev.cleave.history;

import dev.cleave.model.Person;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the commits that touched the analysed folder into people and per-file statistics.
 *
 * <p>Identities are mapped by {@code .mailmap}, bot commits are left out, and the remaining
 * identities are merged into people. Each change weighs {@code 0.5^(d / halfLifeDays)}, where
 * {@code d} is the number of days between its author date and the newest author date among the
 * commits kept: the reference date is part of the history, so the result does not depend on
 * when Cleave runs.
 */
final class ChangeTally {

  private static final double SECONDS_PER_DAY = 86_400.0;

  final List<Person> people;
  final List<Identities.Member> members;
  final SortedMap<String, StatsBuilder> files = new TreeMap<>();
  final List<CoChanges.CommitFiles> commits = new ArrayList<>();
  final int botCommits;
  final Instant newest;
  final Instant oldest;

  private ChangeTally(List<Person> people, List<Identities.Member> members, int botCommits,
      Instant newest, Instant oldest) {
    this.people = people;
    this.members = members;
    this.botCommits = botCommits;
    this.newest = newest;
    this.oldest = oldest;
  }

  /**
   * Counts the changes.
   *
   * @param touches the commits that touched the analysed folder, newest first
   */
  static ChangeTally count(List<RenameTracker.Touch> touches, Mailmap mailmap,
      List<Pattern> bots, double halfLifeDays, boolean showAuthors) {
    List<Map.Entry<RenameTracker.Touch, Mailmap.Identity>> kept = new ArrayList<>();
    Map<Mailmap.Identity, List<Instant>> times = new HashMap<>();
    int botCommits = 0;
    long newest = Long.MIN_VALUE;
    long oldest = Long.MAX_VALUE;
    for (RenameTracker.Touch touch : touches) {
      RawCommit commit = touch.commit();
      Mailmap.Identity identity = mailmap.map(commit.authorName(), commit.authorEmail());
      if (Identities.isBot(identity, bots)) {
        botCommits++;
        continue;
      }
      kept.add(Map.entry(touch, identity));
      times.computeIfAbsent(identity, k -> new ArrayList<>())
          .add(Instant.ofEpochSecond(commit.authorTime()));
      newest = Math.max(newest, commit.authorTime());
      oldest = Math.min(oldest, commit.authorTime());
    }
    Identities identities = Identities.merge(times, showAuthors);
    ChangeTally tally = new ChangeTally(identities.people(), identities.members(), botCommits,
        kept.isEmpty() ? null : Instant.ofEpochSecond(newest),
        kept.isEmpty() ? null : Instant.ofEpochSecond(oldest));
    for (Map.Entry<RenameTracker.Touch, Mailmap.Identity> entry : kept) {
      String person = identities.idOf(entry.getValue());
      tally.add(entry.getKey(), person, newest, halfLifeDays);
    }
    return tally;
  }

  private void add(RenameTracker.Touch touch, String person, long reference,
      double halfLifeDays) {
    RawCommit commit = touch.commit();
    double ageDays = (reference - commit.authorTime()) / SECONDS_PER_DAY;
    double weight = Math.pow(0.5, ageDays / halfLifeDays);
    Instant time = Instant.ofEpochSecond(commit.authorTime());
    Map<String, int[]> lines = new TreeMap<>();
    for (RenameTracker.Hit hit : touch.hits()) {
      int[] counted = lines.computeIfAbsent(hit.path(), k -> new int[2]);
      counted[0] += hit.linesAdded();
      counted[1] += hit.linesRemoved();
    }
    lines.forEach((path, counted) -> files.computeIfAbsent(path, k -> new StatsBuilder())
        .add(person, time, weight, counted[0], counted[1]));
    commits.add(new CoChanges.CommitFiles(List.copyOf(lines.keySet()), touch.changeSetSize()));
  }

  int commitCount() {
    return commits.size();
  }
}
