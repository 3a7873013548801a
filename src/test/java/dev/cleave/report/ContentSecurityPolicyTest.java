package dev.cleave.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

  @Test
  void hashOfEmptyTextIsStandardDigest() {
    assertThat(ContentSecurityPolicy.hash(""))
        .isEqualTo("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  }

  @Test
  void policyAllowsOnlyGivenElements() {
    String policy = ContentSecurityPolicy.of(List.of("", ""), List.of());

    assertThat(policy).isEqualTo("default-src 'none'; "
        + "script-src 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='; "
        + "style-src 'none'; img-src data:; base-uri 'none'; form-action 'none'");
  }

  @Test
  void policyNeverAllowsUnsafeInline() {
    String policy = ContentSecurityPolicy.of(List.of("a()"), List.of("b{}"));

    assertThat(policy).doesNotContain("unsafe");
  }
}
