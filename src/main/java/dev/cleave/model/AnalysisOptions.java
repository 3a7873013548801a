package dev.cleave.model;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Objects;

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
    Path truth) {

  /** The seed used when none is given. */
  public static final long DEFAULT_SEED = 42L;

  public AnalysisOptions {
    Objects.requireNonNull(root, "root");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    config = config == null ? ProjectConfig.defaults() : config;
    requirePositive("services", services);
    requirePositive("minServiceSize", minServiceSize);
    requirePositive("maxServiceSize", maxServiceSize);
  }

  private static void requirePositive(String name, Integer value) {
    if (value != null && value < 1) {
      throw new IllegalArgumentException(name + " must be at least 1, was " + value);
    }
  }

  /** Returns a builder with the defaults: all cores, main sources only, seed 42. */
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
        .truth(truth);
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

    public AnalysisOptions build() {
      return new AnalysisOptions(root, output, threads, includeTests, encoding, followLinks, seed,
          config, services, minServiceSize, maxServiceSize, truth);
    }
  }
}
