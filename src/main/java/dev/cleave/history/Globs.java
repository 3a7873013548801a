package dev.cleave.history;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Glob patterns for names and emails: {@code *} matches any text, {@code ?} one character, and
 * case is ignored. Other characters, {@code [} and {@code ]} among them, stand for themselves,
 * so {@code *[bot]*} matches {@code dependabot[bot]}.
 */
final class Globs {

  private Globs() {}

  static Pattern compile(String glob) {
    StringBuilder regex = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (char c : glob.toCharArray()) {
      if (c == '*' || c == '?') {
        flush(literal, regex);
        regex.append(c == '*' ? ".*" : ".");
      } else {
        literal.append(c);
      }
    }
    flush(literal, regex);
    return Pattern.compile(regex.toString(),
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
  }

  static List<Pattern> compile(List<String> globs) {
    return globs.stream().map(Globs::compile).toList();
  }

  /** Returns whether any pattern matches any of the texts in full. */
  static boolean matchesAny(List<Pattern> patterns, List<String> texts) {
    for (Pattern pattern : patterns) {
      for (String text : texts) {
        if (text != null && pattern.matcher(text).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void flush(StringBuilder literal, StringBuilder regex) {
    if (!literal.isEmpty()) {
      regex.append(Pattern.quote(literal.toString()));
      literal.setLength(0);
    }
  }
}
