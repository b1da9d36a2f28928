#!/usr/bin/env bash
# The meetings benchmark: 1,000 meetings of 30 speeches, then load on logins, the meeting
# list, a meeting's 30 speeches, creating a rectification item, a search and creating a speech.
#   bash bench/run.sh                   (DURATION=10 CONNECTIONS=32 THREADS=1 by default)
#   POOLER=pgbouncer bash bench/run.sh  (the measured instance reaches PostgreSQL through
#                                        PgBouncer, session pooling; then transaction pooling
#                                        is tried and what it does is shown)
# It builds the release binary, installs wrk (and pgbouncer) if missing (apt-get), runs the
# service on a private cluster in a temporary folder, and prints for each endpoint its
# throughput, latency percentiles and the service's CPU time per request, then the ceiling:
# the very statements one request sends PostgreSQL (captured from the server's log,
# bench/ceiling.py) run by pgbench, prepared, with as many clients, and the endpoint's
# throughput as a share of it. Last the service's peak RSS over the whole run. Nothing
# outside the temporary folder is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
LOGIN_CONNECTIONS=${LOGIN_CONNECTIONS:-8}
THREADS=${THREADS:-1}
PORT=${PORT:-18181}
POOLER=${POOLER:-}
DB_CONNECTIONS=${DB_CONNECTIONS:-16}

