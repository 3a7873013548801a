package dev.cleave.cli;

import dev.cleave.Cleave;
import dev.cleave.check.Baseline;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Conformance;
import dev.cleave.model.ExitCode;
import dev.cleave.model.ProjectConfig;
import dev.cleave.model.ReportFormat;
import dev.cleave.model.Rule;
import dev.cleave.model.Violation;
import dev.cleave.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * The {@code cleave check} command: checks the code against the services {@code cleave.yaml}
 * declares, prints each new violation as {@code path:line: rule: message}, writes the report
 * with {@code cleave.sarif}, and exits with 1 when there are new violations.
 */
final class CheckCommand {

  static final String NAME = "check";

  /** The baseline file that is used when the folder has one and no other is named. */
  static final String DEFAULT_BASELINE = "cleave-baseline.json";

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;

  CheckCommand(PrintWriter out, PrintWriter err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  static Options options() {
    Options options = CleaveCommandLine.analyzeOptions();
    options.addOption(Option.builder().longOpt("baseline").hasArg().argName("file")
        .desc("the file of accepted violations (default: " + DEFAULT_BASELINE + " in the"
            + " folder, if present)").get());
    options.addOption(Option.builder().longOpt("update-baseline")
        .desc("accept every current violation: write them all to the baseline file and exit"
            + " with 0").get());
    options.addOption(Option.builder().longOpt("format").hasArg().argName("list")
        .desc("the report formats to write, separated by commas: html, json, sarif (default:"
            + " all)").get());
    options.addOption(Option.builder().longOpt("include").hasArg().argName("glob")
        .desc("analyse only paths, relative to the folder, that match a glob; repeatable"
            + " (default: all Java files)").get());
    options.addOption(Option.builder().longOpt("exclude").hasArg().argName("glob")
        .desc("leave out paths, relative to the folder, that match a glob; repeatable").get());
    return options;
  }

  ExitCode run(String[] args) throws UsageException, IOException {
    Options options = options();
    CommandLine line = parse(options, args);
    if (line.hasOption("help")) {
      HelpFormatter.builder().get().printHelp(out, 100, "cleave " + NAME
          + " [options] [folder]", null, options, 2, 2, null, false);
      return ExitCode.SUCCESS;
    }

    AnalysisOptions base = CleaveCommandLine.AnalyzeArguments.of(line);
    Path configFile = base.configFile() != null
        ? base.configFile() : base.root().resolve(ProjectConfig.FILE_NAME);
    if (!base.config().declaresServices()) {
      throw new UsageException(configFile + " declares no services, so there is nothing to"
          + " check; run 'cleave init " + base.root() + "' to write the proposed services"
          + " there, then edit them");
    }

    boolean update = line.hasOption("update-baseline");
    Path baseline = baselineOf(line, base.root(), update);
    AnalysisOptions analysisOptions = base.toBuilder()
        .baseline(update ? null : baseline)
        .formats(formats(line))
        .includes(values(line, "include"))
        .excludes(values(line, "exclude"))
        .build();

    Analysis analysis;
    try {
      analysis = new Cleave(analysisOptions, new ConsoleProgress(err, terminal))
          .analyze(List.of(analysisOptions.output()));
    } catch (Cleave.NoJavaSourcesException | Baseline.InvalidBaselineException e) {
      throw new UsageException(e.getMessage());
    }
    Path report = Reports.write(analysis, analysisOptions.output(), Cleave.version(),
        analysisOptions.formats());
    if (update) {
      return updateBaseline(analysis, baseline);
    }
    return report(analysis, report, baseline);
  }

  private ExitCode updateBaseline(Analysis analysis, Path baseline) throws UsageException,
      IOException {
    try {
      Cleave.writeBaseline(analysis, baseline);
    } catch (Baseline.InvalidBaselineException e) {
      throw new UsageException(e.getMessage() + "; Cleave does not overwrite it");
    }
    out.printf("Wrote %s to %s.%n",
        count(analysis.conformance().violations().size(), "accepted violation"), baseline);
    return ExitCode.SUCCESS;
  }

  private ExitCode report(Analysis analysis, Path report, Path baseline) {
    Conformance conformance = analysis.conformance();
    List<Violation> fresh = conformance.newViolations();
    fresh.forEach(out::println);
    int accepted = conformance.violations().size() - fresh.size();
    StringBuilder summary = new StringBuilder();
    summary.append(fresh.isEmpty() ? "No new violations"
        : count(fresh.size(), "new violation") + " (" + byRule(fresh) + ")");
    summary.append(" of the ").append(analysis.proposal().services().size())
        .append(" services declared in cleave.yaml");
    if (accepted > 0) {
      summary.append("; the baseline ").append(baseline.getFileName()).append(" accepts ")
          .append(accepted).append(" more");
    }
    out.println(summary.append('.'));
    if (conformance.staleBaselineEntries() > 0) {
      out.printf("%d entries of the baseline match no violation any more; run with"
          + " --update-baseline to remove them.%n", conformance.staleBaselineEntries());
    }
    if (!conformance.drift().isEmpty()) {
      out.printf("%d classes are tied more strongly to another service than to their own;"
          + " the report lists them.%n", conformance.drift().size());
    }
    if (analysis.project().partial()) {
      err.printf("cleave: warning: the analysis is partial: %d files could not be read or"
          + " parsed completely, so violations in them may be missing; the report lists"
          + " them.%n", analysis.project().unparsedFiles());
    }
    out.println("Report: " + report);
    return fresh.isEmpty() ? ExitCode.SUCCESS : ExitCode.VIOLATIONS;
  }

  /** Returns {@code 1 new violation} or {@code 2 new violations}. */
  static String count(int number, String noun) {
    return number + " " + noun + (number == 1 ? "" : "s");
  }

  /** Returns {@code 2 forbidden-dependency, 1 ownership}, in the order of the rules. */
  private static String byRule(List<Violation> violations) {
    Map<Rule, Integer> counts = new EnumMap<>(Rule.class);
    violations.forEach(v -> counts.merge(v.rule(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((rule, count) -> parts.add(count + " " + rule.id()));
    return String.join(", ", parts);
  }

  private static Path baselineOf(CommandLine line, Path root, boolean update)
      throws UsageException {
    if (!line.hasOption("baseline")) {
      Path standard = root.resolve(DEFAULT_BASELINE);
      return Files.exists(standard) || update ? standard : null;
    }
    Path file;
    try {
      file = Path.of(line.getOptionValue("baseline")).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new UsageException("--baseline is not a valid path: " + line.getOptionValue(
          "baseline"));
    }
    if (!update && !Files.isRegularFile(file)) {
      throw new UsageException("--baseline file not found: " + file + " (write one with"
          + " --update-baseline)");
    }
    return file;
  }

  private static Set<ReportFormat> formats(CommandLine line) throws UsageException {
    if (!line.hasOption("format")) {
      return AnalysisOptions.DEFAULT_FORMATS;
    }
    Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
    for (String name : line.getOptionValue("format").split(",")) {
      ReportFormat format = ReportFormat.byName(name);
      if (format == null) {
        throw new UsageException("--format names an unknown format '" + name.strip()
            + "'; the formats are: " + Arrays.stream(ReportFormat.values())
                .map(ReportFormat::optionName).reduce((a, b) -> a + ", " + b).orElseThrow());
      }
      formats.add(format);
    }
    return formats;
  }

  private static List<String> values(CommandLine line, String option) {
    String[] values = line.getOptionValues(option);
    return values == null ? List.of() : List.of(values);
  }

  private static CommandLine parse(Options options, String[] args) throws UsageException {
    try {
      return DefaultParser.builder().setAllowPartialMatching(false).get().parse(options, args);
    } catch (ParseException e) {
      throw new UsageException(e.getMessage() + " (see cleave " + NAME + " --help)");
    }
  }
}
