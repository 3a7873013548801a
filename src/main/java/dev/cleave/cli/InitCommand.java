package dev.cleave.cli;

import dev.cleave.Cleave;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.ExitCode;
import dev.cleave.model.ProjectConfig;
import dev.cleave.report.DeclarationYaml;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * The {@code cleave init} command: proposes services for a folder and writes them, with the
 * analysis settings, as the folder's {@code cleave.yaml}, ready for the team to edit.
 *
 * <p>Services already declared in an existing {@code cleave.yaml} are ignored for the proposal,
 * and the file is replaced only with {@code --force}; its analysis settings are kept.
 */
final class InitCommand {

  static final String NAME = "init";

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;

  InitCommand(PrintWriter out, PrintWriter err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  static Options options() {
    Options options = new Options();
    options.addOption(Option.builder().longOpt("force")
        .desc("replace an existing cleave.yaml (default: stop if there is one)").get());
    options.addOption(Option.builder("t").longOpt("threads").hasArg().argName("count")
        .desc("worker threads for parsing and resolution (default: the number of cores)").get());
    options.addOption(Option.builder().longOpt("include-tests")
        .desc("put test sources in the services too, and record it in cleave.yaml").get());
    options.addOption(Option.builder().longOpt("encoding").hasArg().argName("charset")
        .desc("the encoding of all source files, recorded in cleave.yaml (default: the"
            + " POM's project.build.sourceEncoding, else UTF-8)").get());
    options.addOption(Option.builder().longOpt("follow-links")
        .desc("follow symbolic links that stay inside the folder (default: do not follow)").get());
    options.addOption(Option.builder().longOpt("seed").hasArg().argName("number")
        .desc("seed of the clustering; the same seed gives the same services (default: "
            + AnalysisOptions.DEFAULT_SEED + ")").get());
    options.addOption(Option.builder().longOpt("debug")
        .desc("print stack traces of internal errors").get());
    options.addOption(Option.builder("h").longOpt("help").desc("print this help").get());
    return options;
  }

  ExitCode run(String[] args) throws UsageException, IOException {
    Options options = options();
    CommandLine line;
    try {
      line = DefaultParser.builder().setAllowPartialMatching(false).get().parse(options, args);
    } catch (ParseException e) {
      throw new UsageException(e.getMessage() + " (see cleave " + NAME + " --help)");
    }
    if (line.hasOption("help")) {
      HelpFormatter.builder().get().printHelp(out, 100, "cleave " + NAME + " [options]"
          + " [folder]", null, options, 2, 2, null, false);
      return ExitCode.SUCCESS;
    }
    AnalysisOptions base = CleaveCommandLine.AnalyzeArguments.of(line);
    Path target = base.root().resolve(ProjectConfig.FILE_NAME);
    if (Files.exists(target) && !line.hasOption("force")) {
      throw new UsageException(target + " exists already; edit it, or pass --force to replace"
          + " it with a new proposal (its analysis settings are kept)");
    }
    ProjectConfig settings = settings(base);
    AnalysisOptions analysisOptions = base.toBuilder().config(settings).build();
    Analysis analysis;
    try {
      analysis = new Cleave(analysisOptions, new ConsoleProgress(err, terminal))
          .analyze(List.of(analysisOptions.output()));
    } catch (Cleave.NoJavaSourcesException e) {
      throw new UsageException(e.getMessage());
    }
    ProjectConfig declaration = Cleave.declarationOf(analysis, settings);
    write(target, DeclarationYaml.write(declaration));
    out.printf("Wrote %s: %d services with %d classes, and the dependencies between them as"
        + " allowed.%n", target, declaration.services().size(),
        analysis.structure().classes().size());
    out.println("Set each service's team and tier, move what belongs elsewhere, then run:"
        + " cleave check " + base.root());
    out.println("Until every service names its team, check reports it as an ownership"
        + " violation and exits with code 1.");
    return ExitCode.SUCCESS;
  }

  /**
   * Returns the existing settings without declared services, with the test and encoding
   * choices of the command line recorded, so that a later check reads the same files.
   */
  private static ProjectConfig settings(AnalysisOptions base) {
    ProjectConfig.Analysis analysis = base.config().analysis();
    String encoding = base.encoding() == null ? analysis.encoding() : base.encoding().name();
    ProjectConfig.Analysis recorded = new ProjectConfig.Analysis(base.includeTests(), encoding,
        analysis.include(), analysis.exclude());
    return base.config().withoutDeclaration().withAnalysis(recorded);
  }

  /** Writes the file through a temporary file beside it, so no reader sees half of it. */
  private static void write(Path target, String text) throws IOException {
    Path temporary = Files.createTempFile(target.getParent(), ".cleave", ".yaml.tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
