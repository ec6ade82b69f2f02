#!/usr/bin/python3
"""PyTorch peer for the pathways module: the authors' training loop, timed.

A benchmark tool, never a dependency of Knotwork. Needs /usr/bin/python3 with Debian's
python3-torch (apt-get install -y python3-torch).

The loop is the one of AllenInstitute/Multipathway_NeurIPS2022 (notes deep-linear.md sections 1,
3.2, 6): two pathways, each nn.Sequential of bias-free nn.Linear layers 8 -> N -> ... -> N -> 15
(depth D = number of weight matrices), outputs summed; weights ~ N(0, eps^2) with
eps = (0.1/N)^(1/2); the 8-item, 15-feature hierarchical data with X = I_8; loss = sum of squared
errors (no 1/2, as the authors' code); full batch; torch.optim.SGD(lr=0.01). One "step" is
zero_grad, forward, loss, backward, optimizer.step(), as in their epoch loop. With --record the
mode coordinates K_j = U^T Omega_j V of both pathways are also computed every step from the
pathway outputs on the identity input, as their figure scripts do.

Output: one JSON object per (N, dtype) line on stdout: {"width", "depth", "dtype", "threads",
"record", "steps", "wall_seconds", "cpu_seconds" (process CPU time, all threads),
"steps_per_wall_second", "steps_per_cpu_second", "final_loss"}. Progress goes to stderr.
"""

import argparse
import json
import sys
import time

import torch
import torch.nn as nn

TREE = [
    [1, 1, 1, 1, 1, 1, 1, 1],
    [1, 1, 1, 1, 0, 0, 0, 0],
    [0, 0, 0, 0, 1, 1, 1, 1],
    [1, 1, 0, 0, 0, 0, 0, 0],
    [0, 0, 1, 1, 0, 0, 0, 0],
    [0, 0, 0, 0, 1, 1, 0, 0],
    [0, 0, 0, 0, 0, 0, 1, 1],
]


def data(dtype):
    y = torch.tensor(TREE, dtype=dtype)                       # 7 x 8
    y = torch.cat([y, torch.eye(8, dtype=dtype)], dim=0)     # 15 x 8 (features x items)
    x = torch.eye(8, dtype=dtype)                            # items x inputs
    return x, y.t().contiguous()                             # 8 x 8, 8 x 15


def pathway(depth, width, dtype, eps):
    sizes = [8] + [width] * (depth - 1) + [15]
    layers = [nn.Linear(sizes[i], sizes[i + 1], bias=False) for i in range(depth)]
    seq = nn.Sequential(*layers).to(dtype)
    with torch.no_grad():
        for l in layers:
            l.weight.normal_(0.0, eps)
    return seq


class MultipathwayNet(nn.Module):
    def __init__(self, depth, width, dtype):
        super().__init__()
        eps = (0.1 / width) ** 0.5
        self.a = pathway(depth, width, dtype, eps)
        self.b = pathway(depth, width, dtype, eps)

    def forward(self, x):
        return self.a(x) + self.b(x)


def run(width, depth, dtype, steps, warmup, record, seed):
    torch.manual_seed(seed)
    x, y = data(dtype)
    net = MultipathwayNet(depth, width, dtype)
    opt = torch.optim.SGD(net.parameters(), lr=0.01)
    u, s, vh = torch.linalg.svd(y.t() @ x)                   # Sigma_yx (15 x 8)
    v = vh.t()

    def step():
        opt.zero_grad()
        loss = ((net(x) - y) ** 2).sum()
        loss.backward()
        opt.step()
        if record:
            with torch.no_grad():
                for p in (net.a, net.b):
                    omega = p(x).t()                           # 15 x 8, column i = output on e_i
                    _ = u.t() @ omega @ v
        return loss

    for _ in range(warmup):
        step()
    t0 = time.perf_counter()
    c0 = time.process_time()
    for _ in range(steps):
        loss = step()
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    return dt, cpu, float(loss)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--widths", default="256,1000")
    ap.add_argument("--depth", type=int, default=7)
    ap.add_argument("--dtypes", default="float32,float64")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seconds", type=float, default=5.0,
                    help="target timing length per configuration")
    ap.add_argument("--record", action="store_true", help="also compute K every step")
    ap.add_argument("--seed", type=int, default=576)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    for w in [int(s) for s in a.widths.split(",")]:
        for name in a.dtypes.split(","):
            dtype = getattr(torch, name)
            # calibrate: a short run gives the rate, then time about --seconds
            _, cpu, _ = run(w, a.depth, dtype, 10, 3, a.record, a.seed)
            steps = max(20, int(a.seconds * 10 / cpu))
            print("peer_pathways_torch: N=%d %s: %d steps" % (w, name, steps), file=sys.stderr,
                  flush=True)
            dt, cpu, loss = run(w, a.depth, dtype, steps, 10, a.record, a.seed)
            print(json.dumps({"width": w, "depth": a.depth, "dtype": name, "threads": a.threads,
                              "record": a.record, "steps": steps, "wall_seconds": dt,
                              "cpu_seconds": cpu, "steps_per_wall_second": steps / dt,
                              "steps_per_cpu_second": steps / cpu, "final_loss": loss,
                              "torch": torch.__version__}), flush=True)


if __name__ == "__main__":
    main()
