package org.knotwork.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.ODEStepEndHandler;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;

/**
 * The exact, event-driven gradient flow of a shallow network (see the package documentation for the
 * algorithm). One instance runs one flow.
 */
final class GradientFlow {
  private static final int MAX_ROOT_EVALUATIONS = 200;
  /** Smallest integrator step, relative to max(1, T): about 500 ulp of T. */
  private static final double MIN_STEP = 1e-13;
  /** Candidates whose estimated time is within this fraction of a step of the earliest are located. */
  private static final double ESTIMATE_MARGIN = 0.05;

  private final ShallowProblem problem;
  private final TrainSpec spec;
  private final TrainMethod.Flow settings;
  private final TrainingListener listener;
  private final FlowField field;
  private final int h;
  private final int sites;
  private final double maxTime;
  private final double[] snapTimes;
  private final BracketingNthOrderBrentSolver solver;

  private double t;
  private double[] y;
  private Mode mode;
  private long accepted;
  private long eventsProcessed;
  private final List<FlowEvent> events = new ArrayList<>();
  private double initialLoss;
  private int nextSnap;
  private double lastSnapshotTime = Double.NaN;
  private double lastProgressTime = Double.NaN;
  /**
   * First trial step of the next exprb43 segment: the step proposed at the end of the previous one
   * when that ended at an event (NaN after a start, a resume or a checkpoint restart, so that a
   * resumed run repeats the uninterrupted one).
   */
  private double stepHint = Double.NaN;
  /** The field at (t, y) in the current mode evaluated by the last {@link #dueNow}, or null. */
  private FlowField.Eval dueEval;
  /** Field at the start of the current step (loss, exit functions). */
  private FlowField.Eval startEval;

  GradientFlow(ShallowProblem problem, TrainSpec spec, TrainingListener listener) {
    this.problem = problem;
    this.spec = spec;
    this.settings = (TrainMethod.Flow) spec.method();
    this.listener = listener;
    this.field = new FlowField(problem);
    this.h = field.h;
    this.sites = field.sites.count();
    this.maxTime = spec.stop().maxTime();
    this.snapTimes = spec.snapshots().points();
    this.solver = new BracketingNthOrderBrentSolver(1e-15, settings.eventTolerance(), 0.0, 5);
  }

  TrainResult run(Checkpoint resume) {
    if (resume == null) {
      t = 0.0;
      y = DescentEngine.checkedStart(problem.initialTheta(), field.dim);
      mode = Mode.induced(y, field);
      initialLoss = field.evaluate(y, mode).loss;
      if (!Double.isFinite(initialLoss)) {
        throw new IllegalArgumentException("the initial loss is " + initialLoss);
      }
    } else {
      restore(resume);
    }
    while (nextSnap < snapTimes.length && (snapTimes[nextSnap] < t
        || (resume != null && snapTimes[nextSnap] == t))) {
      nextSnap++;
    }
    if (resume != null) {
      lastSnapshotTime = t;
      lastProgressTime = t;
    }
    TrainResult stopped = startSegment(resume == null, resume == null);
    while (stopped == null) {
      stopped = segment();
    }
    return stopped;
  }

  private void restore(Checkpoint cp) {
    if (cp.mode() == null) {
      throw new IllegalArgumentException("checkpoint is from a descent run, not a gradient flow");
    }
    if (cp.theta().length != field.dim || cp.mode().width() != h) {
      throw new IllegalArgumentException("checkpoint does not match the problem's dimension");
    }
    t = cp.time();
    y = cp.theta();
    mode = Mode.of(cp.mode(), sites);
    accepted = cp.step();
    eventsProcessed = cp.eventsProcessed();
    events.addAll(cp.events());
    initialLoss = cp.initialLoss();
  }

  // ---------------------------------------------------------------------------------------------
  // Segments

  /**
   * Prepares integration from (t, y): processes the pattern changes already due there (knots on data
   * points, crossings completed inside the simultaneity window), evaluates the field, reports, and
   * checks the thresholds.
   */
  private TrainResult startSegment(boolean report, boolean initial) {
    while (true) {
      List<Candidate> due = dueNow();
      if (due.isEmpty()) {
        break;
      }
      TrainResult limit = process(due, List.of());
      if (limit != null) {
        return limit;
      }
    }
    // dueNow() found nothing, so the mode is unchanged: its evaluation at (y, mode), if any, stands.
    startEval = dueEval != null ? dueEval : field.evaluate(y, mode);
    dueEval = null;
    if (report) {
      progress(startEval);
      if (initial) {
        snapshotsUpTo(t, null);
      }
    }
    return thresholdsAt(startEval);
  }

