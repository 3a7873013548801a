package dev.cleave.model;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Settings of one analysis run, shared by the command line and the Maven plugin.
 *
 * @param root the folder to analyse
 * @param output the folder the reports go to, or {@code null} for {@code reports/<project>}
 * @param threads worker threads for parsing and resolution, at least 1
 * @param includeTests whether test sources are analysed
 * @param encoding the encoding of every source file, or {@code null} to use the encoding that
 *     the build declares and else UTF-8, falling back per file to windows-1252
 * @param followLinks whether symbolic links inside the root are followed
 * @param seed the seed of every randomised step, so that the same input gives the same result
 * @param config the settings of the project's {@code cleave.yaml}
 * @param services the number of services to aim for, or {@code null} for the project's setting
 *     or the automatic choice
 * @param minServiceSize the fewest classes of a service, or {@code null} for the project's
 *     setting or the default
 * @param maxServiceSize the most classes of a service, or {@code null} for the project's
 *     setting or the default
 * @param truth a ground-truth file to evaluate the proposal against, or {@code null}
 * @param configFile the file the settings were read from, or {@code null} if there is none;
 *     violations of the declaration point into it
 * @param includes glob patterns of paths, relative to the root, to analyse besides those of
 *     {@code analysis.include}; when both are empty, every Java file is a candidate
 * @param excludes glob patterns of paths, relative to the root, to leave out besides those of
 *     {@code analysis.exclude}
 * @param formats the report formats to write
 * @param baseline the file of accepted violations, or {@code null} to accept none
 * @param languageLevel the Java release the build declares, such as {@code 1.4}, {@code 8} or
 *     {@code 17}, or {@code null} if unknown. Files are always parsed at the newest level first;
 *     the retry at Java 1.4, for code that uses {@code enum} or {@code assert} as names, is
 *     made only when the level is unknown or older than Java 5
 * @param readHistory whether the git history is read for teams, ownership and co-change
 * @param since the first day of history to read, or {@code null} for all of it; it overrides
 *     {@code history.since} of the configuration
 * @param showAuthors whether reports show authors' names and emails; by default they show
 *     stable pseudonyms only
 */
public record AnalysisOptions(
    Path root,
    Path output,
    int threads,
    boolean includeTests,
    Charset encoding,
    boolean followLinks,
    long seed,
    ProjectConfig config,
    Integer services,
    Integer minServiceSize,
    Integer maxServiceSize,
    Path truth,
    Path configFile,
    List<String> includes,
    List<String> excludes,
    Set<ReportFormat> formats,
    Path baseline,
    String languageLevel,
    boolean readHistory,
    LocalDate since,
    boolean showAuthors) {

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 42L;

  /** The formats written when none are chosen: all of them, iterated in declaration order. */
  public static final Set<ReportFormat> DEFAULT_FORMATS =
      Collections.unmodifiableSet(EnumSet.allOf(ReportFormat.class));

  public AnalysisOptions {
    Objects.requireNonNull(root, "root");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    config = config == null ? ProjectConfig.defaults() : config;
    requirePositive("services", services);
    requirePositive("minServiceSize", minServiceSize);
    requirePositive("maxServiceSize", maxServiceSize);
    includes = includes == null ? List.of() : List.copyOf(includes);
    excludes = excludes == null ? List.of() : List.copyOf(excludes);
    formats = formats == null || formats.isEmpty()
        ? DEFAULT_FORMATS : Collections.unmodifiableSet(EnumSet.copyOf(formats));
  }

  private static void requirePositive(String name, Integer value) {
    if (value != null && value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }

  /**
   * Returns a builder with the defaults: all cores, main sources only, seed 42, history read,
   * authors pseudonymised.
   */
  public static Builder builder(Path root) {
    return new Builder(root);
  }

  /** Returns a builder that starts from these options. */
  public Builder toBuilder() {
    return new Builder(root)
        .output(output)
        .threads(threads)
        .includeTests(includeTests)
        .encoding(encoding)
        .followLinks(followLinks)
        .seed(seed)
        .config(config)
        .services(services)
        .minServiceSize(minServiceSize)
        .maxServiceSize(maxServiceSize)
        .truth(truth)
        .configFile(configFile)
        .includes(includes)
        .excludes(excludes)
        .formats(formats)
        .baseline(baseline)
        .languageLevel(languageLevel)
        .readHistory(readHistory)
        .since(since)
        .showAuthors(showAuthors);
  }

  /** Builds {@link AnalysisOptions} one setting at a time. */
  public static final class Builder {
    private final Path root;
    private Path output;
    private int threads = Runtime.getRuntime().availableProcessors();
    private boolean includeTests;
    private Charset encoding;
    private boolean followLinks;
    private long seed = DEFAULT_SEED;
    private ProjectConfig config = ProjectConfig.defaults();
    private Integer services;
    private Integer minServiceSize;
    private Integer maxServiceSize;
    private Path truth;
    private Path configFile;
    private List<String> includes = List.of();
    private List<String> excludes = List.of();
    private Set<ReportFormat> formats = DEFAULT_FORMATS;
    private Path baseline;
    private String languageLevel;
    private boolean readHistory = true;
    private LocalDate since;
    private boolean showAuthors;

    private Builder(Path root) {
      this.root = root;
    }

    public Builder output(Path value) {
      this.output = value;
      return this;
    }

    public Builder threads(int value) {
      this.threads = value;
      return this;
    }

    public Builder includeTests(boolean value) {
      this.includeTests = value;
      return this;
    }

    public Builder encoding(Charset value) {
      this.encoding = value;
      return this;
    }

    public Builder followLinks(boolean value) {
      this.followLinks = value;
      return this;
    }

    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    public Builder config(ProjectConfig value) {
      this.config = value;
      return this;
    }

    public Builder services(Integer value) {
      this.services = value;
      return this;
    }

    public Builder minServiceSize(Integer value) {
      this.minServiceSize = value;
      return this;
    }

    public Builder maxServiceSize(Integer value) {
      this.maxServiceSize = value;
      return this;
    }

    public Builder truth(Path value) {
      this.truth = value;
      return this;
    }

    public Builder configFile(Path value) {
      this.configFile = value;
      return this;
    }

    public Builder includes(List<String> value) {
      this.includes = value;
      return this;
    }

    public Builder excludes(List<String> value) {
      this.excludes = value;
      return this;
    }

    public Builder formats(Set<ReportFormat> value) {
      this.formats = value;
      return this;
    }

    public Builder baseline(Path value) {
      this.baseline = value;
      return this;
    }

    public Builder languageLevel(String value) {
      this.languageLevel = value;
      return this;
    }

    public Builder readHistory(boolean value) {
      this.readHistory = value;
      return this;
    }

    public Builder since(LocalDate value) {
      this.since = value;
      return this;
    }

    public Builder showAuthors(boolean value) {
      this.showAuthors = value;
      return this;
    }

    public AnalysisOptions build() {
      return new AnalysisOptions(root, output, threads, includeTests, encoding, followLinks, seed,
          config, services, minServiceSize, maxServiceSize, truth, configFile, includes,
          excludes, formats, baseline, languageLevel, readHistory, since, showAuthors);
    }
  }
}
