#!/usr/bin/python3
"""PyTorch peer for `knotwork bench`: the same problems, timed the way a PyTorch user runs them.

A benchmark tool, never a dependency of Knotwork. Needs /usr/bin/python3 with Debian's
python3-torch (apt-get install -y python3-torch).

Input: the manifest written by `knotwork bench` (problems.json), which names for each problem its
NET.json ({"w":[..],"b":[..],"v":[..],"c":..}) and DATA.csv (header x,y), the step size eta, the
number of gradient-descent steps K and Knotwork's loss after K steps.

For each problem the model is the idiomatic one, nn.Sequential(nn.Linear(1, H), nn.ReLU(),
nn.Linear(H, 1)), loaded with exactly the given parameters; the loss is L = 1/(2N) sum (f - y)^2 and
a gradient-descent step is loss.backward() plus torch.optim.SGD(lr=eta).step(). It
  * checks, in float64, that after K steps L agrees with Knotwork's to 1e-9 relative;
  * times in float64 and float32, with torch.set_num_threads(threads): the forward pass (f on N
    points), loss + gradient, a GD step, a Hessian-vector product (double backward), and where the
    manifest asks for it the exact dense Hessian (torch.autograd.functional.hessian, vectorize=False,
    the path that fits in memory) and its eigendecomposition (torch.linalg.eigh).

Output: one JSON object (to --out), {"torch": .., "threads": .., "results": [{"size", "op", "dtype",
"seconds", "reps"}], "checks": [{"size", "steps", "knotworkLoss", "torchLoss", "relDiff", "ok"}],
"skipped": [{"size", "op", "reason"}]}. Progress goes to stderr.
"""

import argparse
import csv
import json
import os
import statistics
import sys
import time

import torch

CHECK_TOLERANCE = 1e-9


def log(msg):
    print("peer_torch: " + msg, file=sys.stderr, flush=True)


