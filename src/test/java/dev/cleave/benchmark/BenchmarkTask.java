package dev.cleave.benchmark;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.cleave.Cleave;
import dev.cleave.history.HistoryStage;
import dev.cleave.model.AnalysisOptions;
import dev.cleave.model.Progress;
import dev.cleave.source.SourceDiscovery;
import dev.cleave.source.SourceFile;
import dev.cleave.source.SourceSet;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One measured task, run in a fresh JVM by {@link Benchmark}: it prints one line of
 * {@code key=value} pairs with its wall time, the time of each stage, the CPU time of its
 * process, the time the JIT compiler and the garbage collector report, the peak heap and the
 * peak resident memory.
 *
 * <p>Modes: {@code read} reads and decodes every file that Cleave would analyse; {@code parse}
 * (and {@code parse1}, the same on one thread) also parses each with JavaParser, configured as Cleave configures it, on the same number of
 * threads with the same stack size, and drops the tree; {@code analyze} runs Cleave end to end
 * and writes its report, without reading history; {@code history} reads the git history of the
 * folder as the history stage does; {@code cluster} clusters a generated graph (see {@link
 * SyntheticGraph}).
 */
public final class BenchmarkTask {

  /** The key under which {@code read} and {@code parse} count lines instead of time. */
  private static final String LINES = "lines";

  /** Set by {@code Benchmark --include-tests}: analyse test sources too. */
  private static final boolean INCLUDE_TESTS = Boolean.getBoolean("benchmark.includeTests");

  private BenchmarkTask() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path root = Path.of(args[1]);
    int threads = Integer.parseInt(args[2]);
    Map<String, Long> stages = new LinkedHashMap<>();
    long start = System.nanoTime();
    long items = switch (mode) {
      case "read" -> read(files(root, threads, stages), threads, false, stages);
      case "parse" -> read(files(root, threads, stages), threads, true, stages);
      case "analyze" -> analyze(root, threads, stages);
      case "history" -> history(root, threads);
      case "cluster" -> SyntheticGraph.cluster(Integer.parseInt(args[3]), threads, stages);
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    };
    long wall = System.nanoTime() - start;
    StringBuilder line = new StringBuilder("RESULT mode=" + mode);
    line.append(" items=").append(items);
    line.append(" wallMs=").append(wall / 1_000_000);
    stages.forEach((stage, nanos) -> line.append(stage.equals(LINES) ? " lines="
        : " stage." + stage + "Ms=").append(stage.equals(LINES) ? nanos : nanos / 1_000_000));
    line.append(" cpuMs=").append(processCpu() / 1_000_000);
    line.append(" jitMs=").append(ManagementFactory.getCompilationMXBean()
        .getTotalCompilationTime());
    line.append(" gcMs=").append(ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum());
    line.append(" peakHeapMb=").append(peakHeap() >> 20);
    line.append(" rssMb=").append(peakResidentKb() >> 10);
    System.out.println(line);
  }

  private static List<SourceFile> files(Path root, int threads, Map<String, Long> stages)
      throws IOException {
    long start = System.nanoTime();
    AnalysisOptions options = AnalysisOptions.builder(root.toRealPath()).threads(threads)
        .includeTests(INCLUDE_TESTS).build();
    SourceSet sources = new SourceDiscovery(options, List.of()).discover();
    stages.put("discover", System.nanoTime() - start);
    return sources.files();
  }

  /** Reads, and if asked parses, every file on worker threads like Cleave's parse stage. */
  private static long read(List<SourceFile> files, int threads, boolean parse,
      Map<String, Long> stages) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicLong nodes = new AtomicLong();
    AtomicLong lines = new AtomicLong();
    Runnable work = () -> {
      JavaParser parser = parse ? new JavaParser(configuration()) : null;
      int index;
      while ((index = next.getAndIncrement()) < files.size()) {
        try {
          String text = new String(Files.readAllBytes(files.get(index).absolutePath()),
              StandardCharsets.UTF_8);
          lines.addAndGet(text.lines().count());
          if (parser != null) {
            var result = parser.parse(text);
            nodes.addAndGet(result.getResult().map(unit -> 1L).orElse(0L));
          } else {
            nodes.addAndGet(text.length() > 0 ? 1 : 0);
          }
        } catch (IOException | RuntimeException | StackOverflowError e) {
          // A file that fails costs the bare parse as little as it costs Cleave.
        }
      }
    };
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread thread = new Thread(null, work, "benchmark-" + i, 512L * 1024 * 1024);
      thread.start();
      workers.add(thread);
    }
    for (Thread thread : workers) {
      thread.join();
    }
    stages.put(LINES, lines.get());
    return nodes.get();
  }

  /** The parser configuration Cleave's parse stage uses. */
  static ParserConfiguration configuration() {
    ParserConfiguration.LanguageLevel newest = ParserConfiguration.LanguageLevel.JAVA_17;
    for (ParserConfiguration.LanguageLevel level : ParserConfiguration.LanguageLevel.values()) {
      if (level.name().startsWith("JAVA_") && !level.name().endsWith("_PREVIEW")) {
        newest = level;
      }
    }
    return new ParserConfiguration().setLanguageLevel(newest).setPreprocessUnicodeEscapes(true)
        .setAttributeComments(true).setStoreTokens(true);
  }

  private static long analyze(Path root, int threads, Map<String, Long> stages)
      throws IOException {
    Path output = Files.createTempDirectory("cleave-benchmark");
    AnalysisOptions options = AnalysisOptions.builder(root.toRealPath()).threads(threads)
        .includeTests(INCLUDE_TESTS)
        .output(output.resolve("report")).readHistory(false).build();
    StageClock clock = new StageClock(stages);
    try {
      Cleave.Result result = new Cleave(options, clock).analyzeAndWrite(List.of());
      return result.analysis().structure().classes().size();
    } finally {
      // The folder is the benchmark's own temporary folder; a report of a large tree is large.
      try (var walk = Files.walk(output)) {
        for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static long history(Path root, int threads) throws IOException {
    AnalysisOptions options = AnalysisOptions.builder(root.toRealPath()).threads(threads)
        .includeTests(INCLUDE_TESTS).build();
    return new HistoryStage(options, Progress.NONE).read().files().commitsRead();
  }

  /** Returns the CPU time of this process in nanoseconds: all threads, the JIT's and GC's too. */
  private static long processCpu() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /** Returns the process's peak resident set size from /proc, or 0 where there is none. */
  private static long peakResidentKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }

  /** Records the time between a stage's start and finish. */
  private static final class StageClock implements Progress {
    private final Map<String, Long> stages;
    private String stage;
    private long started;

    StageClock(Map<String, Long> stages) {
      this.stages = stages;
    }

    @Override
    public synchronized void start(String name, long total) {
      stage = name;
      started = System.nanoTime();
    }

    @Override
    public void advance(long steps) {}

    @Override
    public synchronized void finish() {
      stages.merge(stage, System.nanoTime() - started, Long::sum);
    }
  }
}
