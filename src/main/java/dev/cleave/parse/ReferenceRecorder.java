package dev.cleave.parse;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MarkerAnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.IntersectionType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import com.github.javaparser.ast.type.WildcardType;
import com.github.javaparser.ast.visitor.VoidVisitorAdapter;
import dev.cleave.model.DependencyKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The part of the fact walk that records references: types used in declarations and
 * expressions, annotations, Javadoc links and SQL literals, each from the innermost named type.
 */
abstract class ReferenceRecorder extends VoidVisitorAdapter<Void> {


  final FileContext context;
  final Scopes scopes = new Scopes();
  final TypeUse typeUse = new TypeUse(scopes);
  final ExpressionTypes expressions = new ExpressionTypes(scopes, typeUse);
  final Deque<Scope> typeScopes = new ArrayDeque<>();
  final List<RefFact> references = new ArrayList<>();
  final List<SqlFact> sql = new ArrayList<>();
  final java.util.Set<Expression> sqlLiterals =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  int annotationDepth;

  List<RefFact> references() {
    return references;
  }

  List<SqlFact> sql() {
    return sql;
  }

  void addName(DependencyKind kind, String written, int line) {
    add(kind, new TypeExpr.Named(written, List.of(), scope()), null, line);
  }

  DependencyKind fieldKind() {
    return annotationDepth > 0 ? DependencyKind.ANNOTATION_VALUE : DependencyKind.FIELD_ACCESS;
  }

  @Override
  public void visit(BinaryExpr n, Void arg) {
    if (n.getOperator() == BinaryExpr.Operator.PLUS && !isInsideConcatenation(n)) {
      SqlText.Concatenation concatenation = SqlText.concatenation(n);
      if (concatenation.hasLiteral() && SqlText.looksLikeSql(concatenation.text())) {
        sqlCandidate(concatenation.text(), line(n));
        sqlLiterals.addAll(concatenation.literals());
      }
    }
    super.visit(n, arg);
  }

  static boolean isInsideConcatenation(BinaryExpr n) {
    return n.getParentNode()
        .filter(BinaryExpr.class::isInstance)
        .map(parent -> ((BinaryExpr) parent).getOperator() == BinaryExpr.Operator.PLUS)
        .orElse(false);
  }

  @Override
  public void visit(StringLiteralExpr n, Void arg) {
    if (!sqlLiterals.contains(n)) {
      sqlCandidate(SqlText.value(n), line(n));
    }
  }

  @Override
  public void visit(TextBlockLiteralExpr n, Void arg) {
    sqlCandidate(SqlText.value(n), line(n));
  }

  void sqlCandidate(String value, int line) {
    if (scope().type() != null && SqlText.looksLikeSql(value)) {
      sql.add(new SqlFact(scope().type(), value, line));
    }
  }

  // Annotations.

  @Override
  public void visit(MarkerAnnotationExpr n, Void arg) {
    addAnnotation(n);
  }

  @Override
  public void visit(SingleMemberAnnotationExpr n, Void arg) {
    addAnnotation(n);
    annotationValue(n.getMemberValue());
  }

  @Override
  public void visit(NormalAnnotationExpr n, Void arg) {
    addAnnotation(n);
    for (MemberValuePair pair : n.getPairs()) {
      annotationValue(pair.getValue());
    }
  }

  void addAnnotation(AnnotationExpr annotation) {
    DependencyKind kind = DependencyKind.ANNOTATION;
    add(kind, annotationType(annotation), null, line(annotation));
  }

  TypeExpr annotationType(AnnotationExpr annotation) {
    return new TypeExpr.Named(annotation.getNameAsString(), List.of(), scope());
  }

  void annotationValue(Expression value) {
    annotationDepth++;
    value.accept(this, null);
    annotationDepth--;
  }

  void annotations(NodeList<AnnotationExpr> annotations) {
    for (AnnotationExpr annotation : annotations) {
      annotation.accept(this, null);
    }
  }

  // Types in declarations and expressions.

  /**
   * Records a use of a type with the given kind, and of every type in its arguments, bounds and
   * type annotations with the same kind and also as {@link DependencyKind#TYPE_ARG}.
   */
  void addType(Type type, DependencyKind kind) {
    addType(type, kind, false);
  }

  void addType(Type type, DependencyKind kind, boolean argument) {
    for (AnnotationExpr annotation : type.getAnnotations()) {
      annotation.accept(this, null);
    }
    if (type instanceof ClassOrInterfaceType named) {
      if (TypeUse.isInferred(named) && kind == DependencyKind.LOCAL_VAR_TYPE) {
        return;
      }
      TypeExpr target = typeUse.of(named, scope());
      add(kind, target, null, line(named));
      if (argument) {
        add(DependencyKind.TYPE_ARG, target, null, line(named));
      }
      ClassOrInterfaceType part = named;
      while (part != null) {
        part.getTypeArguments().ifPresent(args -> args.forEach(a -> addType(a, kind, true)));
        part.getScope().ifPresent(s -> s.getAnnotations().forEach(a -> a.accept(this, null)));
        part = part.getScope().orElse(null);
      }
    } else if (type instanceof ArrayType array) {
      addType(array.getComponentType(), kind, argument);
    } else if (type instanceof WildcardType wildcard) {
      wildcard.getExtendedType().ifPresent(bound -> addType(bound, kind, true));
      wildcard.getSuperType().ifPresent(bound -> addType(bound, kind, true));
    } else if (type instanceof UnionType union) {
      union.getElements().forEach(element -> addType(element, kind, argument));
    } else if (type instanceof IntersectionType intersection) {
      intersection.getElements().forEach(element -> addType(element, kind, argument));
    }
  }

  void add(DependencyKind kind, TypeExpr target, String member, int line) {
    add(kind, target, member, -1, line);
  }

  void add(DependencyKind kind, TypeExpr target, String member, int arity, int line) {
    if (target instanceof TypeExpr.Primitive || target instanceof TypeExpr.Variable) {
      return;
    }
    references.add(new RefFact(scope().type(), kind, target, member, arity, line));
  }

  void javadocOf(Node node) {
    node.getComment()
        .filter(JavadocComment.class::isInstance)
        .ifPresent(
            comment -> {
              for (JavadocReferences.Mention mention : JavadocReferences.of((JavadocComment) comment)) {
                add(
                    DependencyKind.JAVADOC,
                    new TypeExpr.Named(mention.name(), List.of(), scope()),
                    null,
                    mention.line());
              }
            });
  }

  Scope scope() {
    return typeScopes.peek();
  }

  static int line(Node node) {
    return node.getBegin().map(position -> position.line).orElse(0);
  }

  ReferenceRecorder(FileContext context) {
    this.context = context;
  }
}
