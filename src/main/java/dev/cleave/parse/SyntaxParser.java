package dev.cleave.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import dev.cleave.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JavaParser instance for one thread, set to the newest language level it supports.
 *
 * <p>JavaParser's default level, Java 11, rejects records, sealed types and text blocks, so the
 * newest level is used first. Code older than Java 5 may use {@code enum} or {@code assert} as
 * names, which newer levels reject; a file that fails at the newest level is parsed again at
 * Java 1.4 and the result kept if that succeeds, unless the build declares Java 5 or newer.
 * Unicode escapes are translated before lexing, as the compiler does.
 */
final class SyntaxParser {

  static final LanguageLevel NEWEST = newestLevel();
  private static final LanguageLevel LEGACY = LanguageLevel.JAVA_1_4;

  private static final Pattern LEXICAL_POSITION =
      Pattern.compile("at line (\\d+), column (\\d+)");

  private final JavaParser newest = new JavaParser(configuration(NEWEST));
  private final JavaParser legacy;

  /** Creates a parser that parses a failed file again at Java 1.4. */
  SyntaxParser() {
    this(true);
  }

  /** @param legacyRetry whether a file that fails is parsed again at Java 1.4 */
  SyntaxParser(boolean legacyRetry) {
    this.legacy = legacyRetry ? new JavaParser(configuration(LEGACY)) : null;
  }

  /** Returns the newest release level, skipping preview levels and aliases. */
  private static LanguageLevel newestLevel() {
    LanguageLevel newest = LanguageLevel.JAVA_17;
    for (LanguageLevel level : LanguageLevel.values()) {
      if (level.name().startsWith("JAVA_") && !level.name().endsWith("_PREVIEW")) {
        newest = level;
      }
    }
    return newest;
  }

  private static ParserConfiguration configuration(LanguageLevel level) {
    return new ParserConfiguration()
        .setLanguageLevel(level)
        .setPreprocessUnicodeEscapes(true)
        .setAttributeComments(true)
        .setStoreTokens(true)
        .setLexicalPreservationEnabled(false);
  }

  /** The outcome of parsing one file. */
  record Outcome(Optional<CompilationUnit> unit, List<Diagnostic> problems, boolean clean) {}

  Outcome parse(String path, String text) {
    ParseResult<CompilationUnit> result = newest.parse(text);
    if (result.isSuccessful()) {
      return new Outcome(result.getResult(), List.of(), true);
    }
    ParseResult<CompilationUnit> retry = legacy == null ? null : legacy.parse(text);
    if (retry != null && retry.isSuccessful()) {
      return new Outcome(retry.getResult(), List.of(), true);
    }
    return new Outcome(result.getResult(), describe(path, result.getProblems()), false);
  }

  private static List<Diagnostic> describe(String path, List<Problem> problems) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Problem problem : problems) {
      int line = 0;
      int column = 0;
      Optional<TokenRange> location = problem.getLocation();
      if (location.isPresent()) {
        var begin = location.get().getBegin().getRange();
        if (begin.isPresent()) {
          line = begin.get().begin.line;
          column = begin.get().begin.column;
        }
      }
      if (line == 0) {
        // A lexical error carries no token range; its message names the position instead.
        Matcher position = LEXICAL_POSITION.matcher(String.valueOf(problem.getMessage()));
        if (position.find()) {
          line = Integer.parseInt(position.group(1));
          column = Integer.parseInt(position.group(2));
        }
      }
      diagnostics.add(Diagnostic.error(path, line, column, firstLine(problem.getMessage())));
    }
    return diagnostics;
  }

  /**
   * Returns the first line of a parser message, with a long list of expected tokens cut to its
   * first few.
   */
  static String firstLine(String message) {
    String text = message == null ? "parse error" : message.strip();
    int newline = text.indexOf('\n');
    text = newline < 0 ? text : text.substring(0, newline).strip();
    int expected = text.indexOf("expected one of ");
    if (expected >= 0) {
      String[] tokens = text.substring(expected + "expected one of ".length()).trim().split("\\s+");
      if (tokens.length > 6) {
        text = text.substring(0, expected) + "expected one of "
            + String.join(" ", java.util.Arrays.asList(tokens).subList(0, 6))
            + " or " + (tokens.length - 6) + " other tokens";
      }
    }
    return text;
  }
}
