#!/usr/bin/python3
"""Spectrum benchmark (issue 16 item 1): `./knotwork spectrum` at H = N = 1000 (P = 3001, network
coordinates), whole process, against numpy's LAPACK on a same-size symmetric matrix, in one run.

A benchmark tool, never a dependency of Knotwork. Needs /usr/bin/python3 with Debian's numpy and a
built launcher (./mvnw -B -pl knotwork-cli -am package -DskipTests). Run from the repository root:
    /usr/bin/python3 bench/peer_spectrum.py [--width 1000] [--java] [--out bench-out/spectrum]

What it times (wall clock, one run each, in this order; the machine load before and after is printed):
  * Knotwork: `./knotwork spectrum --net NET --data DATA` (values and inertia) and the same with
    `--vectors` (eigenvectors, residual and the labelled null directions, all as JSON), stdout to a
    file; whole process: JVM start, native library load, reading, exact Hessian, eigen-solve, JSON;
  * with --java also the values-only run on the pure-Java backend (-Dknotwork.eigen=java, EJML);
  * numpy: eigvalsh and eigh of a random symmetric P x P matrix (numpy's default threads), and the
    same in a subprocess with OPENBLAS_NUM_THREADS=1 (Knotwork pins one native thread).
The problem: PyTorch-default initial network of width H (`./knotwork init --scheme pytorch-default
--seed 0`), N = H points x ~ U(-1, 1), y = sin(pi x) + 0.1 eps (numpy seed 0).
Wall time is what a user waits; CPU time (user + system of the process and all its threads) is far
less sensitive to other work on a shared machine, so both are printed, with the load after each row.
Output: markdown table rows on stdout; progress on stderr.
"""

import argparse
import os
import resource
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
    rows = []
    log(f"load before: {load()}")
    base = ["./knotwork", "spectrum", "--net", net, "--data", data]
    def knotwork(what, extra, name, env=None):
        with open(os.path.join(a.out, name), "w") as f:
            wall, cpu = timed(base + extra, env=env, stdout=f)
        rows.append((what, wall, cpu, load()))
        log(f"{what}: {wall:.2f} s wall, {cpu:.2f} s CPU, load {load()}")

    knotwork("Knotwork `spectrum` (values, inertia), native LAPACK", [], "values.json")
    knotwork("Knotwork `spectrum --inertia-only` (LDLT, Sylvester), native LAPACK",
             ["--inertia-only"], "inertia.json")
    knotwork("Knotwork `spectrum --vectors` (+ vectors, residual, null directions, 0.25 GB JSON), "
             "native LAPACK", ["--vectors"], "vectors.json")
    if a.java:
        env = dict(os.environ, KNOTWORK_JAVA_OPTS="-Dknotwork.eigen=java")
        knotwork("Knotwork `spectrum` (values, inertia), pure Java (EJML)", [], "values-java.json",
                 env)
    v, e = numpy_times(n)
    rows.append(("numpy `eigvalsh`, default threads (2)", v[0], v[1], load()))
    rows.append(("numpy `eigh`, default threads (2)", e[0], e[1], load()))
    log(f"numpy {v} / {e} s, load {load()}")
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    out = subprocess.run([sys.executable, __file__, "--numpy-only", "--width", str(a.width)],
                         check=True, env=env, capture_output=True, text=True).stdout.split()
    out = [float(x) for x in out]
    rows.append(("numpy `eigvalsh`, OPENBLAS_NUM_THREADS=1", out[0], out[1], load()))
    rows.append(("numpy `eigh`, OPENBLAS_NUM_THREADS=1", out[2], out[3], load()))
    log(f"numpy 1 thread {out} s, load after: {load()}")
    print(f"| what (P = {n}) | wall s | CPU s | load average after (1, 5, 15 min) |")
    print("|---|---|---|---|")
    for what, wall, cpu, ld in rows:
        print(f"| {what} | {wall:.2f} | {cpu:.2f} | {ld} |")
    print(f"\nload average (1, 5, 15 min) at the end: {load()}")


if __name__ == "__main__":
    main()
