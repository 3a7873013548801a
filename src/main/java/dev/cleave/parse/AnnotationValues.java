package dev.cleave.parse;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the string literals given to annotation elements on declarations.
 *
 * <p>Annotations nested in another annotation's value, such as the {@code @JoinTable} inside
 * {@code @ManyToMany(...)} or the tables of {@code @SecondaryTables}, are collected too, under
 * the declaration they sit on. Values that are not literals, such as constants, are left out.
 */
final class AnnotationValues {

  private AnnotationValues() {}

  static List<AnnotationValue> of(CompilationUnit unit) {
    List<AnnotationValue> values = new ArrayList<>();
    for (AnnotationExpr annotation : unit.findAll(AnnotationExpr.class)) {
      Optional<String> owner = ownerOf(annotation);
      if (owner.isEmpty()) {
        continue;
      }
      int line = annotation.getBegin().map(p -> p.line).orElse(0);
      String name = annotation.getNameAsString();
      if (annotation instanceof SingleMemberAnnotationExpr single) {
        addStrings(values, owner.get(), name, "value", single.getMemberValue(), line);
      } else if (annotation instanceof NormalAnnotationExpr normal) {
        for (MemberValuePair pair : normal.getPairs()) {
          addStrings(values, owner.get(), name, pair.getNameAsString(), pair.getValue(), line);
        }
      }
    }
    return values;
  }

  private static void addStrings(List<AnnotationValue> values, String owner, String annotation,
      String element, Expression value, int line) {
    if (value instanceof StringLiteralExpr literal) {
      values.add(new AnnotationValue(owner, annotation, element, literal.getValue(), line));
    } else if (value instanceof ArrayInitializerExpr array) {
      for (Expression entry : array.getValues()) {
        addStrings(values, owner, annotation, element, entry, line);
      }
    }
  }

  /**
   * Returns the binary name of the named type whose declaration or member carries the
   * annotation, or nothing for annotations on packages, parameters and local declarations.
   */
  private static Optional<String> ownerOf(AnnotationExpr annotation) {
    Node node = annotation.getParentNode().orElse(null);
    while (node instanceof AnnotationExpr || node instanceof MemberValuePair
        || node instanceof ArrayInitializerExpr) {
      node = node.getParentNode().orElse(null);
    }
    if (!(node instanceof BodyDeclaration<?>)) {
      return Optional.empty();
    }
    TypeDeclaration<?> type = node instanceof TypeDeclaration<?> declared
        ? declared
        : node.getParentNode().filter(TypeDeclaration.class::isInstance)
            .map(TypeDeclaration.class::cast).orElse(null);
    if (type == null) {
      return Optional.empty();
    }
    return type.getFullyQualifiedName().map(name -> binaryName(type, name));
  }

  /** Turns {@code a.b.Outer.Inner} into {@code a.b.Outer$Inner}. */
  private static String binaryName(TypeDeclaration<?> type, String qualified) {
    StringBuilder name = new StringBuilder(qualified);
    Node parent = type.getParentNode().orElse(null);
    int end = qualified.length() - type.getNameAsString().length() - 1;
    while (parent instanceof TypeDeclaration<?> outer && end > 0) {
      name.setCharAt(end, '$');
      end -= outer.getNameAsString().length() + 1;
      parent = outer.getParentNode().orElse(null);
    }
    return name.toString();
  }
}
