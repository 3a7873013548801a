package dev.cleave.evaluate;

import static dev.cleave.evaluate.MoJoFmTest.groups;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairwiseAgreementTest {

  @Test
  void packageLayoutOfPetClinicScoresItsKnownF1() {
    // Truth: 9 + 2 + 6 + 3 classes (36 + 1 + 15 + 3 = 55 pairs). The packages put the 9 and 2
    // together (55 pairs, 37 right), 5 of the 6 (10 pairs, all right) and the last with the 3
    // (6 pairs, 3 right). P = 50/71, R = 50/55, F1 = 100/126.
    StringBuilder truth = new StringBuilder();
    StringBuilder proposal = new StringBuilder();
    for (int i = 0; i < 9; i++) {
      truth.append(" c").append(i).append("=customers");
      proposal.append(" c").append(i).append("=owner");
    }
    truth.append(" v0=visits v1=visits");
    proposal.append(" v0=owner v1=owner");
    for (int i = 0; i < 5; i++) {
      truth.append(" t").append(i).append("=vets");
      proposal.append(" t").append(i).append("=vet");
    }
    truth.append(" cache=vets g0=gateway g1=gateway g2=gateway");
    proposal.append(" cache=system g0=system g1=system g2=system");

    PairwiseAgreement agreement = PairwiseAgreement.of(groups(proposal.toString().strip()),
        groups(truth.toString().strip()));

    assertThat(agreement.precision()).isCloseTo(50.0 / 71, within(1e-12));
    assertThat(agreement.recall()).isCloseTo(50.0 / 55, within(1e-12));
    assertThat(agreement.f1()).isCloseTo(100.0 / 126, within(1e-12));
  }

  @Test
  void proposalOfSingletonsHasFullPrecision() {
    PairwiseAgreement agreement = PairwiseAgreement.of(groups("a=1 b=2 c=3"),
        groups("a=x b=x c=y"));

    assertThat(agreement.precision()).isEqualTo(1.0);
    assertThat(agreement.recall()).isEqualTo(0.0);
    assertThat(agreement.f1()).isEqualTo(0.0);
  }
}
