"use strict";
(function () {
  const D = JSON.parse(document.getElementById("knotwork-data").textContent);
  const C = {
    f: "#222222", data: "#E69F00", cubic: "#009E73", linear: "#CC79A7", right: "#0072B2",
    left: "#D55E00", guide: "#BBBBBB", grid: "#EEEEEE", axis: "#888888", pos: "#0072B2",
    neg: "#D55E00", grad: "#0072B2", cursor: "#D55E00", text: "#333333"
  };
  const frames = D.frames;
  const N = frames.length;
  const W = D.window;
  const hasSpectrum = frames.some(fr => Array.isArray(fr.spectrum));
  const state = { k: 0, playing: false, timer: null, hover: {} };

  function fmt(v) {
    if (v === null || v === undefined || Number.isNaN(v)) return "–";
    if (v === 0) return "0";
    const a = Math.abs(v);
    if (a >= 1e-3 && a < 1e6) return String(Number(v.toPrecision(6)));
    return v.toExponential(5).replace(/\.?0+e/, "e");
  }
  function sgn(s) { return s > 0 ? "+1" : (s < 0 ? "−1" : "0"); }
  function fAt(fr, x) {
    let y = fr.c;
    for (let i = 0; i < fr.mu.length; i++) {
      const s = fr.s[i];
      if (s === 0) continue;
      const z = s * (x - fr.beta[i]);
      if (z > 0) y += fr.mu[i] * z;
    }
    return y;
  }
  function niceStep(span, target) {
    const raw = span / Math.max(1, target);
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    const m = raw / p;
    return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * p;
  }

  // ---- axes ---------------------------------------------------------------------------------
  function setup(canvas) {
    const dpr = window.devicePixelRatio || 1;
    const r = canvas.getBoundingClientRect();
    const w = Math.max(200, Math.round(r.width));
    const h = Math.max(150, Math.round(r.height));
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
    }
    const g = canvas.getContext("2d");
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.clearRect(0, 0, w, h);
    g.fillStyle = "#fff";
    g.fillRect(0, 0, w, h);
    return { g, w, h };
  }
  function axes(ctx, x0, x1, y0, y1, opt) {
    const o = opt || {};
    const L = 62, R = 24, T = 8, B = 40;
    const pw = ctx.w - L - R, ph = ctx.h - T - B;
    const logY = !!o.logY;
    const ty = v => logY ? Math.log10(v) : v;
    const Y0 = ty(y0), Y1 = ty(y1);
    const ax = {
      L, T, pw, ph, x0, x1, y0, y1, logY,
      X: x => L + (x - x0) / (x1 - x0) * pw,
      Y: y => T + ph - (ty(y) - Y0) / (Y1 - Y0) * ph,
      invX: px => x0 + (px - L) / pw * (x1 - x0),
      invY: py => { const u = Y0 + (T + ph - py) / ph * (Y1 - Y0); return logY ? Math.pow(10, u) : u; },
      inside: (px, py) => px >= L && px <= L + pw && py >= T && py <= T + ph
    };
    const g = ctx.g;
    g.font = "12px system-ui, 'DejaVu Sans', sans-serif";
    g.fillStyle = C.text;
    g.strokeStyle = C.grid;
    g.lineWidth = 1;
    const xs = niceStep(x1 - x0, Math.max(3, Math.floor(pw / 90)));
    g.textAlign = "center"; g.textBaseline = "top";
    for (let v = Math.ceil(x0 / xs) * xs; v <= x1 + 1e-12 * xs; v += xs) {
      const px = ax.X(v);
      g.beginPath(); g.moveTo(px, T); g.lineTo(px, T + ph); g.stroke();
      g.fillText(fmt(Math.abs(v) < xs * 1e-9 ? 0 : v), px, T + ph + 4);
    }
    g.textAlign = "right"; g.textBaseline = "middle";
    if (logY) {
      for (let e = Math.ceil(Y0); e <= Math.floor(Y1); e++) {
        const py = ax.Y(Math.pow(10, e));
        g.beginPath(); g.moveTo(L, py); g.lineTo(L + pw, py); g.stroke();
        g.fillText("1e" + e, L - 5, py);
      }
    } else {
      const ys = niceStep(y1 - y0, Math.max(3, Math.floor(ph / 50)));
      for (let v = Math.ceil(y0 / ys) * ys; v <= y1 + 1e-12 * ys; v += ys) {
        const py = ax.Y(v);
        g.beginPath(); g.moveTo(L, py); g.lineTo(L + pw, py); g.stroke();
        g.fillText(fmt(Math.abs(v) < ys * 1e-9 ? 0 : v), L - 5, py);
      }
    }
    g.strokeStyle = C.axis;
    g.strokeRect(L, T, pw, ph);
    g.textAlign = "center"; g.textBaseline = "bottom";
    g.font = "13px system-ui, 'DejaVu Sans', sans-serif";
    g.fillText(o.xLabel || "", L + pw / 2, ctx.h - 2);
    g.save(); g.translate(13, T + ph / 2); g.rotate(-Math.PI / 2);
    g.textBaseline = "middle"; g.fillText(o.yLabel || "", 0, 0); g.restore();
    g.save(); g.beginPath(); g.rect(L, T, pw, ph); g.clip();
    ax.done = () => g.restore();
    return ax;
  }
  function polyline(g, ax, xs, ys, color, width, dash) {
    g.strokeStyle = color; g.lineWidth = width; g.setLineDash(dash || []);
    g.beginPath();
    let pen = false;
    for (let i = 0; i < xs.length; i++) {
      const y = ys[i];
      if (y === null || !Number.isFinite(y) || (ax.logY && !(y > 0))) { pen = false; continue; }
      const px = ax.X(xs[i]), py = ax.Y(y);
      if (pen) g.lineTo(px, py); else { g.moveTo(px, py); pen = true; }
    }
    g.stroke(); g.setLineDash([]);
  }
  function tri(g, x, y, s, r, color, alpha) {
    g.globalAlpha = alpha === undefined ? 1 : alpha;
    g.fillStyle = color;
    g.beginPath();
    g.moveTo(x + s * r, y); g.lineTo(x - s * r * 0.8, y - r); g.lineTo(x - s * r * 0.8, y + r);
    g.closePath(); g.fill();
    g.strokeStyle = "#fff"; g.lineWidth = 1; g.stroke();
    g.globalAlpha = 1;
  }
  function knotRadius(mu) {
    const q = Math.sqrt(Math.min(1, Math.abs(mu) / W.muMax));
    return 3 + 8 * q;
  }

  // ---- panels -------------------------------------------------------------------------------
  const cv = {
    function: document.getElementById("cv-function"), spline: document.getElementById("cv-spline"),
    loss: document.getElementById("cv-loss"), spectrum: document.getElementById("cv-spectrum")
  };
  const ro = {
    function: document.getElementById("ro-function"), spline: document.getElementById("ro-spline"),
    loss: document.getElementById("ro-loss"), spectrum: document.getElementById("ro-spectrum")
  };
  const AX = {};

  function drawFunction(fr) {
    const ctx = setup(cv.function);
    const ax = axes(ctx, W.xMin, W.xMax, W.yMin, W.yMax, { xLabel: "x", yLabel: "f(x)" });
    AX.function = ax;
    const g = ctx.g;
    polyline(g, ax, D.references.x, D.references.naturalCubicSpline, C.cubic, 2, [7, 4]);
    polyline(g, ax, D.references.x, D.references.linearInterpolant, C.linear, 2, [2, 3]);
    g.strokeStyle = C.guide; g.lineWidth = 1.5;
    for (let n = 0; n < D.data.x.length; n++) {
      const px = ax.X(D.data.x[n]);
      g.beginPath(); g.moveTo(px, ax.Y(D.data.y[n])); g.lineTo(px, ax.Y(D.data.y[n] + fr.residual[n])); g.stroke();
    }
    polyline(g, ax, fr.curve.x, fr.curve.y, C.f, 3);
    g.fillStyle = C.data;
    for (let n = 0; n < D.data.x.length; n++) {
      g.beginPath(); g.arc(ax.X(D.data.x[n]), ax.Y(D.data.y[n]), 4.5, 0, 2 * Math.PI); g.fill();
    }
    for (let i = 0; i < fr.mu.length; i++) {
      if (fr.s[i] === 0 || fr.beta[i] < W.xMin || fr.beta[i] > W.xMax) continue;
      tri(g, ax.X(fr.beta[i]), ax.Y(fr.fAtKnot[i]), fr.s[i], knotRadius(fr.mu[i]), fr.s[i] > 0 ? C.right : C.left);
    }
    const h = state.hover.function;
    if (h) {
      g.strokeStyle = "#999"; g.setLineDash([3, 3]); g.lineWidth = 1;
      const px = ax.X(h.x);
      g.beginPath(); g.moveTo(px, ax.T); g.lineTo(px, ax.T + ax.ph); g.stroke(); g.setLineDash([]);
    }
    ax.done();
  }

  function drawSpline(fr) {
    const ctx = setup(cv.spline);
    const m = 1.1 * W.muMax;
    const ax = axes(ctx, W.xMin, W.xMax, -m, m, { xLabel: "knot β", yLabel: "delta-slope μ" });
    AX.spline = ax;
    const g = ctx.g;
    g.strokeStyle = C.guide; g.lineWidth = 1; g.setLineDash([2, 3]);
    for (const x of D.data.x) { g.beginPath(); g.moveTo(ax.X(x), ax.T); g.lineTo(ax.X(x), ax.T + ax.ph); g.stroke(); }
    g.beginPath(); g.moveTo(ax.L, ax.Y(0)); g.lineTo(ax.L + ax.pw, ax.Y(0)); g.stroke(); g.setLineDash([]);
    const f0 = frames[0];
    for (const [fx, alpha] of [[f0, 0.25], [fr, 1]]) {
      for (let i = 0; i < fx.mu.length; i++) {
        if (fx.s[i] === 0 || fx.beta[i] < W.xMin || fx.beta[i] > W.xMax) continue;
        const mu = Math.max(-m, Math.min(m, fx.mu[i]));
        tri(g, ax.X(fx.beta[i]), ax.Y(mu), fx.s[i], 6, fx.s[i] > 0 ? C.right : C.left, alpha);
      }
    }
    ax.done();
  }

  function timeRange() {
    const t0 = D.run.time[0], t1 = D.run.time[D.run.time.length - 1];
    return t1 > t0 ? [t0, t1] : [t0, t0 + 1];
  }
  function logRange(arrays) {
    let lo = Infinity, hi = -Infinity;
    for (const a of arrays) for (const v of a) if (v > 0) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
    if (!Number.isFinite(lo)) return [0.1, 10];
    const l = Math.floor(Math.log10(lo)), h = Math.ceil(Math.log10(hi));
    return [Math.pow(10, l), Math.pow(10, h > l ? h : l + 1)];
  }
  function cursor(g, ax, t) {
    g.strokeStyle = C.cursor; g.lineWidth = 2;
    g.beginPath(); g.moveTo(ax.X(t), ax.T); g.lineTo(ax.X(t), ax.T + ax.ph); g.stroke();
  }

  function drawLoss(fr) {
    const ctx = setup(cv.loss);
    const [t0, t1] = timeRange();
    const [y0, y1] = logRange([D.run.loss, D.run.gradientNorm]);
    const ax = axes(ctx, t0, t1, y0, y1, { logY: true, xLabel: "training time t", yLabel: "L, ‖∇L‖" });
    AX.loss = ax;
    const g = ctx.g;
    polyline(g, ax, D.run.time, D.run.gradientNorm, C.grad, 1.5, [6, 4]);
    polyline(g, ax, D.run.time, D.run.loss, C.f, 2.5);
    g.fillStyle = "#777";
    for (const e of D.events) g.fillRect(ax.X(e.time) - 0.5, ax.T + ax.ph - 8, 1, 8);
    cursor(g, ax, fr.time);
    ax.done();
  }

  function drawSpectrum(fr) {
    const ctx = setup(cv.spectrum);
    if (!hasSpectrum) {
      ctx.g.fillStyle = C.text; ctx.g.font = "14px system-ui, sans-serif"; ctx.g.textAlign = "center";
      ctx.g.fillText("no spectrum recorded for this run", ctx.w / 2, ctx.h / 2);
      AX.spectrum = null;
      return;
    }
    const [t0, t1] = timeRange();
    const abs = [];
    for (const f of frames) if (f.spectrum) abs.push(f.spectrum.map(Math.abs).filter(v => v > f.inertia.tolerance));
    const [y0, y1] = logRange(abs);
    const ax = axes(ctx, t0, t1, y0, y1, { logY: true, xLabel: "training time t", yLabel: "|λ|" });
    AX.spectrum = ax;
    const g = ctx.g;
    for (const f of frames) {
      if (!f.spectrum) continue;
      const now = f === fr;
      for (const l of f.spectrum) {
        if (Math.abs(l) <= f.inertia.tolerance) continue;
        g.globalAlpha = now ? 1 : 0.35;
        g.fillStyle = l > 0 ? C.pos : C.neg;
        const px = ax.X(f.time), py = ax.Y(Math.abs(l)), r = now ? 4 : 2.5;
        g.beginPath();
        if (l > 0) g.arc(px, py, r, 0, 2 * Math.PI); else { g.moveTo(px, py - r - 1); g.lineTo(px + r + 1, py); g.lineTo(px, py + r + 1); g.lineTo(px - r - 1, py); g.closePath(); }
        g.fill();
      }
    }
    g.globalAlpha = 1;
    cursor(g, ax, fr.time);
    ax.done();
  }

  // ---- readouts -----------------------------------------------------------------------------
  const status = document.getElementById("status");
  function statusText(fr) {
    let s = "frame " + (fr.index + 1) + "/" + N + " · step " + fr.step + " · t = " + fmt(fr.time) +
      " · L = " + fmt(fr.loss) + " · ‖∇L‖ = " + fmt(fr.gradientNorm) + " · distinct knots " + fr.distinctKnots;
    if (fr.inertia) s += " · inertia (+" + fr.inertia.positive + ", 0:" + fr.inertia.zero + ", −" + fr.inertia.negative + ")";
    return s;
  }
  function nearestKnot(fr, ax, px, py, yOf) {
    let best = -1, bd = 144;
    for (let i = 0; i < fr.mu.length; i++) {
      if (fr.s[i] === 0) continue;
      const dx = ax.X(fr.beta[i]) - px, dy = ax.Y(yOf(i)) - py, d = dx * dx + dy * dy;
      if (d < bd) { bd = d; best = i; }
    }
    return best;
  }
  function knotText(fr, i) {
    return "neuron " + i + ": β = " + fmt(fr.beta[i]) + ", μ = " + fmt(fr.mu[i]) + ", s = " + sgn(fr.s[i]) +
      ", f(β) = " + fmt(fr.fAtKnot[i]);
  }
  function readFunction(fr) {
    const h = state.hover.function;
    if (!h || !AX.function) return;
    const ax = AX.function;
    let s = "x = " + fmt(h.x) + ", f(x) = " + fmt(fAt(fr, h.x));
    const i = nearestKnot(fr, ax, h.px, h.py, j => fr.fAtKnot[j]);
    if (i >= 0) s += "\n" + knotText(fr, i);
    else {
      let bn = -1, bd = 100;
      for (let n = 0; n < D.data.x.length; n++) {
        const dx = ax.X(D.data.x[n]) - h.px, dy = ax.Y(D.data.y[n]) - h.py, d = dx * dx + dy * dy;
        if (d < bd) { bd = d; bn = n; }
      }
      if (bn >= 0) s += "\ndata " + bn + ": x = " + fmt(D.data.x[bn]) + ", y = " + fmt(D.data.y[bn]) + ", residual r = " + fmt(fr.residual[bn]);
    }
    ro.function.textContent = s;
  }
  function readSpline(fr) {
    const h = state.hover.spline;
    if (!h || !AX.spline) return;
    const m = 1.1 * W.muMax;
    const i = nearestKnot(fr, AX.spline, h.px, h.py, j => Math.max(-m, Math.min(m, fr.mu[j])));
    ro.spline.textContent = i >= 0 ? knotText(fr, i) : "β = " + fmt(AX.spline.invX(h.px)) + ", μ = " + fmt(AX.spline.invY(h.py));
  }
  function nearestRecord(t) {
    let best = 0;
    for (let j = 1; j < D.run.time.length; j++) if (Math.abs(D.run.time[j] - t) < Math.abs(D.run.time[best] - t)) best = j;
    return best;
  }
  function readLoss() {
    const h = state.hover.loss;
    if (!h || !AX.loss) return;
    const j = nearestRecord(AX.loss.invX(h.px));
    ro.loss.textContent = "recorded state " + j + ": step " + D.run.step[j] + ", t = " + fmt(D.run.time[j]) +
      ", L = " + fmt(D.run.loss[j]) + ", ‖∇L‖ = " + fmt(D.run.gradientNorm[j]);
  }
  function readSpectrum() {
    const h = state.hover.spectrum;
    if (!h || !AX.spectrum) return;
    const ax = AX.spectrum;
    let best = null, bd = Infinity;
    for (const f of frames) {
      if (!f.spectrum) continue;
      for (const l of f.spectrum) {
        if (Math.abs(l) <= f.inertia.tolerance) continue;
        const dx = ax.X(f.time) - h.px, dy = ax.Y(Math.abs(l)) - h.py, d = dx * dx + dy * dy;
        if (d < bd) { bd = d; best = [f, l]; }
      }
    }
    if (best && bd < 400) {
      const [f, l] = best;
      ro.spectrum.textContent = "frame " + (f.index + 1) + ", t = " + fmt(f.time) + ": λ = " + fmt(l) +
        "\ninertia (+" + f.inertia.positive + ", 0:" + f.inertia.zero + ", −" + f.inertia.negative + ") at tolerance " + fmt(f.inertia.tolerance);
    } else {
      ro.spectrum.textContent = "t = " + fmt(ax.invX(h.px)) + ", |λ| = " + fmt(ax.invY(h.py));
    }
  }

  // ---- frame control ------------------------------------------------------------------------
  const scrubber = document.getElementById("scrubber");
  const playBtn = document.getElementById("play");
  scrubber.max = String(N - 1);

  function draw() {
    const fr = frames[state.k];
    drawFunction(fr); drawSpline(fr); drawLoss(fr); drawSpectrum(fr);
    status.textContent = statusText(fr);
    readFunction(fr); readSpline(fr); readLoss(); readSpectrum();
    document.body.dataset.frame = String(state.k);
  }
  function setFrame(k) {
    state.k = Math.max(0, Math.min(N - 1, Math.round(k)));
    if (scrubber.value !== String(state.k)) scrubber.value = String(state.k);
    draw();
  }
  function nearestFrame(t) {
    let best = 0;
    for (let k = 1; k < N; k++) if (Math.abs(frames[k].time - t) < Math.abs(frames[best].time - t)) best = k;
    return best;
  }
  function stop() {
    state.playing = false; clearInterval(state.timer); state.timer = null; playBtn.textContent = "▶ Play";
  }
  function play() {
    if (state.k >= N - 1) setFrame(0);
    state.playing = true; playBtn.textContent = "❚❚ Pause";
    const fps = Number(document.getElementById("speed").value);
    state.timer = setInterval(() => {
      if (state.k >= N - 1) {
        if (document.getElementById("loop").checked) setFrame(0); else stop();
      } else setFrame(state.k + 1);
    }, 1000 / fps);
  }
  playBtn.addEventListener("click", () => state.playing ? stop() : play());
  document.getElementById("speed").addEventListener("change", () => { if (state.playing) { stop(); play(); } });
  scrubber.addEventListener("input", () => setFrame(Number(scrubber.value)));
  document.addEventListener("keydown", e => {
    if (e.target === scrubber) return;
    if (e.key === " ") { e.preventDefault(); state.playing ? stop() : play(); }
    else if (e.key === "ArrowRight") setFrame(state.k + 1);
    else if (e.key === "ArrowLeft") setFrame(state.k - 1);
  });
  for (const name of Object.keys(cv)) {
    const c = cv[name];
    c.addEventListener("mousemove", e => {
      const r = c.getBoundingClientRect();
      const px = e.clientX - r.left, py = e.clientY - r.top;
      const ax = AX[name];
      state.hover[name] = ax && ax.inside(px, py) ? { px, py, x: ax.invX(px) } : null;
      draw();
    });
    c.addEventListener("mouseleave", () => { state.hover[name] = null; draw(); });
    if (name === "loss" || name === "spectrum") {
      c.addEventListener("click", e => {
        const ax = AX[name];
        if (!ax) return;
        const r = c.getBoundingClientRect();
        setFrame(nearestFrame(ax.invX(e.clientX - r.left)));
      });
    }
  }
  window.addEventListener("resize", draw);

  // ---- static parts -------------------------------------------------------------------------
  document.getElementById("cap-spectrum").textContent = hasSpectrum
    ? "Spectrum: |λ| of the " + D.spectrumLabel + " (● λ > 0, ◆ λ < 0; faint: other frames)"
    : "Spectrum";
  const legend = document.getElementById("legend");
  for (const [color, label] of [[C.f, "— network f"], [C.data, "● data"], [C.cubic, "- - natural cubic spline"],
    [C.linear, "··· linear interpolant"], [C.right, "▶ knot, s = +1 (active right)"], [C.left, "◀ knot, s = −1 (active left)"],
    [C.guide, "| residual"]]) {
    const s = document.createElement("span"); s.style.color = color; s.textContent = label; legend.appendChild(s);
  }
  const spec = document.getElementById("spec");
  const keys = Object.keys(D.spec || {});
  if (keys.length) {
    const t = document.createElement("table");
    for (const key of keys) {
      const tr = t.insertRow(); tr.insertCell().textContent = key; tr.insertCell().textContent = D.spec[key];
    }
    spec.appendChild(t);
  }

  window.knotwork = {
    frameCount: N,
    frame: () => state.k,
    setFrame,
    data: D,
    toPixel(panel, x, y) {
      const ax = AX[panel];
      const r = cv[panel].getBoundingClientRect();
      return { x: r.left + ax.X(x), y: r.top + ax.Y(y) };
    }
  };
  setFrame(0);
})();
