package dev.cleave.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cleave.model.Analysis;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixViewTest {

  private final Analysis analysis = SmallAnalysis.create();
  private final MatrixView view = MatrixView.of(analysis, new Assignment(analysis));

  @Test
  void packagesOrderedProvidersFirst() {
    assertThat(view.packages().rows().stream().map(MatrixView.Row::label))
        .containsExactly("a", "b", "c");
  }

  @Test
  void packageCellsCountReferences() {
    assertThat(values(view.packages())).containsExactly(
        List.of(0, 3, 0),
        List.of(1, 0, 0),
        List.of(2, 0, 0));
  }

  @Test
  void packageCycleIsMarked() {
    MatrixView.Matrix packages = view.packages();

    assertThat(packages.cycles()).isEqualTo(1);
    assertThat(packages.rows().stream().map(MatrixView.Row::cycle))
        .containsExactly(true, true, false);
    assertThat(packages.rows().get(0).cells().get(1).style()).isEqualTo("w4 cycle");
    assertThat(packages.rows().get(1).cells().get(0).style()).isEqualTo("w1 cycle");
    assertThat(packages.rows().get(2).cells().get(0).style()).isEqualTo("w3");
    assertThat(packages.rows().get(2).cells().get(2).style()).isEqualTo("self");
  }

  @Test
  void servicesHaveNoCycle() {
    MatrixView.Matrix services = view.services();

    assertThat(services.rows().stream().map(MatrixView.Row::name))
        .containsExactly("alpha", "gamma");
    assertThat(services.rows().stream().map(MatrixView.Row::anchor))
        .containsExactly("s0", "s1");
    assertThat(values(services)).containsExactly(List.of(0, 0), List.of(2, 0));
    assertThat(services.cycles()).isZero();
    assertThat(services.truncated()).isFalse();
  }

  private static List<List<Integer>> values(MatrixView.Matrix matrix) {
    return matrix.rows().stream()
        .map(row -> row.cells().stream().map(MatrixView.Cell::value).toList())
        .toList();
  }
}
