#!/usr/bin/env bash
# Benchmark (not a test): score 100,000 random responses with the CLI jar and print wall time and
# peak RSS, with the default heap and with small ones (-Xmx64m, -Xmx16m) to show the CLI streams.
#   scoring/bench/cli-100k.sh            (from anywhere; N=... and BENCH_DIR=... to override)
set -euo pipefail
cd "$(dirname "$0")/../.."                       # the repository root
JAR=scoring/target/ita-scoring.jar
N=${N:-100000}
DIR=${BENCH_DIR:-scoring/target/bench}
FILE=$DIR/responses-$N.jsonl
mkdir -p "$DIR"

# build the jar if it is missing or older than the scoring sources
if [ ! -f "$JAR" ] || [ -n "$(find scoring/src/main scoring/pom.xml -newer "$JAR" -print -quit)" ]; then
	./mvnw -B -q -pl scoring package -DskipTests
fi

python3 scoring/bench/generate_responses.py --responses "$N" --agencies 10 > "$FILE"
echo "input: $FILE, $(wc -l < "$FILE") lines, $(du -h "$FILE" | cut -f1) ($(stat -c %s "$FILE") bytes)"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"

# one timed run: label, then java options; prints wall time, peak RSS and the exit status
measure() {
	local label=$1
	shift
	local log=$DIR/time-$label.txt
	local status=0
	/usr/bin/time -v java "$@" -jar "$JAR" report "$FILE" > /dev/null 2> "$log" || status=$?
	printf '%-28s wall %-8s peak RSS %7s MB   exit %s\n' "$label" \
		"$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log")" \
		"$(awk '/Maximum resident set size/ {printf "%.0f", $NF / 1024}' "$log")" "$status"
}

# the JVM alone (empty input), to tell start-up cost from scoring cost
/usr/bin/time -v java -jar "$JAR" report - < /dev/null > /dev/null 2> "$DIR/time-empty.txt"
printf '%-28s wall %-8s peak RSS %7s MB\n' "empty input (JVM baseline)" \
	"$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$DIR/time-empty.txt")" \
	"$(awk '/Maximum resident set size/ {printf "%.0f", $NF / 1024}' "$DIR/time-empty.txt")"
measure default-heap
measure Xmx64m -Xmx64m
measure Xmx16m -Xmx16m
echo "command: /usr/bin/time -v java [-Xmx..] -jar $JAR report $FILE > /dev/null  (full logs: $DIR/time-*.txt)"
