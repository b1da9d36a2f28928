#!/usr/bin/env bash
# The meetings benchmark: 1,000 meetings of 30 speeches, then load on the meeting list, a
# meeting's 30 speeches, creating a rectification item, a search and creating a speech.
#   bash bench/run.sh            (DURATION=10 CONNECTIONS=32 THREADS=1 by default)
# It builds the release binary, installs wrk if missing (apt-get), runs the service on a
# private cluster in a temporary folder, and prints for each endpoint its throughput, latency
# percentiles and the service's CPU time per request, then the ceiling: the very statements
# one request sends PostgreSQL (captured from the server's log, bench/ceiling.py) run by
# pgbench, prepared, with as many clients, and the endpoint's throughput as a share of it.
# Last the service's peak RSS. Nothing outside the temporary folder is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-1}
PORT=${PORT:-18181}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
cargo build --release --quiet
bin=target/release/minutebook

work=$(mktemp -d /tmp/mb-bench-XXXXXX)
chmod 755 "$work"
export MINUTEBOOK_DATA_DIR="$work/data" MINUTEBOOK_BIND="127.0.0.1:$PORT" RUST_LOG=warn
export MINUTEBOOK_ADMIN_PASSWORD="bench admin passphrase" MINUTEBOOK_DB_MAX_CONNECTIONS=${DB_CONNECTIONS:-16}
unset DATABASE_URL
"$bin" migrate
"$bin" serve > "$work/service.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$PORT/health/ready" >/dev/null && break; sleep 0.2; done

socket="$(readlink -f "$MINUTEBOOK_DATA_DIR/postgres")"
psql -q -h "$socket" -U postgres -d minutebook -v sample="$(cat tests/fixtures/speech-branch-life-meeting.txt)" \
    -f bench/seed.sql >/dev/null
token=$(curl -fs -H 'content-type: application/json' \
    -d '{"username": "admin", "password": "bench admin passphrase"}' \
    "http://127.0.0.1:$PORT/api/v1/auth/login" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
auth="Authorization: Bearer $token"
base="http://127.0.0.1:$PORT/api/v1"
meeting=00000000-0000-7000-8002-000000000500
bytes=$(curl -fs -H "$auth" "$base/meetings/$meeting/speeches" | wc -c)
echo "seeded: 1000 meetings x 30 speeches; one meeting's speeches are $bytes bytes of JSON"
echo "rss before load: $(awk '/VmRSS/ {print $2 " kB"}' /proc/$pid/status)"

# CPU time the service has used, in clock ticks (utime + stime).
ticks() { awk '{print $14 + $15}' /proc/$pid/stat; }
hz=$(getconf CLK_TCK)

# run NAME CEILING_METHOD CEILING_PATH CEILING_BODY -- wrk arguments
run() {
    local name=$1 method=$2 path=$3 body=$4
    shift 5
    echo
    echo "== $name"
    local before out after requests rps
    before=$(ticks)
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$auth" "$@")
    after=$(ticks)
    echo "$out" | grep -E 'Requests/sec|^ +(50|90|99)%|Non-2xx|Socket errors|^p50'
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    echo "service CPU per request: $(echo "scale=3; ($after - $before) * 1000 / $hz / $requests" | bc) ms"
    [ -n "$method" ] || return 0
    local ceiling tps
    ceiling=$(python3 bench/ceiling.py "$socket" "$socket/server.log" "$base" "$token" \
        "$CONNECTIONS" "$DURATION" "$method" "$path" ${body:+"$body"}) || ceiling="(capture failed)"
    echo "$ceiling" | grep -v '^{'
    tps=$(echo "$ceiling" | tail -1 | sed 's/.*"tps": \([0-9.]*\).*/\1/')
    if [[ "$tps" =~ ^[0-9.]+$ ]]; then
        echo "pgbench, the same statements, $CONNECTIONS clients: $tps tps"
        echo "minutebook at $(echo "scale=1; 100 * $rps / $tps" | bc) % of that ceiling"
    else
        echo "pgbench could not run the captured statements: no ceiling"
    fi
}

item='{"org_unit_id": "00000000-0000-7000-8000-000000000002", "problem": "理论学习不够深入", "measure": "每月精读一篇原文并交流心得", "owner_id": "00000000-0000-7000-8001-000000000003", "due_on": "2027-06-30"}'
run "GET /meetings?limit=20" GET "/meetings?limit=20" "" -- "$base/meetings?limit=20"
run "GET /meetings/{id}/speeches (30 speeches)" GET "/meetings/$meeting/speeches" "" -- "$base/meetings/$meeting/speeches"
run "POST /rectification-items" POST "/rectification-items" "$item" -- -H "content-type: application/json" -s bench/post-item.lua "http://127.0.0.1:$PORT"
if [ -z "${SKIP_SEARCH:-}" ]; then
    start=$(date +%s.%N)
    "$bin" reindex >/dev/null
    echo
    echo "(search index of 30,000 speeches built in $(echo "$(date +%s.%N) - $start" | bc) s)"
    run "GET /search (6 words in turn; ceiling: 整改)" GET "/search?limit=20&q=%E6%95%B4%E6%94%B9" "" -- -s bench/search.lua "http://127.0.0.1:$PORT"
fi
run "POST /meetings/{id}/speeches" "" "" "" -- -H 'content-type: application/json' -s bench/post-speech.lua "http://127.0.0.1:$PORT"
echo
echo "peak rss (VmHWM): $(awk '/VmHWM/ {print $2 " kB"}' /proc/$pid/status)"
