package dev.cleave.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MoJoFmTest {

  /** Builds a decomposition from "a=x b=x c=y" text. */
  static Decomposition groups(String text) {
    Map<String, String> groupOf = new TreeMap<>();
    for (String item : text.split(" ")) {
      String[] parts = item.split("=");
      groupOf.put(parts[0], parts[1]);
    }
    return new Decomposition(new TreeMap<>(groupOf));
  }

  @Test
  void identicalDecompositionsScoreHundred() {
    Decomposition truth = groups("a=x b=x c=y d=y");

    assertThat(MoJoFm.mno(groups("a=1 b=1 c=2 d=2"), truth)).isZero();
    assertThat(MoJoFm.of(groups("a=1 b=1 c=2 d=2"), truth)).isEqualTo(100.0);
  }

  @Test
  void oneMoveFromTruthOfFiveObjects() {
    // B = {a,b,c} {d,e}; A = {a,b} {c,d,e}. Moving c turns A into B: mno = 1.
    // max mno: B's sizes ascending 2, 3 count g up while g < size: g = 2, so n - g = 3.
    // MoJoFM = (1 - 1/3) * 100 = 66.67.
    Decomposition truth = groups("a=x b=x c=x d=y e=y");
    Decomposition proposal = groups("a=1 b=1 c=2 d=2 e=2");

    assertThat(MoJoFm.mno(proposal, truth)).isEqualTo(1);
    assertThat(MoJoFm.of(proposal, truth)).isCloseTo(200.0 / 3, within(1e-9));
  }

  @Test
  void splitClusterCostsOneJoin() {
    // B = {a,b,c,d}; A = {a,b} {c,d}: both tagged with B's one cluster, the matching takes
    // one of them, so one join: mno = 0 moves + (2 - 1) joins = 1. g = 1, max = 4 - 1 = 3.
    Decomposition truth = groups("a=x b=x c=x d=x");
    Decomposition proposal = groups("a=1 b=1 c=2 d=2");

    assertThat(MoJoFm.mno(proposal, truth)).isEqualTo(1);
    assertThat(MoJoFm.of(proposal, truth)).isCloseTo(100.0 * 2 / 3, within(1e-9));
  }

  @Test
  void singletonsAgainstPairsNeedJoins() {
    // B = {a,b} {c,d} {e,f}; A = six singletons: no moves, each B cluster takes one singleton
    // in the matching, so 6 - 3 = 3 joins. g over sizes 2, 2, 2 is 2, so max = 6 - 2 = 4.
    // MoJoFM = (1 - 3/4) * 100 = 25.
    Decomposition truth = groups("a=x b=x c=y d=y e=z f=z");
    Decomposition proposal = groups("a=1 b=2 c=3 d=4 e=5 f=6");

    assertThat(MoJoFm.mno(proposal, truth)).isEqualTo(3);
    assertThat(MoJoFm.of(proposal, truth)).isEqualTo(25.0);
  }

  @Test
  void maximumDistanceCountsGroupsBySize() {
    // Sizes 1, 1, 5 ascending: g goes 0 -> 1 (0 < 1), stays (1 < 1 is false), 1 -> 2 (1 < 5).
    Decomposition truth = groups("a=x b=y c=z d=z e=z f=z g=z");

    assertThat(MoJoFm.groupsForMaximum(truth)).isEqualTo(2);
  }

  @Test
  void tiedTagsAreMatchedToAvoidJoins() {
    // B = {a,b} {c,d}; A = {a,c} {b,d}: each A cluster ties between x and y. A maximum matching
    // gives each its own B cluster, so no join: mno = 1 + 1 moves = 2. max = 4 - 2 = 2.
    Decomposition truth = groups("a=x b=x c=y d=y");
    Decomposition proposal = groups("a=1 c=1 b=2 d=2");

    assertThat(MoJoFm.mno(proposal, truth)).isEqualTo(2);
    assertThat(MoJoFm.of(proposal, truth)).isEqualTo(0.0);
  }
}
