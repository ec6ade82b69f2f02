#!/usr/bin/env python3
"""Numpy peer of knotwork-multivariate's RegionTiming: distinct activation patterns of the same
shallow 2-D nets on a G x G grid of [-1, 1]^2 (a lower bound on the region count: small regions
fall between grid points). Cost O(G^2 H) time (vectorised, in chunks of 65536 points) and O(G^2 H / 8) bytes.

Usage: python3 bench/peer_multivariate_regions.py [netDir=target/region-bench] [grid=1000]
reads netDir/net-H.npy (rows w1, w2, b) written by RegionTiming and prints
width,grid_ms,grid_patterns (median of 5 after 2 warm-ups).
"""
import sys
import time

import numpy as np


def grid_patterns(net, g, chunk=1 << 16):
    w1, w2, b = net
    c = -1 + (2 * np.arange(g) + 1.0) / g
    x, y = np.meshgrid(c, c, indexing="ij")
    x, y = x.ravel(), y.ravel()
    packed = []
    for s in range(0, x.size, chunk):  # chunks keep the (points, H) block small
        z = np.multiply.outer(x[s:s + chunk], w1) + np.multiply.outer(y[s:s + chunk], w2) + b
        packed.append(np.packbits(z > 0, axis=1))  # ceil(H/8) bytes per pattern
    bits = np.ascontiguousarray(np.concatenate(packed))
    keys = bits.view(np.dtype((np.void, bits.shape[1]))).ravel()
    return len(np.unique(keys))


def main():
    net_dir = sys.argv[1] if len(sys.argv) > 1 else "target/region-bench"
    g = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    print("width,grid_ms,grid_patterns")
    for h in [8, 16, 32, 64, 128, 256, 512]:
        net = np.load(f"{net_dir}/net-{h}.npy")
        for _ in range(2):
            n = grid_patterns(net, g)
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            n = grid_patterns(net, g)
            times.append((time.perf_counter() - t0) * 1e3)
        print(f"{h},{sorted(times)[2]:.3f},{n}")


if __name__ == "__main__":
    main()
