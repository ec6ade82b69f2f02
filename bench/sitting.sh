#!/usr/bin/env bash
# Every issue-16 benchmark, one after another in one sitting, on the jars built from this checkout:
#   ./mvnw -B -q -o package -DskipTests        (the launcher, the JMH jar, the test classes)
#   apt-get install -y python3-torch python3-numpy libopenblas0-pthread
#   bench/sitting.sh > sitting.log 2>&1          (~25 min on 2 cores; run nothing else meanwhile)
# Each block starts with a '###' line giving the time and the load average.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
stamp() { echo "### $1 $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg)"; }
ver() { sed -n "s:.*<$1.version>\(.*\)</$1.version>.*:\1:p" pom.xml; }
jars() { find ~/.m2/repository/org/$1 -path "*/$2/*" -name '*.jar' ! -name '*sources*' ! -name '*javadoc*'; }
stamp "spectrum (bench/peer_spectrum.py)"
/usr/bin/python3 bench/peer_spectrum.py --java --repeat 2
stamp "gd step through ./knotwork train (bench/gd_step_cli.sh)"
bench/gd_step_cli.sh 10000 1000 11000
stamp "flow against GD over the regime phase diagram (FlowRegimeBench)"
CP=knotwork-core/target/test-classes:knotwork-core/target/classes:knotwork-common/target/classes
CP=$CP:$(jars ejml "$(ver ejml)" | tr '\n' ':')$(jars hipparchus "$(ver hipparchus)" | tr '\n' ':')
java -cp "$CP" org.knotwork.train.FlowRegimeBench 5000 1e-10 16,4,1,0.25,0.0625
stamp "pathways step (bench/pathways_side_by_side.sh)"
bench/pathways_side_by_side.sh 5
stamp "D2R2 training, Knotwork then NumPy then Knotwork"
JAR=knotwork-cli/target/knotwork.jar
java -Xmx4g -cp $JAR org.knotwork.reservoir.bench.Throughput d2r2 20000 4 10
LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread OPENBLAS_NUM_THREADS=2 \
  /usr/bin/python3 bench/peer_reservoir_numpy.py --sizes '' --train 20000 --forecast 10 --repeats 10
java -Xmx4g -cp $JAR org.knotwork.reservoir.bench.Throughput d2r2 20000 4 10
stamp "core against PyTorch (./knotwork bench --peer)"
./knotwork bench --peer --write BENCHMARKS.md
stamp "end"
