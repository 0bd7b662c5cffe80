#!/usr/bin/env bash
# Benchmark (not a test): the staff `score` command at 1,000 and 100,000 stored responses and a
# full-scan recount of the 100,000, in one run of the whole bot (embedded in-memory database,
# local LINE API stand-in). Prints latencies and the ratio live(100k)/live(1k).
#   bot/bench/staff-score.sh [SMALL LARGE]      (default 1000 100000; JAVA_OPTS to override -Xmx)
set -euo pipefail
cd "$(dirname "$0")/../.."                       # the repository root
CP_FILE=bot/target/bench-classpath.txt
./mvnw -B -q -pl bot -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
	-Dmdep.outputFile="$(pwd)/$CP_FILE" -Dmdep.outputAbsoluteArtifactFilename=true
# the reactor modules as compiled here (nothing is installed into ~/.m2)
CP="bot/target/test-classes:bot/target/classes:survey-engine/target/classes:scoring/target/classes:$(cat "$CP_FILE")"
exec java ${JAVA_OPTS:--Xmx3g} -cp "$CP" th.ita.bot.staff.StaffScoreBenchmark "$@"
