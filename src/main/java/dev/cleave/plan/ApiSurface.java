package dev.cleave.plan;

import dev.cleave.model.ApiOperation;
import dev.cleave.model.Dependency;
import dev.cleave.model.DependencyKind;
import dev.cleave.model.KindCount;
import dev.cleave.model.Plan;
import dev.cleave.model.ServiceApi;
import dev.cleave.model.TypeNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Finds the candidate remote API of each service: the members and types of its classes that
 * the classes of other services, and of the monolith, use.
 *
 * <p>Each use of a member ({@link Dependency#members()}) and each constructor call across the
 * boundary counts once. Uses are grouped into operations: one per method or field of a component
 * ({@code PaymentService.authorizeAndCapture}), one per constructed type
 * ({@code new EmailSender}), one per data type for all its members ({@code Payment}, see
 * {@link TypeIndex#isDataType}), and one per constant read. Types that other services name without
 * using them, as parameter, field, return or caught exception types, are listed as types the API
 * must carry. Calls between two services sum the uses of every operation but constants, which
 * each caller can copy. Cost O(d) in the class dependencies; the output is sorted.
 */
final class ApiSurface {

  private final Membership membership;
  private final TypeIndex types;

  ApiSurface(Membership membership, TypeIndex types) {
    this.membership = membership;
    this.types = types;
  }

  /** The APIs of the services and the calls between them. */
  record Result(List<ServiceApi> apis, List<CallEdge> edges) {}

  Result find(List<Dependency> dependencies) {
    Map<String, Map<String, Builder>> operations = new TreeMap<>();
    Map<String, SortedSet<String>> namedTypes = new TreeMap<>();
    Map<String, EdgeBuilder> edges = new TreeMap<>();
    for (Dependency dependency : dependencies) {
      String provider = membership.serviceOf(dependency.target());
      String consumer = membership.groupOf(dependency.source());
      if (provider == null || provider.equals(consumer) || dependency.codeCount() == 0) {
        continue;
      }
      Map<String, Builder> ofProvider = operations.computeIfAbsent(provider, k -> new TreeMap<>());
      int calls = 0;
      for (Map.Entry<String, Integer> member : dependency.members().entrySet()) {
        Builder operation = operation(ofProvider, dependency, member.getKey());
        operation.add(consumer, dependency.source(), member.getValue());
        operation.members.add(member.getKey().substring(member.getKey().indexOf('#') + 1));
        if (operation.kind != ApiOperation.Kind.CONSTANT) {
          calls += member.getValue();
        }
      }
      KindCount constructed = dependency.kinds().get(DependencyKind.CONSTRUCTOR_CALL);
      if (constructed != null) {
        String name = "new " + shortName(dependency.target());
        ofProvider.computeIfAbsent(name, k -> new Builder(k, ApiOperation.Kind.CREATE,
            dependency.target())).add(consumer, dependency.source(), constructed.count());
        calls += constructed.count();
      }
      namedTypes.computeIfAbsent(provider, k -> new TreeSet<>())
          .addAll(dependency.targetTypes());
      if (calls > 0 && !consumer.equals(Plan.MONOLITH)) {
        edges.computeIfAbsent(consumer + PlanSettings.ARROW + provider,
            k -> new EdgeBuilder(consumer, provider)).add(dependency, calls);
      }
    }
    List<ServiceApi> apis = new ArrayList<>();
    for (String service : membership.services()) {
      apis.add(api(service, operations.getOrDefault(service, Map.of()),
          namedTypes.getOrDefault(service, new TreeSet<>())));
    }
    List<CallEdge> callEdges = edges.values().stream().map(EdgeBuilder::build).toList();
    return new Result(apis, callEdges);
  }

  private ServiceApi api(String service, Map<String, Builder> operations,
      SortedSet<String> named) {
    List<ApiOperation> built = new ArrayList<>();
    SortedSet<String> used = new TreeSet<>();
    for (Builder builder : operations.values()) {
      built.add(builder.build());
      used.add(builder.type);
    }
    built.sort(Comparator.comparingInt((ApiOperation o) -> -(o.calls() + o.monolithCalls()))
        .thenComparing(ApiOperation::name));
    List<String> carried = named.stream().filter(type -> !used.contains(type)).toList();
    return new ServiceApi(service, built, carried);
  }

  /** Returns the operation a member use belongs to, creating it on first use. */
  private Builder operation(Map<String, Builder> operations, Dependency dependency,
      String member) {
    String simple = member.substring(0, member.indexOf('#'));
    String field = member.substring(member.indexOf('#') + 1);
    String type = declaringType(dependency, simple);
    String name;
    ApiOperation.Kind kind;
    if (types.isConstant(type, field)) {
      name = shortName(type) + "." + field;
      kind = ApiOperation.Kind.CONSTANT;
    } else if (types.isDataType(type)) {
      name = shortName(type);
      kind = ApiOperation.Kind.DATA;
    } else {
      name = shortName(type) + "." + field;
      kind = ApiOperation.Kind.CALL;
    }
    return operations.computeIfAbsent(name, k -> new Builder(k, kind, type));
  }

  /** Returns the target type whose simple name prefixes the member, else the dependency's. */
  private static String declaringType(Dependency dependency, String simpleName) {
    for (String type : dependency.targetTypes()) {
      if (TypeNames.simpleNameOf(type).equals(simpleName)) {
        return type;
      }
    }
    return dependency.target();
  }

  /** Returns {@code Outer.Inner} for {@code com.acme.Outer$Inner}. */
  static String shortName(String binaryName) {
    String top = TypeNames.topLevelOf(binaryName);
    String simpleTop = TypeNames.simpleNameOf(top);
    return TypeNames.canonicalOf(simpleTop + binaryName.substring(top.length()));
  }

  /** An operation being summed. */
  private static final class Builder {
    final String name;
    final ApiOperation.Kind kind;
    final String type;
    final SortedSet<String> members = new TreeSet<>();
    final SortedMap<String, Integer> byService = new TreeMap<>();
    final SortedSet<String> callers = new TreeSet<>();
    int monolith;

    Builder(String name, ApiOperation.Kind kind, String type) {
      this.name = name;
      this.kind = kind;
      this.type = type;
    }

    void add(String consumer, String caller, int count) {
      if (consumer.equals(Plan.MONOLITH)) {
        monolith += count;
      } else {
        byService.merge(consumer, count, Integer::sum);
      }
      callers.add(caller);
    }

    ApiOperation build() {
      List<String> memberList = kind == ApiOperation.Kind.CREATE ? List.of() : List.copyOf(members);
      return new ApiOperation(name, kind, type, memberList, byService, monolith,
          List.copyOf(callers));
    }
  }

  /** The calls between two services being summed. */
  private static final class EdgeBuilder {
    final String from;
    final String to;
    final SortedSet<String> pairs = new TreeSet<>();
    int calls;

    EdgeBuilder(String from, String to) {
      this.from = from;
      this.to = to;
    }

    void add(Dependency dependency, int count) {
      calls += count;
      pairs.add(dependency.source() + PlanSettings.ARROW + dependency.target());
    }

    CallEdge build() {
      return new CallEdge(from, to, calls, pairs);
    }
  }
}
