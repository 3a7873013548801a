package dev.cleave.history;

import dev.cleave.model.History.TeamSource;
import dev.cleave.model.Person;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.Team;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the teams, in this order: the teams {@code cleave.yaml} declares; else the owners in
 * {@code CODEOWNERS}; else teams inferred from who changes the same folders.
 *
 * <p>Every person belongs to at most one team. A declared team's members are the people its
 * member patterns match, the first team winning. An owner in {@code CODEOWNERS} that is an email
 * has the person with that email as member, and an owner {@code @handle} the person who commits
 * as {@code handle@users.noreply.github.com}. Anyone else joins the team that most of their
 * recent changes count for, if any.
 */
final class TeamFinder {

  /** How many folders a team's focus lists. */
  static final int FOCUS_FOLDERS = 3;

  /**
   * The teams found.
   *
   * @param assignment which team each change counts for
   * @param teams the teams with their members
   */
  record Result(TeamAssignment assignment, List<Team> teams) {}

  private final List<Identities.Member> members;
  private final Map<String, Person> people = new HashMap<>();
  private final SortedMap<String, StatsBuilder> files;
  private final Instant activeSince;

  /**
   * @param members the people with their names and emails
   * @param people the people as the model shows them
   * @param files the statistics of each file, by path relative to the analysed folder
   * @param reference the newest commit read
   * @param halfLifeDays members with a commit within this many days of the reference are
   *     active
   */
  TeamFinder(List<Identities.Member> members, List<Person> people,
      SortedMap<String, StatsBuilder> files, Instant reference, double halfLifeDays) {
    this.members = members;
    people.forEach(person -> this.people.put(person.id(), person));
    this.files = files;
    this.activeSince = reference == null ? Instant.MAX
        : reference.minus(Duration.ofSeconds(Math.round(halfLifeDays * 86_400)));
  }

  Result declared(List<ProjectConfig.Team> declared) {
    Map<String, String> teamOfPerson = new HashMap<>();
    for (Identities.Member member : members) {
      for (ProjectConfig.Team team : declared) {
        List<Pattern> patterns = Globs.compile(team.members());
        if (Globs.matchesAny(patterns, member.names())
            || Globs.matchesAny(patterns, member.emails())) {
          teamOfPerson.put(member.id(), team.name());
          break;
        }
      }
    }
    Map<String, List<PathMatcher>> matchers = new LinkedHashMap<>();
    for (ProjectConfig.Team team : declared) {
      matchers.put(team.name(), team.paths().stream()
          .map(glob -> FileSystems.getDefault().getPathMatcher("glob:" + glob)).toList());
    }
    Map<String, List<String>> cache = new HashMap<>();
    TeamAssignment assignment = new TeamAssignment(TeamSource.DECLARED,
        declared.stream().map(ProjectConfig.Team::name).toList(), teamOfPerson,
        path -> cache.computeIfAbsent(path, p -> firstMatch(matchers, p)));
    Map<String, List<String>> paths = new LinkedHashMap<>();
    declared.forEach(team -> paths.put(team.name(), team.paths()));
    return build(assignment, teamOfPerson, paths);
  }

  Result codeOwners(CodeOwnersFile file, String prefix) {
    TreeSet<String> owners = new TreeSet<>();
    for (String path : files.keySet()) {
      owners.addAll(file.ownersOf(top(prefix, path)));
    }
    Map<String, String> explicit = new HashMap<>();
    for (Identities.Member member : members) {
      for (String owner : owners) {
        if (owns(owner, member)) {
          explicit.put(member.id(), owner);
          break;
        }
      }
    }
    TeamAssignment assignment = new TeamAssignment(TeamSource.CODEOWNERS, List.copyOf(owners),
        Map.of(), path -> file.ownersOf(top(prefix, path)));
    Map<String, List<String>> paths = new HashMap<>();
    owners.forEach(owner -> paths.put(owner, file.patternsOf(owner)));
    return build(assignment, explicit, paths);
  }

  Result inferred(double threshold) {
    List<String> ids = new ArrayList<>();
    List<SortedMap<String, Double>> vectors = new ArrayList<>();
    for (String id : people.keySet().stream().sorted().toList()) {
      SortedMap<String, Double> vector = folderWeights(id);
      if (!vector.isEmpty()) {
        ids.add(id);
        vectors.add(vector);
      }
    }

    List<List<Integer>> groups = largestFirst(InferredTeams.cluster(vectors, threshold),
        vectors, ids);
    Map<String, String> teamOfPerson = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      String name = "inferred-" + (i + 1);
      names.add(name);
      groups.get(i).forEach(index -> teamOfPerson.put(ids.get(index), name));
    }

