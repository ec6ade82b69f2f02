#!/usr/bin/python3
"""PyTorch peer of knotwork-isometry's GeometryBench: the geometry of experiment 1A (docs/isometry.md).

A benchmark tool, never a dependency of Knotwork. Needs /usr/bin/python3 with Debian's python3-torch.

The same computation as org.knotwork.isometry.bench.GeometryBench, the way a PyTorch user writes it:
24 critical orthogonal tanh networks (L = 16 hidden layers, N = 64, C = 10; q* in {1e-3, 1/64, 0.1,
0.5, 2, 8}, 4 replicas), 64 random probes rescaled to q1 = q*, uniform labels. Per network:
  * the hidden Jacobian dh^L/dh^1 at every probe (product of W^l diag(phi'(h^{l-1}))) and its singular
    values (torch.linalg.svdvals), mean s_max^2;
  * the per-example logit Jacobians by autograd loops (n*C = 640 torch.autograd.grad calls, each the
    full P = 67,210 gradient), the tangent kernel K = J J^T, the true Fisher's Gram form
    (1/n) H^{1/2} K H^{1/2} and the empirical one, and their lambda_max (torch.linalg.eigvalsh).
float64, torch.set_num_threads(threads). Random draws differ from Java's: compare times and trends,
not per-network numbers. Prints one JSON line per repetition and the per-q* means.

Usage: /usr/bin/python3 bench/isometry_peer_torch.py [--reps 2] [--threads 1]
"""

import argparse
import json
import math
import sys
import time

import numpy as np
import torch

QS = [1e-3, 1.0 / 64, 0.1, 0.5, 2.0, 8.0]


def critical(q, nodes=301):  # NumPy's hermegauss overflows beyond ~700 nodes
    z, w = np.polynomial.hermite_e.hermegauss(nodes)
    w = w / math.sqrt(2 * math.pi)
    t = np.tanh(math.sqrt(q) * z)
    sw2 = 1.0 / np.sum(w * (1 - t * t) ** 2)
    ms = np.sum(w * t * t)
    return sw2, q - sw2 * ms, ms


def haar(rows, cols, gen):
    tall = rows >= cols
    m, n = (rows, cols) if tall else (cols, rows)
    g = torch.randn(m, n, generator=gen, dtype=torch.float64)
    q, r = torch.linalg.qr(g)
    q = q * torch.sign(torch.diagonal(r)).unsqueeze(0)
    return q if tall else q.T


def network(q, seed, depth=16, width=64, classes=10):
    sw2, sb2, ms = critical(q)
    gen = torch.Generator().manual_seed(seed)
    ws, bs = [], []
    dims = [width] * (depth + 1) + [classes]
    for k in range(depth + 1):
        rows, cols = dims[k + 1], dims[k]
        f = math.sqrt(sw2) * math.sqrt(max(1.0, rows / cols))
        ws.append((f * haar(rows, cols, gen)).requires_grad_())
        bs.append((math.sqrt(sb2) * torch.randn(rows, generator=gen, dtype=torch.float64)).requires_grad_())
    return ws, bs, ms


def forward(ws, bs, x):
    hs = []
    a = x
    for k in range(len(ws)):
        h = a @ ws[k].T + bs[k]
        hs.append(h)
        if k + 1 < len(ws):
            a = torch.tanh(h)
    return hs


def geometry(q, seed, n=64, width=64, classes=10):
    ws, bs, ms = network(q, seed)
    gen = torch.Generator().manual_seed(10_000 + seed)
    x = torch.randn(n, width, generator=gen, dtype=torch.float64)
    x = x * torch.sqrt(ms * width / (x * x).sum(1, keepdim=True))
    y = torch.randint(0, classes, (n,), generator=gen)
    hs = forward(ws, bs, x)
    # hidden Jacobians dh^L/dh^1 per probe
    with torch.no_grad():
        s2 = 0.0
        for i in range(n):
            m = torch.eye(width, dtype=torch.float64)
            for k in range(1, len(ws) - 1):
                d = 1 - torch.tanh(hs[k - 1][i]) ** 2
                m = ws[k] @ (d.unsqueeze(1) * m)
            s = torch.linalg.svdvals(m)
            s2 += float(s[0] ** 2) / n
    # per-example parameter Jacobians by autograd loops
    params = [p for pair in zip(ws, bs) for p in pair]
    logits = hs[-1]
    rows = []
    for i in range(n):
        for c in range(classes):
            g = torch.autograd.grad(logits[i, c], params, retain_graph=True)
            rows.append(torch.cat([t.reshape(-1) for t in g]))
    jac = torch.stack(rows)
    with torch.no_grad():
        k = jac @ jac.T
        p = torch.softmax(logits, dim=1)
        roots = []
        for i in range(n):
            h = torch.diag(p[i]) - torch.outer(p[i], p[i])
            e, v = torch.linalg.eigh(h)
            roots.append(v @ torch.diag(torch.sqrt(torch.clamp(e, min=0))) @ v.T)
        a = torch.block_diag(*roots)
        lam_true = float(torch.linalg.eigvalsh(a @ k @ a / n)[-1])
        r = p.clone()
        r[torch.arange(n), y] -= 1
        kk = k.reshape(n, classes, n, classes)
        gram = torch.einsum("ia,iajb,jb->ij", r, kk, r) / n
        lam_emp = float(torch.linalg.eigvalsh(gram)[-1])
    return s2, lam_true, lam_emp, jac.shape[1]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=2)
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    results = None
    for rep in range(a.reps):
        t0 = time.perf_counter()
        results = [(q, r, *geometry(q, r)) for q in QS for r in range(4)]
        dt = time.perf_counter() - t0
        print(json.dumps({"repetition": rep, "networks": len(results), "threads": a.threads,
                          "torch": torch.__version__, "parameters": results[0][5], "seconds": round(dt, 3)}))
        sys.stdout.flush()
    for q in QS:
        at = [x for x in results if x[0] == q]
        print("q*=%-8.4g mean lambda_max(true Fisher)=%.3f mean s2_max=%.3f" % (
            q, sum(x[3] for x in at) / len(at), sum(x[2] for x in at) / len(at)))


if __name__ == "__main__":
    main()
