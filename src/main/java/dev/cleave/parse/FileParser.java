package dev.cleave.parse;

import com.github.javaparser.ast.CompilationUnit;
import dev.cleave.model.Diagnostic;
import dev.cleave.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads, decodes and parses one file, and keeps its facts. One instance per thread.
 *
 * <p>No problem with a file escapes: unreadable bytes, binary content, syntax errors and a
 * parser that runs out of stack all become diagnostics on that file, and the file yields
 * whatever facts could be read.
 */
final class FileParser {

  /** Files larger than this are skipped: they are data or generated code, not design. */
  static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  private static final Pattern GENERATED_HEADER =
      Pattern.compile(
          "(?i)(generated\\s+(by|code|file|from|automatically)|auto-?generated|do not (edit|modify))");

  private final SyntaxParser parser;

  FileParser() {
    this(true);
  }

  /** @param legacyRetry whether files that fail are parsed again at Java 1.4 */
  FileParser(boolean legacyRetry) {
    this.parser = new SyntaxParser(legacyRetry);
  }

  FileFacts parse(SourceFile file) {
    String path = file.path();
    FileFacts.Role role = roleOf(path);
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file.absolutePath())) {
      // Read one byte past the limit, so that a file that grew since discovery is caught too.
      bytes = file.size() > MAX_FILE_BYTES ? null : in.readNBytes((int) MAX_FILE_BYTES + 1);
      if (bytes == null || bytes.length > MAX_FILE_BYTES) {
        long size = Math.max(file.size(), bytes == null ? 0 : bytes.length);
        return failed(file, role, file.encoding(), 0, Diagnostic.error(path, 0, 0,
            "skipped: " + size / (1024 * 1024) + " MB is more than the limit of "
                + MAX_FILE_BYTES / (1024 * 1024) + " MB for one file"));
      }
    } catch (IOException e) {
      return failed(file, role, file.encoding(), 0,
          Diagnostic.error(path, 0, 0, "not analysed: cannot read the file: " + describe(e)));
    }
    boolean wide = SourceText.hasUtf16Bom(bytes) || SourceText.isWide(file.encoding());
    if (!wide && isBinary(bytes)) {
      return failed(file, role, file.encoding(), 0,
          Diagnostic.error(path, 0, 0, "skipped: the file holds binary data, not Java source"));
    }
    SourceText source = SourceText.decode(bytes, file.encoding());
    List<Diagnostic> problems = new ArrayList<>();
    if (source.fellBack()) {
      problems.add(
          Diagnostic.warning(path, 0, "the file is not valid " + file.encoding().name()
              + "; read it as " + source.charset().name()
              + " (set --encoding if that is wrong)"));
    }
    int lines = countLines(source.text());
    SyntaxParser.Outcome outcome;
    try {
      outcome = parser.parse(path, source.text());
    } catch (StackOverflowError e) {
      problems.add(Diagnostic.error(path, 0, 0,
          "skipped: the code is nested too deeply for the parser (stack overflow)"));
      return failed(file, role, source.charset(), lines, problems);
    }
    problems.addAll(outcome.problems());
    Optional<CompilationUnit> unit = outcome.unit();
    FileContext context =
        new FileContext(
            path,
            unit.flatMap(CompilationUnit::getPackageDeclaration)
                .map(p -> p.getNameAsString())
                .orElse(""),
            unit.map(FactCollector::imports).orElse(List.of()));
    if (unit.isEmpty()) {
      return new FileFacts(file, role, context, source.charset(), lines, List.of(), List.of(),
          List.of(), List.of(), List.of(), problems, false);
    }
    FactCollector collector = new FactCollector(context, hasGeneratedHeader(source.text()));
    List<FieldWrite> writes;
    try {
      collector.collect(unit.get());
      writes = FieldWrites.of(unit.get());
    } catch (StackOverflowError e) {
      problems.add(Diagnostic.error(path, 0, 0,
          "skipped: the code is nested too deeply to analyse (stack overflow)"));
      return failed(file, role, source.charset(), lines, problems);
    }
    List<TypeFact> types = collector.types();
    if (!outcome.clean()) {
      types = markBroken(types);
    }
    return new FileFacts(file, role, context, source.charset(), lines, types,
        collector.references(), collector.sql(), AnnotationValues.of(unit.get()),
        writes, problems, outcome.clean());
  }

  private static FileFacts failed(
      SourceFile file, FileFacts.Role role, Charset charset, int lines, Diagnostic problem) {
    return failed(file, role, charset, lines, List.of(problem));
  }

  private static FileFacts failed(
      SourceFile file, FileFacts.Role role, Charset charset, int lines, List<Diagnostic> problems) {
    FileContext context = new FileContext(file.path(), file.packageName(), List.of());
    return new FileFacts(file, role, context, charset, lines, List.of(), List.of(), List.of(),
        List.of(), List.of(), problems, false);
  }

  private static List<TypeFact> markBroken(List<TypeFact> types) {
    List<TypeFact> marked = new ArrayList<>();
    for (TypeFact type : types) {
      var flags = new java.util.HashSet<>(type.flags());
      flags.add(TypeFact.Flag.FROM_BROKEN_FILE);
      marked.add(new TypeFact(type.binaryName(), type.kind(), type.scope(), type.line(),
          type.endLine(), type.typeParameters(), type.supertypes(), type.fields(), type.methods(),
          type.annotations(), type.methodAnnotations(), flags));
    }
    return marked;
  }

  static FileFacts.Role roleOf(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return switch (name) {
      case "package-info.java" -> FileFacts.Role.PACKAGE_INFO;
      case "module-info.java" -> FileFacts.Role.MODULE_INFO;
      default -> FileFacts.Role.TYPES;
    };
  }

  /** Returns the cause of a read error in words, without the absolute path. */
  private static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "the file was removed during the analysis";
    }
    String reason = e instanceof FileSystemException fileSystem ? fileSystem.getReason()
        : e.getMessage();
    return e.getClass().getSimpleName() + (reason == null ? "" : " (" + reason + ")");
  }

  private static boolean isBinary(byte[] bytes) {
    int limit = Math.min(bytes.length, 8192);
    for (int i = 0; i < limit; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether the file starts with a comment saying a tool generated it. */
  static boolean hasGeneratedHeader(String text) {
    String head = text.substring(0, Math.min(text.length(), 2048));
    int code = head.indexOf("package ");
    if (code < 0) {
      code = head.length();
    }
    return GENERATED_HEADER.matcher(head.substring(0, code).toLowerCase(Locale.ROOT)).find();
  }

  /** Counts lines as editors do: a final line without a line break still counts. */
  static int countLines(String text) {
    if (text.isEmpty()) {
      return 0;
    }
    int lines = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lines++;
      } else if (c == '\r') {
        lines++;
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      }
    }
    char last = text.charAt(text.length() - 1);
    return last == '\n' || last == '\r' ? lines : lines + 1;
  }
}