need() { command -v "$1" >/dev/null || { apt-get update -qq && apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
[ "$POOLER" != pgbouncer ] || need pgbouncer pgbouncer
cargo build --release --quiet
bin=target/release/minutebook

work=$(mktemp -d /tmp/mb-bench-XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
    [ ! -f "$work/pgbouncer/pid" ] || kill "$(cat "$work/pgbouncer/pid")" 2>/dev/null || true
    stop_cluster
    rm -rf "$work"
}
stop_cluster() { :; }
trap cleanup EXIT
export RUST_LOG=warn MINUTEBOOK_ADMIN_PASSWORD="bench admin passphrase"
export MINUTEBOOK_DB_MAX_CONNECTIONS=$DB_CONNECTIONS
unset DATABASE_URL
ready() { for _ in $(seq 100); do curl -fs "http://127.0.0.1:$1/health/ready" >/dev/null && return 0; sleep 0.2; done; return 1; }

# serve PORT DATA_DIR [DATABASE_URL]: start an instance, its pid in $pid
serve() {
    local port=$1 data=$2 url=${3:-}
    if [ -n "$url" ]; then
        DATABASE_URL=$url MINUTEBOOK_JWT_SECRET="bench secret, the same on every instance" \
            MINUTEBOOK_DATA_DIR=$data MINUTEBOOK_BIND=127.0.0.1:$port "$bin" serve > "$data.log" 2>&1 &
    else
        MINUTEBOOK_DATA_DIR=$data MINUTEBOOK_BIND=127.0.0.1:$port "$bin" serve > "$data.log" 2>&1 &
    fi
    pid=$!
    pids+=("$pid")
    ready "$port" || { echo "the instance on port $port did not start:"; tail -3 "$data.log"; return 1; }
}

# as_postgres COMMAND...: PostgreSQL's programs refuse to run as root
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# The private cluster is made by `minutebook migrate` (zero-config). Without a pooler the
# measured instance starts and stops it itself; with one, it is started here, as the service
# would (its settings are in its postgresql.conf), and only PgBouncer connects to it.
MINUTEBOOK_DATA_DIR="$work/data" "$bin" migrate
socket="$(readlink -f "$work/data/postgres")"
direct="postgres://postgres@localhost/minutebook?host=$socket"
if [ "$POOLER" = pgbouncer ]; then
    as_postgres /usr/lib/postgresql/15/bin/pg_ctl start -w -s -D "$socket" -l "$socket/server.log"
    stop_cluster() { as_postgres /usr/lib/postgresql/15/bin/pg_ctl stop -m fast -w -s -D "$socket" || true; }
else
    serve "$PORT" "$work/data" || exit 1
    stop_cluster() { :; }
fi

# pgbouncer MODE PORT: PgBouncer in front of the private cluster
pgbouncer_on() {
    local mode=$1 port=$2 dir="$work/pgbouncer"
    mkdir -p "$dir"
    printf '"postgres" ""\n' > "$dir/users.txt"
    cat > "$dir/pgbouncer.ini" <<INI
[databases]
minutebook = host=$socket dbname=minutebook
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $port
unix_socket_dir =
auth_type = trust
auth_file = $dir/users.txt
pool_mode = $mode
default_pool_size = $DB_CONNECTIONS
max_client_conn = 200
; sqlx sends it at startup; PgBouncer would refuse the connection
ignore_startup_parameters = extra_float_digits
logfile = $dir/log
pidfile = $dir/pid
INI
    [ "$(id -u)" != 0 ] || chown -R postgres "$dir"
    as_postgres pgbouncer -d "$dir/pgbouncer.ini"
    sleep 0.5
}
if [ "$POOLER" = pgbouncer ]; then
    pgbouncer_on session 16432
    serve "$PORT" "$work/data-pooled" "postgres://postgres@127.0.0.1:16432/minutebook" || exit 1
    echo "measured: an instance reaching PostgreSQL through $(pgbouncer --version | head -1), session pooling, pool of $DB_CONNECTIONS"
fi
psql -q -h "$socket" -U postgres -d minutebook -v sample="$(cat tests/fixtures/speech-branch-life-meeting.txt)" \
    -f bench/seed.sql >/dev/null
# 64 users with the admin's password, for the logins.
psql -q -h "$socket" -U postgres -d minutebook -c "insert into users (id, username, display_name, password_hash)
    select gen_random_uuid(), 'bench' || lpad(i::text, 2, '0'), 'bench ' || i, password_hash
    from users, generate_series(1, 64) i where username = 'admin'" >/dev/null
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
    out=$(wrk -t"$THREADS" -c"${CLIENTS:-$CONNECTIONS}" -d"${DURATION}s" --latency -H "$auth" "$@")
    after=$(ticks)
    echo "$out" | grep -E 'Requests/sec|^ +(50|90|99)%|Non-2xx|Socket errors|^p50'
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    echo "service CPU per request: $(echo "scale=3; ($after - $before) * 1000 / $hz / $requests" | bc) ms"
    echo "rss after: $(awk '/VmRSS/ {print $2 " kB"}' /proc/$pid/status) (peak so far $(awk '/VmHWM/ {print $2 " kB"}' /proc/$pid/status))"
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

CLIENTS=$LOGIN_CONNECTIONS run "POST /auth/login ($LOGIN_CONNECTIONS connections, 64 users in turn)" "" "" "" -- -s bench/login.lua "http://127.0.0.1:$PORT"
item='{"org_unit_id": "00000000-0000-7000-8000-000000000002", "problem": "理论学习不够深入", "measure": "每月精读一篇原文并交流心得", "owner_id": "00000000-0000-7000-8001-000000000003", "due_on": "2027-06-30"}'
run "GET /meetings?limit=20" GET "/meetings?limit=20" "" -- "$base/meetings?limit=20"
run "GET /meetings/{id}/speeches (30 speeches)" GET "/meetings/$meeting/speeches" "" -- "$base/meetings/$meeting/speeches"
run "POST /rectification-items" POST "/rectification-items" "$item" -- -H "content-type: application/json" -s bench/post-item.lua "http://127.0.0.1:$PORT"
if [ -z "${SKIP_SEARCH:-}" ]; then
    start=$(date +%s.%N)
    if [ "$POOLER" = pgbouncer ]; then
        DATABASE_URL=$direct MINUTEBOOK_JWT_SECRET="bench secret, the same on every instance" \
            MINUTEBOOK_DATA_DIR="$work/data" "$bin" reindex >/dev/null
    else
        MINUTEBOOK_DATA_DIR="$work/data" "$bin" reindex >/dev/null
    fi
    echo
    echo "(search index of 30,000 speeches built in $(echo "$(date +%s.%N) - $start" | bc) s)"
    # Otherwise autovacuum works through the rewritten rows during the search load: the
    # figures then swung by half from run to run.
    psql -q -h "$socket" -U postgres -d minutebook -c "vacuum analyze" >/dev/null
    run "GET /search (6 words in turn; ceiling: 整改)" GET "/search?limit=20&q=%E6%95%B4%E6%94%B9" "" -- -s bench/search.lua "http://127.0.0.1:$PORT"
fi
run "POST /meetings/{id}/speeches" "" "" "" -- -H 'content-type: application/json' -s bench/post-speech.lua "http://127.0.0.1:$PORT"
echo
echo "peak rss (VmHWM): $(awk '/VmHWM/ {print $2 " kB"}' /proc/$pid/status)"

if [ "$POOLER" = pgbouncer ]; then
    # Transaction pooling: sqlx names its prepared statements per connection (sqlx_s_1, ...),
    # which PgBouncer 1.18 does not track; a server connection handed to another client
    # between two transactions meets names it does not know, or knows already.
    old=$(cat "$work/pgbouncer/pid")
    kill "$old"
    while kill -0 "$old" 2>/dev/null; do sleep 0.1; done
    pgbouncer_on transaction 16433
    echo
    echo "== transaction pooling: a third instance through PgBouncer in transaction mode"
    if serve $((PORT + 2)) "$work/data-transaction" "postgres://postgres@127.0.0.1:16433/minutebook"; then
        out=$(wrk -t1 -c"$CONNECTIONS" -d3s -H "$auth" "http://127.0.0.1:$((PORT + 2))/api/v1/meetings?limit=20")
        echo "$out" | grep -E 'requests in|Non-2xx' || true
    fi
    echo "errors about prepared statements in its log: $(grep -c 'prepared statement' "$work/data-transaction.log" || true)"
    grep -o 'prepared statement "[^"]*" [a-z ]*' "$work/data-transaction.log" | sort | uniq -c | sort -rn | head -3 || true
fi
