package dev.cleave.plan;

import dev.cleave.model.ChangeStats;
import dev.cleave.model.FileHistory;
import java.util.Collection;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The recent changes of one service's files, summed per team and per person.
 *
 * <p>A file counts once even when several of the service's classes are declared in it.
 */
final class ServiceShares {

  /**
   * The two largest shares.
   *
   * @param first the key with the largest share, or {@code null}
   * @param firstShare its share
   * @param second the key with the second largest share, or {@code null}
   * @param secondShare its share, 0 without one
   */
  record Ranked(String first, double firstShare, String second, double secondShare) {}

  /** Shares below this are sums that should be 0 but for rounding. */
  private static final double ROUNDING = 1e-12;

  private final double total;
  private final SortedMap<String, Double> byTeam = new TreeMap<>();
  private final SortedMap<String, Double> byAuthor = new TreeMap<>();

  private ServiceShares(double total) {
    this.total = total;
  }

  static ServiceShares of(Collection<String> paths, Map<String, FileHistory> fileOfPath) {
    double total = 0;
    for (String path : paths) {
      FileHistory file = fileOfPath.get(path);
      if (file != null) {
        total += file.stats().recentChanges();
      }
    }
    ServiceShares shares = new ServiceShares(total);
    for (String path : paths) {
      FileHistory file = fileOfPath.get(path);
      if (file != null) {
        ChangeStats stats = file.stats();
        stats.recentByTeam().forEach((team, w) -> shares.byTeam.merge(team, w, Double::sum));
        stats.recentByAuthor().forEach((who, w) -> shares.byAuthor.merge(who, w, Double::sum));
      }
    }
    return shares;
  }

  double total() {
    return total;
  }

  Ranked rankedTeams() {
    return rank(byTeam);
  }

  Ranked rankedAuthors() {
    return rank(byAuthor);
  }

  /** Returns the share of changes that no team accounts for. */
  double unattributedShare() {
    double attributed = 0;
    for (double weight : byTeam.values()) {
      attributed += weight;
    }
    double share = (total - attributed) / total;
    return share < ROUNDING ? 0 : share;
  }

  /** Ranks by weight, largest first; equal weights rank by key, so ties are deterministic. */
  private Ranked rank(SortedMap<String, Double> weights) {
    String first = null;
    String second = null;
    for (Map.Entry<String, Double> entry : weights.entrySet()) {
      String key = entry.getKey();
      double weight = entry.getValue();
      if (first == null || weight > weights.get(first)) {
        second = first;
        first = key;
      } else if (second == null || weight > weights.get(second)) {
        second = key;
      }
    }
    return new Ranked(first, first == null ? 0 : share(weights.get(first)),
        second, second == null ? 0 : share(weights.get(second)));
  }

  /** Returns a weight's share of the total, at most 1 although the sums may round above. */
  private double share(double weight) {
    return Math.min(1.0, weight / total);
  }
}
