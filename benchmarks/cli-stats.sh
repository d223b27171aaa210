#!/usr/bin/env bash
# Times `cloudtrail stats` from the distribution against `zcat | jq` counting by service, over the generated S3 tree
# (100 .json.gz files for 64 MB), wall clock, runs interleaved so that every variant sees the same machine:
#
#   benchmarks/cli-stats.sh [megabytes=64] [runs=10]
#
# Needs benchmarks/target/benchmarks.jar and cloudtrail-cli/target/cloudtrail-*.tar.gz (`./mvnw -pl benchmarks,
# cloudtrail-cli -am package -DskipTests`; DIST=path picks another tarball) and jq; JAVA_HOME picks the Java of the
# launcher (and of the corpus generator); WORK=folder keeps the corpus between calls. The launcher's class-data
# sharing archives are made by untimed runs before the timed ones, as a user's first run makes them. Prints one line
# per run and a summary: median, minimum and maximum in ms, jq's median over each variant's, and the median (min–max)
# of the same-run ratios, run i's jq time over run i's variant time. The variants:
#   jq             find | zcat | jq -r '.Records[].eventSource' | sort | uniq -c
#   stats          bin/cloudtrail stats TREE, as installed (archive, C1 only)
#   stats_threads2 the same with --threads 2
#   stats_tiered   JAVA_OPTS=-XX:TieredStopAtLevel=4: the archive, the JVM's default compilers
#   stats_plain    CLOUDTRAIL_CDS=off and JAVA_OPTS=-XX:TieredStopAtLevel=4: java -jar as before the launcher's tuning
#   stats_base     bin/cloudtrail stats TREE from another distribution, BASE=path/to/cloudtrail-*.tar.gz (e.g. main's),
#                  for a before/after in the same run: VARIANTS="jq stats_base stats" BASE=... cli-stats.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-64}
runs=${2:-10}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=${WORK:-$(mktemp -d)}
corpus=$work/corpus-$mb
if [ ! -d "$corpus/tree" ]; then
  "$java" -cp benchmarks/target/benchmarks.jar org.cloudtrail4j.benchmarks.CorpusGenerator "$corpus" "$mb" > /dev/null
fi
tree=$corpus/tree
dist=${DIST:-$(ls cloudtrail-cli/target/cloudtrail-*.tar.gz | head -1)}
rm -rf "$work/dist" && mkdir -p "$work/dist" && tar xzf "$dist" -C "$work/dist"
cli=$(ls -d "$work"/dist/cloudtrail-*/bin/cloudtrail)
if [ -n "${BASE:-}" ]; then
  rm -rf "$work/base" && mkdir -p "$work/base" && tar xzf "$BASE" -C "$work/base"
  base_cli=$(ls -d "$work"/base/cloudtrail-*/bin/cloudtrail)
fi
export CLOUDTRAIL_CDS_DIR=$work/cds
rm -rf "$CLOUDTRAIL_CDS_DIR"

jq_count() {
  find "$tree" -name '*.json.gz' -exec zcat {} + | jq -r '.Records[].eventSource' | sort | uniq -c
}
variants=(${VARIANTS:-jq stats stats_threads2 stats_tiered stats_plain})
run() {
  case $1 in
    jq) jq_count ;;
    stats) "$cli" stats "$tree" ;;
    stats_threads2) "$cli" stats --threads 2 "$tree" ;;
    stats_tiered) JAVA_OPTS=-XX:TieredStopAtLevel=4 "$cli" stats "$tree" ;;
    stats_plain) CLOUDTRAIL_CDS=off JAVA_OPTS=-XX:TieredStopAtLevel=4 "$cli" stats "$tree" ;;
    stats_base) "$base_cli" stats "$tree" ;;
  esac
}

# the same count both ways, and the archives made (untimed)
want=$(jq_count | awk '{n += $1} END {print n}')
got=$(run stats | awk '$1 == "records" {print $2}')
[ "$want" = "$got" ] || { echo "jq counted $want records, cloudtrail stats $got" >&2; exit 1; }
for v in "${variants[@]}"; do run "$v" > /dev/null; done

declare -A times
for ((i = 1; i <= runs; i++)); do
  for v in "${variants[@]}"; do
    t0=$(date +%s%N)
    run "$v" > /dev/null
    t1=$(date +%s%N)
    ms=$(((t1 - t0) / 1000000))
    times[$v]+="$ms "
    echo "run $i $v ${ms} ms"
  done
done

# the median (the mean of the two middle values for an even count, as ResultsTable's), the minimum and the maximum
median() {
  tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {
    m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
    print m, a[1], a[NR]
  }'
}
echo
echo "$mb MB tree, $runs runs each, $("$java" -version 2>&1 | head -1)"
echo "| variant | median ms | min–max ms | jq median / variant median | median of run i's jq / variant (min–max) |"
echo "|---|---:|---:|---:|---:|"
read -r jq_med _ _ <<< "$(echo "${times[jq]}" | median)"
for v in "${variants[@]}"; do
  read -r med lo hi <<< "$(echo "${times[$v]}" | median)"
  # run i's jq and this variant ran one after the other: the ratio within each run, then the median of those
  ratios=$(paste -d' ' <(echo "${times[jq]}" | tr ' ' '\n' | grep .) <(echo "${times[$v]}" | tr ' ' '\n' | grep .) \
    | awk '{printf "%.4f\n", $1 / $2}' | sort -n | awk '{a[NR] = $1} END {
        m = NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
        printf "%.2f× (%.2f–%.2f)", m, a[1], a[NR]
      }')
  echo "| $v | $med | $lo–$hi | $(awk -v a="$jq_med" -v b="$med" 'BEGIN {printf "%.2f×", a / b}') | $ratios |"
done
