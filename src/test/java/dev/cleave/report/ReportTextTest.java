package dev.cleave.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small text functions of the report: labels, escapes and reasons. */
class ReportTextTest {

  @Test
  void commonPrefixStopsAtWholeSegments() {
    assertThat(PackageNames.commonPrefix(List.of("org.shop.order", "org.shop.orders.api")))
        .isEqualTo("org.shop.");
  }

  @Test
  void commonPrefixOfUnrelatedPackagesIsEmpty() {
    assertThat(PackageNames.commonPrefix(List.of("org.shop", "com.shop", ""))).isEmpty();
  }

  @Test
  void shortenKeepsNameThatWouldVanish() {
    assertThat(PackageNames.shorten("org.shop", "org.shop.")).isEqualTo("org.shop");
    assertThat(PackageNames.shorten("org.shop.order", "org.shop.")).isEqualTo("order");
    assertThat(PackageNames.shorten("", "")).isEqualTo("(default package)");
  }

  @Test
  void mermaidLabelWritesEntitiesForMarkup() {
    assertThat(MermaidMap.label("a<b>\"c\"&Straße]"))
        .isEqualTo("a#60;b#62;#34;c#34;#38;Stra#223;e#93;");
  }

  @Test
  void dotEscapeDoublesBackslashes() {
    assertThat(GraphExports.dotEscape("a\\\"b\nc")).isEqualTo("a\\\\\"b\\nc");
  }

  @Test
  void couplingOfClassWithoutReferences() {
    assertThat(ServicesView.coupling(0, 0, "", 0))
        .isEqualTo("No code references to or from other project classes.");
  }

  @Test
  void couplingOfClassThatStaysInside() {
    assertThat(ServicesView.coupling(5, 0, "", 0))
        .isEqualTo("All 5 of its references stay in this service.");
  }

  @Test
  void couplingOfClassPulledElsewhere() {
    assertThat(ServicesView.coupling(2, 6, "billing", 4))
        .isEqualTo("25% of its 8 references stay in this service; the strongest pull"
            + " elsewhere is billing with 4.");
  }

  @Test
  void couplingOfMostlyInsideClass() {
    assertThat(ServicesView.coupling(9, 1, "billing", 1))
        .isEqualTo("90% of its 10 references stay in this service; the strongest pull"
            + " elsewhere is billing with 1.");
  }

  @Test
  void weightLevelsFollowLogScale() {
    assertThat(List.of(MatrixView.level(1, 1000), MatrixView.level(10, 1000),
        MatrixView.level(100, 1000), MatrixView.level(1000, 1000), MatrixView.level(1, 1)))
        .containsExactly(1, 2, 3, 4, 4);
  }

  @Test
  void riskZonesFollowProduct() {
    assertThat(List.of(PlanViews.zone(1), PlanViews.zone(5), PlanViews.zone(6),
        PlanViews.zone(14), PlanViews.zone(15), PlanViews.zone(25)))
        .containsExactly("low", "low", "medium", "medium", "high", "high");
  }
}