    TeamAssignment assignment =
        new TeamAssignment(TeamSource.INFERRED, names, teamOfPerson, path -> List.of());
    return build(assignment, teamOfPerson, Map.of());
  }

  /** Sorts groups by their recent changes, most first, ties by the id of the first member. */
  private static List<List<Integer>> largestFirst(List<List<Integer>> groups,
      List<SortedMap<String, Double>> vectors, List<String> ids) {
    Map<List<Integer>, Double> weights = new HashMap<>();
    for (List<Integer> group : groups) {
      double sum = 0;
      for (int index : group) {
        sum += vectors.get(index).values().stream().mapToDouble(Double::doubleValue).sum();
      }
      weights.put(group, sum);
    }
    List<List<Integer>> sorted = new ArrayList<>(groups);
    sorted.sort(Comparator.comparing((List<Integer> group) -> -weights.get(group))
        .thenComparing(group -> ids.get(group.get(0))));
    return sorted;
  }

  private Result build(TeamAssignment assignment, Map<String, String> explicit,
      Map<String, List<String>> paths) {
    Map<String, String> teamOf = new HashMap<>(explicit);
    Map<String, SortedMap<String, Double>> byPerson = new HashMap<>();
    Map<String, SortedMap<String, Double>> folders = new HashMap<>();
    files.forEach((path, stats) -> stats.recentByAuthor().forEach((author, weight) -> {
      SortedMap<String, Double> byTeam = assignment.attribute(path, Map.of(author, weight));
      byTeam.forEach((team, share) -> {
        byPerson.computeIfAbsent(author, k -> new TreeMap<>()).merge(team, share, Double::sum);
        folders.computeIfAbsent(team, k -> new TreeMap<>())
            .merge(folderOf(path), share, Double::sum);
      });
    }));
    byPerson.forEach((person, byTeam) -> teamOf.computeIfAbsent(person, p -> largest(byTeam)));
    List<Team> teams = new ArrayList<>();
    for (String name : assignment.teamNames()) {
      List<String> teamMembers = teamOf.entrySet().stream()
          .filter(entry -> entry.getValue().equals(name))
          .map(Map.Entry::getKey)
          .sorted()
          .toList();
      List<String> active = teamMembers.stream()
          .filter(id -> people.containsKey(id)
              && !people.get(id).lastCommit().isBefore(activeSince))
          .toList();
      teams.add(new Team(name, assignment.source(), teamMembers, active,
          paths.getOrDefault(name, List.of()), focus(folders.get(name))));
    }
    return new Result(assignment, teams);
  }

  private SortedMap<String, Double> folderWeights(String person) {
    SortedMap<String, Double> vector = new TreeMap<>();
    files.forEach((path, stats) -> {
      Double weight = stats.recentByAuthor().get(person);
      if (weight != null) {
        vector.merge(folderOf(path), weight, Double::sum);
      }
    });
    return vector;
  }

  private static List<String> focus(SortedMap<String, Double> folders) {
    if (folders == null) {
      return List.of();
    }
    return folders.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(FOCUS_FOLDERS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static String largest(SortedMap<String, Double> byTeam) {
    String best = null;
    for (Map.Entry<String, Double> entry : byTeam.entrySet()) {
      if (best == null || entry.getValue() > byTeam.get(best)) {
        best = entry.getKey();
      }
    }
    return best;
  }

  private static List<String> firstMatch(Map<String, List<PathMatcher>> matchers, String path) {
    Path file = Path.of(path);
    for (Map.Entry<String, List<PathMatcher>> entry : matchers.entrySet()) {
      for (PathMatcher matcher : entry.getValue()) {
        if (matcher.matches(file)) {
          return List.of(entry.getKey());
        }
      }
    }
    return List.of();
  }

  /** Returns whether a {@code CODEOWNERS} owner names the person. */
  static boolean owns(String owner, Identities.Member member) {
    for (String email : member.emails()) {
      String key = Identities.emailKey(email);
      if (!owner.startsWith("@") && key.equals(owner.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      if (owner.startsWith("@") && owner.indexOf('/') < 0
          && key.endsWith("@users.noreply.github.com")) {
        String handle = key.substring(0, key.indexOf('@'));
        handle = handle.substring(handle.indexOf('+') + 1);
        if (handle.equalsIgnoreCase(owner.substring(1))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Returns the folder of a path, {@code .} for the analysed folder itself. */
  static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "." : path.substring(0, slash);
  }

  private static String top(String prefix, String path) {
    return prefix.isEmpty() ? path : prefix + "/" + path;
  }
}
