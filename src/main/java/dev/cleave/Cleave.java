package dev.cleave;

import dev.cleave.cluster.ClusterStage;
import dev.cleave.graph.DependencyGraphs;
import dev.cleave.graph.GraphStage;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Diagnostic;
import dev.cleave.model.ExcludedFiles;
import dev.cleave.model.Progress;
import dev.cleave.model.ProjectSummary;
import dev.cleave.model.Proposal;
import dev.cleave.model.Structure;
import dev.cleave.parse.FileFacts;
import dev.cleave.parse.ParseStage;
import dev.cleave.parse.ParsedSources;
import dev.cleave.resolve.Resolution;
import dev.cleave.resolve.ResolveStage;
import dev.cleave.source.ExcludedFile;
import dev.cleave.source.SourceDiscovery;
import dev.cleave.source.SourceSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Cleave's pipeline: it finds the sources, parses them, resolves their dependencies, builds
 * the graphs and proposes services.
 *
 * <p>This is the one place that knows the order of the stages. The command line and the Maven
 * plugin build {@link AnalysisOptions} and call {@link #analyze}; each stage reads only the
 * results of the stages before it.
 */
public final class Cleave {

  private static final Logger LOG = LoggerFactory.getLogger(Cleave.class);

  /** The modularity resolution of the first proposal. */
  static final double DEFAULT_RESOLUTION = 1.0;

  private final AnalysisOptions options;
  private final Progress progress;

  public Cleave(AnalysisOptions options, Progress progress) {
    this.options = options;
    this.progress = progress;
  }

  /**
   * Analyses the root of the options.
   *
   * @param skippedFolders folders that discovery must not enter, such as the report output
   * @throws NoJavaSourcesException if the root holds no Java file to analyse
   * @throws IOException if the root cannot be walked
   */
  public Analysis analyze(List<Path> skippedFolders) throws IOException {
    long start = System.nanoTime();
    SourceSet sources = new SourceDiscovery(options, skippedFolders).discover();
    if (sources.files().isEmpty()) {
      throw new NoJavaSourcesException(options.root(), sources);
    }
    ParsedSources parsed = new ParseStage(options.threads(), progress).parse(sources);
    Resolution resolution = new ResolveStage(options.threads(), progress).resolve(parsed);
    DependencyGraphs graphs = GraphStage.build(resolution.classes(), resolution.dependencies());
    Structure structure = new Structure(
        resolution.classes(),
        resolution.dependencies(),
        resolution.metadataDependencies(),
        resolution.libraryDependencies(),
        resolution.libraryUsage(),
        resolution.unresolved(),
        graphs.packageDependencies(),
        graphs.packageCycles());
    Proposal proposal = new ClusterStage(options.seed(), DEFAULT_RESOLUTION)
        .propose(resolution.classes(), resolution.dependencies());
    Analysis analysis = new Analysis(summary(parsed), structure, proposal,
        resolution.diagnostics());
    LOG.info("analysed {} files in {} ms", sources.files().size(),
        (System.nanoTime() - start) / 1_000_000);
    return analysis;
  }

  private static ProjectSummary summary(ParsedSources parsed) {
    SourceSet sources = parsed.sources();
    long lines = 0;
    int unparsed = 0;
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
