package dev.cleave.resolve;

import dev.cleave.model.Unresolved;

import dev.cleave.model.ClassInfo;
import dev.cleave.model.Diagnostic;
import dev.cleave.model.Location;
import dev.cleave.model.Progress;
import dev.cleave.model.TypeNames;
import dev.cleave.parse.FileFacts;
import dev.cleave.parse.ParsedSources;
import dev.cleave.parse.SqlFact;
import dev.cleave.parse.TypeExpr;
import dev.cleave.parse.TypeFact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the references of all files, in parallel, into class-to-class dependencies.
 *
 * <p>Each file is resolved on its own against a shared, read-only index of the project's types
 * and the JDK; the per-file results are merged in path order, so the output is the same for any
 * number of threads.
 */
public final class ResolveStage {

  private static final Logger LOG = LoggerFactory.getLogger(ResolveStage.class);

  private final int threads;
  private final Progress progress;

  public ResolveStage(int threads, Progress progress) {
    this.threads = threads;
    this.progress = progress;
  }

  public Resolution resolve(ParsedSources parsed) {
    ProjectTypes project = new ProjectTypes(parsed);
    JdkTypes jdk = JdkTypes.get();
    Supertypes supertypes = new Supertypes(project);
    TypeNameResolver names = new TypeNameResolver(project, jdk, supertypes);
    supertypes.setNames(names);
    Members members = new Members(project, jdk, supertypes, names);

    List<FileFacts> files = parsed.files();
    ReferenceResolver.FileResolution[] results = new ReferenceResolver.FileResolution[files.size()];
    AtomicInteger next = new AtomicInteger();
    progress.start("resolve", files.size());
    Runnable work = () -> {
      int index;
      while ((index = next.getAndIncrement()) < files.size()) {
        FileFacts file = files.get(index);
        ExpressionEvaluator evaluator = new ExpressionEvaluator(project, jdk, names, members);
        try {
          results[index] = new ReferenceResolver(file, project, jdk, evaluator).resolve();
        } catch (RuntimeException | StackOverflowError e) {
          // One file's failure costs that file's dependencies, not the run.
          LOG.warn("resolving {} failed", file.file().path(), e);
          results[index] = ReferenceResolver.failed(file.file().path(), e);
        }
        progress.advance(1);
      }
    };
    runOnThreads(work, Math.max(1, Math.min(threads, files.size())));
    progress.finish();

    EdgeCollector classEdges = new EdgeCollector();
    EdgeCollector metadataEdges = new EdgeCollector();
    EdgeCollector libraryEdges = new EdgeCollector();
    TreeMap<String, Integer> libraryUsage = new TreeMap<>();
    TreeMap<Unresolved.Reason, Integer> unresolvedByReason = new TreeMap<>();
    TreeMap<String, Integer> unresolvedByFile = new TreeMap<>();
    List<String> examples = new ArrayList<>();
    int unresolvedTotal = 0;
    for (int i = 0; i < results.length; i++) {
      ReferenceResolver.FileResolution result = results[i];
      classEdges.addAll(result.classEdges);
      metadataEdges.addAll(result.metadataEdges);
      libraryEdges.addAll(result.libraryEdges);
      result.libraryUsage.forEach((name, count) -> libraryUsage.merge(name, count, Integer::sum));
      result.unresolved.forEach((reason, count) -> unresolvedByReason.merge(reason, count,
          Integer::sum));
      if (result.unresolvedTotal > 0) {
        unresolvedByFile.put(files.get(i).file().path(), result.unresolvedTotal);
      }
      for (String example : result.examples) {
        if (examples.size() < Unresolved.MAX_EXAMPLES) {
          examples.add(example);
        }
      }
      unresolvedTotal += result.unresolvedTotal;
    }
    List<Diagnostic> diagnostics = new ArrayList<>(parsed.sources().diagnostics());
    int failedFiles = 0;
    for (ReferenceResolver.FileResolution result : results) {
      diagnostics.addAll(result.problems);
      failedFiles += result.problems.isEmpty() ? 0 : 1;
    }
    diagnostics.addAll(project.diagnostics());
    for (FileFacts file : files) {
      diagnostics.addAll(file.problems());
    }
    diagnostics.sort(Comparator.naturalOrder());
    List<ClassInfo> classes = classes(parsed, project, names, supertypes);
    LOG.info("resolved {} classes, {} dependencies, {} unresolved references",
        classes.size(), classEdges.dependencies().size(), unresolvedTotal);
    return new Resolution(
        parsed,
        classes,
        classEdges.dependencies(),
        metadataEdges.dependencies(),
        libraryEdges.dependencies(),
        libraryUsage,
        new Unresolved(unresolvedTotal, unresolvedByReason, unresolvedByFile, examples),
        sql(parsed, project),
        Identifiers.of(parsed, project),
        diagnostics,
        failedFiles);
  }

