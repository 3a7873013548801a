package dev.cleave.parse;

import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.AnnotationMemberDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.TypeParameter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Turns a type declaration into {@link TypeFact}s: the type itself and any generated types. */
final class Declarations {

  private static final Set<String> GENERATED_ANNOTATIONS = Set.of("Generated");

  private final TypeUse typeUse;

  Declarations(TypeUse typeUse) {
    this.typeUse = typeUse;
  }

  /**
   * Returns the facts of a type; the first is the type itself, followed by any type that Lombok
   * would generate inside it. The type's own type variables must already be in scope.
   */
  List<TypeFact> of(
      TypeDeclaration<?> type, TypeFact.Kind kind, Scope scope, boolean local, boolean generated) {
    List<FieldFact> declaredFields = fields(type, scope);
    List<FieldFact> fields = new ArrayList<>(declaredFields);
    List<MethodFact> methods = methods(type, scope);
    List<TypeFact> generatedTypes = new ArrayList<>();
    LombokMembers.add(type, scope, declaredFields, fields, methods, generatedTypes);

    Set<TypeFact.Flag> flags = EnumSet.noneOf(TypeFact.Flag.class);
    if (local) {
      flags.add(TypeFact.Flag.LOCAL);
    }
    if (generated || hasAnnotation(type.getAnnotations(), GENERATED_ANNOTATIONS)) {
      flags.add(TypeFact.Flag.GENERATED);
    }
    if (hasMainMethod(type)) {
      flags.add(TypeFact.Flag.MAIN_METHOD);
    }
    List<TypeFact> facts = new ArrayList<>();
    facts.add(
        new TypeFact(
            scope.type(),
            kind,
            scope,
            type.getBegin().map(p -> p.line).orElse(0),
            type.getEnd().map(p -> p.line).orElse(0),
            typeParameters(type),
            supertypes(type, scope),
            fields,
            methods,
            annotationNames(type.getAnnotations()),
            methodAnnotations(type),
            flags));
    facts.addAll(generatedTypes);
    return facts;
  }

  /**
   * Returns the fact of an anonymous class: its fields and methods, and the type it extends or
   * implements, so that names inside it resolve against its own members first.
   */
  TypeFact anonymous(NodeList<BodyDeclaration<?>> body, Scope scope, List<TypeExpr> supertypes,
      int line, int endLine) {
    List<FieldFact> fields = new ArrayList<>();
    List<MethodFact> methods = new ArrayList<>();
    for (BodyDeclaration<?> member : body) {
      if (member instanceof FieldDeclaration declaration) {
        for (VariableDeclarator variable : declaration.getVariables()) {
          fields.add(new FieldFact(variable.getNameAsString(),
              typeUse.of(variable.getType(), scope), declaration.isStatic(),
              declaration.isFinal(), false));
        }
      } else if (member instanceof MethodDeclaration method) {
        methods.add(method(method, scope));
      }
    }
    return new TypeFact(scope.type(), TypeFact.Kind.CLASS, scope, line, endLine, List.of(),
        supertypes, fields, methods, List.of(), Set.of(), Set.of(TypeFact.Flag.LOCAL));
  }

