package dev.cleave.maven;

import dev.cleave.Cleave;
import dev.cleave.HugeMethods;
import dev.cleave.RunFailures;
import dev.cleave.config.ConfigException;
import dev.cleave.config.ConfigLoader;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.ExitCode;
import dev.cleave.model.JavaRelease;
import dev.cleave.model.Progress;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The parameters that the goals share, and their mapping onto {@link AnalysisOptions}, the
 * options record the command line builds too.
 *
 * <p>The goals are aggregators: they analyse the whole build once, from the root of the
 * reactor, however many modules inherit their binding.
 */
abstract class CleaveMojo extends AbstractMojo {

  /** The baseline file that is used when the folder has one and no other is named. */
  static final String DEFAULT_BASELINE = "cleave-baseline.json";

  /** Skips the goal. */
  @Parameter(property = "cleave.skip", defaultValue = "false")
  boolean skip;

  /** The folder to analyse: the folder Maven was started in. */
  @Parameter(property = "cleave.root", defaultValue = "${session.executionRootDirectory}")
  File root;

  /** The folder the report is written to. */
  @Parameter(property = "cleave.outputDirectory",
      defaultValue = "${project.build.directory}/cleave")
  File outputDirectory;

  /** Whether the git history is read for teams, owners and co-change. */
  @Parameter(property = "cleave.readHistory", defaultValue = "true")
  boolean readHistory;

  /** The first day of git history to read, as an ISO date such as 2024-01-31; all by default. */
  @Parameter(property = "cleave.since")
  String since;

  /** Whether the report shows authors' names and emails instead of pseudonyms. */
  @Parameter(property = "cleave.showAuthors", defaultValue = "false")
  boolean showAuthors;

  /** The project settings and declared services; default: {@code cleave.yaml} in the root. */
  @Parameter(property = "cleave.configFile")
  File configFile;

  /**
   * Glob patterns of paths, relative to the root, to analyse, besides those of
   * {@code analysis.include}; default: every Java file.
   */
  @Parameter(property = "cleave.includes")
  List<String> includes;

  /** Glob patterns of paths, relative to the root, to leave out, besides {@code analysis.exclude}. */
  @Parameter(property = "cleave.excludes")
  List<String> excludes;

  /** The report formats to write: {@code html}, {@code json}, {@code sarif}; default: all. */
  @Parameter(property = "cleave.formats")
  List<String> formats;

  /**
   * The file of accepted violations; default: {@code cleave-baseline.json} in the root, if
   * present.
   */
  @Parameter(property = "cleave.baseline")
  File baseline;

  /** Worker threads; 0 means one per core. */
  @Parameter(property = "cleave.threads", defaultValue = "0")
  int threads;

  /** Whether test sources are analysed too. */
  @Parameter(property = "cleave.includeTests", defaultValue = "false")
  boolean includeTests;

  /** The encoding of the sources; the POM's source encoding by default. */
  @Parameter(property = "cleave.encoding", defaultValue = "${project.build.sourceEncoding}")
  String encoding;

  /** The seed of the clustering. */
  @Parameter(property = "cleave.seed", defaultValue = "42")
  long seed;

  /**
   * Whether a partial analysis, where some files could not be read or parsed, fails the build.
   * By default it logs a warning.
   */
  @Parameter(property = "cleave.failOnPartial", defaultValue = "false")
  boolean failOnPartial;

  @Parameter(defaultValue = "${session}", readonly = true, required = true)
  MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /**
   * Returns whether this execution is the one at the reactor root. A goal bound in a parent
   * POM is inherited by every module, but the whole build is analysed once.
   */
  boolean isReactorRoot() {
    if (session == null || project == null) {
      return true;
    }
    List<MavenProject> projects = session.getProjects();
    MavenProject top = session.getTopLevelProject();
    if (top != null && projects.contains(top)) {
      return project == top || project.equals(top);
    }
    return projects.isEmpty() || project.equals(projects.get(0));
  }

  /** Returns the options of the run, with the settings read from the configuration file. */
  AnalysisOptions options() throws MojoExecutionException, MojoFailureException {
    if (HugeMethods.interpreted()) {
      getLog().info("Cleave: the analysis runs faster when the JVM compiles huge methods with"
          + " C1: add " + String.join(" ", HugeMethods.FLAGS) + " to MAVEN_OPTS or"
          + " .mvn/jvm.config");
    }
    Path rootPath = root.toPath().toAbsolutePath().normalize();
    if (!root.isDirectory()) {
      failBuild(ExitCode.USAGE, "cleave.root is not a folder: " + root, null);
    }
    Path config = configFile == null
        ? rootPath.resolve(ProjectConfig.FILE_NAME) : configFile.toPath().toAbsolutePath();
    if (configFile != null && !Files.isRegularFile(config)) {
      throw new MojoFailureException("Cleave: cleave.configFile not found: " + config);
    }
    ProjectConfig settings;
    try {
      settings = ConfigLoader.load(config);
    } catch (ConfigException e) {
      throw new MojoFailureException("Cleave: " + e.getMessage(), e);
    }
    AnalysisOptions.Builder options = AnalysisOptions.builder(rootPath)
        .output(outputDirectory.toPath().toAbsolutePath().normalize())
        .includeTests(includeTests || Boolean.TRUE.equals(settings.analysis().includeTests()))
        .seed(seed)
        .config(settings)
        .configFile(Files.isRegularFile(config) ? config : null)
        .includes(includes)
        .excludes(excludes)
        .formats(formats())
        .baseline(baselineFile(rootPath))
        .languageLevel(oldestRelease())
        .readHistory(readHistory)
        .showAuthors(showAuthors);
    if (since != null && !since.isBlank()) {
      try {
        options.since(LocalDate.parse(since.strip()));
      } catch (DateTimeParseException e) {
        throw new MojoFailureException(
            "Cleave: cleave.since must be an ISO date such as 2024-01-31, was: " + since);
      }
    }
    if (threads > 0) {
      options.threads(threads);
    }
    String charset = settings.analysis().encoding() != null
        ? settings.analysis().encoding() : encoding;
    if (charset != null && !charset.isBlank()) {
      try {
        options.encoding(Charset.forName(charset.strip()));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new MojoFailureException("Cleave: the source encoding names no encoding that this"
            + " Java supports: " + charset);
      }
    }
    return options.build();
  }

