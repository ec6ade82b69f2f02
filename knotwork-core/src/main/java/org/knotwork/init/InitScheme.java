package org.knotwork.init;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The initialisation schemes of the lab, each with its command-line name.
 *
 * <p><b>Fan convention for a 1&rarr;H&rarr;1 net</b> (PyTorch's, for weight tensors of shape
 * out&times;in): layer 1 (w, b) has fan_in = 1 and fan_out = H; layer 2 (v, c) has fan_in = H and
 * fan_out = 1.
 *
 * <p><b>Biases.</b> The weight-only schemes (He, Glorot, LeCun) leave the biases at PyTorch's
 * {@code nn.Linear} default U(&minus;1/&radic;fan_in, 1/&radic;fan_in), which is what remains when one
 * re-initialises only the weight tensor (the common PyTorch idiom): b ~ U(&minus;1, 1) and c ~
 * U(&minus;1/&radic;H, 1/&radic;H). Each {@code -zero-bias} variant sets b = c = 0 instead (the Keras
 * default), which puts every knot at exactly 0 (S21).
 *
 * <p><b>Normals are not truncated</b> (PyTorch's {@code kaiming_normal_}, {@code xavier_normal_}); Keras'
 * {@code he_normal}, {@code lecun_normal} and {@code glorot_normal} draw from a truncated normal
 * instead and are not reproduced here.
 *
 * <p>The scale multipliers (&alpha;<sub>w</sub>, &alpha;<sub>b</sub>, &alpha;<sub>v</sub>) of {@link
 * Scales} multiply the drawn w, b and v afterwards; see {@link InitSpec}.
 */
public enum InitScheme {
  /**
   * PyTorch {@code nn.Linear} default for both layers: weights by {@code kaiming_uniform_(a=√5)}, whose
   * bound is 1/&radic;fan_in, and biases U(&minus;1/&radic;fan_in, 1/&radic;fan_in). So w, b ~
   * U(&minus;1, 1) and v, c ~ U(&minus;1/&radic;H, 1/&radic;H).
   */
  PYTORCH_DEFAULT("pytorch-default", false),
  /** PyTorch default weights with b = c = 0. */
  PYTORCH_DEFAULT_ZERO_BIAS("pytorch-default-zero-bias", true),
  /** He/Kaiming normal, mode fan_in, gain &radic;2: w ~ N(0, 2), v ~ N(0, 2/H); default biases. */
  HE_NORMAL("he-normal", false),
  /** He/Kaiming normal weights with b = c = 0. */
  HE_NORMAL_ZERO_BIAS("he-normal-zero-bias", true),
  /**
   * He/Kaiming uniform, mode fan_in, gain &radic;2: bound &radic;(6/fan_in), so w ~ U(&minus;&radic;6,
   * &radic;6), v ~ U(&minus;&radic;(6/H), &radic;(6/H)); default biases.
   */
  HE_UNIFORM("he-uniform", false),
  /** He/Kaiming uniform weights with b = c = 0. */
  HE_UNIFORM_ZERO_BIAS("he-uniform-zero-bias", true),
  /**
   * Glorot/Xavier normal, gain 1: variance 2/(fan_in + fan_out) = 2/(H+1) for both w and v; default
   * biases.
   */
  GLOROT_NORMAL("glorot-normal", false),
  /** Glorot/Xavier normal weights with b = c = 0. */
  GLOROT_NORMAL_ZERO_BIAS("glorot-normal-zero-bias", true),
  /**
   * Glorot/Xavier uniform, gain 1: bound &radic;(6/(fan_in + fan_out)) = &radic;(6/(H+1)) for both w and
   * v; default biases.
   */
  GLOROT_UNIFORM("glorot-uniform", false),
  /** Glorot/Xavier uniform weights with b = c = 0. */
  GLOROT_UNIFORM_ZERO_BIAS("glorot-uniform-zero-bias", true),
  /** LeCun normal, mode fan_in: w ~ N(0, 1), v ~ N(0, 1/H); default biases. */
  LECUN_NORMAL("lecun-normal", false),
  /** LeCun normal weights with b = c = 0. */
  LECUN_NORMAL_ZERO_BIAS("lecun-normal-zero-bias", true),
  /**
   * LeCun uniform, mode fan_in: bound &radic;(3/fan_in), so w ~ U(&minus;&radic;3, &radic;3), v ~
   * U(&minus;&radic;(3/H), &radic;(3/H)); default biases.
   */
  LECUN_UNIFORM("lecun-uniform", false),
  /** LeCun uniform weights with b = c = 0. */
  LECUN_UNIFORM_ZERO_BIAS("lecun-uniform-zero-bias", true),
  /**
   * Independent centred Gaussians with the given standard deviations ({@link GaussianSigmas}), not
   * scaled by any fan: w ~ N(0, &sigma;<sub>w</sub><sup>2</sup>), b ~ N(0,
   * &sigma;<sub>b</sub><sup>2</sup>), v ~ N(0, &sigma;<sub>v</sub><sup>2</sup>), c ~ N(0,
   * &sigma;<sub>c</sub><sup>2</sup>). &sigma;<sub>b</sub> = 0 is its zero-bias form.
   */
  GAUSSIAN("gaussian", false),
  /**
   * Data-aware: knots spread over a given range ({@link KnotRange}) instead of piling up near 0.
   * &beta;<sub>i</sub> ~ U(lo, hi), orientation s<sub>i</sub> = &plusmn;1 with probability &frac12;,
   * |w<sub>i</sub>| = 1, b<sub>i</sub> = &minus;w<sub>i</sub>&beta;<sub>i</sub>, v<sub>i</sub> ~ N(0,
   * 1/H) (LeCun fan_in for layer 2), c = 0. This is the set-up of the reference runs of notes
   * &sect;6 (without the antisymmetric pairing).
   */
  SPREAD("spread", false);

  private final String cliName;
  private final boolean zeroBias;

  InitScheme(String cliName, boolean zeroBias) {
    this.cliName = cliName;
    this.zeroBias = zeroBias;
  }

  /** The command-line name, e.g. {@code he-normal-zero-bias}. */
  public String cliName() {
    return cliName;
  }

  /** True for the {@code -zero-bias} variants (b = c = 0, every knot at 0). */
  public boolean zeroBias() {
    return zeroBias;
  }

  /** All command-line names, in declaration order. */
  public static List<String> cliNames() {
    return Arrays.stream(values()).map(InitScheme::cliName).toList();
  }

  /**
   * The scheme with the given command-line name (case-insensitive).
   *
   * @throws IllegalArgumentException naming the accepted values if there is none
   */
  public static InitScheme parse(String name) {
    if (name != null) {
      String key = name.trim().toLowerCase(Locale.ROOT);
      for (InitScheme s : values()) {
        if (s.cliName.equals(key)) {
          return s;
        }
      }
    }
    throw new IllegalArgumentException(
        "scheme must be one of " + String.join(", ", cliNames()) + "; got " + name);
  }

  @Override
  public String toString() {
    return cliName;
  }
}
