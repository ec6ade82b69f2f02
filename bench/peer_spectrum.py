#!/usr/bin/python3
"""Spectrum benchmark (issue 16 item 1): `./knotwork spectrum` at H = N = 1000 (P = 3001, network
coordinates), whole process, against numpy's LAPACK on a same-size symmetric matrix, in one run.

A benchmark tool, never a dependency of Knotwork. Needs /usr/bin/python3 with Debian's numpy and a
built launcher (./mvnw -B -pl knotwork-cli -am package -DskipTests). Run from the repository root:
    /usr/bin/python3 bench/peer_spectrum.py [--width 1000] [--java] [--json-vectors]
        [--baseline-jar OLD.jar] [--repeat 1] [--out bench-out/spectrum]

What it times (wall clock, one run each, in this order; the machine load before and after is printed):
  * Knotwork: `./knotwork spectrum --net NET --data DATA` (values and inertia; the exact zero rows of
    dead neurons deflated first, docs/linalg.md (LA7)), `--inertia-only`, and `--vectors --npy DIR`
    (eigenvectors, residual and the labelled null directions; vectors as NPY, values and metadata as
    JSON), stdout to a file; whole process: JVM start, native library load, reading, exact Hessian,
    eigen-solve, output; with --json-vectors also `--vectors` with every vector in the JSON;
  * with --baseline-jar OLD.jar the values and vectors rows again with an older launcher jar
    (`java -jar OLD.jar spectrum ...`), for a before/after in the same sitting;
  * with --java also the values-only run on the pure-Java backend (-Dknotwork.eigen=java, EJML);
  * numpy: eigvalsh and eigh of a random symmetric P x P matrix (numpy's default threads), and the
    same in a subprocess with OPENBLAS_NUM_THREADS=1 (Knotwork pins one native thread).
With --repeat R every row is timed R times (interleaved: all rows, then all rows again) and the
table shows the median; the ratio rows compare Knotwork's values and vectors rows with numpy's
eigvalsh and eigh (default threads) of the same round.
The problem: PyTorch-default initial network of width H (`./knotwork init --scheme pytorch-default
--seed 0`), N = H points x ~ U(-1, 1), y = sin(pi x) + 0.1 eps (numpy seed 0).
Wall time is what a user waits; CPU time (user + system of the process and all its threads) is far
less sensitive to other work on a shared machine, so both are printed, with the load after each row.
Output: markdown table rows on stdout; progress on stderr.
"""

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

import numpy as np


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd, env=None, stdout=None):
    """(wall s, CPU s of the child process and its threads)."""
    c = children_cpu()
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=stdout)
    return time.perf_counter() - t, children_cpu() - c


