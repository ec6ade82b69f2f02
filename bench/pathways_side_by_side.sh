#!/usr/bin/env bash
# Side by side, in one sitting: Knotwork's pathways step (built-in kernels and OpenBLAS through
# DenseBlas) against the authors' PyTorch loop (bench/peer_pathways_torch.py), N = 1000, D = 7.
# Usage: bench/pathways_side_by_side.sh [seconds-per-config] [widths]
# Prints one JSON line per configuration. Run from the repository root after
#   ./mvnw -B -q -o -pl knotwork-pathways,knotwork-lapack -am test-compile
set -euo pipefail
SECONDS_PER=${1:-5}
WIDTHS=${2:-1000}
R=${M2_REPO:-$HOME/.m2/repository}
CP=knotwork-pathways/target/test-classes:knotwork-pathways/target/classes:knotwork-common/target/classes
CP=$CP:knotwork-lapack/target/classes
# the newest stored version of each artifact, its main jar and (JavaCPP) its linux-x86_64 natives
jars() { ls $R/$1/*/*.jar 2>/dev/null | grep -v -e sources -e javadoc -e -tests | sort -V | tail -"$2"; }
CP=$CP:$(jars org/hipparchus/hipparchus-core 1):$(jars org/ejml/ejml-ddense 1):$(jars org/ejml/ejml-core 1)
for a in javacpp openblas; do
  CP=$CP:$(jars org/bytedeco/$a 9 | grep -v -e linux -e windows -e macosx -e android | tail -1)
  CP=$CP:$(jars org/bytedeco/$a 9 | grep linux-x86_64 | tail -1)
done
step() { java -cp "$CP" org.knotwork.pathways.bench.StepCpuTime 7 "$WIDTHS" "$SECONDS_PER" "$1" "$2"; }
torch() { /usr/bin/python3 bench/peer_pathways_torch.py --widths "$WIDTHS" --dtypes "$1" \
  --threads "$2" --seconds "$SECONDS_PER" 2>/dev/null; }
date -u +"# %FT%TZ load: $(cut -d' ' -f1-3 /proc/loadavg)"
step kernels 1
step openblas 1
torch float32 1
torch float64 1
step openblas 1
step kernels 1
torch float32 2
step kernels 2
step openblas 2
torch float32 1
date -u +"# %FT%TZ load: $(cut -d' ' -f1-3 /proc/loadavg)"
