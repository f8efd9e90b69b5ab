#!/usr/bin/env bash
# The load test (issue 16): the demo county on MariaDB/MySQL under a mixed workload of
# LOAD_USERS (100) people through /api/v1, driven by Gatling (Maven profile "load"), once against
# one node and once against two nodes on one database. Prints p50/p95/p99 and errors per run.
#
# Usage: load/run-load-test.sh [one|two|both]        (default both)
#
# Environment (all optional):
#   LOAD_USERS (100), LOAD_DURATION (180 s each user works), LOAD_RAMP (30 s), LOAD_SETUP_DOCUMENTS (4)
#   LOAD_DB_HOST (127.0.0.1), LOAD_DB_PORT (3306), LOAD_DB_USER (root), LOAD_DB_PASSWORD (empty),
#   LOAD_DB_NAME (gongwen_load; dropped and created afresh for every run)
#   LOAD_PORT (18080; the second node LOAD_PORT+1), LOAD_HEAP (768m per node)
#   LOAD_OFFLINE (-o; set it empty for the first run, which downloads Gatling from Maven Central)
#
# Needs the production jar (./mvnw -B -ntp -o -DskipTests package; built here when missing), a
# MariaDB 10.11 or MySQL 8 server, the mysql client and python3. Results: target/load/results.md,
# Gatling's HTML reports under target/gatling/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

MODE=${1:-both}
USERS=${LOAD_USERS:-100}
DURATION=${LOAD_DURATION:-180}
RAMP=${LOAD_RAMP:-30}
SETUP_DOCUMENTS=${LOAD_SETUP_DOCUMENTS:-4}
DB_HOST=${LOAD_DB_HOST:-127.0.0.1}
DB_PORT=${LOAD_DB_PORT:-3306}
DB_USER=${LOAD_DB_USER:-root}
DB_PASSWORD=${LOAD_DB_PASSWORD:-}
DB_NAME=${LOAD_DB_NAME:-gongwen_load}
PORT=${LOAD_PORT:-18080}
HEAP=${LOAD_HEAP:-768m}
OFFLINE=${LOAD_OFFLINE--o}
WORK=target/load
RESULTS=$WORK/results.md
DB_URL="jdbc:mysql://${DB_HOST}:${DB_PORT}/${DB_NAME}?useUnicode=true&characterEncoding=utf8&serverTimezone=UTC&sslMode=DISABLED&allowPublicKeyRetrieval=true&sendFractionalSeconds=false&nullDatabaseMeansCurrent=true"

log() { printf '[load] %s\n' "$*"; }
NODE_PIDS=()
stop_nodes() {
  for pid in "${NODE_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${NODE_PIDS[@]:-}"; do
    [ -n "$pid" ] && while kill -0 "$pid" 2>/dev/null; do sleep 1; done
  done
  NODE_PIDS=()
}
trap stop_nodes EXIT

sql() { MYSQL_PWD="$DB_PASSWORD" mysql -h "$DB_HOST" -P "$DB_PORT" -u "$DB_USER" -e "$1"; }

JAR=$(ls target/gongwen-*.jar 2>/dev/null | grep -v -- '-plain' | head -n 1 || true)
if [ -z "$JAR" ]; then
  log "building the production jar"
  ./mvnw -B -ntp -o -DskipTests package
  JAR=$(ls target/gongwen-*.jar | grep -v -- '-plain' | head -n 1)
fi
log "compiling the simulations (profile load)"
./mvnw -B -ntp $OFFLINE -q -Pload test-compile

