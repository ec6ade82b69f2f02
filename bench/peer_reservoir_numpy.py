#!/usr/bin/python3
"""Dense NumPy peer for knotwork-reservoir's throughput (issue 11): ESN and D2R2 done the way
ReservoirPy and the authors' scripts do them, timed on the same machine.

A benchmark tool, never a dependency of Knotwork. Needs /usr/bin/python3 with Debian's numpy
(python3-numpy); no SciPy. Run it with an optimised BLAS, e.g. Debian's OpenBLAS without changing the
system default:
    LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread OPENBLAS_NUM_THREADS=2 \\
        /usr/bin/python3 bench/peer_reservoir_numpy.py --sizes 500,2000,5000 --train 20000

What it does (the "ReservoirPy-style" recipe, dense throughout):
  * data: single-tier Lorenz 96 (K = 8, F = 20) by RK4 at dt = 0.005, globally z-scored (throughput
    does not depend on which chaotic data are fed; Knotwork's run uses its three-tier L96 X);
  * ESN training: dense N x N reservoir matrix (density d/N, values U(0, 1), scaled to spectral radius
    0.1 by power iteration), block input matrix, r(t+1) = tanh(W r(t) + W_in u(t)); the whole N x T
    state matrix is collected, the T2 readout transform applied, and W_out = Y R^T (R R^T + beta I)^-1
    solved with numpy.linalg.solve (the authors form R R^T and call inv);
  * ESN forecasting: closed loop u = W_out r~, r = tanh(W r + W_in u) with the dense W;
  * D2R2 training: the T x P matrix of monomials up to degree p (scikit-learn order) is built at once,
    then the ridge normal equations are solved; D2R2 forecasting: monomials of the current state per
    step (vectorised over the monomial index table), then W phi.

Reports steps/s (training: T / wall time of the whole fit; forecasting: steps / wall time) and the
peak of NumPy allocations during each phase (tracemalloc, which NumPy reports to) and the process's
peak resident set (ru_maxrss). Sizes whose N x T state matrix would exceed --max-gib are skipped and
reported with their size. Output: one JSON object on stdout; progress on stderr.
"""

import argparse
import itertools
import json
import os
import resource
import sys
import time
import tracemalloc

import numpy as np


def l96_series(length, dt=0.005, k=8, forcing=20.0, spin_up=2000, seed=1):
    rng = np.random.default_rng(seed)
    x = forcing + rng.standard_normal(k)

    def f(x):
        return (np.roll(x, -1) - np.roll(x, 2)) * np.roll(x, 1) - x + forcing

    out = np.empty((length, k))
    for t in range(spin_up + length):
        k1 = f(x)
        k2 = f(x + 0.5 * dt * k1)
        k3 = f(x + 0.5 * dt * k2)
        k4 = f(x + dt * k3)
        x = x + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
        if t >= spin_up:
            out[t - spin_up] = x
    return out


def spectral_radius(w, iters=200):
    v = np.ones(w.shape[0])
    lam = 0.0
    for _ in range(iters):
        v2 = w @ v + v  # power iteration on W + I (non-negative, Perron root + 1)
        lam = np.linalg.norm(v2) / np.linalg.norm(v)
        v = v2 / np.linalg.norm(v2)
    return lam - 1.0


def build_esn(n, k, degree, rho, sigma, rng):
    w = rng.random((n, n)) * (rng.random((n, n)) < degree / n)
    w *= rho / spectral_radius(w)
    w_in = np.zeros((n, k))
    q = n // k
    for i in range(k):
        w_in[i * q:(i + 1) * q, i] = rng.uniform(-sigma, sigma, q)
    return w, w_in


def t2(r):
    """Chattopadhyay's T2 on a state vector or an N x T matrix (rows = nodes)."""
    out = r.copy()
    n = r.shape[0]
    j = np.arange(2, n - 2, 2)
    out[j] = r[j - 1] * r[j - 2]
    return out


def esn_train(w, w_in, u, beta):
    n = w.shape[0]
    t_len = u.shape[0] - 1
    states = np.empty((n, t_len))
    r = np.zeros(n)
    for t in range(t_len):
        r = np.tanh(w @ r + w_in @ u[t])
        states[:, t] = r
    rt = t2(states)
    y = u[1:].T
    gram = rt @ rt.T + beta * np.eye(n)
    w_out = np.linalg.solve(gram, rt @ y.T).T
    return w_out, r


def esn_forecast(w, w_in, w_out, r, steps):
    u = w_out @ t2(r)
    for _ in range(steps):
        r = np.tanh(w @ r + w_in @ u)
        u = w_out @ t2(r)
    return u


def monomial_table(k, p):
    rows = [()]
    for d in range(1, p + 1):
        rows.extend(itertools.combinations_with_replacement(range(k), d))
    idx = np.full((len(rows), p), k, dtype=np.int64)  # index k = the constant 1
    for i, r in enumerate(rows):
        idx[i, :len(r)] = r
    return idx


