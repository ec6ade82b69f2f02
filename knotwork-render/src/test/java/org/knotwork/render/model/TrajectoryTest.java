package org.knotwork.render.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knotwork.data.Dataset;
import org.knotwork.net.NetworkParams;
import org.knotwork.render.SyntheticTrajectories;

class TrajectoryTest {
  private final NetworkParams net = SyntheticTrajectories.randomNet(4, 1, 1, 1);
  private final Dataset data = Dataset.wiggly8();

  @Test
  void framesMustBeInTimeOrder() {
    List<Frame> frames = List.of(new Frame(0, 1.0, net, 0.1, 0.1), new Frame(1, 0.5, net, 0.1, 0.1));
    assertThatThrownBy(() -> new Trajectory("t", data, net, frames, null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("time order");
  }

  @Test
  void framesMustHaveTheInitialWidth() {
    NetworkParams other = SyntheticTrajectories.randomNet(5, 1, 1, 1);
    assertThatThrownBy(() -> new Trajectory("t", data, net,
        List.of(new Frame(0, 0, other, 0.1, 0.1)), null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("width 5");
  }

  @Test
  void spectraNeedALabel() {
    assertThatThrownBy(() -> new Trajectory("t", data, net,
        List.of(new Frame(0, 0, net, 0.1, 0.1, new double[] {1})), null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("spectrumLabel");
  }

  @Test
  void frameFieldsAreValidated() {
    assertThatThrownBy(() -> new Frame(-1, 0, net, 0.1, 0.1))
        .hasMessageContaining("step must be >= 0");
    assertThatThrownBy(() -> new Frame(0, Double.NaN, net, 0.1, 0.1))
        .hasMessageContaining("time");
    assertThatThrownBy(() -> new Frame(0, 0, net, -1, 0.1)).hasMessageContaining("loss");
    assertThatThrownBy(() -> new Frame(0, 0, net, 0.1, 0.1, new double[] {Double.NaN}))
        .hasMessageContaining("spectrum[0]");
    assertThatThrownBy(() -> new TrajectoryEvent(0, 0, 0, "Pin!"))
        .hasMessageContaining("kind");
  }

  @Test
  void spectrumIsSortedAndSpecIsSorted() {
    Frame f = new Frame(0, 0, net, 0.1, 0.1, new double[] {3, -1, 2});
    assertThat(f.spectrum()).containsExactly(-1, 2, 3);
    Trajectory t = new Trajectory("t", data, net, List.of(f), null, "H",
        Map.of("b", "2", "a", "1"));
    assertThat(t.spec().keySet()).containsExactly("a", "b");
  }
}
