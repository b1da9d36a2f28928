#!/usr/bin/env bash
# The build-time check of SQL: `prepare` writes `.sqlx/` (the offline data sqlx's query! and
# query_as! macros use when SQLX_OFFLINE is true, as .cargo/config.toml sets), `check` fails
# when it is not current. Both need a database with the migrations applied: this starts a
# throwaway PostgreSQL cluster from the server binaries on the machine, and removes it after.
#
#   bash .ci/sqlx.sh prepare     # after changing SQL or a migration; commit .sqlx/
#   bash .ci/sqlx.sh check       # what .ci/run does
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:?usage: .ci/sqlx.sh prepare|check}"

sqlx_cli() {
    if ! cargo sqlx --version >/dev/null 2>&1; then
        echo "sqlx: installing sqlx-cli"
        cargo install sqlx-cli --version 0.9.0 --no-default-features --features postgres,rustls \
            --locked --quiet
    fi
}
sqlx_cli

bin="$(dirname "$(command -v pg_ctl 2>/dev/null || ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -1)")"
work="$(mktemp -d /tmp/mb-sqlx-XXXXXX)"
chmod 755 "$work"
# PostgreSQL refuses to run as root: then the cluster runs as the postgres account.
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ]; then chown postgres "$work"; fi
cleanup() {
    as_owner "$bin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
as_owner "$bin/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$bin/pg_ctl" -D "$work/data" -l "$work/log" -w \
    -o "-k $work -c listen_addresses='' -c fsync=off" start >/dev/null
export DATABASE_URL="postgres://postgres@localhost/minutebook?host=$work"
cargo sqlx database setup --source migrations >/dev/null

case "$what" in
    prepare) cargo sqlx prepare -- --all-targets ;;
    check) cargo sqlx prepare --check -- --all-targets ;;
    *) echo "usage: .ci/sqlx.sh prepare|check" >&2; exit 2 ;;
esac
