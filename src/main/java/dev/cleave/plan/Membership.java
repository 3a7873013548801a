package dev.cleave.plan;

import dev.cleave.cluster.ClusterStage;
import dev.cleave.model.Plan;
import dev.cleave.model.Proposal;
import dev.cleave.model.Service;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The service each class moves to. Classes of the proposal's {@code isolated} group, of shared
 * libraries and of no group stay in the monolith: they are no service to extract.
 */
final class Membership {

  private final Map<String, String> serviceOf = new HashMap<>();
  private final Map<String, String> libraryOf = new HashMap<>();
  private final List<String> services = new ArrayList<>();

  Membership(Proposal proposal) {
    for (Service service : proposal.services()) {
      if (service.name().equals(ClusterStage.ISOLATED)) {
        continue;
      }
      services.add(service.name());
      service.classes().forEach(id -> serviceOf.put(id, service.name()));
    }
    proposal.sharedLibraries().forEach(library ->
        library.classes().forEach(id -> libraryOf.put(id, library.name())));
  }

  /** Returns the names of the services to extract, in the order of the proposal. */
  List<String> services() {
    return Collections.unmodifiableList(services);
  }

  /** Returns the service of the class, or {@code null} when it stays in the monolith. */
  String serviceOf(String classId) {
    return serviceOf.get(classId);
  }

  /** Returns the service of the class, or {@link Plan#MONOLITH}. */
  String groupOf(String classId) {
    return serviceOf.getOrDefault(classId, Plan.MONOLITH);
  }

  /** Returns the shared library of the class, or {@code null}. */
  String libraryOf(String classId) {
    return libraryOf.get(classId);
  }
}
