#!/usr/bin/env bash
# Cold start of the command-line program against a Hello-World main on the same JVM.
# Runs each RUNS times (default 21), alternating, without Maven, and prints the medians.
# Usage: bench/coldstart.sh [RUNS]    (after ./mvnw compile)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-21}
java=${JAVA:-java}
[ -d target/classes/org/civictech/pars/cli ] || { echo "run ./mvnw compile first" >&2; exit 1; }
mkdir -p target/hello
javac -d target/hello bench/HelloWorld.java

now() { date +%s%N; }
hello=() ; cli=()
for ((i = 0; i < runs; i++)); do
  t0=$(now); "$java" -cp target/hello HelloWorld > /dev/null; t1=$(now)
  "$java" -cp target/classes org.civictech.pars.cli.Main DA=against COURTS=abstain CITY=against > /dev/null; t2=$(now)
  hello+=($(( (t1 - t0) / 1000 ))); cli+=($(( (t2 - t1) / 1000 )))
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
h=$(median "${hello[@]}"); c=$(median "${cli[@]}")
"$java" -version 2>&1 | head -1
echo "runs each: $runs (alternating)"
echo "Hello World median: $((h / 1000)) ms"
echo "pars-renewal CLI median: $((c / 1000)) ms"
awk -v c="$c" -v h="$h" 'BEGIN {printf "ratio CLI / Hello World: %.2f\n", c / h}'
