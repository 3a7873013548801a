package dev.cleave.parse;

import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/** Recognises string literals, and concatenations of them, that hold SQL statements. */
final class SqlText {

  private static final Pattern STATEMENT =
      Pattern.compile(
          "(?is)^\\s*(?:select\\s.*\\bfrom\\s|insert\\s+into\\s|update\\s+\\S+\\s+set\\s"
              + "|delete\\s+from\\s|merge\\s+into\\s|create\\s+(?:table|view|index)\\s"
              + "|alter\\s+table\\s|drop\\s+table\\s|truncate\\s+table\\s|with\\s+\\w+\\s+as\\s*\\()");

  private SqlText() {}

  /** The text of a {@code +} chain, with {@code ?} for each operand that is not a literal. */
  record Concatenation(String text, List<Expression> literals) {
    boolean hasLiteral() {
      return !literals.isEmpty();
    }
  }

  /**
   * Returns the literal's value with its escapes processed, so that {@code \"} reads as a quote;
   * a malformed escape leaves the text as written.
   */
  static String value(StringLiteralExpr literal) {
    try {
      return literal.asString();
    } catch (IllegalArgumentException e) {
      return literal.getValue();
    }
  }

  /** Returns the text block's value with indentation stripped and escapes processed. */
  static String value(TextBlockLiteralExpr block) {
    try {
      return block.asString();
    } catch (IllegalArgumentException e) {
      return block.getValue();
    }
  }

  static boolean looksLikeSql(String text) {
    return text.length() >= 10 && STATEMENT.matcher(text).find();
  }

  /** Flattens a {@code +} chain left to right without recursion, as chains can be very deep. */
  static Concatenation concatenation(BinaryExpr root) {
    StringBuilder text = new StringBuilder();
    List<Expression> literals = new ArrayList<>();
    Deque<Expression> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Expression next = pending.pop();
      while (next instanceof EnclosedExpr enclosed) {
        next = enclosed.getInner();
      }
      if (next instanceof BinaryExpr binary && binary.getOperator() == BinaryExpr.Operator.PLUS) {
        pending.push(binary.getRight());
        pending.push(binary.getLeft());
      } else if (next instanceof StringLiteralExpr literal) {
        text.append(value(literal));
        literals.add(literal);
      } else if (next instanceof TextBlockLiteralExpr block) {
        text.append(value(block));
        literals.add(block);
      } else {
        text.append(" ? ");
      }
    }
    return new Concatenation(text.toString(), literals);
  }
}