  private static List<ClassInfo> classes(ParsedSources parsed, ProjectTypes project,
      TypeNameResolver names, Supertypes supertypes) {
    List<ClassInfo> classes = new ArrayList<>();
    for (FileFacts file : parsed.files()) {
      Map<String, List<String>> nested = new HashMap<>();
      for (TypeFact type : file.types()) {
        String top = TypeNames.topLevelOf(type.binaryName());
        if (!top.equals(type.binaryName()) && !type.flags().contains(TypeFact.Flag.LOCAL)) {
          nested.computeIfAbsent(top, k -> new ArrayList<>()).add(type.binaryName());
        }
      }
      for (TypeFact type : file.types()) {
        if (!TypeNames.topLevelOf(type.binaryName()).equals(type.binaryName())) {
          continue;
        }
        String id = project.classIdOf(type);
        Set<ClassInfo.Flag> flags = EnumSet.noneOf(ClassInfo.Flag.class);
        if (type.flags().contains(TypeFact.Flag.GENERATED)) {
          flags.add(ClassInfo.Flag.GENERATED);
        }
        if (type.flags().contains(TypeFact.Flag.FROM_BROKEN_FILE)) {
          flags.add(ClassInfo.Flag.FROM_BROKEN_FILE);
        }
        if (type.flags().contains(TypeFact.Flag.MAIN_METHOD)) {
          flags.add(ClassInfo.Flag.MAIN_METHOD);
        }
        if (!id.equals(type.binaryName())) {
          flags.add(ClassInfo.Flag.DUPLICATE);
        }
        List<String> nestedTypes = nested.getOrDefault(type.binaryName(), List.of());
        classes.add(new ClassInfo(
            id,
            type.binaryName(),
            file.file().path(),
            file.file().module(),
            ClassInfo.Kind.valueOf(type.kind().name()),
            Math.max(1, type.endLine() - type.line() + 1),
            nestedTypes.stream().sorted().toList(),
            resolveAll(type.annotations(), type, names),
            resolveAll(List.copyOf(new java.util.TreeSet<>(type.methodAnnotations())), type, names),
            supertypeNames(type, names),
            flags));
      }
      // A file that failed to parse keeps its class, so that references to it still resolve.
      // A file with no text at all (binary, unreadable) names no class anyone could refer to.
      if (!file.parsed() && file.types().isEmpty() && file.role() == FileFacts.Role.TYPES
          && file.lines() > 0) {
        String path = file.file().path();
        String stem = path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length());
        String name = TypeNames.qualify(file.file().packageName(), stem);
        if (project.brokenFileOf(name) != null && project.type(name) == null
            && path.equals(project.brokenFileOf(name))) {
          classes.add(new ClassInfo(name, name, path, file.file().module(), ClassInfo.Kind.CLASS,
              Math.max(1, file.lines()), List.of(), List.of(), List.of(), List.of(),
              Set.of(ClassInfo.Flag.FROM_BROKEN_FILE)));
        }
      }
    }
    classes.sort(Comparator.comparing(ClassInfo::id));
    return classes;
  }

  private static List<String> resolveAll(List<String> written, TypeFact type,
      TypeNameResolver names) {
    List<String> resolved = new ArrayList<>();
    for (String name : written) {
      var result = names.resolve(name, type.scope());
      resolved.add(result.isFound() ? result.type().binaryName() : name);
    }
    return resolved;
  }

  private static List<String> supertypeNames(TypeFact type, TypeNameResolver names) {
    List<String> resolved = new ArrayList<>();
    for (TypeExpr supertype : type.supertypes()) {
      if (supertype instanceof TypeExpr.Named named) {
        var result = names.resolve(named.written(), named.scope());
        resolved.add(result.isFound() ? result.type().binaryName() : named.written());
      }
    }
    return resolved;
  }

  private static List<SqlUse> sql(ParsedSources parsed, ProjectTypes project) {
    List<SqlUse> uses = new ArrayList<>();
    for (FileFacts file : parsed.files()) {
      Map<String, TypeFact> declared = new HashMap<>();
      file.types().forEach(type -> declared.put(type.binaryName(), type));
      for (SqlFact fact : file.sql()) {
        TypeFact type = declared.get(fact.from());
        String id = type == null ? TypeNames.topLevelOf(fact.from()) : project.classIdOf(type);
        uses.add(new SqlUse(id, fact.text(), new Location(file.file().path(), fact.line())));
      }
    }
    return uses;
  }

  private static void runOnThreads(Runnable work, int count) {
    List<Thread> started = new ArrayList<>();
    Throwable[] failure = new Throwable[1];
    for (int i = 0; i < count; i++) {
      Thread thread = new Thread(null, work, "cleave-resolve-" + i, 64L * 1024 * 1024);
      thread.setUncaughtExceptionHandler((t, e) -> {
        synchronized (failure) {
          if (failure[0] == null) {
            failure[0] = e;
          }
        }
      });
      thread.start();
      started.add(thread);
    }
    for (Thread thread : started) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while resolving", e);
      }
    }
    if (failure[0] instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure[0] instanceof Error error) {
      throw error;
    }
  }
}
