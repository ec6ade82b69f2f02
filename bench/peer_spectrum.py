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
Output: markdown table rows on stdout; progress on stderr.
"""

import argparse
import os
import subprocess
import sys
import time

import numpy as np


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def timed(cmd, env=None, stdout=None):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=stdout)
    return time.perf_counter() - t


def numpy_times(n):
    rng = np.random.default_rng(1)
    a = rng.standard_normal((n, n))
    a = (a + a.T) / 2
    t = time.perf_counter()
    np.linalg.eigvalsh(a)
    values = time.perf_counter() - t
    t = time.perf_counter()
    np.linalg.eigh(a)
    vectors = time.perf_counter() - t
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
        print(f"{v} {e}")
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
    with open(os.path.join(a.out, "values.json"), "w") as f:
        t = timed(base, stdout=f)
    rows.append(("Knotwork `spectrum` (values, inertia), native LAPACK", t))
    log(f"values {t:.2f} s, load {load()}")
    with open(os.path.join(a.out, "vectors.json"), "w") as f:
        t = timed(base + ["--vectors"], stdout=f)
    rows.append(("Knotwork `spectrum --vectors` (+ vectors, residual, null directions, 0.25 GB "
                 "JSON), native LAPACK", t))
    log(f"vectors {t:.2f} s, load {load()}")
    if a.java:
        env = dict(os.environ, KNOTWORK_JAVA_OPTS="-Dknotwork.eigen=java")
        with open(os.path.join(a.out, "values-java.json"), "w") as f:
            t = timed(base, env=env, stdout=f)
        rows.append(("Knotwork `spectrum` (values, inertia), pure Java (EJML)", t))
        log(f"values (java) {t:.2f} s, load {load()}")
    v, e = numpy_times(n)
    rows.append(("numpy `eigvalsh`, default threads", v))
    rows.append(("numpy `eigh`, default threads", e))
    log(f"numpy {v:.2f} / {e:.2f} s, load {load()}")
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1")
    out = subprocess.run([sys.executable, __file__, "--numpy-only", "--width", str(a.width)],
                         check=True, env=env, capture_output=True, text=True).stdout.split()
    rows.append(("numpy `eigvalsh`, OPENBLAS_NUM_THREADS=1", float(out[0])))
    rows.append(("numpy `eigh`, OPENBLAS_NUM_THREADS=1", float(out[1])))
    log(f"numpy 1 thread {out[0]} / {out[1]} s, load after: {load()}")
    print(f"| what (P = {n}) | wall s |")
    print("|---|---|")
    for what, t in rows:
        print(f"| {what} | {t:.2f} |")
    print(f"\nload average (1, 5, 15 min) at the end: {load()}")


if __name__ == "__main__":
    main()