  private List<FieldFact> fields(TypeDeclaration<?> type, Scope scope) {
    List<FieldFact> fields = new ArrayList<>();
    boolean inInterface =
        type instanceof ClassOrInterfaceDeclaration declaration && declaration.isInterface()
            || type instanceof com.github.javaparser.ast.body.AnnotationDeclaration;
    if (type instanceof EnumDeclaration enumeration) {
      TypeExpr self = new TypeExpr.Known(scope.type());
      for (EnumConstantDeclaration constant : enumeration.getEntries()) {
        fields.add(new FieldFact(constant.getNameAsString(), self, true, true, true));
      }
    }
    if (type instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        fields.add(
            new FieldFact(
                component.getNameAsString(),
                typeUse.of(component.getType(), scope),
                false,
                true,
                false));
      }
    }
    for (FieldDeclaration declaration : type.getFields()) {
      boolean isStatic = inInterface || declaration.isStatic();
      boolean isFinal = inInterface || declaration.isFinal();
      for (VariableDeclarator variable : declaration.getVariables()) {
        fields.add(
            new FieldFact(
                variable.getNameAsString(),
                typeUse.of(variable.getType(), scope),
                isStatic,
                isFinal,
                false));
      }
    }
    return fields;
  }

  private List<MethodFact> methods(TypeDeclaration<?> type, Scope scope) {
    List<MethodFact> methods = new ArrayList<>();
    for (BodyDeclaration<?> member : type.getMembers()) {
      if (member instanceof MethodDeclaration method) {
        methods.add(method(method, scope));
      } else if (member instanceof AnnotationMemberDeclaration element) {
        methods.add(
            new MethodFact(
                element.getNameAsString(),
                List.of(),
                false,
                typeUse.of(element.getType(), scope),
                false,
                element.getBegin().map(p -> p.line).orElse(0)));
      }
    }
    if (type instanceof RecordDeclaration record) {
      for (Parameter component : record.getParameters()) {
        String name = component.getNameAsString();
        if (methods.stream().noneMatch(m -> m.name().equals(name) && m.arity() == 0)) {
          methods.add(
              new MethodFact(name, List.of(), false, typeUse.of(component.getType(), scope), false, 0));
        }
      }
    }
    if (type instanceof EnumDeclaration) {
      TypeExpr self = new TypeExpr.Known(scope.type());
      methods.add(new MethodFact("values", List.of(), false, new TypeExpr.Array(self), true, 0));
      methods.add(
          new MethodFact(
              "valueOf", List.of(new TypeExpr.Known("java.lang.String")), false, self, true, 0));
    }
    return methods;
  }

  private MethodFact method(MethodDeclaration method, Scope scope) {
    ScopesFrame frame = new ScopesFrame(method.getTypeParameters());
    try {
      List<TypeExpr> parameters = new ArrayList<>();
      boolean varargs = false;
      for (Parameter parameter : method.getParameters()) {
        TypeExpr type = typeUse.of(parameter.getType(), scope);
        varargs = parameter.isVarArgs();
        parameters.add(varargs ? new TypeExpr.Array(type) : type);
      }
      return new MethodFact(
          method.getNameAsString(),
          parameters,
          varargs,
          typeUse.of(method.getType(), scope),
          method.isStatic(),
          method.getBegin().map(p -> p.line).orElse(0));
    } finally {
      frame.close();
    }
  }

  /** Puts a method's type variables in scope while its signature is read. */
  private final class ScopesFrame {
    ScopesFrame(NodeList<TypeParameter> parameters) {
      typeUse.scopes().push();
      parameters.forEach(p -> typeUse.scopes().declareTypeVariable(p.getNameAsString(), null));
    }

    void close() {
      typeUse.scopes().pop();
    }
  }

  private List<TypeExpr> supertypes(TypeDeclaration<?> type, Scope scope) {
    List<TypeExpr> supertypes = new ArrayList<>();
    List<ClassOrInterfaceType> written = new ArrayList<>();
    if (type instanceof ClassOrInterfaceDeclaration declaration) {
      written.addAll(declaration.getExtendedTypes());
      written.addAll(declaration.getImplementedTypes());
    } else if (type instanceof EnumDeclaration declaration) {
      written.addAll(declaration.getImplementedTypes());
    } else if (type instanceof RecordDeclaration declaration) {
      written.addAll(declaration.getImplementedTypes());
    }
    for (ClassOrInterfaceType supertype : written) {
      supertypes.add(typeUse.of(supertype, scope));
    }
    return supertypes;
  }

  private static List<String> typeParameters(TypeDeclaration<?> type) {
    List<String> names = new ArrayList<>();
    if (type instanceof ClassOrInterfaceDeclaration declaration) {
      declaration.getTypeParameters().forEach(p -> names.add(p.getNameAsString()));
    } else if (type instanceof RecordDeclaration declaration) {
      declaration.getTypeParameters().forEach(p -> names.add(p.getNameAsString()));
    }
    return names;
  }

  private static List<String> annotationNames(NodeList<AnnotationExpr> annotations) {
    List<String> names = new ArrayList<>();
    annotations.forEach(annotation -> names.add(annotation.getNameAsString()));
    return names;
  }

  private static Set<String> methodAnnotations(TypeDeclaration<?> type) {
    Set<String> names = new TreeSet<>();
    for (MethodDeclaration method : type.getMethods()) {
      method.getAnnotations().forEach(annotation -> names.add(annotation.getNameAsString()));
    }
    return names;
  }

  private static boolean hasAnnotation(NodeList<AnnotationExpr> annotations, Set<String> simpleNames) {
    for (AnnotationExpr annotation : annotations) {
      String name = annotation.getNameAsString();
      if (simpleNames.contains(name.substring(name.lastIndexOf('.') + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMainMethod(TypeDeclaration<?> type) {
    for (MethodDeclaration method : type.getMethodsByName("main")) {
      if (method.isStatic()
          && method.getType().isVoidType()
          && method.getParameters().size() == 1
          && method.getParameter(0).getType().asString().replace(" ", "").matches("(java\\.lang\\.)?String(\\[\\])?")
          && (method.getParameter(0).isVarArgs() || method.getParameter(0).getType().isArrayType())
          && (method.hasModifier(Modifier.Keyword.PUBLIC) || isInterface(type))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInterface(TypeDeclaration<?> type) {
    return type instanceof ClassOrInterfaceDeclaration declaration && declaration.isInterface();
  }
}