def numpy_times(n):
    rng = np.random.default_rng(1)
    a = rng.standard_normal((n, n))
    a = (a + a.T) / 2
    c, t = time.process_time(), time.perf_counter()
    np.linalg.eigvalsh(a)
    values = (time.perf_counter() - t, time.process_time() - c)
    c, t = time.process_time(), time.perf_counter()
    np.linalg.eigh(a)
    vectors = (time.perf_counter() - t, time.process_time() - c)
    return values, vectors


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--width", type=int, default=1000)
    p.add_argument("--out", default="bench-out/spectrum")
    p.add_argument("--java", action="store_true", help="also time the pure-Java backend")
    p.add_argument("--json-vectors", action="store_true",
                   help="also time --vectors with the vectors as JSON (0.25 GB at width 1000)")
    p.add_argument("--baseline-jar", help="also time the values and vectors rows with this jar")
    p.add_argument("--repeat", type=int, default=1)
    p.add_argument("--numpy-only", action="store_true", help=argparse.SUPPRESS)
    a = p.parse_args()
    n = 3 * a.width + 1
    if a.numpy_only:
        v, e = numpy_times(n)
        print(f"{v[0]} {v[1]} {e[0]} {e[1]}")
        return
    os.makedirs(a.out, exist_ok=True)
    net = os.path.join(a.out, f"net-{a.width}.json")
    data = os.path.join(a.out, f"data-{a.width}.csv")
    if not os.path.exists(net):
        subprocess.run(["./knotwork", "init", "--scheme", "pytorch-default", "--width",
                        str(a.width), "--seed", "0", "--out", net], check=True)
    if not os.path.exists(data):
        r = np.random.default_rng(0)
        x = r.uniform(-1, 1, a.width)
        y = np.sin(np.pi * x) + 0.1 * r.standard_normal(a.width)
        with open(data, "w") as f:
            f.write("x,y\n" + "".join(f"{u!r},{w!r}\n" for u, w in zip(x, y)))
    log(f"load before: {load()}")
    base = ["./knotwork", "spectrum", "--net", net, "--data", data]
    npy_dir = os.path.join(a.out, "vectors-npy")
    results = {}  # row name -> list of (wall, cpu, load)
    order = []

    def record(what, wall, cpu):
        if what not in results:
            results[what] = []
            order.append(what)
        results[what].append((wall, cpu, load()))
        log(f"{what}: {wall:.2f} s wall, {cpu:.2f} s CPU, load {load()}")

    def knotwork(what, cmd, name, env=None):
        with open(os.path.join(a.out, name), "w") as f:
            wall, cpu = timed(cmd, env=env, stdout=f)
        record(what, wall, cpu)

    values_row = "Knotwork `spectrum` (values, inertia), native LAPACK"
    vectors_row = ("Knotwork `spectrum --vectors --npy DIR` (+ vectors, residual, labelled null "
                   "directions; vectors as NPY), native LAPACK")
    for _ in range(a.repeat):
        knotwork(values_row, base, "values.json")
        knotwork("Knotwork `spectrum --inertia-only` (LDLT, Sylvester), native LAPACK",
                 base + ["--inertia-only"], "inertia.json")
        knotwork(vectors_row, base + ["--vectors", "--npy", npy_dir], "vectors-npy.json")
        if a.json_vectors:
            knotwork("Knotwork `spectrum --vectors` (vectors in the JSON, 0.25 GB), native LAPACK",
                     base + ["--vectors"], "vectors.json")
        if a.baseline_jar:
            old = ["java", "-Djava.awt.headless=true", "-jar", a.baseline_jar] + base[1:]
            knotwork(f"baseline {os.path.basename(a.baseline_jar)} `spectrum` (values)", old,
                     "values-baseline.json")
            knotwork(f"baseline {os.path.basename(a.baseline_jar)} `spectrum --vectors` (JSON)",
                     old + ["--vectors"], "vectors-baseline.json")
        if a.java:
            env = dict(os.environ, KNOTWORK_JAVA_OPTS="-Dknotwork.eigen=java")
            knotwork("Knotwork `spectrum` (values, inertia), pure Java (EJML)", base,
                     "values-java.json", env)
        v, e = numpy_times(n)
        record("numpy `eigvalsh`, default threads (2)", v[0], v[1])
        record("numpy `eigh`, default threads (2)", e[0], e[1])
        env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
        out = subprocess.run([sys.executable, __file__, "--numpy-only", "--width", str(a.width)],
                             check=True, env=env, capture_output=True, text=True).stdout.split()
        out = [float(x) for x in out]
        record("numpy `eigvalsh`, OPENBLAS_NUM_THREADS=1", out[0], out[1])
        record("numpy `eigh`, OPENBLAS_NUM_THREADS=1", out[2], out[3])
    with open(os.path.join(a.out, "values.json")) as f:
        deflated = json.load(f).get("deflatedZeroRows")
    print(f"P = {n}; exact zero rows deflated before the solve: {deflated}; rounds: {a.repeat} "
          f"(median shown)\n")
    print(f"| what (P = {n}) | wall s | CPU s | load average after (1, 5, 15 min) |")
    print("|---|---|---|---|")
    med = {}
    for what in order:
        rs = sorted(results[what])
        wall = statistics.median(r[0] for r in rs)
        cpu = statistics.median(r[1] for r in results[what])
        med[what] = (wall, cpu)
        print(f"| {what} | {wall:.2f} | {cpu:.2f} | {results[what][-1][2]} |")
    print()
    print("| ratio (same rounds, medians) | wall | CPU |")
    print("|---|---|---|")
    for mine, theirs, label in [(values_row, "numpy `eigvalsh`, default threads (2)",
                                 "values / numpy eigvalsh (target <= 1.5)"),
                                (vectors_row, "numpy `eigh`, default threads (2)",
                                 "vectors / numpy eigh (target <= 2)")]:
        print(f"| {label} | {med[mine][0] / med[theirs][0]:.2f} | "
              f"{med[mine][1] / med[theirs][1]:.2f} |")
    print(f"\nload average (1, 5, 15 min) at the end: {load()}")


if __name__ == "__main__":
    main()
