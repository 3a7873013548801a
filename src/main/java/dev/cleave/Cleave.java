package dev.cleave;

import dev.cleave.cluster.ChangeHistory;
import dev.cleave.cluster.ClusterInput;
import dev.cleave.cluster.ClusterSettings;
import dev.cleave.cluster.ClusterStage;
import dev.cleave.data.TableAccess;
import dev.cleave.evaluate.EvaluateStage;
import dev.cleave.evaluate.GroundTruth;
import dev.cleave.check.Baseline;
import dev.cleave.check.CheckStage;
import dev.cleave.check.InitialDeclaration;
import dev.cleave.cluster.ClusterStage;
import dev.cleave.config.ConfigLoader;
import dev.cleave.graph.DependencyGraphs;
import dev.cleave.graph.GraphStage;
import dev.cleave.history.HistoryLog;
import dev.cleave.history.HistoryStage;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.DataAccess;
import dev.cleave.model.Conformance;
import dev.cleave.model.Diagnostic;
import dev.cleave.model.Evaluation;
import dev.cleave.model.ExcludedFiles;
import dev.cleave.model.History;
import dev.cleave.model.Metrics;
import dev.cleave.model.Ownership;
import dev.cleave.model.Plan;
import dev.cleave.model.Progress;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.ProjectSummary;
import dev.cleave.model.Proposal;
import dev.cleave.model.Structure;
import dev.cleave.parse.FileFacts;
import dev.cleave.parse.ParseStage;
import dev.cleave.parse.ParsedSources;
import dev.cleave.plan.ChangeSignals;
import dev.cleave.plan.OwnershipAnalysis;
import dev.cleave.plan.PlanInput;
import dev.cleave.plan.PlanSettings;
import dev.cleave.plan.PlanStage;
import dev.cleave.resolve.Resolution;
import dev.cleave.report.Reports;
import dev.cleave.resolve.ResolveStage;
import dev.cleave.source.ExcludedFile;
import dev.cleave.source.InvalidOutputException;
import dev.cleave.source.SourceDiscovery;
import dev.cleave.source.SourceSet;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Cleave's pipeline: it finds the sources, reads the git history, parses the sources,
 * resolves their dependencies, builds the graphs, proposes services or checks the code against
 * the services the project declares, and finds the owner of each service.
 *
 * <p>This is the one place that knows the order of the stages. The command line and the Maven
 * plugin build {@link AnalysisOptions} and call {@link #analyze}; each stage reads only the
 * results of the stages before it.
 */
public final class Cleave {

  private static final Logger LOG = LoggerFactory.getLogger(Cleave.class);

  /**
   * The modularity resolution that drift from declared services is measured at: modularity's
   * own, since no clustering run chose one.
   */
  static final double DRIFT_RESOLUTION = 1.0;

  private final AnalysisOptions options;
  private final Progress progress;

  public Cleave(AnalysisOptions options, Progress progress) {
    this.options = options;
    this.progress = progress;
  }

  /**
   * Analyses the root and writes every report format into the options' output folder.
   *
   * <p>The report appears only when it is complete: a run that fails or runs out of memory
   * leaves the previous report as it was.
   *
   * @param skippedFolders folders that discovery must not enter besides the output folder
   * @return the analysis and the path of the report's main page
   * @throws OutOfMemoryException if the heap ran out while analysing or rendering
   * @throws InvalidOutputException if the output folder is the analysed folder, contains it or
   *     lies in one of its source folders
   * @throws NoJavaSourcesException if the root holds no Java file to analyse
   * @throws IOException if the root cannot be walked or the report cannot be written
   */
  public Result analyzeAndWrite(List<Path> skippedFolders) throws IOException {
    if (options.output() == null) {
      throw new IllegalArgumentException("the options name no output folder");
    }
    Analysis analysis = analyze(skippedFolders);
    try {
      progress.start("report", 0);
      Path page = Reports.write(analysis, options.output(), version(), options.formats());
      progress.finish();
      return new Result(analysis, page);
    } catch (OutOfMemoryError e) {
      throw OutOfMemoryException.of(e);
    }
  }

  /**
   * The outcome of a run that wrote its report.
   *
   * @param analysis what was found
   * @param page the report's main page
   */
  public record Result(Analysis analysis, Path page) {}

  /**
   * Analyses the root of the options.
   *
   * @param skippedFolders folders that discovery must not enter besides the output folder
   * @throws OutOfMemoryException if the heap ran out
   * @throws InvalidOutputException if the output folder is the analysed folder, contains it or
   *     lies in one of its source folders
   * @throws NoJavaSourcesException if the root holds no Java file to analyse
   * @throws InvalidSettingsException if the clustering settings or the ground truth are invalid
   * @throws IOException if the root cannot be walked
   */
  public Analysis analyze(List<Path> skippedFolders) throws IOException {
    try {
      return runStages(skippedFolders);
    } catch (OutOfMemoryError e) {
      throw OutOfMemoryException.of(e);
    } catch (ExceptionInInitializerError e) {
      if (e.getCause() instanceof OutOfMemoryError cause) {
        throw OutOfMemoryException.of(cause);
      }
      throw e;
    }
  }

  /** Runs the stages; the caller's frame keeps no reference to their results after a failure. */
  private Analysis runStages(List<Path> skippedFolders) throws IOException {
    long start = System.nanoTime();
    GlobPatterns.check(options);
    Baseline baseline = readBaseline();
    PlanSettings planSettings = planSettings();
    progress.start("discover", 0);
    SourceSet sources = new SourceDiscovery(options, skippedFolders).discover();
    progress.finish();
    if (sources.files().isEmpty()) {
      throw new NoJavaSourcesException(options.root(), sources);
    }
    HistoryLog changes = new HistoryStage(options, progress).read();

    ParsedSources parsed = new ParseStage(options.threads(), progress,
        ParseStage.allowsLegacyNames(options.languageLevel())).parse(sources);
    Resolution resolution = new ResolveStage(options.threads(), progress).resolve(parsed);
    progress.start("graph", 0);
    DependencyGraphs graphs = GraphStage.build(resolution.classes(), resolution.dependencies());
    progress.finish();
    Structure structure = new Structure(
        resolution.classes(),
        resolution.dependencies(),
        resolution.metadataDependencies(),
        resolution.libraryDependencies(),
        resolution.libraryUsage(),
        resolution.unresolved(),
        graphs.packageDependencies(),
        graphs.packageCycles());

    progress.start("data", 0);
    DataAccess data = TableAccess.of(resolution);
    History history = changes.summarise(resolution.classes());
    ChangeHistory signals = signals(history);
    progress.finish();
    progress.start("cluster", 0);
    CheckStage.Result decomposition = decompose(resolution, data, signals, baseline);
    progress.finish();
    Proposal proposal = decomposition.proposal();
    Metrics metrics = EvaluateStage.measure(proposal, resolution.dependencies(),
        signals.authors());
    progress.start("plan", 0);
    Ownership ownership = new OwnershipAnalysis(options.config().ownership())
        .analyse(proposal, resolution.classes(), history);
    Plan plan = new PlanStage(planSettings).plan(new PlanInput(resolution.classes(),
        parsed.files(), resolution.dependencies(), data, proposal,
        ChangeSignals.of(history, ownership)));
    progress.finish();

    Analysis analysis = new Analysis(summary(parsed, resolution.failedFiles()), structure,
        proposal, resolution.diagnostics(), metrics, evaluate(proposal, resolution),
        decomposition.conformance(), history, ownership, plan);
    LOG.info("analysed {} files in {} ms", sources.files().size(),
        (System.nanoTime() - start) / 1_000_000);
    return analysis;
  }

  /** Returns the history's co-change pairs and per-class authors, as the clustering reads them. */
  private static ChangeHistory signals(History history) {
    List<ChangeHistory.CoChangePair> pairs = history.coChanges().stream()
        .map(pair -> new ChangeHistory.CoChangePair(pair.first(), pair.second(), pair.degree()))
        .toList();
    SortedMap<String, SortedSet<String>> authors = new TreeMap<>();
    history.classes().forEach((id, stats) -> authors.put(id, new TreeSet<>(stats.authors())));
    return new ChangeHistory(pairs, authors);
  }

  private Proposal propose(Resolution resolution, DataAccess data, ChangeHistory history)
      throws InvalidSettingsException {
    try {
      ClusterSettings settings = ClusterSettings.of(options.config().clustering(),
          options.services(), options.minServiceSize(), options.maxServiceSize(), options.seed());
      ClusterInput input = new ClusterInput(resolution.classes(), resolution.dependencies(),
          data, resolution.terms(), history);
      return new ClusterStage(settings, options.threads()).propose(input);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException("invalid clustering settings: " + e.getMessage());
    }
  }

  private PlanSettings planSettings() throws InvalidSettingsException {
    try {
      return PlanSettings.of(options.config());
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException("invalid plan settings in cleave.yaml: "
          + e.getMessage());
    }
  }

  private Evaluation evaluate(Proposal proposal, Resolution resolution) throws IOException {
    if (options.truth() == null) {
      return null;
    }
    Evaluation evaluation;
    try {
      evaluation = EvaluateStage.evaluate(proposal, resolution.classes(),
          options.truth().getFileName().toString(), GroundTruth.read(options.truth()));
    } catch (GroundTruth.InvalidTruthException e) {
      throw new InvalidSettingsException(e.getMessage());
    }
    // With no class in common every measure is vacuously perfect, which would read as a match.
    if (evaluation.scoredClasses() == 0) {
      throw new InvalidSettingsException("no class of " + options.truth() + " is in the"
          + " analysis (" + evaluation.missingClasses().size() + " listed); write each line as"
          + " the fully qualified class name, a comma and the service");
    }
    return evaluation;
  }

  /**
   * Proposes services by clustering, or, when the project declares services, checks the code
   * against them and keeps them as the proposal.
   */
  private CheckStage.Result decompose(Resolution resolution, DataAccess data,
      ChangeHistory history, Baseline baseline) throws IOException {
    ProjectConfig config = options.config();
    if (!config.declaresServices()) {
      return new CheckStage.Result(propose(resolution, data, history), Conformance.NONE);
    }
    Path file = options.configFile();
    SortedMap<String, Integer> lines =
        file == null ? Collections.emptySortedMap() : ConfigLoader.lines(file);
    return new CheckStage(config, declarationPath(), lines, baseline, options.seed(),
        DRIFT_RESOLUTION)
        .check(resolution.classes(), resolution.dependencies());
  }

  /** Reads the baseline first, so that a bad file fails the run before the long stages. */
  private Baseline readBaseline() throws IOException {
    if (options.baseline() == null || !options.config().declaresServices()) {
      return Baseline.EMPTY;
    }
    return Baseline.read(options.baseline());
  }

  /** Returns the declaration file as violations name it: relative to the root if inside it. */
  private String declarationPath() throws IOException {
    Path file = options.configFile();
    if (file == null) {
      return ProjectConfig.FILE_NAME;
    }
    Path absolute = file.toAbsolutePath().normalize();
    Path root = options.root().toRealPath();
    Path real = Files.exists(absolute) ? absolute.toRealPath() : absolute;
    if (!real.startsWith(root)) {
      return absolute.toString();
    }
    return root.relativize(real).toString().replace(java.io.File.separatorChar, '/');
  }

  /**
   * Returns a declaration of the analysis's proposal that a team can edit and check against,
   * keeping the other settings.
   */
  public static ProjectConfig declarationOf(Analysis analysis, ProjectConfig settings) {
    return InitialDeclaration.of(analysis.proposal(), analysis.structure().classes(), settings);
  }

  /**
   * Writes a baseline that accepts every violation of the analysis.
   *
   * @throws Baseline.InvalidBaselineException if the file exists and is not a baseline
   */
  public static void writeBaseline(Analysis analysis, Path file) throws IOException {
    Baseline.write(file, analysis.conformance().violations());
  }

  private static ProjectSummary summary(ParsedSources parsed, int unresolvedFiles) {
    SourceSet sources = parsed.sources();
    long lines = 0;
    int unparsed = unresolvedFiles;
    for (FileFacts file : parsed.files()) {
      lines += file.lines();
      if (!file.parsed()) {
        unparsed++;
      }
    }
    Map<ExcludedFile.Reason, List<String>> byReason = new TreeMap<>();
    for (ExcludedFile file : sources.excluded()) {
      byReason.computeIfAbsent(file.reason(), k -> new ArrayList<>()).add(file.path());
    }
    // A file or folder that could not be read is as missing from the results as a file that
    // did not parse or resolve, so all of them make the analysis partial.
    unparsed += byReason.getOrDefault(ExcludedFile.Reason.UNREADABLE, List.of()).size();
    List<ExcludedFiles> excluded = new ArrayList<>();
    byReason.forEach((reason, paths) -> excluded.add(new ExcludedFiles(reason.description(),
        paths.size(), paths.subList(0, Math.min(paths.size(), ExcludedFiles.MAX_EXAMPLES)))));
    return new ProjectSummary(sources.projectName(), sources.modules(), sources.files().size(),
        lines, excluded, unparsed);
  }

  /** Thrown when the analysed folder holds no Java source to analyse. */
  public static final class NoJavaSourcesException extends IOException {
    private final transient SourceSet sources;

    NoJavaSourcesException(Path root, SourceSet sources) {
      super("no Java source files to analyse in " + root
          + (sources.excluded().isEmpty() ? ""
              : " (" + sources.excluded().size() + " left out: "
                  + sources.excludedCounts().keySet().iterator().next().description() + ")"));
      this.sources = sources;
    }

    public SourceSet sources() {
      return sources;
    }
  }

  /** Thrown when the settings or inputs the user gave cannot be used; the message says why. */
  public static final class InvalidSettingsException extends IOException {
    private static final long serialVersionUID = 1L;

    InvalidSettingsException(String message) {
      super(message);
    }
  }

  /**
   * Thrown when the heap ran out during a run. It is created after the stages' frames have
   * unwound, so their results can be collected, and it carries the heap in use at that moment,
   * before the next garbage collection frees them.
   */
  public static final class OutOfMemoryException extends RuntimeException {
    private final long usedBytes;
    private final long maxBytes;

    OutOfMemoryException(long usedBytes, long maxBytes, OutOfMemoryError cause) {
      super(String.format(Locale.ROOT, "out of memory (heap: %d MB used of %d MB maximum)",
          usedBytes >> 20, maxBytes >> 20), cause);
      this.usedBytes = usedBytes;
      this.maxBytes = maxBytes;
    }

    static OutOfMemoryException of(OutOfMemoryError cause) {
      MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      long max = heap.getMax() > 0 ? heap.getMax() : Runtime.getRuntime().maxMemory();
      return new OutOfMemoryException(heap.getUsed(), max, cause);
    }

    /** Returns the heap in use when the error reached the run, in bytes. */
    public long usedBytes() {
      return usedBytes;
    }

    /** Returns the largest heap this JVM may use, in bytes, as {@code -Xmx} sets it. */
    public long maxBytes() {
      return maxBytes;
    }
  }

  /** Returns Cleave's version, as the build recorded it. */
  public static String version() {
    try (var in = Cleave.class.getResourceAsStream("/dev/cleave/cleave.properties")) {
      java.util.Properties properties = new java.util.Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Returns the diagnostics that make an analysis partial: files that could not be analysed. */
  public static List<Diagnostic> errors(Analysis analysis) {
    return analysis.diagnostics().stream()
        .filter(d -> d.severity() == Diagnostic.Severity.ERROR)
        .toList();
  }
}
