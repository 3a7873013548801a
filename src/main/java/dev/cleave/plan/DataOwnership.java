package dev.cleave.plan;

import dev.cleave.model.DataAccess;
import dev.cleave.model.Plan;
import dev.cleave.model.TableOwnership;
import dev.cleave.model.TableUse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gives each table an owning service.
 *
 * <p>The owner is the service whose classes map the table as a JPA entity; without one, the
 * service whose classes write it; without one, the service whose classes read it. Among several
 * candidates of the same rule, the one with more classes touching the table wins, then the one
 * whose name sorts first. Classes that stay in the monolith never own a table; a table only they
 * touch has no owner. Every other service that touches the table is a shared data dependency.
 */
final class DataOwnership {

  private final Membership membership;

  DataOwnership(Membership membership) {
    this.membership = membership;
  }

  List<TableOwnership> find(DataAccess data) {
    Map<String, Map<String, List<TableUse>>> byTable = new TreeMap<>();
    for (TableUse use : data.uses()) {
      byTable.computeIfAbsent(use.table(), k -> new TreeMap<>())
          .computeIfAbsent(membership.groupOf(use.classId()), k -> new ArrayList<>()).add(use);
    }
    List<TableOwnership> tables = new ArrayList<>();
    byTable.forEach((table, byService) -> tables.add(ownership(table, byService)));
    return tables;
  }

  private static TableOwnership ownership(String table, Map<String, List<TableUse>> byService) {
    String owner = "";
    String reason = "only classes that stay in the monolith touch it";
    int ownerRank = -1;
    int ownerClasses = 0;
    for (Map.Entry<String, List<TableUse>> entry : byService.entrySet()) {
      if (entry.getKey().equals(Plan.MONOLITH)) {
        continue;
      }
      int rank = rank(entry.getValue());
      int classes = entry.getValue().size();
      if (rank > ownerRank || rank == ownerRank && classes > ownerClasses) {
        owner = entry.getKey();
        ownerRank = rank;
        ownerClasses = classes;
        reason = reason(entry.getValue(), rank);
      }
    }
    List<TableOwnership.ServiceAccess> accesses = new ArrayList<>();
    byService.forEach((service, uses) -> accesses.add(access(service, uses)));
    String first = owner;
    accesses.sort(Comparator.comparing((TableOwnership.ServiceAccess a) ->
        !a.service().equals(first)).thenComparing(TableOwnership.ServiceAccess::service));
    return new TableOwnership(table, owner, reason, accesses);
  }

  /** Returns 2 for a service that maps the table as an entity, 1 if it writes it, else 0. */
  private static int rank(List<TableUse> uses) {
    if (uses.stream().anyMatch(u -> u.sources().contains(TableUse.Source.ENTITY))) {
      return 2;
    }
    return uses.stream().anyMatch(TableUse::writes) ? 1 : 0;
  }

  private static String reason(List<TableUse> uses, int rank) {
    SortedSet<String> classes = new TreeSet<>();
    String verb = switch (rank) {
      case 2 -> "maps it as a JPA entity in ";
      case 1 -> "writes it in ";
      default -> "reads it in ";
    };
    for (TableUse use : uses) {
      boolean counts = switch (rank) {
        case 2 -> use.sources().contains(TableUse.Source.ENTITY);
        case 1 -> use.writes();
        default -> true;
      };
      if (counts) {
        classes.add(ApiSurface.shortName(use.classId()));
      }
    }
    return verb + String.join(", ", classes);
  }

  private static TableOwnership.ServiceAccess access(String service, List<TableUse> uses) {
    SortedSet<String> classes = new TreeSet<>();
    boolean reads = false;
    boolean writes = false;
    for (TableUse use : uses) {
      classes.add(use.classId());
      reads |= use.reads();
      writes |= use.writes();
    }
    return new TableOwnership.ServiceAccess(service, reads, writes, List.copyOf(classes));
  }
}
