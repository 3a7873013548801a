package dev.cleave.parse;

import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.IntersectionType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnionType;
import com.github.javaparser.ast.type.VoidType;
import com.github.javaparser.ast.type.WildcardType;
import java.util.ArrayList;
import java.util.List;

/** Turns JavaParser types into {@link TypeExpr}s, seeing type variables and local types. */
final class TypeUse {

  private final Scopes scopes;

  TypeUse(Scopes scopes) {
    this.scopes = scopes;
  }

  Scopes scopes() {
    return scopes;
  }

  /** Returns the type expression for a type written in the given scope. */
  TypeExpr of(Type type, Scope scope) {
    if (type instanceof ClassOrInterfaceType named) {
      return ofNamed(named, scope);
    }
    if (type instanceof ArrayType array) {
      return new TypeExpr.Array(of(array.getComponentType(), scope));
    }
    if (type instanceof PrimitiveType primitive) {
      return new TypeExpr.Primitive(primitive.asString());
    }
    if (type instanceof VoidType) {
      return new TypeExpr.Primitive("void");
    }
    if (type instanceof WildcardType wildcard) {
      if (wildcard.getExtendedType().isPresent()) {
        return of(wildcard.getExtendedType().get(), scope);
      }
      if (wildcard.getSuperType().isPresent()) {
        return of(wildcard.getSuperType().get(), scope);
      }
      return new TypeExpr.Unknown();
    }
    if (type instanceof UnionType union && union.getElements().isNonEmpty()) {
      return of(union.getElements().get(0), scope);
    }
    if (type instanceof IntersectionType intersection && intersection.getElements().isNonEmpty()) {
      return of(intersection.getElements().get(0), scope);
    }
    return new TypeExpr.Unknown();
  }

  private TypeExpr ofNamed(ClassOrInterfaceType type, Scope scope) {
    String written = writtenName(type);
    if (type.getScope().isEmpty()) {
      String owner = scopes.typeVariable(written);
      if (owner != null) {
        return new TypeExpr.Variable(written, owner.isEmpty() ? null : owner);
      }
      String local = scopes.localType(written);
      if (local != null) {
        return new TypeExpr.Known(local);
      }
    }
    List<TypeExpr> arguments = new ArrayList<>();
    type.getTypeArguments()
        .ifPresent(args -> args.forEach(argument -> arguments.add(of(argument, scope))));
    return new TypeExpr.Named(written, arguments, scope);
  }

  /** Returns {@code Map.Entry} for {@code Map.Entry<K, V>}: the dotted name without arguments. */
  static String writtenName(ClassOrInterfaceType type) {
    StringBuilder name = new StringBuilder(type.getNameAsString());
    ClassOrInterfaceType current = type;
    while (current.getScope().isPresent()) {
      current = current.getScope().get();
      name.insert(0, '.').insert(0, current.getNameAsString());
    }
    return name.toString();
  }

  /** Returns whether a written local variable type asks for inference: {@code var} or {@code val}. */
  static boolean isInferred(Type type) {
    if (type.isVarType()) {
      return true;
    }
    return type instanceof ClassOrInterfaceType named
        && named.getScope().isEmpty()
        && named.getTypeArguments().isEmpty()
        && (named.getNameAsString().equals("val") || named.getNameAsString().equals("var"));
  }
}