def d2r2_features(u, idx):
    """Monomials of every row of u (T x K) or of one state (K): scikit-learn order."""
    if u.ndim == 1:
        ext = np.append(u, 1.0)
        return np.prod(ext[idx], axis=1)
    ext = np.hstack([u, np.ones((u.shape[0], 1))])
    phi = ext[:, idx[:, 0]]
    for c in range(1, idx.shape[1]):
        phi *= ext[:, idx[:, c]]
    return phi


def d2r2_train(u, idx, beta):
    phi = d2r2_features(u[:-1], idx)
    gram = phi.T @ phi + beta * np.eye(phi.shape[1])
    return np.linalg.solve(gram, phi.T @ u[1:]).T


def d2r2_forecast(w, idx, u, steps):
    for _ in range(steps):
        u = w @ d2r2_features(u, idx)
    return u


def measure(fn):
    tracemalloc.start()
    tracemalloc.reset_peak()
    t0 = time.perf_counter()
    out = fn()
    el = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return out, el, peak / 2**20


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="500,2000,5000")
    ap.add_argument("--train", type=int, default=20000)
    ap.add_argument("--forecast", type=int, default=5000)
    ap.add_argument("--degree", type=int, default=4)
    ap.add_argument("--max-gib", type=float, default=6.0)
    ap.add_argument("--repeats", type=int, default=1,
                    help="D2R2 training fits to time (the first traced for memory); the median is"
                         " reported as steps_per_s, every fit's rate in steps_per_s_each")
    args = ap.parse_args()
    rng = np.random.default_rng(1802)
    raw = l96_series(args.train + 1)
    u = (raw - raw.mean()) / raw.std()
    results = []
    skipped = []
    for n in [int(s) for s in args.sizes.split(",") if s.strip()]:
        n = (n // 8) * 8
        gib = 8.0 * n * args.train / 2**30
        if gib > args.max_gib:
            skipped.append({"model": "esn", "N": n, "reason": f"N x T state matrix {gib:.1f} GiB"})
            continue
        w, w_in = build_esn(n, 8, 3, 0.1, 0.5, rng)
        print(f"ESN N={n}: training on {args.train} steps", file=sys.stderr)
        (w_out, r), el, peak = measure(lambda: esn_train(w, w_in, u, 1e-4))
        results.append({"model": "esn", "N": n, "phase": "training", "steps": args.train,
                        "seconds": el, "steps_per_s": args.train / el, "peak_mib": peak,
                        "state_matrix_mib": 8.0 * n * args.train / 2**20})
        _, el, peak = measure(lambda: esn_forecast(w, w_in, w_out, r, args.forecast))
        results.append({"model": "esn", "N": n, "phase": "forecast", "steps": args.forecast,
                        "seconds": el, "steps_per_s": args.forecast / el, "peak_mib": peak})
    idx = monomial_table(8, args.degree)
    print(f"D2R2 p={args.degree} (P={idx.shape[0]}): training", file=sys.stderr)
    w, el, peak = measure(lambda: d2r2_train(u, idx, 1e-4))
    each = [args.train / el]
    cpu = []
    for _ in range(args.repeats - 1):
        c0 = time.process_time()
        t0 = time.perf_counter()
        d2r2_train(u, idx, 1e-4)
        each.append(args.train / (time.perf_counter() - t0))
        cpu.append(time.process_time() - c0)
    print("D2R2 training steps/s: " + ", ".join(f"{r:.0f}" for r in each), file=sys.stderr)
    if cpu:
        print("D2R2 training process CPU ms: " + ", ".join(f"{c * 1e3:.0f}" for c in cpu),
              file=sys.stderr)
    median = sorted(each)[len(each) // 2]
    results.append({"model": "d2r2", "p": args.degree, "P": int(idx.shape[0]),
                    "phase": "training", "steps": args.train, "seconds": args.train / median,
                    "steps_per_s": median, "steps_per_s_each": each, "peak_mib": peak})
    _, el, peak = measure(lambda: d2r2_forecast(w, idx, u[-1], args.forecast))
    results.append({"model": "d2r2", "p": args.degree, "P": int(idx.shape[0]),
                    "phase": "forecast", "steps": args.forecast, "seconds": el,
                    "steps_per_s": args.forecast / el, "peak_mib": peak})
    print(json.dumps({
        "numpy": np.__version__, "python": sys.version.split()[0],
        "blas": os.environ.get("LD_LIBRARY_PATH", "system default"),
        "threads": os.environ.get("OPENBLAS_NUM_THREADS", "default"),
        "train": args.train, "forecast": args.forecast,
        "max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "results": results, "skipped": skipped}, indent=1))


if __name__ == "__main__":
    main()
