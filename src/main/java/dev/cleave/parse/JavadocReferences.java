package dev.cleave.parse;

import com.github.javaparser.ast.comments.JavadocComment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the type names a Javadoc comment refers to: the targets of {@code {@link}}, {@code
 * {@linkplain}}, {@code @see}, {@code @throws} and {@code @exception}, including the parameter
 * types in a member reference such as {@code Trail#record(Trail.Entry[], int)}.
 */
final class JavadocReferences {

  /** A type name in a comment, with the file line it is on. */
  record Mention(String name, int line) {}

  private static final Pattern INLINE =
      Pattern.compile("\\{@link(?:plain)?\\s+([^\\s}(#]*(?:#[^\\s}(]*)?(?:\\([^)]*\\))?)");
  private static final Pattern BLOCK =
      Pattern.compile(
          "(?m)^[\\s*]*@(?:see|throws|exception)\\s+([^\\s(#\"<]*(?:#[^\\s(]*)?(?:\\([^)]*\\))?)");
  private static final Pattern NAME = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
  private static final List<String> PRIMITIVES =
      List.of("boolean", "byte", "char", "short", "int", "long", "float", "double", "void");

  private JavadocReferences() {}

  static List<Mention> of(JavadocComment comment) {
    String text = comment.getContent();
    int firstLine = comment.getBegin().map(p -> p.line).orElse(0);
    List<Mention> mentions = new ArrayList<>();
    collect(INLINE.matcher(text), text, firstLine, mentions);
    collect(BLOCK.matcher(text), text, firstLine, mentions);
    return mentions;
  }

  private static void collect(Matcher matcher, String text, int firstLine, List<Mention> out) {
    while (matcher.find()) {
      String reference = matcher.group(1);
      int line = firstLine + count(text, '\n', matcher.start(1));
      int hash = reference.indexOf('#');
      String type = hash < 0 ? reference : reference.substring(0, hash);
      int paren = type.indexOf('(');
      if (paren >= 0) {
        type = type.substring(0, paren);
      }
      addName(type, line, out);
      int open = reference.indexOf('(');
      int close = reference.lastIndexOf(')');
      if (open >= 0 && close > open) {
        for (String parameter : reference.substring(open + 1, close).split(",")) {
          Matcher name = NAME.matcher(parameter.strip());
          if (name.lookingAt()) {
            addName(name.group(), line, out);
          }
        }
      }
    }
  }

  private static void addName(String name, int line, List<Mention> out) {
    if (!name.isEmpty() && NAME.matcher(name).matches() && !PRIMITIVES.contains(name)) {
      out.add(new Mention(name, line));
    }
  }

  private static int count(String text, char c, int end) {
    int count = 0;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == c) {
        count++;
      }
    }
    return count;
  }
}