  private TrainResult thresholdsAt(FlowField.Eval e) {
    StopCriteria stop = spec.stop();
    if (e.loss <= stop.lossThreshold()) {
      return finish(StopReason.LOSS_THRESHOLD, "loss " + e.loss + " <= threshold "
          + stop.lossThreshold() + " at t = " + t, e);
    }
    if (e.speed() <= stop.gradientThreshold()) {
      return finish(StopReason.GRADIENT_THRESHOLD, "gradient norm " + e.speed()
          + " <= threshold " + stop.gradientThreshold() + " at t = " + t, e);
    }
    return null;
  }

  /** Integrates until the next stop of any kind; returns the result if the run ended. */
  private TrainResult segment() {
    if (maxTime - t <= 1000 * Math.ulp(Math.max(1.0, maxTime))) {
      return finish(StopReason.TIME_BUDGET, "time budget " + maxTime + " reached", null);
    }
    if (accepted >= spec.stop().maxSteps()) {
      return finish(StopReason.STEP_BUDGET, "step budget " + spec.stop().maxSteps()
          + " reached at t = " + t, null);
    }
    double maxStep = Math.min(settings.maxStep(), maxTime);
    double minStep = MIN_STEP * Math.max(1.0, maxTime);
    Stepper stepper = new Stepper();
    ODEStateAndDerivative end;
    try {
      if (settings.integrator() == FlowIntegrator.EXPRB43) {
        ExponentialRosenbrock integrator = new ExponentialRosenbrock(minStep, maxStep,
            settings.absoluteTolerance(), settings.relativeTolerance());
        Mode m = mode;
        try {
          end = integrator.integrate(stepper, state -> field.curvature(state, m), stepper, stepper,
              new ODEState(t, y), maxTime, stepHint);
        } finally {
          stepHint = integrator.nextStep();
        }
      } else {
        RejectingNaN integrator = new RejectingNaN(minStep, maxStep,
            settings.absoluteTolerance(), settings.relativeTolerance());
        integrator.addStepHandler(stepper);
        integrator.addStepEndHandler(stepper);
        end = integrator.integrate(stepper, new ODEState(t, y), maxTime);
      }
    } catch (MathRuntimeException ex) {
      t = stepper.goodTime;
      y = stepper.goodState;
      return finish(StopReason.INTEGRATOR_FAILURE, "the ODE integrator failed at t = " + t
          + ": " + ex.getMessage(), null);
    }
    Pending p = stepper.pending;
    if (p != null) {
      t = p.time;
      y = p.state;
      switch (p.kind) {
        case DIVERGED:
          return finish(StopReason.DIVERGED, "diverged during the step from t = "
              + stepper.stepStart + ": " + p.message + "; kept the last finite state (t = " + t
              + ")", null);
        case LOSS:
        case GRADIENT:
          for (Candidate f : p.flips) {
            log(new FlowEvent(f.time, f.neuron, -1, FlowEvent.Kind.FLIP));
          }
          return finish(p.kind == PendingKind.LOSS ? StopReason.LOSS_THRESHOLD
              : StopReason.GRADIENT_THRESHOLD, p.message, null);
        case EVENTS:
          TrainResult limit = process(p.batch, p.flips);
          if (limit != null) {
            return limit;
          }
          return startSegment(true, false);
        default:
          throw new IllegalStateException("unknown stop " + p.kind);
      }
    }
    t = end.getTime();
    y = end.getCompleteState();
    // A restart not caused by an event (checkpoint, budget) forgets the step, as a resumed run would.
    stepHint = Double.NaN;
    if (maxTime - t <= 1000 * Math.ulp(Math.max(1.0, maxTime))) {
      t = maxTime;
      return finish(StopReason.TIME_BUDGET, "time budget " + maxTime + " reached", stepper.endEval);
    }
    if (accepted >= spec.stop().maxSteps()) {
      return finish(StopReason.STEP_BUDGET, "step budget " + spec.stop().maxSteps()
          + " reached at t = " + t, stepper.endEval);
    }
    if (spec.checkpointEvery() > 0 && accepted % spec.checkpointEvery() == 0) {
      listener.onCheckpoint(new Checkpoint(accepted, t, y, new double[0][], mode.record(),
          events, eventsProcessed, initialLoss));
    }
    return startSegment(false, false);
  }