  private Set<ReportFormat> formats() throws MojoFailureException {
    if (formats == null || formats.isEmpty()) {
      return AnalysisOptions.DEFAULT_FORMATS;
    }
    Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
    for (String name : formats) {
      ReportFormat format = ReportFormat.byName(name);
      if (format == null) {
        throw new MojoFailureException("Cleave: cleave.formats names an unknown format '" + name
            + "'; the formats are: " + String.join(", ", Arrays.stream(ReportFormat.values())
                .map(ReportFormat::optionName).toList()));
      }
      chosen.add(format);
    }
    return chosen;
  }

  /** Returns whether the goal writes the baseline rather than reading it. */
  boolean writesBaseline() {
    return false;
  }

  /** Returns the baseline file to read, or {@code null} if there is none. */
  Path baselineFile(Path rootPath) throws MojoFailureException {
    if (baseline == null) {
      Path standard = rootPath.resolve(DEFAULT_BASELINE);
      return Files.isRegularFile(standard) ? standard : null;
    }
    Path file = baseline.toPath().toAbsolutePath().normalize();
    if (!Files.isRegularFile(file) && !writesBaseline()) {
      throw new MojoFailureException("Cleave: cleave.baseline file not found: " + file);
    }
    return file;
  }

  /**
   * Returns the oldest Java release that a project of the reactor declares through
   * {@code maven.compiler.release} or {@code maven.compiler.source}, or {@code null} if a
   * project declares none, which keeps the parser's retry for pre-Java 5 code.
   */
  String oldestRelease() {
    if (session == null) {
      return null;
    }
    String oldest = null;
    List<MavenProject> projects = session.getProjects().isEmpty()
        ? List.of(project) : session.getProjects();
    for (MavenProject module : projects) {
      Properties properties = module.getProperties();
      String release = properties.getProperty("maven.compiler.release",
          properties.getProperty("maven.compiler.source"));
      int feature = JavaRelease.featureOf(release);
      if (feature == JavaRelease.UNKNOWN) {
        return null;
      }
      if (oldest == null || feature < JavaRelease.featureOf(oldest)) {
        oldest = release;
      }
    }
    return oldest;
  }

  /**
   * Runs the analysis and writes the report in the chosen formats. A problem of the analysed
   * project or its settings fails the build; a problem of Cleave or of the machine errs it.
   */
  static Cleave.Result run(AnalysisOptions options)
      throws MojoExecutionException, MojoFailureException {
    try {
      return new Cleave(options, Progress.NONE).analyzeAndWrite(List.of());
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      failBuild(RunFailures.exitCodeOf(e), RunFailures.messageOf(e), e);
      throw new IllegalStateException("failBuild returned for a failure", e);
    }
  }

  /**
   * Ends the goal with the build result that matches an exit code of the command line: a
   * problem of the analysed project or of its settings is a build failure, and a problem of
   * Cleave or of the machine is a build error.
   */
  static void failBuild(ExitCode code, String message, Throwable cause)
      throws MojoExecutionException, MojoFailureException {
    String text = "Cleave: " + message + " (exit code " + code.code() + " on the command line)";
    if (code == ExitCode.SUCCESS) {
      return;
    }
    if (code.isBuildFailure()) {
      MojoFailureException failure = new MojoFailureException(text);
      if (cause != null) {
        failure.initCause(cause);
      }
      throw failure;
    }
    throw new MojoExecutionException(text, cause);
  }

  /**
   * Warns when some files could not be read or parsed, so the results may miss something, or
   * fails the build with {@code failOnPartial}.
   */
  void checkPartial(Analysis analysis, Path page)
      throws MojoExecutionException, MojoFailureException {
    if (analysis.project().partial()) {
      String message = "the analysis is partial: " + analysis.project().unparsedFiles()
          + " files or folders could not be read or parsed completely; see " + page;
      if (failOnPartial) {
        failBuild(ExitCode.PARTIAL, message, null);
      }
      getLog().warn("Cleave: " + message);
    }
  }
}
