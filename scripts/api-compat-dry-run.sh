#!/usr/bin/env bash
# Shows, before 0.1.0 exists on Central, that the release profile's API check (japicmp, execution
# api-compatibility-release) fails a release that breaks a published signature, with no flag given:
#   1. this commit (HEAD), versioned 0.1.0, is installed as the "released" baseline into a throw-away local repository;
#   2. the same commit, versioned 0.1.1-SNAPSHOT, passes `-Prelease verify`: japicmp finds 0.1.0 by itself;
#   3. with one public method of cloudtrail-model renamed (OpenEnum.isKnown -> isRecognized), it fails, naming it.
# Only cloudtrail-model is built (every published module runs the same inherited execution). Nothing is uploaded, and
# ~/.m2 is only read: installs go to the throw-away repository, which chains ~/.m2 behind it (Maven 3.9's
# maven.repo.local.tail). Takes a few minutes; CI (.ci/run) runs it after the release dry run.
#
#   scripts/api-compat-dry-run.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d /tmp/api-compat.XXXXXX)"
trap 'rm -rf "$work"' EXIT
mvn_opts=(-B -Dmaven.repo.local="$work/repository" -Dmaven.repo.local.tail="$HOME/.m2/repository"
  -pl cloudtrail-model -Dmaven.test.skip=true)

# a copy of HEAD as version $2 in $work/$1
copy() {
  mkdir -p "$work/$1"
  git -C "$root" archive HEAD | tar -x -C "$work/$1"
  find "$work/$1" -name pom.xml -exec sed -i "s|<version>0.1.0-SNAPSHOT</version>|<version>$2</version>|" {} +
}

echo "1. baseline: HEAD as 0.1.0, installed into $work/repository"
copy base 0.1.0
(cd "$work/base" && ./mvnw "${mvn_opts[@]}" -q -am install)

echo "2. HEAD as 0.1.1-SNAPSHOT, unchanged: the release profile's API check must pass"
copy next 0.1.1-SNAPSHOT
(cd "$work/next" && ./mvnw "${mvn_opts[@]}" -Prelease -Dgpg.skip verify) > "$work/pass.log" 2>&1 || {
  tail -40 "$work/pass.log"; echo "FAILED: the unchanged API did not pass" >&2; exit 1; }
grep -q "api-compatibility-release" "$work/pass.log" || { echo "FAILED: the release check did not run" >&2; exit 1; }
grep -E "Comparing|cloudtrail-model-0\.1\.0\.jar" "$work/pass.log" | head -3 || true

echo "3. the same with OpenEnum.isKnown() renamed: the release must fail"
sed -i 's/public final boolean isKnown()/public final boolean isRecognized()/' \
  "$work/next/cloudtrail-model/src/main/java/org/cloudtrail4j/model/OpenEnum.java"
if (cd "$work/next" && ./mvnw "${mvn_opts[@]}" -Prelease -Dgpg.skip verify) > "$work/fail.log" 2>&1; then
  tail -40 "$work/fail.log"; echo "FAILED: a removed public method was not caught" >&2; exit 1
fi
grep -q "isKnown" "$work/fail.log" && grep -q "api-compatibility-release" "$work/fail.log" || {
  tail -40 "$work/fail.log"; echo "FAILED: the build failed, but not in the API check" >&2; exit 1; }
grep -E "ERROR.*(japicmp|isKnown|incompatib)" "$work/fail.log" | head -5
echo "OK: the release profile's API check passes an unchanged API and fails a broken one"
