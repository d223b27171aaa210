#!/usr/bin/env bash
# Regenerates cloudtrail-eks's generated sources from cloudtrail-eks/src/main/codegen/eks-service-2.json and
# eks-customization.json with tools/codegen, writing into cloudtrail-eks/src/main/java and deleting generated files the
# model no longer has. Then review `git diff`, run the EKS tests, and update the API file (see cloudtrail-eks/README.md).
#
#   scripts/regenerate-eks.sh [path/to/new/service-2.json]
#
# With an argument, the model is first copied over cloudtrail-eks/src/main/codegen/eks-service-2.json.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
codegen="cloudtrail-eks/src/main/codegen"
if [[ $# -ge 1 ]]; then
  cp "$1" "$codegen/eks-service-2.json"
fi
./mvnw -q -B -pl tools/codegen -am package -DskipTests
java -jar tools/codegen/target/codegen.jar "$codegen/eks-service-2.json" "$codegen/eks-customization.json" \
  cloudtrail-eks/src/main/java
