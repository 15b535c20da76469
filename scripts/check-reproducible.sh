#!/usr/bin/env bash
# Builds the jars twice from clean and compares their SHA-256 hashes; exits 1 if they differ.
# Usage: scripts/check-reproducible.sh
set -euo pipefail
cd "$(dirname "$0")/.."
build() {
  ./mvnw -q clean package -DskipTests >/dev/null
  sha256sum target/pars-renewal-*.jar | sed 's| target/| |'
}
first=$(build)
second=$(build)
echo "first build:"; echo "$first"
echo "second build:"; echo "$second"
if [ "$first" = "$second" ]; then
  echo "reproducible: the two builds are byte-identical"
else
  echo "NOT reproducible: the hashes differ" >&2
  exit 1
fi