def load_problem(base, entry):
    with open(os.path.join(base, entry["net"]), encoding="utf-8") as f:
        net = json.load(f)
    xs, ys = [], []
    with open(os.path.join(base, entry["data"]), encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        if [h.strip().lower() for h in header] != ["x", "y"]:
            raise SystemExit("peer_torch: %s: header must be x,y" % entry["data"])
        for row in reader:
            if row:
                xs.append(float(row[0]))
                ys.append(float(row[1]))
    return net, xs, ys


def build_model(net, dtype):
    h = len(net["w"])
    model = torch.nn.Sequential(torch.nn.Linear(1, h), torch.nn.ReLU(), torch.nn.Linear(h, 1))
    model = model.to(dtype)
    with torch.no_grad():
        model[0].weight.copy_(torch.tensor(net["w"], dtype=torch.float64).reshape(h, 1))
        model[0].bias.copy_(torch.tensor(net["b"], dtype=torch.float64))
        model[2].weight.copy_(torch.tensor(net["v"], dtype=torch.float64).reshape(1, h))
        model[2].bias.copy_(torch.tensor([net["c"]], dtype=torch.float64))
    return model


def half_mse(model, x, y):
    return 0.5 * torch.nn.functional.mse_loss(model(x).squeeze(1), y)


def flat_loss(x, y, h):
    """L as a function of the flat vector (w_1..w_H, b_1..b_H, v_1..v_H, c), Knotwork's layout."""

    def f(theta):
        w, b, v, c = theta[:h], theta[h:2 * h], theta[2 * h:3 * h], theta[3 * h]
        pred = torch.relu(x * w + b) @ v + c
        return 0.5 * torch.mean((pred.squeeze(-1) - y) ** 2)

    return f


def timed(fn, min_seconds, min_reps, max_reps):
    """Median seconds per call over single calls after one warm-up call."""
    fn()
    times = []
    start = time.perf_counter()
    while len(times) < max_reps and (len(times) < min_reps or time.perf_counter() - start < min_seconds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), len(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--manifest", required=True, help="problems.json written by knotwork bench")
    ap.add_argument("--out", required=True, help="where to write the results JSON")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()

    with open(args.manifest, encoding="utf-8") as f:
        manifest = json.load(f)
    base = os.path.dirname(os.path.abspath(args.manifest))
    torch.set_num_threads(args.threads)
    min_seconds = float(manifest.get("minSeconds", 1.0))
    dense_sizes = set(manifest.get("denseSizes", []))
    results, checks, skipped = [], [], []

    def record(size, op, dtype, seconds, reps):
        results.append({"size": size, "op": op, "dtype": dtype, "seconds": seconds, "reps": reps})
        log("N=H=%d %-12s %-7s %.6g s (%d reps)" % (size, op, dtype, seconds, reps))

    for entry in manifest["problems"]:
        size, steps, eta = entry["size"], entry["steps"], entry["eta"]
        net, xs, ys = load_problem(base, entry)
        h = len(net["w"])
        for dtype, dname in ((torch.float64, "float64"), (torch.float32, "float32")):
            x = torch.tensor(xs, dtype=torch.float64).to(dtype).reshape(-1, 1)
            y = torch.tensor(ys, dtype=torch.float64).to(dtype)
            model = build_model(net, dtype)
            opt = torch.optim.SGD(model.parameters(), lr=eta)

            def gd_step():
                opt.zero_grad(set_to_none=True)
                loss = half_mse(model, x, y)
                loss.backward()
                opt.step()
                return loss

            if dtype == torch.float64:
                # The agreement check: K steps from the shared initial network, then L.
                step_times = []
                for _ in range(steps):
                    t0 = time.perf_counter()
                    gd_step()
                    step_times.append(time.perf_counter() - t0)
                with torch.no_grad():
                    torch_loss = half_mse(model, x, y).item()
                kw_loss = entry["knotworkLossAfterSteps"]
                rel = abs(torch_loss - kw_loss) / max(abs(kw_loss), 1e-300)
                checks.append({"size": size, "steps": steps, "knotworkLoss": kw_loss,
                               "torchLoss": torch_loss, "relDiff": rel,
                               "ok": rel <= CHECK_TOLERANCE})
                log("N=H=%d check after %d steps: knotwork %.17g torch %.17g rel %.3g %s"
                    % (size, steps, kw_loss, torch_loss, rel, "ok" if rel <= CHECK_TOLERANCE else "FAIL"))
                # first step excluded: warm-up
                timing = step_times[1:] if len(step_times) > 1 else step_times
                record(size, "gdStep", dname, statistics.median(timing), len(timing))
            else:
                record(size, "gdStep", dname, *timed(gd_step, min_seconds, 2, 1000))

            def forward():
                with torch.no_grad():
                    return model(x)

            record(size, "values", dname, *timed(forward, min_seconds, 2, 1000))

            def gradient():
                model.zero_grad(set_to_none=True)
                loss = half_mse(model, x, y)
                loss.backward()
                return loss

            record(size, "gradient", dname, *timed(gradient, min_seconds, 2, 1000))

            theta = torch.cat([p.detach().reshape(-1) for p in
                               (model[0].weight, model[0].bias, model[2].weight, model[2].bias)])
            fl = flat_loss(x, y, h)
            u = torch.randn(theta.shape[0], dtype=torch.float64,
                            generator=torch.Generator().manual_seed(0)).to(dtype)

            def hvp():
                t = theta.detach().requires_grad_(True)
                (g,) = torch.autograd.grad(fl(t), t, create_graph=True)
                (hv,) = torch.autograd.grad(g @ u, t)
                return hv

            record(size, "hvp", dname, *timed(hvp, min_seconds, 2, 1000))

            if size in dense_sizes and dtype == torch.float64:
                try:
                    t0 = time.perf_counter()
                    hess = torch.autograd.functional.hessian(fl, theta.detach())
                    record(size, "denseHessian", dname, time.perf_counter() - t0, 1)
                    t0 = time.perf_counter()
                    torch.linalg.eigh(hess)
                    record(size, "eigen", dname, time.perf_counter() - t0, 1)
                except (RuntimeError, MemoryError) as e:  # out of memory
                    skipped.append({"size": size, "op": "denseHessian", "reason": str(e)[:200]})

    out = {"torch": torch.__version__, "threads": torch.get_num_threads(), "results": results,
           "checks": checks, "skipped": skipped}
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
    os.replace(tmp, args.out)
    return 0 if all(c["ok"] for c in checks) else 3


if __name__ == "__main__":
    sys.exit(main())
