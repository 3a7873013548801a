package dev.cleave.model;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A candidate operation of a service's remote API: the uses of one member, or of one data type,
 * that cross the service's boundary.
 *
 * @param name the operation, such as {@code PaymentService.authorizeAndCapture},
 *     {@code new PaymentGatewayClient} or {@code Payment} for a data type
 * @param kind what the callers do with it
 * @param type the binary name of the type that declares it
 * @param members the members used, sorted; empty for a constructor
 * @param callsByService the uses from each other service, by service name
 * @param monolithCalls the uses from classes that stay in the monolith
 * @param callers the ids of the calling classes, sorted
 */
public record ApiOperation(
    String name,
    Kind kind,
    String type,
    List<String> members,
    SortedMap<String, Integer> callsByService,
    int monolithCalls,
    List<String> callers) {

  public ApiOperation {
    members = List.copyOf(members);
    callsByService = Collections.unmodifiableSortedMap(new TreeMap<>(callsByService));
    callers = List.copyOf(callers);
  }

  /** Returns the uses from other services, summed. */
  public int calls() {
    int total = 0;
    for (int count : callsByService.values()) {
      total += count;
    }
    return total;
  }

  /** The use that callers across the boundary make of an operation. */
  public enum Kind {
    /** Call a method of a component: a remote call once the service is extracted. */
    CALL,
    /**
     * Read or change the state of an entity, record or enum through its accessors: the
     * type's data must travel in a message or a response.
     */
    DATA,
    /** Construct an instance of the service's class. */
    CREATE,
    /** Read a constant, which can be copied to each caller. */
    CONSTANT
  }
}
