#!/usr/bin/python3
"""Brian2 peer of knotwork-spiking's EngineBench (docs/spiking.md section 8 of the module README).

The same two-layer sheet network as SheetModel.HUANG_LAYER2.resized(25, 100, 50) (or 10/40/20 with
--scale ci): EIF E and I cells, difference-of-exponential currents per presynaptic type (two state
variables each, kick J/(tau_r tau_d)), fixed-out-degree wrapped-Gaussian wiring with the rule of
docs/spiking.md (P6) drawn with NumPy (statistically, not bitwise, the same network), Poisson X layer
at 10 Hz, dt = 0.05 ms, forward Euler. Brian2's refractoriness holds V at V_re (the authors hold V_th
then V_re), a difference of a few steps per spike, not of cost.

Usage: /usr/bin/python3 bench/peer_spiking_brian2.py [--mode runtime|numpy|standalone] [--ms 1000]
       [--scale reduced|ci] [--tau-decay-i 8]
Prints build and run wall times, neuron updates/s, synaptic events/s and the rates.
"""
import argparse
import math
import tempfile
import time

import numpy as np


def wire(side_pre, side_post, k, sigma, rng):
    """Targets of every presynaptic cell (P6): pre index array, post index array."""
    n_pre = side_pre * side_pre
    j = np.arange(n_pre)
    cx = (j // side_pre + 1) * side_post / side_pre
    cy = (j % side_pre + 1) * side_post / side_pre
    zx = rng.standard_normal((n_pre, k))
    zy = rng.standard_normal((n_pre, k))
    def rnd(v):  # half away from zero
        return np.sign(v) * np.floor(np.abs(v) + 0.5)
    tx = np.mod(rnd(cx[:, None] + sigma * side_post * zx) - 1, side_post) + 1
    ty = np.mod(rnd(cy[:, None] + sigma * side_post * zy) - 1, side_post) + 1
    post = ((tx - 1) * side_post + (ty - 1)).astype(np.int64).ravel()
    pre = np.repeat(j, k)
    return pre, post


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mode", default="runtime", choices=["runtime", "numpy", "standalone"])
    ap.add_argument("--ms", type=float, default=1000)
    ap.add_argument("--scale", default="reduced", choices=["reduced", "ci"])
    ap.add_argument("--tau-decay-i", type=float, default=8)
    a = ap.parse_args()

    import brian2 as b2
    from brian2 import ms, mV, Hz
    if a.mode == "standalone":
        b2.set_device("cpp_standalone", directory=tempfile.mkdtemp(prefix="brian_spiking_"))
    elif a.mode == "numpy":
        b2.prefs.codegen.target = "numpy"
    else:
        b2.prefs.codegen.target = "cython"
    b2.defaultclock.dt = 0.05 * ms

    sx, se, si = (25, 100, 50) if a.scale == "reduced" else (10, 40, 20)
    ne, ni, nx = se * se, si * si, sx * sx
    n = ne + ni
    scale = 1 / math.sqrt(n)
    p = {"ee": 0.01, "ei": 0.04, "ie": 0.03, "ii": 0.04}
    J = {"ee": 80, "ei": -240, "ie": 40, "ii": -300}
    sig = 0.1
    rng = np.random.default_rng(1)
    t0 = time.time()

    eqs = """
    dv/dt = (-gl*(v - el) + gl*dT*exp(clip((v - vT)/dT, -1e9, cap)) + Ix + Ie + Ii)/C : volt (unless refractory)
    dIx/dt = Ixp : volt/second
    dIxp/dt = -Ixp*(1/trx + 1/tdx) - Ix/(trx*tdx) : volt/second**2
    dIe/dt = Iep : volt/second
    dIep/dt = -Iep*(1/tre + 1/tde) - Ie/(tre*tde) : volt/second**2
    dIi/dt = Iip : volt/second
    dIip/dt = -Iip*(1/tri + 1/tdi) - Ii/(tri*tdi) : volt/second**2
    gl : 1/second
    dT : volt
    cap : 1
    """
    # units: currents as mV/ms (C = 1), so C is dimensionless 1 here
    common = dict(C=1, el=-60 * mV, vT=-50 * mV, trx=1 * ms, tdx=5 * ms, tre=1 * ms, tde=5 * ms,
                  tri=1 * ms, tdi=a.tau_decay_i * ms)
    E = b2.NeuronGroup(ne, eqs, threshold="v >= -10*mV", reset="v = -65*mV", refractory=1.5 * ms,
                       method="euler", namespace=common)
    I = b2.NeuronGroup(ni, eqs, threshold="v >= -10*mV", reset="v = -65*mV", refractory=0.5 * ms,
                       method="euler", namespace=common)
    E.gl = 1 / (15 * ms); E.dT = 2 * mV; E.cap = 20
    I.gl = 1 / (10 * ms); I.dT = 0.5 * mV; I.cap = 80
    E.v = rng.uniform(-65, -50, ne) * mV
    I.v = rng.uniform(-65, -50, ni) * mV
    X = b2.PoissonGroup(nx, 10 * Hz)

    def conn(pre_g, post_g, side_pre, side_post, k, sigma, var, tr, td, w):
        pre, post = wire(side_pre, side_post, k, sigma, rng)
        kick = w * scale / (tr * td)  # mV/ms per ms^2 -> volt/second**2 below
        s = b2.Synapses(pre_g, post_g, on_pre=f"{var} += {kick}*mV/ms/ms")
        s.connect(i=pre, j=post)
        return s, len(pre)

    syn = []
    degs = {}
    for (pre_g, post_g, spre, spost, k, sigma, var, tr, td, w, key) in [
        (X, E, sx, se, math.ceil(0.1 * ne - 1e-9), 0.05, "Ixp", 1, 5, 140, "XE"),
        (X, I, sx, si, math.ceil(0.05 * ni - 1e-9), 0.05, "Ixp", 1, 5, 100, "XI"),
        (E, E, se, se, math.ceil(p["ee"] * ne - 1e-9), sig, "Iep", 1, 5, J["ee"], "EE"),
        (E, I, se, si, math.ceil(p["ie"] * ni - 1e-9), sig, "Iep", 1, 5, J["ie"], "IE"),
        (I, E, si, se, math.ceil(p["ei"] * ne - 1e-9), sig, "Iip", 1, a.tau_decay_i, J["ei"], "EI"),
        (I, I, si, si, math.ceil(p["ii"] * ni - 1e-9), sig, "Iip", 1, a.tau_decay_i, J["ii"], "II"),
    ]:
        s, m = conn(pre_g, post_g, spre, spost, k, sigma, var, tr, td, w)
        syn.append(s)
        degs[key] = k
    me = b2.SpikeMonitor(E)
    mi = b2.SpikeMonitor(I)
    mx = b2.SpikeMonitor(X)
    net = b2.Network(E, I, X, *syn, me, mi, mx)
    t1 = time.time()
    net.run(a.ms * ms)
    t2 = time.time()
    steps = round(a.ms / 0.05)
    ce, ci, cx = me.num_spikes, mi.num_spikes, mx.num_spikes
    events = cx * (degs["XE"] + degs["XI"]) + ce * (degs["EE"] + degs["IE"]) + ci * (degs["EI"] + degs["II"])
    sim = t2 - t1
    if a.mode == "standalone" and getattr(b2.get_device(), "_last_run_time", None):
        print(f"standalone: compile + run {sim:.2f} s, of which the simulation {b2.get_device()._last_run_time:.2f} s")
        sim = b2.get_device()._last_run_time
    print(f"brian2 {b2.__version__} mode={a.mode} scale={a.scale} neurons={n} synapses="
          f"{sum(len(s) for s in syn)} ms={a.ms:.0f} tauDecayI={a.tau_decay_i}")
    print(f"build {t1 - t0:.2f} s; run {sim:.2f} s (runtime modes include code generation)")
    print(f"neuron updates/s {n * steps / sim:.3e}; synaptic events/s {events / sim:.3e} "
          f"({events} events)")
    print(f"rates E {ce / (ne * a.ms / 1000):.2f} Hz, I {ci / (ni * a.ms / 1000):.2f} Hz")


if __name__ == "__main__":
    main()