  private TrainResult finish(StopReason reason, String message, FlowField.Eval known) {
    FlowField.Eval e = known != null ? known : field.evaluate(y, mode);
    Snapshot last = new Snapshot(accepted, t, y, e.loss, e.speed());
    if (Double.compare(lastProgressTime, t) != 0) {
      listener.onProgress(new Progress(accepted, t, e.loss, e.speed()));
    }
    if (Double.compare(lastSnapshotTime, t) != 0) {
      listener.onSnapshot(last);
    }
    return new TrainResult(reason, message, last, events, Double.NaN);
  }

  private void progress(FlowField.Eval e) {
    listener.onProgress(new Progress(accepted, t, e.loss, e.speed()));
    lastProgressTime = t;
  }

  /** Delivers the scheduled snapshots with times &le; until (state from the interpolator if given). */
  private void snapshotsUpTo(double until, ODEStateInterpolator interp) {
    while (nextSnap < snapTimes.length && snapTimes[nextSnap] <= until) {
      double ts = snapTimes[nextSnap++];
      double[] ys = interp == null ? y : interp.getInterpolatedState(ts).getCompleteState();
      FlowField.Eval e = field.evaluate(ys, mode);
      listener.onSnapshot(new Snapshot(accepted, ts, ys, e.loss, e.speed()));
      lastSnapshotTime = ts;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Switching functions

  private enum CandidateType {
    /** An armed pre-activation reached the wrong sign. */
    BOUNDARY,
    /** A fresh (unarmed) pre-activation went beyond its guard band. */
    GUARD,
    /** A pinned neuron's inactive-side field stopped pushing the knot onto the point. */
    EXIT_INACTIVE,
    /** A pinned neuron's active-side field stopped pushing the knot onto the point. */
    EXIT_ACTIVE,
    /** A pinned neuron's w crossed 0 (network coordinates). */
    PIN_FLIP,
    /** An all-active neuron's w crossed 0 (network coordinates): logged, no pattern change. */
    FLIP
  }

  /** A switching function that changed sign, with its located time. */
  private record Candidate(CandidateType type, int neuron, int site, double time) {}

  /** A threshold (loss or gradient norm) reached at a located time. */
  private record Threshold(PendingKind kind, double time) {}

  /**
   * The monitored pre-activations of a neuron that is neither empty nor pinned: role +1 for an
   * active site (must keep g &gt; 0), &minus;1 for an inactive one (must keep g &le; 0).
   */
  private int monitored(int i, int[] siteOut, int[] roleOut) {
    if (mode.pinned[i] || mode.isEmpty(i)) {
      return 0;
    }
    int e = mode.edge[i];
    int n = 0;
    if (mode.isAll(i)) {
      siteOut[n] = 0;
      roleOut[n++] = 1;
      if (sites > 1) {
        siteOut[n] = sites - 1;
        roleOut[n++] = 1;
      }
      return n;
    }
    siteOut[n] = e;
    roleOut[n++] = -1;
    siteOut[n] = mode.side[i] > 0 ? e + 1 : e - 1;
    roleOut[n++] = 1;
    return n;
  }

  /** The pattern changes due at the current state: armed functions at or past zero, etc. */
  private List<Candidate> dueNow() {
    List<Candidate> due = new ArrayList<>();
    int[] ss = new int[2];
    int[] rr = new int[2];
    FlowField.Eval e = null;
    dueEval = null;
    for (int i = 0; i < h; i++) {
      if (mode.pinned[i]) {
        if (e == null) {
          e = field.evaluate(y, mode);
          dueEval = e;
        }
        if (e.exitInactive[i] <= 0) {
          due.add(new Candidate(CandidateType.EXIT_INACTIVE, i, mode.edge[i], t));
        } else if (e.exitActive[i] <= 0) {
          due.add(new Candidate(CandidateType.EXIT_ACTIVE, i, mode.edge[i], t));
        }
        continue;
      }
      int n = monitored(i, ss, rr);
      for (int q = 0; q < n; q++) {
        double phi = rr[q] * field.preActivation(y, i, ss[q]);
        if (mode.fresh[i] == ss[q]) {
          if (phi < -field.guardBand(y, i, ss[q], settings.knotTolerance())) {
            due.add(new Candidate(CandidateType.GUARD, i, ss[q], t));
            break;
          }
        } else if (phi <= 0) {
          due.add(new Candidate(CandidateType.BOUNDARY, i, ss[q], t));
          break;
        }
      }
    }
    return due;
  }

  // ---------------------------------------------------------------------------------------------
  // Event processing

  private enum Status { ACTIVE, INACTIVE, PINNED }

  private Status status(int i, int j) {
    if (mode.pinned[i] && mode.edge[i] == j) {
      return Status.PINNED;
    }
    return mode.isActive(i, j) ? Status.ACTIVE : Status.INACTIVE;
  }

  /** The active side to resolve site j of neuron i with. */
  private int sideFor(int i, int j) {
    if (!mode.isAll(i)) {
      return mode.side[i];
    }
    if (sites > 1) {
      return j == 0 ? 1 : -1;
    }
    int d = field.direction(y, i);
    return d < 0 ? -1 : 1;
  }

  /**
   * Filippov classification of site j of neuron i at the current state, with active side sigma:
   * the rates of g under the fields with the site inactive (I) and active (A) decide whether the knot
   * crosses into the active side, the inactive side, or is held (sliding: A pushes g down, I up).
   * A repelling or degenerate surface resolves to inactive (relu'(0) = 0).
   */
  private Status classify(int i, int j, int sigma) {
    int side0 = mode.side[i];
    int edge0 = mode.edge[i];
    boolean pin0 = mode.pinned[i];
    mode.side[i] = sigma;
    mode.edge[i] = j;
    mode.pinned[i] = false;
    FlowField.Eval e = field.evaluate(y, mode);
    mode.side[i] = side0;
    mode.edge[i] = edge0;
    mode.pinned[i] = pin0;
    double rateI = field.preActivationRate(e.velocity, i, j);
    double rateA = rateI + field.jump(y, field.sites.sum(e.residuals, j), i, j);
    if (rateA < 0 && rateI > 0) {
      return Status.PINNED;
    }
    if ((rateA > 0 && rateI >= 0) || (rateA >= 0 && rateI > 0)) {
      return Status.ACTIVE;
    }
    return Status.INACTIVE;
  }

  /** Processes a batch of simultaneous pattern changes at (t, y); returns a result on EVENT_LIMIT. */
  private TrainResult process(List<Candidate> batch, List<Candidate> flips) {
    for (Candidate f : flips) {
      log(new FlowEvent(f.time, f.neuron, -1, FlowEvent.Kind.FLIP));
    }
    List<Candidate> sorted = new ArrayList<>(batch);
    sorted.sort(Comparator.comparingDouble(Candidate::time).thenComparingInt(Candidate::neuron)
        .thenComparing(Candidate::type));
    boolean[] done = new boolean[h];
    for (Candidate c : sorted) {
      int i = c.neuron;
      if (done[i]) {
        continue;
      }
      done[i] = true;
      if (++eventsProcessed > settings.maxEvents()) {
        eventsProcessed--;
        return finish(StopReason.EVENT_LIMIT, "processed the maximum of " + settings.maxEvents()
            + " pattern changes by t = " + t + " (last at neuron " + i + ", data point "
            + field.sites.members[c.site][0] + ")", null);
      }
      int j = c.site;
      int sigma = sideFor(i, j);
      Status to;
      switch (c.type) {
        case BOUNDARY:
          to = classify(i, j, sigma);
          break;
        case GUARD:
          to = field.preActivation(y, i, j) > 0 ? Status.ACTIVE : Status.INACTIVE;
          break;
        case EXIT_INACTIVE:
          to = Status.INACTIVE;
          break;
        case EXIT_ACTIVE:
          to = Status.ACTIVE;
          break;
        case PIN_FLIP:
          log(new FlowEvent(c.time, i, -1, FlowEvent.Kind.FLIP));
          sigma = -mode.side[i];
          to = classify(i, j, sigma);
          break;
        default:
          throw new IllegalStateException("not a pattern change: " + c.type);
      }
      apply(i, j, sigma, to, c.time);
    }
    return null;
  }

  private void apply(int i, int j, int sigma, Status to, double time) {
    Status from = status(i, j);
    mode.side[i] = sigma;
    switch (to) {
      case ACTIVE:
        mode.edge[i] = sigma > 0 ? j - 1 : j + 1;
        mode.pinned[i] = false;
        mode.fresh[i] = j;
        break;
      case INACTIVE:
        mode.edge[i] = j;
        mode.pinned[i] = false;
        mode.fresh[i] = j;
        break;
      default:
        mode.edge[i] = j;
        mode.pinned[i] = true;
        mode.fresh[i] = -1;
        break;
    }
    FlowEvent.Kind kind = kind(from, to);
    if (kind != null) {
      for (int n : field.sites.members[j]) {
        log(new FlowEvent(time, i, n, kind));
      }
      if (to == Status.INACTIVE && mode.isEmpty(i)) {
        log(new FlowEvent(time, i, field.sites.members[j][0], FlowEvent.Kind.DEATH));
      }
    }
  }

  private static FlowEvent.Kind kind(Status from, Status to) {
    if (from == to) {
      return null;
    }
    if (to == Status.PINNED) {
      return FlowEvent.Kind.PIN;
    }
    if (from == Status.PINNED) {
      return to == Status.ACTIVE ? FlowEvent.Kind.RELEASE_ACTIVE : FlowEvent.Kind.RELEASE_INACTIVE;
    }
    return to == Status.ACTIVE ? FlowEvent.Kind.ENTER : FlowEvent.Kind.LEAVE;
  }

  private void log(FlowEvent e) {
    events.add(e);
    listener.onEvent(e);
  }

  // ---------------------------------------------------------------------------------------------
  // Integration

  /**
   * Dormand&ndash;Prince 8(5,3) that rejects a trial step whose error estimate is NaN (a trial step
   * so long that its stages overflowed); Hipparchus would otherwise accept it, since NaN &gt;= 1 is
   * false.
   */
  private static final class RejectingNaN extends DormandPrince853Integrator {
    RejectingNaN(double minStep, double maxStep, double absTol, double relTol) {
      super(minStep, maxStep, absTol, relTol);
    }

    @Override
    protected double estimateError(double[][] yDotK, double[] y0, double[] y1, double h) {
      double e = super.estimateError(yDotK, y0, y1, h);
      return Double.isNaN(e) ? Double.POSITIVE_INFINITY : e;
    }
  }

  private enum PendingKind { EVENTS, LOSS, GRADIENT, DIVERGED }

  /** Why a segment must end before the integrator's own end, and where. */
  private static final class Pending {
    PendingKind kind;
    double time;
    double[] state;
    String message;
    List<Candidate> batch = List.of();
    List<Candidate> flips = List.of();
  }

  /**
   * The ODE, the per-step event detection (run by Hipparchus before its own event handling, through
   * {@link ODEStepHandler#updateOnStep}), snapshots and progress rows, and the stop decision.
   */
  private final class Stepper implements OrdinaryDifferentialEquation, ODEStepHandler,
      ODEStepEndHandler {
    Pending pending;
    double stepStart = t;
    double goodTime = t;
    double[] goodState = y;
    FlowField.Eval endEval;
    private double[] cachedY;
    private FlowField.Eval cached;

    @Override
    public int getDimension() {
      return field.dim;
    }

    @Override
    public void init(ODEStateAndDerivative initialState, double finalTime) {
      // nothing to set up: the state lives in the enclosing flow
    }

    Stepper() {
      // The field at the segment's start is known: the integrator's first evaluation reuses it.
      if (startEval != null) {
        cachedY = y.clone();
        cached = startEval;
      }
    }

    @Override
    public double[] computeDerivatives(double time, double[] state) {
      if (cachedY != null && Arrays.equals(cachedY, state)) {
        return cached.velocity.clone();
      }
      FlowField.Eval e = field.evaluate(state, mode);
      cachedY = state.clone();
      cached = e;
      return e.velocity.clone();
    }

    private FlowField.Eval evalAt(double[] state) {
      if (cachedY != null && Arrays.equals(cachedY, state)) {
        return cached;
      }
      return field.evaluate(state, mode);
    }

    @Override
    public void updateOnStep(ODEStateInterpolator interp) {
      ODEStateAndDerivative s0 = interp.getPreviousState();
      ODEStateAndDerivative s1 = interp.getCurrentState();
      double t0 = s0.getTime();
      double t1 = s1.getTime();
      double[] y0 = s0.getCompleteState();
      double[] y1 = s1.getCompleteState();
      stepStart = t0;
      accepted++;
      for (int k = 0; k < y1.length; k++) {
        if (!Double.isFinite(y1[k])) {
          pending = stop(PendingKind.DIVERGED, t0, y0, "parameter " + k + " became " + y1[k]);
          return;
        }
      }
      FlowField.Eval e1 = evalAt(y1);
      double limit = spec.stop().divergenceFactor() * initialLoss;
      if (!Double.isFinite(e1.loss)) {
        pending = stop(PendingKind.DIVERGED, t0, y0, "the loss became " + e1.loss);
        return;
      }
      if (e1.loss > limit) {
        pending = stop(PendingKind.DIVERGED, t1, y1, "loss " + e1.loss + " exceeds "
            + spec.stop().divergenceFactor() + " x initial loss " + initialLoss);
        return;
      }
      Step step = new Step(interp, t0, t1, y0, y1, s0.getCompleteDerivative(),
          s1.getCompleteDerivative(), startEval, e1);
      List<Candidate> found = step.candidates();
      Threshold threshold = step.threshold();
      double tEvent = Double.POSITIVE_INFINITY;
      for (Candidate c : found) {
        if (c.type != CandidateType.FLIP) {
          tEvent = Math.min(tEvent, c.time);
        }
      }
      if (threshold != null && threshold.time <= tEvent) {
        double[] ys = step.state(threshold.time);
        boolean loss = threshold.kind == PendingKind.LOSS;
        FlowField.Eval es = field.evaluate(ys, mode);
        pending = stop(threshold.kind, threshold.time, ys,
            loss ? "loss " + es.loss + " reached the threshold " + spec.stop().lossThreshold()
                + " at t = " + threshold.time
                : "gradient norm " + es.speed() + " reached the threshold "
                + spec.stop().gradientThreshold() + " at t = " + threshold.time);
        pending.batch = List.of();
        pending.flips = flipsUpTo(found, threshold.time);
        return;
      }
      if (tEvent <= t1) {
        double window = 2 * settings.eventTolerance();
        List<Candidate> batch = new ArrayList<>();
        for (Candidate c : found) {
          if (c.type != CandidateType.FLIP && c.time <= tEvent + window) {
            batch.add(c);
          }
        }
        double[] ye = step.state(tEvent);
        pending = stop(PendingKind.EVENTS, tEvent, ye, null);
        pending.batch = batch;
        pending.flips = flipsUpTo(found, tEvent);
        arm(ye);
        return;
      }
      for (Candidate f : flipsUpTo(found, t1)) {
        log(new FlowEvent(f.time, f.neuron, -1, FlowEvent.Kind.FLIP));
      }
      arm(y1);
      endEval = e1;
      startEval = e1;
      goodTime = t1;
      goodState = y1;
    }

    private List<Candidate> flipsUpTo(List<Candidate> found, double until) {
      List<Candidate> flips = new ArrayList<>();
      for (Candidate c : found) {
        if (c.type == CandidateType.FLIP && c.time <= until) {
          flips.add(c);
        }
      }
      flips.sort(Comparator.comparingDouble(Candidate::time).thenComparingInt(Candidate::neuron));
      return flips;
    }

    private Pending stop(PendingKind kind, double time, double[] state, String message) {
      Pending p = new Pending();
      p.kind = kind;
      p.time = time;
      p.state = state;
      p.message = message;
      return p;
    }

    /** Arms the fresh switching functions that are now strictly on their side. */
    private void arm(double[] state) {
      int[] ss = new int[2];
      int[] rr = new int[2];
      for (int i = 0; i < h; i++) {
        if (mode.fresh[i] < 0) {
          continue;
        }
        int n = monitored(i, ss, rr);
        boolean keep = false;
        for (int q = 0; q < n; q++) {
          if (ss[q] == mode.fresh[i] && rr[q] * field.preActivation(state, i, ss[q]) <= 0) {
            keep = true;
          }
        }
        if (!keep) {
          mode.fresh[i] = -1;
        }
      }
    }

    @Override
    public void handleStep(ODEStateInterpolator interp) {
      double t1 = interp.getCurrentState().getTime();
      double until = pending == null ? t1 : pending.time;
      if (pending != null && pending.kind == PendingKind.DIVERGED) {
        return;
      }
      snapshotsUpTo(until, interp);
      if (pending == null && accepted % spec.progressEvery() == 0) {
        t = t1;
        progress(endEval);
      }
    }

    @Override
    public Action stepEndOccurred(ODEStateAndDerivative state, boolean forward) {
      boolean stop = pending != null || accepted >= spec.stop().maxSteps()
          || (spec.checkpointEvery() > 0 && accepted % spec.checkpointEvery() == 0);
      return stop ? Action.STOP : Action.CONTINUE;
    }
  }

  /**
   * One accepted integrator step [t0, t1] with its dense output: finds the switching functions that
   * changed sign and locates them.
   */
  private final class Step {
    final ODEStateInterpolator interp;
    final double t0;
    final double t1;
    final double[] y0;
    final double[] y1;
    final double[] d0;
    final double[] d1;
    final FlowField.Eval e0;
    final FlowField.Eval e1;

    Step(ODEStateInterpolator interp, double t0, double t1, double[] y0, double[] y1, double[] d0,
        double[] d1, FlowField.Eval e0, FlowField.Eval e1) {
      this.interp = interp;
      this.t0 = t0;
      this.t1 = t1;
      this.y0 = y0;
      this.y1 = y1;
      this.d0 = d0;
      this.d1 = d1;
      this.e0 = e0;
      this.e1 = e1;
    }

    double[] state(double time) {
      if (time == t1) {
        return y1;
      }
      if (time == t0) {
        return y0;
      }
      return interp.getInterpolatedState(time).getCompleteState();
    }

    /** Component k of the state at a time in the step (only that component when possible). */
    double component(double time, int k) {
      if (time == t1) {
        return y1[k];
      }
      if (time == t0) {
        return y0[k];
      }
      if (interp instanceof ExponentialRosenbrock.HermiteInterpolator hermite) {
        return hermite.component(time, k);
      }
      return interp.getInterpolatedState(time).getCompleteState()[k];
    }

    /** The switching function of site j of neuron i at a time in the step. */
    double preActivationAt(double time, int i, int j) {
      boolean hermite = interp instanceof ExponentialRosenbrock.HermiteInterpolator;
      if (time == t1 || time == t0 || !hermite) {
        return field.preActivation(state(time), i, j);
      }
      return field.preActivation(component(time, i), field.network ? component(time, h + i) : 0.0,
          i, j);
    }

    /** A sign change of phi on [a, b], phi(a) &gt; 0 &ge; phi(b), with an estimated time. */
    private final class Bracket {
      final CandidateType type;
      final int neuron;
      final int site;
      final UnivariateFunction phi;
      final double a;
      final double b;
      final double estimate;

      Bracket(CandidateType type, int neuron, int site, UnivariateFunction phi, double a,
          double b, double estimate) {
        this.type = type;
        this.neuron = neuron;
        this.site = site;
        this.phi = phi;
        this.a = a;
        this.b = b;
        this.estimate = estimate;
      }

      Candidate locate() {
        double root = a < b
            ? solver.solve(MAX_ROOT_EVALUATIONS, phi, a, b, AllowedSolution.RIGHT_SIDE) : a;
        return new Candidate(type, neuron, site, root);
      }
    }

    /** Every switching function's sign change in the step, located (earliest first). */
    List<Candidate> candidates() {
      List<Bracket> brackets = new ArrayList<>();
      int[] ss = new int[2];
      int[] rr = new int[2];
      for (int i = 0; i < h; i++) {
        final int ni = i;
        if (mode.pinned[i]) {
          exitBracket(brackets, i, CandidateType.EXIT_INACTIVE, e0.exitInactive[i],
              e1.exitInactive[i]);
          exitBracket(brackets, i, CandidateType.EXIT_ACTIVE, e0.exitActive[i],
              e1.exitActive[i]);
          if (field.network) {
            flipBracket(brackets, i, CandidateType.PIN_FLIP);
          }
          continue;
        }
        if (field.network && mode.isAll(i)) {
          flipBracket(brackets, i, CandidateType.FLIP);
        }
        int n = monitored(i, ss, rr);
        for (int q = 0; q < n; q++) {
          final int j = ss[q];
          final int role = rr[q];
          boolean fresh = mode.fresh[i] == j;
          double band = fresh ? field.guardBand(y1, i, j, settings.knotTolerance()) : 0.0;
          UnivariateFunction phi = tau -> role * preActivationAt(tau, ni, j) + band;
          double p0 = role * field.preActivation(y0, i, j) + band;
          double p1 = role * field.preActivation(y1, i, j) + band;
          CandidateType type = fresh ? CandidateType.GUARD : CandidateType.BOUNDARY;
          double r0 = role * field.preActivationRate(d0, i, j);
          double r1 = role * field.preActivationRate(d1, i, j);
          if (fresh ? p1 < 0 : p1 <= 0) {
            brackets.add(p0 > 0
                ? new Bracket(type, i, j, phi, t0, t1, HermiteRoot.firstRoot(p0, p1, r0, r1, t0, t1))
                : new Bracket(type, i, j, phi, t0, t0, t0));
          } else if (p0 > 0 && !fresh) {
            double tm = HermiteRoot.dip(p0, p1, r0, r1, t0, t1);
            if (!Double.isNaN(tm) && phi.value(tm) <= 0) {
              brackets.add(new Bracket(type, i, j, phi, t0, tm,
                  HermiteRoot.firstRoot(p0, p1, r0, r1, t0, t1)));
            }
          }
        }
      }
      return locate(brackets, t1 - t0);
    }

    private void exitBracket(List<Bracket> out, int i, CandidateType type, double p0,
        double p1) {
      if (!(p1 <= 0)) {
        return;
      }
      UnivariateFunction phi = tau -> {
        FlowField.Eval e = tau == t1 ? e1 : field.evaluate(state(tau), mode);
        return type == CandidateType.EXIT_INACTIVE ? e.exitInactive[i] : e.exitActive[i];
      };
      out.add(p0 > 0
          ? new Bracket(type, i, mode.edge[i], phi, t0, t1, t0 + (t1 - t0) * p0 / (p0 - p1))
          : new Bracket(type, i, mode.edge[i], phi, t0, t0, t0));
    }

    private void flipBracket(List<Bracket> out, int i, CandidateType type) {
      double w0 = y0[i];
      double w1 = y1[i];
      if (w0 == 0.0 || (w0 > 0 ? w1 > 0 : w1 < 0)) {
        return;
      }
      double sign = Math.signum(w0);
      UnivariateFunction phi = tau -> sign * component(tau, i);
      out.add(new Bracket(type, i, type == CandidateType.PIN_FLIP ? mode.edge[i] : 0, phi, t0,
          t1, HermiteRoot.firstRoot(sign * w0, sign * w1, sign * d0[i], sign * d1[i], t0, t1)));
    }

    /**
     * Locates the brackets in order of estimated time, as long as the estimate is within a margin
     * of the earliest located time; later ones are left for the next segment, which starts at the
     * earliest event (one whose estimate was too late but whose root was not is then due at once).
     * Orientation flips, which change no pattern, are always located.
     */
    private List<Candidate> locate(List<Bracket> brackets, double h0) {
      brackets.sort(Comparator.comparingDouble((Bracket b) -> b.estimate)
          .thenComparingInt(b -> b.neuron).thenComparing(b -> b.type));
      List<Candidate> out = new ArrayList<>();
      double best = Double.POSITIVE_INFINITY;
      double margin = ESTIMATE_MARGIN * h0 + 10 * settings.eventTolerance();
      for (Bracket b : brackets) {
        if (b.type != CandidateType.FLIP && b.estimate > best + margin) {
          continue;
        }
        Candidate c = b.locate();
        out.add(c);
        if (c.type != CandidateType.FLIP) {
          best = Math.min(best, c.time);
        }
      }
      return out;
    }

    /** The first time in the step at which the loss or the gradient norm reaches its threshold. */
    Threshold threshold() {
      StopCriteria stop = spec.stop();
      Threshold best = null;
      if (e1.loss <= stop.lossThreshold()) {
        UnivariateFunction f = tau -> (tau == t1 ? e1 : field.evaluate(state(tau), mode)).loss
            - stop.lossThreshold();
        best = new Threshold(PendingKind.LOSS, rootOrEnd(f, e1.loss - stop.lossThreshold()));
      }
      if (e1.speed() <= stop.gradientThreshold()) {
        UnivariateFunction f = tau -> (tau == t1 ? e1 : field.evaluate(state(tau), mode)).speed()
            - stop.gradientThreshold();
        double root = rootOrEnd(f, e1.speed() - stop.gradientThreshold());
        if (best == null || root < best.time) {
          best = new Threshold(PendingKind.GRADIENT, root);
        }
      }
      return best;
    }

    private double rootOrEnd(UnivariateFunction f, double atEnd) {
      return atEnd < 0
          ? solver.solve(MAX_ROOT_EVALUATIONS, f, t0, t1, AllowedSolution.RIGHT_SIDE) : t1;
    }
  }
}
