#!/usr/bin/env python3
"""NumPy peer of knotwork-supertrex's step loop (org.knotwork.supertrex.bench.StepRate).

The same per-step work as the Java loop for FORCE on Task 1 (the rule with an RLS update every
tenth step throughout), written the way the ReScience replication's Python loop is written
(dense J, column vectors, np.dot, one np.random.uniform call per noise vector): Euler step with
feedback, noisy tanh rates, readout, slow error filter, and every tenth step k = P r,
c = 1/(1 + r'k), P -= c k k', W -= c (z - f) k'. Prints Euler steps per second for each N, by wall clock and by process CPU time (the fairer number
on a shared machine; run with OPENBLAS_NUM_THREADS=1 to compare with the single-threaded Java loop).

Usage: /usr/bin/python3 bench/peer_supertrex_numpy.py [--steps S] [N ...]   (defaults: 20000; 200 1000)
"""
import sys
import time

import numpy as np


def butterfly(period):
    theta = np.linspace(0, 2 * np.pi, period)
    rho = (9 - np.sin(theta) + 2 * np.sin(3 * theta) + 2 * np.sin(5 * theta) - np.sin(7 * theta)
           + 3 * np.cos(2 * theta) - 2 * np.cos(4 * theta)) / 14.4734
    return np.stack([rho * np.cos(theta), rho * np.sin(theta)])


def run(n, steps, seed=1):
    rng = np.random.default_rng(seed)
    dt, tau, alpha, gamma, p, lam = 0.2, 10.0, 0.025, 10.0, 0.1, 1.5
    J = (rng.uniform(size=(n, n)) < p) * rng.normal(size=(n, n)) * lam / np.sqrt(p * n)
    Q = rng.uniform(-1, 1, size=(n, 2))
    x = rng.uniform(-0.5, 0.5, size=(n, 1))
    r = np.tanh(x)
    z = np.zeros((2, 1))
    W = np.zeros((2, n))
    P = np.eye(n) / gamma
    f = butterfly(50000)
    mbar = 0.0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for i in range(1, steps + 1):
        x = x + (dt / tau) * (-x + np.dot(J, r) + np.dot(Q, z))
        r = np.tanh(x) + rng.uniform(0, 1, (n, 1)) * alpha * 2 - alpha
        z = np.dot(W, r)
        target = f[:, (i - 1) % 50000].reshape(2, 1)
        e = z - target
        mbar = 0.9998 * mbar + 0.0002 * float(np.sum(e ** 2))
        if i % 10 == 0:
            k = np.dot(P, r)
            c = 1.0 / (1.0 + float(np.dot(r.T, k)))
            P -= c * np.dot(k, k.T)
            W -= c * np.dot(e, k.T)
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0
    return steps / seconds, seconds, cpu, mbar


def main(argv):
    steps = 20000
    sizes = []
    i = 0
    while i < len(argv):
        if argv[i] == "--steps":
            steps = int(argv[i + 1])
            i += 2
        else:
            sizes.append(int(argv[i]))
            i += 1
    if not sizes:
        sizes = [200, 1000]
    print("N,steps,seconds,stepsPerSecond,cpuSeconds,stepsPerCpuSecond,numpy")
    for n in sizes:
        rate, seconds, cpu, _ = run(n, steps)
        print("%d,%d,%.2f,%.0f,%.2f,%.0f,%s" % (n, steps, seconds, rate, cpu, steps / cpu,
                                               np.__version__))


if __name__ == "__main__":
    main(sys.argv[1:])
