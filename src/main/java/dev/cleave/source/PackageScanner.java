package dev.cleave.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the package declaration from the first bytes of a Java file without parsing it.
 *
 * <p>Discovery needs each file's package to find its source root before anything is parsed. The
 * scanner skips a byte order mark, whitespace, comments and annotations, and translates unicode
 * escapes as the compiler does, then reads {@code package a.b.c;}. It reads at most {@value
 * #MAX_HEADER_BYTES} bytes, enough for any licence header seen in practice.
 */
final class PackageScanner {

  static final int MAX_HEADER_BYTES = 64 * 1024;

  private PackageScanner() {}

  /**
   * Returns the declared package, {@code ""} when the file declares none, or empty when the
   * header does not end within the bytes read (for example in a binary file named {@code .java}).
   */
  static Optional<String> scan(Path file, Charset charset) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(MAX_HEADER_BYTES);
    }
    return scan(decode(head, charset));
  }

  static Optional<String> scan(String header) {
    return new Cursor(translateUnicodeEscapes(header)).packageName();
  }

  private static String decode(byte[] bytes, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder reported a coding error", e);
    }
  }

  /** Translates {@code \\uXXXX} escapes (with any number of {@code u}) as JLS 3.3 describes. */
  static String translateUnicodeEscapes(String text) {
    if (text.indexOf("\\u") < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
        out.append("\\\\");
        i += 2;
        continue;
      }
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == 'u') {
          j++;
        }
        if (j + 4 <= text.length() && isHex(text, j, j + 4)) {
          out.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
          i = j + 4;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean isHex(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.digit(text.charAt(k), 16) < 0) {
        return false;
      }
    }
    return true;
  }

  /** A forward-only reader over the header text. */
  private static final class Cursor {
    private final String text;
    private int at;

    Cursor(String text) {
      this.text = text;
      this.at = text.startsWith("\uFEFF") ? 1 : 0;
    }

    Optional<String> packageName() {
      while (true) {
        if (!skipSpaceAndComments()) {
          return Optional.empty();
        }
        if (at >= text.length()) {
          return Optional.of("");
        }
        if (text.charAt(at) == '@') {
          if (!skipAnnotation()) {
            return Optional.empty();
          }
          continue;
        }
        String word = identifier();
        if (!word.equals("package")) {
          return word.isEmpty() ? Optional.empty() : Optional.of("");
        }
        return qualifiedNameUntilSemicolon();
      }
    }

    private Optional<String> qualifiedNameUntilSemicolon() {
      StringBuilder name = new StringBuilder();
      while (true) {
        if (!skipSpaceAndComments() || at >= text.length()) {
          return Optional.empty();
        }
        char c = text.charAt(at);
        if (c == ';') {
          return name.length() == 0 ? Optional.empty() : Optional.of(name.toString());
        }
        if (c == '.') {
          name.append('.');
          at++;
          continue;
        }
        String part = identifier();
        if (part.isEmpty()) {
          return Optional.empty();
        }
        name.append(part);
      }
    }

    private String identifier() {
      int start = at;
      if (at < text.length() && Character.isJavaIdentifierStart(text.charAt(at))) {
        at++;
        while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
          at++;
        }
      }
      return text.substring(start, at);
    }

    /** Skips {@code @Name}, {@code @a.b.Name} and a balanced argument list after it. */
    private boolean skipAnnotation() {
      at++;
      while (true) {
        if (!skipSpaceAndComments()) {
          return false;
        }
        if (identifier().isEmpty()) {
          return false;
        }
        if (!skipSpaceAndComments()) {
          return false;
        }
        if (at < text.length() && text.charAt(at) == '.') {
          at++;
          continue;
        }
        break;
      }
      if (at < text.length() && text.charAt(at) == '(') {
        return skipBalancedParentheses();
      }
      return true;
    }

    private boolean skipBalancedParentheses() {
      int depth = 0;
      while (at < text.length()) {
        char c = text.charAt(at);
        if (c == '"' || c == '\'') {
          if (!skipQuoted(c)) {
            return false;
          }
          continue;
        }
        if (c == '/' && !skipSpaceAndComments()) {
          return false;
        }
        c = text.charAt(Math.min(at, text.length() - 1));
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
          if (depth == 0) {
            at++;
            return true;
          }
        }
        at++;
      }
      return false;
    }

    private boolean skipQuoted(char quote) {
      at++;
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '\\') {
          at++;
        } else if (c == quote) {
          return true;
        }
      }
      return false;
    }

    /** Returns false when a comment does not end within the text. */
    private boolean skipSpaceAndComments() {
      while (at < text.length()) {
        char c = text.charAt(at);
        if (Character.isWhitespace(c) || c == '\u001a') {
          at++;
        } else if (text.startsWith("//", at)) {
          int end = text.indexOf('\n', at);
          at = end < 0 ? text.length() : end + 1;
        } else if (text.startsWith("/*", at)) {
          int end = text.indexOf("*/", at + 2);
          if (end < 0) {
            return false;
          }
          at = end + 2;
        } else {
          return true;
        }
      }
      return true;
    }
  }
}
