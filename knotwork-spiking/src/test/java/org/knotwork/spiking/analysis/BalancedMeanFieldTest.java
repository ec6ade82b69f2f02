package org.knotwork.spiking.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;
import org.knotwork.spiking.network.SheetModel;

/** Check 8 of the spiking notes: the balanced mean field of layer 2. */
class BalancedMeanFieldTest {

  @Test
  void layerTwoRatiosAndRates() {
    BalancedMeanField b = BalancedMeanField.of(SheetModel.HUANG_LAYER2);
    assertThat(b.inputRatio()).isCloseTo(2.80, within(1e-12));
    assertThat(b.inhibitoryRatio()).isCloseTo(0.80, within(1e-12));
    assertThat(b.excitatoryRatio()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(b.selfRatio()).isCloseTo(3.75, within(1e-12));
    assertThat(b.balanced()).isTrue();
    // exact fractions 625/16 and 50/3
    assertThat(b.rateE()).isCloseTo(625.0 / 16, within(625.0 / 16 * 1e-9));
    assertThat(b.rateI()).isCloseTo(50.0 / 3, within(50.0 / 3 * 1e-9));
    // an independent solve with EJML
    DMatrixRMaj w = new DMatrixRMaj(b.wrr());
    DMatrixRMaj x = new DMatrixRMaj(new double[][] {{-b.wrxE() * 10}, {-b.wrxI() * 10}});
    DMatrixRMaj r = new DMatrixRMaj(2, 1);
    assertThat(CommonOps_DDRM.solve(w, x, r)).isTrue();
    assertThat(r.get(0)).isCloseTo(b.rateE(), within(1e-9));
    assertThat(r.get(1)).isCloseTo(b.rateI(), within(1e-9));
  }

  @Test
  void reducedScaleKeepsTheMeanField() {
    BalancedMeanField full = BalancedMeanField.of(SheetModel.HUANG_LAYER2);
    BalancedMeanField red = BalancedMeanField.of(SheetModel.HUANG_LAYER2.resized(25, 100, 50));
    assertThat(red.rateE()).isCloseTo(full.rateE(), within(1e-9));
    assertThat(red.rateI()).isCloseTo(full.rateI(), within(1e-9));
  }
}
