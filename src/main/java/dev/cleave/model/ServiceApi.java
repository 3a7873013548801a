package dev.cleave.model;

import java.util.List;

/**
 * The candidate remote API of one service: the members and types of it that other services and
 * the monolith use.
 *
 * @param service the service name
 * @param operations the operations, most used first, then by name
 * @param types the binary names of its types that others name only as parameter, field,
 *     return or exception types, without calling them: the types its API must carry, sorted
 */
public record ServiceApi(String service, List<ApiOperation> operations, List<String> types) {

  public ServiceApi {
    operations = List.copyOf(operations);
    types = List.copyOf(types);
  }

  /** Returns the uses from other services over all operations. */
  public int calls() {
    return operations.stream().mapToInt(ApiOperation::calls).sum();
  }

  /** Returns the uses from classes in no service over all operations. */
  public int monolithCalls() {
    return operations.stream().mapToInt(ApiOperation::monolithCalls).sum();
  }

  /** Returns the operations that the named service uses, in order. */
  public List<ApiOperation> operationsFor(String consumer) {
    return operations.stream().filter(o -> o.callsByService().containsKey(consumer)).toList();
  }
}
