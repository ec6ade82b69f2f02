#!/usr/bin/env bash
# A gradient-descent step through the CLI path (`./knotwork train`: study, recorder, manifest),
# issue 16 item 2. For each recording mode it runs the same problem for K1 and K2 steps and reports
# (cost(K2) - cost(K1)) / (K2 - K1): the cost of one step past warm-up, start-up and fixed output
# excluded. Cost = process CPU time (user + sys, robust on a shared machine) and wall time.
#   defaults: a metrics row every step, ~100 snapshots, a checkpoint every 1000 steps
#   sparse:   --snapshots 0 --progress-every 1000 --checkpoint-every 0
# Then the in-process breakdown and floor (org.knotwork.bench.StepFloor).
# Usage: bench/gd_step_cli.sh [N] [K1] [K2]      (default 10000 1000 11000)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:-10000}"; K1="${2:-1000}"; K2="${3:-11000}"
OUT="${GD_STEP_OUT:-$ROOT/bench-out/gd-step}"
mkdir -p "$OUT"
"$ROOT/knotwork" --version >/dev/null   # builds the launcher jar if needed
JAR="$ROOT/knotwork-cli/target/knotwork.jar"
ETA="$(java -cp "$JAR" "$ROOT/bench/GdStepProblem.java" "$N" "$OUT")"
echo "N = H = $N, eta = $ETA, steps $K1 and $K2; load: $(cut -d' ' -f1-3 /proc/loadavg)"
run() { # mode K -> "cpu wall"
  local mode="$1" k="$2" extra=() t
  [[ "$mode" == sparse ]] && extra=(--snapshots 0 --progress-every 1000 --checkpoint-every 0)
  rm -rf "$OUT/run-$mode-$k"
  t="$( { /usr/bin/time -f '%U %S %e' "$ROOT/knotwork" train --net "$OUT/net-$N.json" \
      --data "$OUT/data-$N.csv" --optimizer gd --lr "$ETA" --steps "$k" "${extra[@]}" \
      --out "$OUT/run-$mode-$k" >/dev/null; } 2>&1 | tail -1)"
  awk '{printf "%.3f %.3f", $1 + $2, $3}' <<<"$t"
}
for mode in defaults sparse; do
  read -r c1 w1 <<<"$(run "$mode" "$K1")"
  read -r c2 w2 <<<"$(run "$mode" "$K2")"
  awk -v m="$mode" -v c1="$c1" -v c2="$c2" -v w1="$w1" -v w2="$w2" -v k1="$K1" -v k2="$K2" \
    'BEGIN {printf "%-8s CPU %.2f s / %.2f s, wall %.2f s / %.2f s -> per step: %.1f us CPU, %.1f us wall\n",
      m, c1, c2, w1, w2, (c2 - c1) / (k2 - k1) * 1e6, (w2 - w1) / (k2 - k1) * 1e6}'
done
java -cp "$JAR" org.knotwork.bench.StepFloor "$N" 2000
