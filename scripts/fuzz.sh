#!/usr/bin/env bash
# Fuzzes the CloudTrail reader with Jazzer for real (coverage-guided), MINUTES in all, shared by the targets of
# cloudtrail-parser's ReaderFuzzTest: plain, gzipped, compressed, smallLimits (or those named after MINUTES).
#
#   scripts/fuzz.sh 20                 # 5 minutes per target
#   scripts/fuzz.sh 10 plain gzipped   # 5 minutes each for two targets
#
# Seeds are the target's inputs directory, cloudtrail-parser/src/test/resources/org/cloudtrail4j/parser/
# ReaderFuzzTestInputs/<target>/ (corpus files), which `mvn verify` replays. The corpus Jazzer grows is kept out of
# the repository, in cloudtrail-parser/target/fuzz/. Every crash (a failed assertion, an unexpected exception, a
# timeout or an out-of-memory) is written to the target's inputs directory, where the next `mvn verify` replays it
# as a regression test: fix the bug, and commit the input with the fix. A summary with each target's executions is
# printed at the end and kept in cloudtrail-parser/target/fuzz/summary.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:?usage: scripts/fuzz.sh MINUTES [target...]}
shift
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(plain gzipped compressed smallLimits)
fi
seconds=$(( minutes * 60 / ${#targets[@]} ))

mvn -q -pl cloudtrail-parser -am test-compile
mvn -q -pl cloudtrail-parser dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/fuzz-classpath.txt >/dev/null
parser=$PWD/cloudtrail-parser
cp="$parser/target/test-classes:$parser/target/classes:$(cat cloudtrail-parser/target/fuzz-classpath.txt)"
inputs=$parser/src/test/resources/org/cloudtrail4j/parser/ReaderFuzzTestInputs
work=$parser/target/fuzz
mkdir -p "$work"
: > "$work/summary.txt"

for target in "${targets[@]}"; do
  echo "fuzzing ReaderFuzzTest#$target for ${seconds}s"
  log=$work/$target.log
  before=$(ls "$inputs/$target" | grep -c -E '^(crash|timeout|oom|slow-unit)-' || true)
  status=0
  # run from the parser module, so that Jazzer finds the inputs directory under src/test/resources; -Xmx bounds
  # the heap so that a runaway allocation is an out-of-memory finding, not a swapping machine
  (cd "$parser" && java -Xmx1g -cp "$cp" com.code_intelligence.jazzer.Jazzer \
      --target_class=org.cloudtrail4j.parser.ReaderFuzzTest --target_method="$target" \
      -max_total_time="$seconds" -timeout=30 ) > "$log" 2>&1 || status=$?
  runs=$(grep -o 'Done [0-9]* runs' "$log" | tail -1 || true)
  after=$(ls "$inputs/$target" | grep -c -E '^(crash|timeout|oom|slow-unit)-' || true)
  # Jazzer stops at the first finding (exit 77): fix it, then fuzz again
  echo "$target: ${runs:-no summary}, exit $status, new findings: $(( after - before ))" | tee -a "$work/summary.txt"
done
# Jazzer keeps the corpus it grows in .cifuzz-corpus of the directory it runs in: keep it with the build output
if [ -d "$parser/.cifuzz-corpus" ]; then
  rm -rf "$work/corpus" && mv "$parser/.cifuzz-corpus" "$work/corpus"
fi
for f in "$parser"/crash-* "$parser"/timeout-* "$parser"/oom-*; do
  [ -e "$f" ] && echo "finding outside an inputs directory: $f (move it into $inputs/<target>/)"
done
cat "$work/summary.txt"