# start_node <n> <port>: one node of the county in its own working directory
start_node() {
  local n=$1 port=$2 dir=$WORK/node$1
  mkdir -p "$dir"
  local extra=()
  # only one node renews archive time-stamps at night (docs/operations.md, Running several nodes)
  [ "$n" -gt 1 ] && extra+=(--gongwen.archive.time-stamp-renewal-cron=-)
  (cd "$dir" && SPRING_PROFILES_ACTIVE=mysql,demo GONGWEN_DEMO=true \
    GONGWEN_DB_URL="$DB_URL" GONGWEN_DB_USER="$DB_USER" GONGWEN_DB_PASSWORD="$DB_PASSWORD" \
    GONGWEN_SEAL_MASTER_KEY="$MASTER_KEY" GONGWEN_SEAL_BACKUP_KEY="$BACKUP_KEY" \
    GONGWEN_SESSION_COOKIE_NAME="GWSESSION$n" \
    exec java -Xmx"$HEAP" -jar "$OLDPWD/$JAR" --server.port="$port" "${extra[@]}" > node.log 2>&1) &
  NODE_PIDS+=($!)
  log "node $n (pid $!) starting on port $port, log $dir/node.log"
  local deadline=$((SECONDS + 600))
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    if [ $SECONDS -gt $deadline ] || ! kill -0 "${NODE_PIDS[-1]}" 2>/dev/null; then
      log "node $n did not become ready; see $dir/node.log"; tail -n 30 "$dir/node.log"; exit 1
    fi
    sleep 3
  done
  log "node $n ready after $SECONDS s of this script"
}

# gatling <simulation> <baseUrls>; the run's report directory is left in $last_report
gatling() {
  local status=0
  ./mvnw -B -ntp $OFFLINE -Pload gatling:test -Dload.simulation="org.gongwen.load.$1" -Dload.baseUrls="$2" \
    -Dload.users="$USERS" -Dload.durationSeconds="$DURATION" -Dload.rampSeconds="$RAMP" \
    -Dload.setupDocuments="$SETUP_DOCUMENTS" > "$WORK/gatling-$1.log" 2>&1 || status=$?
  local report
  report=$(ls -td target/gatling/*/ 2>/dev/null | head -n 1)
  if [ -z "$report" ] || [ "$report" = "$last_report" ]; then
    log "$1 produced no report; see $WORK/gatling-$1.log"; tail -n 30 "$WORK/gatling-$1.log"; exit 1
  fi
  last_report=$report
  log "$1 finished (exit $status), report $report"
  return 0
}

run() {
  local nodes=$1 urls="http://127.0.0.1:$PORT"
  log "== $nodes node(s): fresh database $DB_NAME =="
  sql "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;"
  rm -rf "$WORK/node1" "$WORK/node2"
  MASTER_KEY=$(head -c 32 /dev/urandom | base64)
  BACKUP_KEY=$(head -c 32 /dev/urandom | base64)
  start_node 1 "$PORT"
  if [ "$nodes" -eq 2 ]; then
    start_node 2 $((PORT + 1))
    urls="$urls,http://127.0.0.1:$((PORT + 1))"
  fi
  gatling CountySetupSimulation "$urls"
  if [ "$(python3 load/report.py "$last_report" setup | head -n 1 | awk -F'|' '{print $4 + 0}')" != 0 ]; then
    log "the setup had failed requests; see $WORK/gatling-CountySetupSimulation.log"; exit 1
  fi
  local load_before
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  gatling CountyWorkloadSimulation "$urls"
  local label="$nodes node(s), $USERS users"
  python3 load/report.py "$last_report" "$label" "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" >> "$WORK/rows.txt"
  stop_nodes
}

mkdir -p "$WORK"
: > "$WORK/rows.txt"
last_report=$(ls -td target/gatling/*/ 2>/dev/null | head -n 1 || true)
case "$MODE" in
  one) run 1 ;;
  two) run 2 ;;
  both) run 1; run 2 ;;
  *) echo "usage: $0 [one|two|both]" >&2; exit 2 ;;
esac
{
  echo "| run / request | requests | errors | p50 ms | p95 ms | p99 ms | max ms | req/s |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  cat "$WORK/rows.txt"
} > "$RESULTS"
cat "$RESULTS"
