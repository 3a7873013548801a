package dev.cleave.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures what Cleave costs on a source tree against reading and parsing the same files.
 *
 * <p>Each task runs in a fresh JVM with the same flags and thread count: {@code read} (read
 * every file Cleave would analyse), {@code parse} (bare JavaParser parsing, configured as
 * Cleave configures it), {@code analyze} (Cleave end to end, without history) and {@code
 * history} (the history stage alone), next to {@code git log --numstat} over the same commits.
 * The rounds run the tasks in turn, so that a slow spell of a shared machine hits all of them;
 * the table shows medians. Usage:
 *
 * <pre>Benchmark FOLDER [--runs N] [--threads N] [--modes read,parse,parse1,analyze,history,git]
 *     [--jvm "FLAGS"] [--cluster CLASSES] [--include-tests]</pre>
 */
public final class Benchmark {

  /** The heap of the clustering task; see {@link SyntheticGraph}. */
  static final String CLUSTER_HEAP = "4g";

  private Benchmark() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    int runs = 3;
    int threads = Runtime.getRuntime().availableProcessors();
    List<String> modes = List.of("read", "parse", "parse1", "analyze", "history", "git");
    List<String> jvm = List.of("-Xss4m", "-Xmx1g", "-XX:-DontCompileHugeMethods",
        "-XX:TieredStopAtLevel=1");
    Integer cluster = null;
    boolean includeTests = false;
    for (int i = 1; i < args.length; i += 2) {
      switch (args[i]) {
        case "--include-tests" -> {
          includeTests = true;
          i--;
        }
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--modes" -> modes = List.of(args[i + 1].split(","));
        case "--jvm" -> jvm = List.of(args[i + 1].trim().split("\\s+"));
        case "--cluster" -> cluster = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (includeTests) {
      jvm = new ArrayList<>(jvm);
      jvm.add("-Dbenchmark.includeTests=true");
    }
    System.out.printf("benchmark of %s: %d runs, %d threads, JVM flags %s%n", root, runs,
        threads, jvm);
    Map<String, List<Map<String, Long>>> results = new LinkedHashMap<>();
    for (int run = 1; run <= runs; run++) {
      for (String mode : modes) {
        Map<String, Long> result = switch (mode) {
          case "git" -> git(root);
          case "parse1" -> task(jvm, "parse", root, 1, null);
          default -> task(jvm, mode, root, threads, null);
        };
        results.computeIfAbsent(mode, k -> new ArrayList<>()).add(result);
        System.out.printf("run %d %-8s %s%n", run, mode, result);
      }
      if (cluster != null) {
        // At an estimated 100 lines a class, the generated graph stands for a tree of about 20
        // million lines, which needs more heap than the 1 GB a 1M-line tree is held to.
        List<String> clusterJvm = new ArrayList<>(jvm);
        clusterJvm.removeIf(flag -> flag.startsWith("-Xmx"));
        clusterJvm.add("-Xmx" + CLUSTER_HEAP);
        Map<String, Long> result = task(clusterJvm, "cluster", root, threads, cluster);
        results.computeIfAbsent("cluster", k -> new ArrayList<>()).add(result);
        System.out.printf("run %d %-8s %s%n", run, "cluster", result);
      }
    }
    report(results, cluster == null ? 0 : cluster);
  }

  private static void report(Map<String, List<Map<String, Long>>> results, int clusterClasses) {
    System.out.println();
    System.out.println("medians:");
    Map<String, Map<String, Long>> medians = new LinkedHashMap<>();
    results.forEach((mode, runs) -> {
      Map<String, Long> median = new TreeMap<>();
      for (String key : runs.get(0).keySet()) {
        long[] values = runs.stream().mapToLong(r -> r.getOrDefault(key, 0L)).sorted().toArray();
        median.put(key, values[values.length / 2]);
      }
      medians.put(mode, median);
      System.out.printf("  %-8s %s%n", mode, median);
    });
    ratio(medians, "analyze", "parse", "c/b: analyze over bare parse", "at most 1.3");
    Map<String, Long> git = medians.get("git");
    if (git != null && git.get("exit") != 0) {
      System.out.printf("  d/git: not computed, git log failed with exit code %d (the history"
          + " stage read the repository with JGit instead)%n", git.get("exit"));
    } else {
      ratio(medians, "history", "git", "d/git: history over git log --numstat", "at most 1.5");
    }
    ratio(medians, "parse", "read", "parse over read", null);
    ratio(medians, "parse1", "parse", "parse on 1 thread over parse on all threads",
        "at least 1.7 on 2 threads");
    Map<String, Long> analyze = medians.get("analyze");
    if (analyze != null) {
      System.out.printf("  peak heap of analyze: %d MB, peak resident: %d MB%n",
          analyze.get("peakHeapMb"), analyze.get("rssMb"));
      Long lines = medians.getOrDefault("read", medians.getOrDefault("parse", Map.of()))
          .get("lines");
      if (lines != null && lines > 0) {
        System.out.printf(Locale.ROOT, "  %,d lines: analyze %.2f s per 100k lines%n", lines,
            analyze.get("wallMs") / 1000.0 / (lines / 100_000.0));
      }
    }
    Map<String, Long> cluster = medians.get("cluster");
    if (cluster != null) {
      System.out.printf(Locale.ROOT, "  clustering %,d classes into %,d services: %.1f s"
          + " (target: under 10 s)%n", clusterClasses, cluster.get("items"),
          cluster.get("stage.clusterMs") / 1000.0);
    }
  }

  private static void ratio(Map<String, Map<String, Long>> medians, String over, String under,
      String label, String target) {
    if (medians.containsKey(over) && medians.containsKey(under)) {
      double value = medians.get(over).get("wallMs") / (double) medians.get(under).get("wallMs");
      System.out.printf(Locale.ROOT, "  %s: %.2f%s%n", label, value,
          target == null ? "" : " (target: " + target + ")");
    }
  }

  /** Runs one task in a fresh JVM and returns its result line as numbers. */
  private static Map<String, Long> task(List<String> jvm, String mode, Path root, int threads,
      Integer classes) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"),
        BenchmarkTask.class.getName(), mode, root.toString(), Integer.toString(threads)));
    if (classes != null) {
      command.add(classes.toString());
    }
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String resultLine = null;
    java.util.Deque<String> tail = new java.util.ArrayDeque<>();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("RESULT ")) {
          resultLine = line;
        }
        tail.addLast(line);
        if (tail.size() > 20) {
          tail.removeFirst();
        }
      }
    }
    int exit = process.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    if (exit != 0 || resultLine == null) {
      throw new IOException("the " + mode + " task failed with exit code " + exit
          + "; its last lines:\n" + String.join("\n", tail));
    }
    Map<String, Long> result = new TreeMap<>();
    for (String pair : resultLine.substring("RESULT ".length()).split(" ")) {
      String[] parts = pair.split("=");
      if (!parts[0].equals("mode")) {
        result.put(parts[0], Long.parseLong(parts[1]));
      }
    }
    result.put("processMs", wall);
    return result;
  }

  /** Times {@code git log --numstat} over the history of the folder. */
  private static Map<String, Long> git(Path root) throws IOException, InterruptedException {
    List<String> command = Arrays.asList("git", "-C", root.toString(), "--no-pager", "log",
        "--numstat", "--diff-merges=off", "--root", "HEAD");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    long bytes = process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    int exit = process.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    Map<String, Long> result = new TreeMap<>();
    result.put("wallMs", wall);
    result.put("outputKb", bytes >> 10);
    result.put("exit", (long) exit);
    return result;
  }
}
