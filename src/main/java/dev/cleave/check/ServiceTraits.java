package dev.cleave.check;

import dev.cleave.model.DeclaredService;
import dev.cleave.model.ProjectConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The owning teams and the tier of each declared service, as the ownership and tier rules read
 * them.
 *
 * <p>NOTE: for now both come from the declaration alone. Owners inferred from the version
 * history and tiers inferred from the code are meant to be merged in here, so that the rules
 * can also flag a service that nobody declared an owner for but two teams change.
 *
 * @param teams the distinct teams named for each service, in declared order
 * @param tiers the tier of each service that declares one
 */
record ServiceTraits(Map<String, List<String>> teams, Map<String, Integer> tiers) {

  ServiceTraits {
    teams = Collections.unmodifiableMap(new TreeMap<>(teams));
    tiers = Collections.unmodifiableMap(new TreeMap<>(tiers));
  }

  /**
   * Returns the traits the declaration states. A team entry that names several teams separated
   * by commas, such as {@code "payments, checkout"}, counts as several teams.
   */
  static ServiceTraits declared(ProjectConfig declaration) {
    Map<String, List<String>> teams = new TreeMap<>();
    Map<String, Integer> tiers = new TreeMap<>();
    for (DeclaredService service : declaration.services()) {
      List<String> names = new ArrayList<>();
      for (String entry : service.team()) {
        for (String part : entry.split(",")) {
          String name = part.strip();
          if (!name.isEmpty() && !names.contains(name)) {
            names.add(name);
          }
        }
      }
      teams.put(service.name(), List.copyOf(names));
      if (service.tier() != null) {
        tiers.put(service.name(), service.tier());
      }
    }
    return new ServiceTraits(teams, tiers);
  }

  List<String> teamsOf(String service) {
    return teams.getOrDefault(service, List.of());
  }

  Integer tierOf(String service) {
    return tiers.get(service);
  }
}
