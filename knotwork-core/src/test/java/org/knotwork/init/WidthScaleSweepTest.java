package org.knotwork.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The law-versus-Monte-Carlo check of {@link LawsAgreeWithMonteCarloTest} over the extremes of width
 * (H = 1, 2, 20000) and of scale, for every scheme: at least 10^6 neurons and 1000 networks per
 * case. Slow (a few minutes): run with {@code -Dknotwork.excludedGroups=}.
 */
@Tag("slow")
class WidthScaleSweepTest {

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    List<Scales> scales = List.of(Scales.UNIT, new Scales(0.1, 3, 7), Scales.functionPreserving(20));
    for (InitScheme s : InitScheme.values()) {
      for (int h : new int[] {1, 2, 20_000}) {
        for (Scales a : scales) {
          out.add(Arguments.of(InitializerTest.spec(s, h, 5).withScales(a)));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void lawsMatchMonteCarlo(InitSpec spec) {
    InitLaws laws = InitLaws.of(spec);
    KnotLaw kl = laws.knots();
    List<Interval> knotBins = kl instanceof KnotLaw.PointMass
        ? List.of(new Interval(-1, -1e-9), new Interval(0, 0), new Interval(1e-9, 1))
        : InitQuery.bins(Quantiles.equiprobableEdges(kl::cdf, 8));
    InitQuery query = new InitQuery(List.of(-2.0, 0.0, 0.7),
        List.of(Interval.symmetric(1), new Interval(-30, -3)), knotBins,
        InitQuery.bins(Quantiles.equiprobableEdges(laws.deltaSlopes()::cdf, 8)));
    int networks = Math.max(1000, 1_000_000 / spec.width());
    List<InitStatistics.Deviation> devs = InitStatistics.compare(laws.statistics(query),
        InitMonteCarlo.estimate(spec, query, networks));
    InitStatistics.Deviation worst =
        devs.stream().max(Comparator.comparingDouble(d -> Math.abs(d.z()))).orElseThrow();
    assertThat(Math.abs(worst.z())).as("worst deviation %s", worst).isLessThan(4.0);
  }
}
