package dev.cleave.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The settings a project declares in its {@code cleave.yaml}.
 *
 * <p>Each section belongs to one concern; a section the file leaves out has its defaults. The
 * YAML keys are the component names.
 *
 * @param analysis which files to analyse and how to read them
 * @param clustering how services are proposed
 * @param services the services the project has agreed on; when there are any, Cleave checks the
 *     code against them instead of proposing services from scratch
 * @param sharedLibraries shared code that every declared service may use
 * @param history how the git history is read
 * @param teams the teams of the project, which take precedence over {@code CODEOWNERS} and over
 *     teams inferred from the history
 * @param ownership the thresholds of the single-team ownership checks
 * @param plan the tiers, availability assumptions and asynchronous calls of the migration plan
 */
public record ProjectConfig(
    Analysis analysis,
    Clustering clustering,
    List<DeclaredService> services,
    List<DeclaredLibrary> sharedLibraries,
    History history,
    List<Team> teams,
    Ownership ownership,
    Planning plan) {

  /** The name of the configuration file at the root of an analysed project. */
  public static final String FILE_NAME = "cleave.yaml";

  public ProjectConfig {
    analysis = analysis == null ? Analysis.DEFAULT : analysis;
    clustering = clustering == null ? Clustering.DEFAULT : clustering;
    services = services == null ? List.of() : List.copyOf(services);
    sharedLibraries = sharedLibraries == null ? List.of() : List.copyOf(sharedLibraries);
    history = history == null ? History.DEFAULT : history;
    teams = teams == null ? List.of() : List.copyOf(teams);
    ownership = ownership == null ? Ownership.DEFAULT : ownership;
    plan = plan == null ? Planning.DEFAULT : plan;
  }

  /** Creates settings whose plan section has its defaults. */
  public ProjectConfig(Analysis analysis, Clustering clustering, List<DeclaredService> services,
      List<DeclaredLibrary> sharedLibraries, History history, List<Team> teams,
      Ownership ownership) {
    this(analysis, clustering, services, sharedLibraries, history, teams, ownership, null);
  }

  /** Creates settings whose history, teams, ownership and plan sections have their defaults. */
  public ProjectConfig(Analysis analysis, Clustering clustering, List<DeclaredService> services,
      List<DeclaredLibrary> sharedLibraries) {
    this(analysis, clustering, services, sharedLibraries, null, null, null, null);
  }

  /** Returns the configuration of a project without {@code cleave.yaml}. */
  public static ProjectConfig defaults() {
    return new ProjectConfig(null, null, null, null, null, null, null, null);
  }

  /** Returns whether the file declares services, so that the code is checked against them. */
  public boolean declaresServices() {
    return !services.isEmpty();
  }

  /** Returns these settings with another analysis section. */
  public ProjectConfig withAnalysis(Analysis value) {
    return new ProjectConfig(value, clustering, services, sharedLibraries, history, teams,
        ownership, plan);
  }

  /** Returns these settings without the declared services and shared libraries. */
  public ProjectConfig withoutDeclaration() {
    return new ProjectConfig(analysis, clustering, null, null, history, teams, ownership, plan);
  }

  /** Returns these settings with another history section. */
  public ProjectConfig withHistory(History value) {
    return new ProjectConfig(analysis, clustering, services, sharedLibraries, value, teams,
        ownership, plan);
  }

  /** Returns these settings with another teams section. */
  public ProjectConfig withTeams(List<Team> value) {
    return new ProjectConfig(analysis, clustering, services, sharedLibraries, history, value,
        ownership, plan);
  }

  /** Returns these settings with another ownership section. */
  public ProjectConfig withOwnership(Ownership value) {
    return new ProjectConfig(analysis, clustering, services, sharedLibraries, history, teams,
        value, plan);
  }

  /**
   * Which files to analyse and how to read them.
   *
   * @param includeTests whether test sources are analysed, unless the command line says
   * @param encoding the encoding of all sources, or {@code null} for the build's
   * @param include glob patterns of paths, relative to the root, to analyse; when there are
   *     none, every Java file is a candidate
   * @param exclude glob patterns of paths, relative to the root, that are left out
   */
  public record Analysis(
      Boolean includeTests, String encoding, List<String> include, List<String> exclude) {

    static final Analysis DEFAULT = new Analysis(null, null, List.of(), List.of());

    public Analysis {
      include = include == null ? List.of() : List.copyOf(include);
      exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }
  }

  /**
   * How services are proposed. Every setting left out has the default that the clustering
   * stage documents; the command line overrides the number of services and the size limits.
   *
   * <p>Class patterns name a class by its binary name ({@code com.acme.Invoice}), the classes of
   * one package ({@code com.acme.billing.*}), or a package with its subpackages
   * ({@code com.acme.billing.**}).
   *
   * @param weights the weight of each signal; 0 switches a signal off
   * @param resolution a fixed modularity resolution, instead of the automatic choice
   * @param services the number of services to aim for
   * @param minServiceSize the fewest classes a service may have
   * @param maxServiceSize the most classes a service may have
   * @param sharedLibrary when a class goes to the shared library
   * @param pin class patterns to put in the named service, by service name
   * @param together groups of class patterns to keep in one service
   * @param apart groups of class patterns to keep in different services, pairwise
   */
  public record Clustering(
      Weights weights,
      Double resolution,
      Integer services,
      Integer minServiceSize,
      Integer maxServiceSize,
      SharedLibrarySettings sharedLibrary,
      Map<String, List<String>> pin,
      List<List<String>> together,
      List<List<String>> apart) {

    static final Clustering DEFAULT =
        new Clustering(null, null, null, null, null, null, null, null, null);

    public Clustering {
      weights = weights == null ? Weights.DEFAULT : weights;
      sharedLibrary = sharedLibrary == null ? SharedLibrarySettings.DEFAULT : sharedLibrary;
      SortedMap<String, List<String>> pins = new TreeMap<>();
      if (pin != null) {
        pin.forEach((service, patterns) -> pins.put(service, List.copyOf(patterns)));
      }
      pin = Collections.unmodifiableSortedMap(pins);
      together = together == null ? List.of() : together.stream().map(List::copyOf).toList();
      apart = apart == null ? List.of() : apart.stream().map(List::copyOf).toList();
    }
  }

  /**
   * The weight of each clustering signal; a signal left out has its default weight.
   *
   * @param structural static dependencies between the classes
   * @param coChange classes changed in the same commits
   * @param authors classes changed by the same people
   * @param data classes that touch the same tables
   * @param useCases classes reached from the same entry points
   * @param vocabulary classes whose identifiers use the same words
   * @param names classes named after another class and a role word
   * @param packages classes of one package
   */
  public record Weights(
      Double structural,
      Double coChange,
      Double authors,
      Double data,
      Double useCases,
      Double vocabulary,
      Double names,
      Double packages) {

    static final Weights DEFAULT = new Weights(null, null, null, null, null, null, null, null);
  }

  /**
   * When a class goes to the shared library instead of a service.
   *
   * @param minServices the fewest services that must use a class; 0 proposes no shared library
   */
  public record SharedLibrarySettings(Integer minServices) {

    static final SharedLibrarySettings DEFAULT = new SharedLibrarySettings(null);
  }

  /**
   * How the git history is read.
   *
   * <p>Co-change defaults are those of Adam Tornhill's Code Maat ({@code --min-revs 5},
   * {@code --min-shared-revs 5}, {@code --max-changeset-size 30}).
   *
   * @param since the first day to read, as an ISO date ({@code 2024-01-31}), or {@code null}
   *     for the whole history; {@code --since} overrides it
   * @param halfLifeDays the half-life of the recency weight in days, default 365: a change a
   *     year older than the newest commit weighs half as much
   * @param bots glob patterns ({@code *} and {@code ?}, case-insensitive) matched against each
   *     author name and email; a match marks a bot account whose commits are left out. A list
   *     given here replaces the defaults in {@link #DEFAULT_BOTS}
   * @param minRevisions the commits a class needs before its co-changes count, default 5
   * @param minSharedRevisions the shared commits a pair of classes needs, default 5
   * @param maxChangeSetSize the maximum number of files a commit may change under the analysed
   *     folder and still count for co-change, default 30. Larger commits, such as a mass
   *     reformatting, count for nothing there
   * @param teamSimilarity how alike two groups of authors' work must be (cosine similarity of
   *     their recent changes per folder, 0 to 1) to be inferred as one team; default 0.3
   */
  public record History(
      String since,
      Double halfLifeDays,
      List<String> bots,
      Integer minRevisions,
      Integer minSharedRevisions,
      Integer maxChangeSetSize,
      Double teamSimilarity) {

    /** Bot accounts of the common dependency, CI and formatting services. */
    public static final List<String> DEFAULT_BOTS = List.of(
        "*[bot]*", "dependabot*", "renovate*", "github-actions*", "greenkeeper*",
        "snyk-bot*", "*-bot@*", "pre-commit-ci*", "imgbot*", "allcontributors*");

    static final History DEFAULT = new History(null, null, null, null, null, null, null);

    public History {
      halfLifeDays = halfLifeDays == null ? 365.0 : halfLifeDays;
      bots = bots == null ? DEFAULT_BOTS : List.copyOf(bots);
      minRevisions = minRevisions == null ? 5 : minRevisions;
      minSharedRevisions = minSharedRevisions == null ? 5 : minSharedRevisions;
      maxChangeSetSize = maxChangeSetSize == null ? 30 : maxChangeSetSize;
      teamSimilarity = teamSimilarity == null ? 0.3 : teamSimilarity;
      positive(halfLifeDays, "halfLifeDays");
      atLeastOne(minRevisions, "minRevisions");
      atLeastOne(minSharedRevisions, "minSharedRevisions");
      if (maxChangeSetSize < 2) {
        throw new IllegalArgumentException(
            "maxChangeSetSize must be at least 2, was " + maxChangeSetSize);
      }
      fraction(teamSimilarity, "teamSimilarity");
      parseSince(since);
    }

    /** Returns {@link #since} as a date, or {@code null}. */
    public LocalDate sinceDate() {
      return parseSince(since);
    }

    private static LocalDate parseSince(String since) {
      if (since == null) {
        return null;
      }
      try {
        return LocalDate.parse(since);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "since must be an ISO date such as 2024-01-31, was " + since);
      }
    }

    /** Returns the defaults with other co-change thresholds. */
    public static History withCoChange(int minRevisions, int minShared, int maxChangeSetSize) {
      return new History(null, null, null, minRevisions, minShared, maxChangeSetSize, null);
    }
  }

  /**
   * A team as the project declares it.
   *
   * @param name the team name
   * @param members glob patterns ({@code *} and {@code ?}, case-insensitive) of the emails or
   *     names of its people
   * @param paths glob patterns of the paths it owns, relative to the analysed folder. A change
   *     by someone in no team is attributed to the first team whose paths match the file
   */
  public record Team(String name, List<String> members, List<String> paths) {

    public Team {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a team has no name; give every team a name");
      }
      members = members == null ? List.of() : List.copyOf(members);
      paths = paths == null ? List.of() : List.copyOf(paths);
    }
  }

  /**
   * The thresholds of the single-team ownership checks.
   *
   * @param clearOwnerShare the share of recent changes a team needs to own a service clearly,
   *     default 0.5
   * @param closeMargin the runner-up team is too close when its share is within this margin
   *     of the owner's, default 0.15
   * @param servicesPerMember the services one active member can carry, default 0.5: two people
   *     per service. A team carries at least one service
   * @param knowledgeRiskShare one person with at least this share of a service's recent
   *     changes is a knowledge risk, default 0.8
   */
  public record Ownership(
      Double clearOwnerShare,
      Double closeMargin,
      Double servicesPerMember,
      Double knowledgeRiskShare) {

    public static final Ownership DEFAULT = new Ownership(null, null, null, null);

    public Ownership {
      clearOwnerShare = clearOwnerShare == null ? 0.5 : clearOwnerShare;
      closeMargin = closeMargin == null ? 0.15 : closeMargin;
      servicesPerMember = servicesPerMember == null ? 0.5 : servicesPerMember;
      knowledgeRiskShare = knowledgeRiskShare == null ? 0.8 : knowledgeRiskShare;
      fraction(clearOwnerShare, "clearOwnerShare");
      fraction(closeMargin, "closeMargin");
      positive(servicesPerMember, "servicesPerMember");
      fraction(knowledgeRiskShare, "knowledgeRiskShare");
    }

    /** Returns the number of services a team with this many active members can carry. */
    public int capacity(int activeMembers) {
      return Math.max(1, (int) Math.floor(activeMembers * servicesPerMember + 1e-9));
    }
  }

  private static void positive(double value, String key) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(key + " must be a number above 0, was " + value);
    }
  }

  private static void atLeastOne(int value, String key) {
    if (value < 1) {
      throw new IllegalArgumentException(key + " must be at least 1, was " + value);
    }
  }

  private static void fraction(double value, String key) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(key + " must be between 0 and 1, was " + value);
    }
  }

  /**
   * The settings of the migration plan; each one left out has the default that the plan stage
   * documents. Availabilities are percentages, such as {@code 99.95}.
   *
   * @param tiers the tier, 1 to 4, of each named service, instead of the inferred tier
   * @param targets the availability target of each tier, by tier; a tier left out has its
   *     default of {@link #DEFAULT_TARGETS}
   * @param availability the availability of one instance of an extracted service, default
   *     {@value #DEFAULT_AVAILABILITY}
   * @param serviceAvailability the availability of one instance of the named services
   * @param async dependencies between services that are, or will be made, asynchronous, as
   *     {@code "from -> to"}
   */
  public record Planning(
      Map<String, Integer> tiers,
      Map<Integer, Double> targets,
      Double availability,
      Map<String, Double> serviceAvailability,
      List<String> async) {

    /** The availability target of each tier, in percent, unless the file sets another. */
    public static final Map<Integer, Double> DEFAULT_TARGETS =
        Map.of(1, 99.95, 2, 99.9, 3, 99.5, 4, 99.0);

    /** The availability of one instance of an extracted service, in percent. */
    public static final double DEFAULT_AVAILABILITY = 99.9;

    static final Planning DEFAULT = new Planning(null, null, null, null, null);

    public Planning {
      tiers = tiers == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(tiers));
      SortedMap<Integer, Double> allTargets = new TreeMap<>(DEFAULT_TARGETS);
      if (targets != null) {
        allTargets.putAll(targets);
      }
      targets = Collections.unmodifiableSortedMap(allTargets);
      availability = availability == null ? DEFAULT_AVAILABILITY : availability;
      serviceAvailability = serviceAvailability == null ? Map.of()
          : Collections.unmodifiableSortedMap(new TreeMap<>(serviceAvailability));
      async = async == null ? List.of() : List.copyOf(async);
    }
  }
}
