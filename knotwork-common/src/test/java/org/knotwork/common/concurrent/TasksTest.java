package org.knotwork.common.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results in task order, the task's own exception, and the bound on threads. */
class TasksTest {

  @Test
  void resultsComeBackInTaskOrderWhateverTheThreads() {
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int k = i;
      tasks.add(() -> {
        Thread.sleep((40 - k) % 7);
        return k * k;
      });
    }
    for (int threads : new int[] {1, 2, 5}) {
      List<Integer> out = Tasks.onThreads(threads, tasks);
      assertThat(out).hasSize(40);
      for (int i = 0; i < 40; i++) {
        assertThat(out.get(i)).isEqualTo(i * i);
      }
    }
  }

  @Test
  void aFailedTaskThrowsItsOwnUncheckedExceptionAndWrapsAChecked() {
    Callable<Integer> bad = () -> {
      throw new IllegalArgumentException("field x: expected y");
    };
    assertThatThrownBy(() -> Tasks.onThreads(2, List.of(() -> 1, bad)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("field x: expected y");
    Callable<Integer> checked = () -> {
      throw new IOException("disk");
    };
    assertThatThrownBy(() -> Tasks.onThreads(2, checked))
        .isInstanceOf(RuntimeException.class).hasRootCauseInstanceOf(IOException.class)
        .hasRootCauseMessage("disk");
    assertThatThrownBy(() -> Tasks.onThreads(0, List.of(() -> 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
  }

  @Test
  void parallelStreamsInsideATaskStayOnThePool() {
    Set<Thread> seen = ConcurrentHashMap.newKeySet();
    int sum = Tasks.onThreads(2, () -> {
      return IntStream.range(0, 2000).parallel().map(i -> {
        seen.add(Thread.currentThread());
        return i;
      }).sum();
    });
    assertThat(sum).isEqualTo(1999 * 1000);
    assertThat(seen).isNotEmpty().hasSizeLessThanOrEqualTo(2);
    assertThat(seen).allMatch(t -> !t.getName().startsWith("ForkJoinPool.commonPool"));
  }
}
