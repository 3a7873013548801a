package dev.cleave.cli;

import dev.cleave.Cleave;
import dev.cleave.cluster.ClusterSettings;
import dev.cleave.RunFailures;
import dev.cleave.config.ConfigException;
import dev.cleave.config.ConfigLoader;
import dev.cleave.model.Analysis;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Diagnostic;
import dev.cleave.model.ExitCode;
import dev.cleave.model.ProjectConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * The {@code cleave} command: {@code cleave <command> [options] [folder]}.
 *
 * <p>{@link #run} never throws and never exits: it returns the exit code, and writes what the
 * user must see to the two writers. A stack trace appears only with {@code --debug}.
 */
public final class CleaveCommandLine {

  static final String ANALYZE = "analyze";
  static final String FAIL_ON_PARTIAL = "fail-on-partial";

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;

  /**
   * @param out where results go
   * @param err where errors and progress go
   * @param terminal whether {@code err} is a terminal, which turns on progress bars
   */
  public CleaveCommandLine(PrintWriter out, PrintWriter err, boolean terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** Runs the command and returns its exit code; see {@link ExitCode} for their meanings. */
  public ExitCode run(String... args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    try {
      return dispatch(args);
    } catch (UsageException e) {
      err.println("cleave: " + e.getMessage());
      return ExitCode.USAGE;
    } catch (IOException | RuntimeException | Error e) {
      return fail(e, debug);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Prints one line about what ended the run, and the stack trace only with --debug. */
  private ExitCode fail(Throwable failure, boolean debug) {
    ExitCode code = RunFailures.exitCodeOf(failure);
    String message = "cleave: " + RunFailures.messageOf(failure);
    switch (code) {
      case OUT_OF_MEMORY -> message += "; no report was written. Give Java more memory, for"
          + " example: java -Xmx4g -jar cleave.jar ...";
      case INTERNAL_ERROR -> {
        if (!debug) {
          message += " (run again with --debug for the stack trace)";
        }
      }
      default -> { }
    }
    err.println(message);
    if (debug && code != ExitCode.USAGE) {
      failure.printStackTrace(err);
    }
    return code;
  }

  private ExitCode dispatch(String[] args) throws UsageException, IOException {
    if (args.length == 0) {
      printUsage();
      return ExitCode.USAGE;
    }
    String command = args[0];
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (command) {
      case "--help", "-h", "help" -> {
        printUsage();
        return ExitCode.SUCCESS;
      }
      case "--version", "-V" -> {
        out.println("cleave " + Cleave.version());
        return ExitCode.SUCCESS;
      }
      case ANALYZE -> {
        return analyze(rest);
      }
      case CheckCommand.NAME -> {
        return new CheckCommand(out, err, terminal).run(rest);
      }
      case InitCommand.NAME -> {
        return new InitCommand(out, err, terminal).run(rest);
      }
      default -> throw new UsageException("unknown command '" + command
          + "'; the commands are: " + ANALYZE + ", " + CheckCommand.NAME + ", "
          + InitCommand.NAME + " (see cleave --help)");
    }
  }

  private ExitCode analyze(String[] args) throws UsageException, IOException {
    Options options = analyzeOptions();
    CommandLine line = parse(options, args);
    if (line.hasOption("help")) {
      printHelp(ANALYZE, "[folder]", options);
      return ExitCode.SUCCESS;
    }
    AnalysisOptions analysisOptions = AnalyzeArguments.of(line);
    Cleave cleave = new Cleave(analysisOptions, new ConsoleProgress(err, terminal));
    Cleave.Result result = cleave.analyzeAndWrite(List.of());
    printSummary(result.analysis(), result.page());
    if (result.analysis().project().partial() && line.hasOption(FAIL_ON_PARTIAL)) {
      return ExitCode.PARTIAL;
    }
    return ExitCode.SUCCESS;
  }

  /** Returns the number with the singular or plural noun, as in "1 class" and "2 classes". */
  static String count(long number, String singular, String plural) {
    return number + " " + (number == 1 ? singular : plural);
  }

  private void printSummary(Analysis analysis, Path page) {
    var project = analysis.project();
    out.printf("Analysed %s (%s): %s, %s, %s proposed.%n",
        count(project.files(), "file", "files"), count(project.lines(), "line", "lines"),
        count(analysis.structure().classes().size(), "class", "classes"),
        count(analysis.structure().dependencies().size(), "dependency", "dependencies"),
        count(analysis.proposal().services().size(), "service", "services"));
    List<Diagnostic> errors = Cleave.errors(analysis);
    if (project.partial()) {
      err.printf("cleave: warning: the analysis is partial: %s could not be read or parsed"
          + " completely; the report lists them.%n",
          count(project.unparsedFiles(), "file or folder", "files or folders"));
      errors.stream().limit(10).forEach(d -> err.println(d));
      if (errors.size() > 10) {
        err.printf("... and %d more in analysis.json%n", errors.size() - 10);
      }
    }
    var conformance = analysis.conformance();
    if (conformance.declared()) {
      out.printf("Checked against the %d services of cleave.yaml: %d violations, %d of them new;"
          + " %d classes are tied more strongly to another service.%n",
          analysis.proposal().services().size(), conformance.violations().size(),
          conformance.newViolations().size(), conformance.drift().size());
    }
    HistorySummary.print(analysis, out);
    out.println("Report: " + page);
  }

  static Options analyzeOptions() {
    Options options = new Options();
    options.addOption(Option.builder("o").longOpt("output").hasArg().argName("folder")
        .desc("where to write the report (default: reports/<project name>)").get());
    options.addOption(Option.builder("t").longOpt("threads").hasArg().argName("count")
        .desc("worker threads for parsing and resolution (default: the number of cores)").get());
    options.addOption(Option.builder().longOpt("include-tests")
        .desc("analyse test sources too (default: main sources only)").get());
    options.addOption(Option.builder().longOpt("encoding").hasArg().argName("charset")
        .desc("the encoding of all source files (default: the POM's"
            + " project.build.sourceEncoding, else UTF-8; files that are not valid in it are"
            + " read as windows-1252 with a warning)").get());
    options.addOption(Option.builder().longOpt("follow-links")
        .desc("follow symbolic links that stay inside the folder (default: do not follow)").get());
    options.addOption(Option.builder("c").longOpt("config").hasArg().argName("file")
        .desc("the project settings (default: cleave.yaml in the analysed folder, if present)")
        .get());
    options.addOption(Option.builder().longOpt("seed").hasArg().argName("number")
        .desc("seed of the clustering; the same seed gives the same services (default: "
            + AnalysisOptions.DEFAULT_SEED + ")").get());
    options.addOption(Option.builder().longOpt("services").hasArg().argName("count")
        .desc("the number of services to aim for (default: chosen to maximise modularity)")
        .get());
    options.addOption(Option.builder().longOpt("min-service-size").hasArg().argName("classes")
        .desc("the fewest classes of a service (default: "
            + ClusterSettings.DEFAULT_MIN_SERVICE_SIZE + ")").get());
    options.addOption(Option.builder().longOpt("max-service-size").hasArg().argName("classes")
        .desc("the most classes of a service (default: "
            + ClusterSettings.DEFAULT_MAX_SERVICE_SIZE + ")").get());
    options.addOption(Option.builder().longOpt("truth").hasArg().argName("file")
        .desc("a ground truth, CSV lines class,service, to score the proposal against").get());
    options.addOption(Option.builder().longOpt(FAIL_ON_PARTIAL)
        .desc("exit with code " + ExitCode.PARTIAL.code() + " when some files could not be read"
            + " or parsed (default: exit with 0 and print a warning)").get());
    options.addOption(Option.builder().longOpt("since").hasArg().argName("date")
        .desc("read git history from this day on, an ISO date such as 2024-01-31 (default:"
            + " history.since in cleave.yaml, else the whole history)").get());
    options.addOption(Option.builder().longOpt("show-authors")
        .desc("show authors' names and emails in the reports (default: stable pseudonyms"
            + " such as author-1a2b3c4d)").get());
    options.addOption(Option.builder().longOpt("no-history")
        .desc("do not read the git history, so no teams, owners or co-change (default: read"
            + " it when the folder is in a git repository)").get());
    options.addOption(Option.builder().longOpt("debug")
        .desc("print stack traces of internal errors").get());
    options.addOption(Option.builder("h").longOpt("help").desc("print this help").get());
    return options;
  }

  private static CommandLine parse(Options options, String[] args) throws UsageException {
    try {
      return DefaultParser.builder().setAllowPartialMatching(false).get().parse(options, args);
    } catch (ParseException e) {
      throw new UsageException(e.getMessage() + " (see cleave " + ANALYZE + " --help)");
    }
  }

  private void printUsage() {
    out.println("usage: cleave <command> [options] [folder]");
    out.println();
    out.println("Finds service boundaries in a Java monolith and plans their extraction.");
    out.println();
    out.println("Commands:");
    out.println("  analyze   analyse a folder and write an HTML and JSON report");
    out.println("  init      write the proposed services as cleave.yaml, ready to edit");
    out.println("  check     check the code against the services cleave.yaml declares;"
        + " exit 1 on new violations");
    out.println();
    out.println("Options for all commands: --help, --version. Run 'cleave <command> --help'"
        + " for the options of a command.");
    out.println();
    out.println("Exit codes:");
    for (ExitCode code : ExitCode.values()) {
      out.println("  " + code.code() + "  " + code.meaning());
    }
  }

  private void printHelp(String command, String arguments, Options options) {
    HelpFormatter formatter = HelpFormatter.builder().get();
    formatter.printHelp(out, 100, "cleave " + command + " [options] " + arguments, null, options,
        2, 2, null, false);
  }

  /** Turns the options of {@code analyze} into {@link AnalysisOptions}, checking each value. */
  static final class AnalyzeArguments {
    private AnalyzeArguments() {}

    static AnalysisOptions of(CommandLine line) throws UsageException {
      List<String> folders = line.getArgList();
      if (folders.size() > 1) {
        throw new UsageException("expected one folder to analyse, got " + folders.size() + ": "
            + String.join(" ", folders));
      }
      Path root = path(folders.isEmpty() ? "." : folders.get(0), "folder");
      if (!Files.exists(root)) {
        throw new UsageException("folder not found: " + root);
      }
      if (!Files.isDirectory(root)) {
        throw new UsageException("not a folder: " + root);
      }
      Path realRoot;
      try {
        realRoot = root.toRealPath();
      } catch (IOException e) {
        throw new UsageException("cannot open the folder " + root + ": " + e.getMessage());
      }
      AnalysisOptions.Builder builder = AnalysisOptions.builder(realRoot);
      Path configFile = line.hasOption("config")
          ? path(line.getOptionValue("config"), "--config")
          : realRoot.resolve(ProjectConfig.FILE_NAME);
      if (line.hasOption("config") && !Files.isRegularFile(configFile)) {
        throw new UsageException("--config file not found: " + configFile);
      }
      ProjectConfig config;
      try {
        config = ConfigLoader.load(configFile);
      } catch (ConfigException e) {
        throw new UsageException(e.getMessage());
      }
      builder.config(config);
      if (Files.isRegularFile(configFile)) {
        builder.configFile(configFile.toAbsolutePath().normalize());
      }
      Path baseline = realRoot.resolve(CheckCommand.DEFAULT_BASELINE);
      if (Files.isRegularFile(baseline)) {
        builder.baseline(baseline);
      }
      if (line.hasOption("threads")) {
        builder.threads(positive(line.getOptionValue("threads"), "--threads"));
      }
      if (line.hasOption("seed")) {
        try {
          builder.seed(Long.parseLong(line.getOptionValue("seed")));
        } catch (NumberFormatException e) {
          throw new UsageException("--seed must be a whole number, was: "
              + line.getOptionValue("seed"));
        }
      }
      if (line.hasOption("encoding")) {
        builder.encoding(charset(line.getOptionValue("encoding"), "--encoding"));
      } else if (config.analysis().encoding() != null) {
        builder.encoding(charset(config.analysis().encoding(), "analysis.encoding in "
            + configFile));
      }
      builder.includeTests(line.hasOption("include-tests")
          || Boolean.TRUE.equals(config.analysis().includeTests()));
      builder.followLinks(line.hasOption("follow-links"));
      if (line.hasOption("services")) {
        builder.services(positive(line.getOptionValue("services"), "--services"));
      }
      if (line.hasOption("min-service-size")) {
        builder.minServiceSize(positive(line.getOptionValue("min-service-size"),
            "--min-service-size"));
      }
      if (line.hasOption("max-service-size")) {
        builder.maxServiceSize(positive(line.getOptionValue("max-service-size"),
            "--max-service-size"));
      }
      if (line.hasOption("truth")) {
        Path truth = path(line.getOptionValue("truth"), "--truth");
        if (!Files.isRegularFile(truth)) {
          throw new UsageException("--truth file not found: " + truth);
        }
        builder.truth(truth.toAbsolutePath().normalize());
      }
      if (line.hasOption("no-history") && line.hasOption("since")) {
        throw new UsageException("--since has no effect with --no-history; give one of them");
      }
      builder.readHistory(!line.hasOption("no-history"));
      builder.showAuthors(line.hasOption("show-authors"));
      if (line.hasOption("since")) {
        builder.since(date(line.getOptionValue("since"), "--since"));
      }
      Path output = line.hasOption("output")
          ? path(line.getOptionValue("output"), "--output")
          : Path.of("reports", safeName(realRoot));
      builder.output(output.toAbsolutePath().normalize());
      return builder.build();
    }

    private static Path path(String value, String what) throws UsageException {
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        String encoding = System.getProperty("sun.jnu.encoding", "");
        String hint = encoding.isEmpty() || Charset.isSupported(encoding)
            && Charset.forName(encoding).newEncoder().canEncode(value) ? ""
            : "; the locale's file name encoding " + encoding + " cannot represent it, so run"
                + " Cleave under a UTF-8 locale, for example with LC_ALL=C.UTF-8";
        throw new UsageException(what + " is not a valid path: " + value + hint);
      }
    }

    private static LocalDate date(String value, String option) throws UsageException {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new UsageException(option + " must be an ISO date such as 2024-01-31, was: "
            + value);
      }
    }

    private static int positive(String value, String option) throws UsageException {
      try {
        int number = Integer.parseInt(value.trim());
        if (number >= 1) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new UsageException(option + " must be a whole number of at least 1, was: " + value);
    }

    private static Charset charset(String name, String setting) throws UsageException {
      try {
        return Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw new UsageException(setting + " names no encoding that this Java supports: " + name);
      }
    }

    /** Returns the folder's name, made safe as a folder name under {@code reports/}. */
    static String safeName(Path root) {
      Path name = root.getFileName();
      String text = name == null ? "project" : name.toString();
      String safe = text.replaceAll("[^\\p{L}\\p{N}._-]", "_");
      return safe.isEmpty() || safe.startsWith(".") ? "project" + safe : safe;
    }
  }
}
