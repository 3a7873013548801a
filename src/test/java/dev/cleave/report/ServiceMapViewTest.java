package dev.cleave.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cleave.model.Analysis;
import dev.cleave.model.ServiceDependency;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceMapViewTest {

  private final Analysis analysis = SmallAnalysis.create();
  private final ServiceMapView view = ServiceMapView.of(analysis, new Assignment(analysis));

  @Test
  void packagesAreNodesInsideServices() {
    List<String> packages = new ArrayList<>();
    view.data().get("packages").forEach(p -> packages.add(
        p.get("id").asText() + " " + p.get("service").asInt() + " " + p.get("label").asText()
            + " " + p.get("classes").asInt()));

    assertThat(packages).containsExactly("p0 0 a 2", "p1 0 b 1", "p2 1 c 1");
  }

  @Test
  void edgesJoinPackageNodes() {
    List<String> edges = new ArrayList<>();
    for (JsonNode edge : view.data().get("edges")) {
      edges.add(edge.get(0).asInt() + "->" + edge.get(1).asInt() + ":" + edge.get(2).asInt());
    }

    assertThat(edges).containsExactly("0->1:3", "1->0:1", "2->0:2");
  }

  @Test
  void dependencyRowsNameBothEnds() {
    assertThat(view.dependencies()).containsExactly(
        new ServiceMapView.DependencyRow("s1", "gamma", "s0", "alpha", 2, 2, 1, false));
    assertThat(view.dependencyCount()).isEqualTo(1);
  }

  @Test
  void smallMapsDrawEveryEdge() {
    assertThat(view.minWeight()).isEqualTo(1);
  }

  @Test
  void largeMapsDrawHeaviestEdgesFirst() {
    List<ServiceDependency> heaviestFirst = new ArrayList<>();
    for (int weight = 100; weight > 0; weight--) {
      heaviestFirst.add(new ServiceDependency("a" + weight, "b", weight, 0, 1));
    }

    assertThat(ServiceMapView.minWeight(heaviestFirst, 5)).isEqualTo(61);
    assertThat(ServiceMapView.minWeight(heaviestFirst, 60)).isEqualTo(41);
  }
}
