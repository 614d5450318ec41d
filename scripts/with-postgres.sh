#!/usr/bin/env bash
# Run a command against a throwaway PostgreSQL: scripts/with-postgres.sh CMD [ARGS...]
# Exports ROOST_TEST_DATABASE_URL (and PGHOST/PGPORT/PGUSER), runs CMD, then always
# stops the server and deletes its temp folder. CMD may itself be a wrapper such as
# scripts/with-redis.sh, so wrappers chain: with-postgres.sh with-redis.sh pytest.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

# Locate initdb/pg_ctl: pg_config --bindir, else the newest /usr/lib/postgresql/*/bin.
bindir=$(pg_config --bindir 2>/dev/null || true)
if [ ! -x "$bindir/initdb" ]; then
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ ! -x "$bindir/initdb" ] || [ ! -x "$bindir/pg_ctl" ]; then
    echo "with-postgres: cannot find initdb/pg_ctl (tried pg_config --bindir, /usr/lib/postgresql/*/bin)" >&2
    exit 1
fi

tmp=$(mktemp -d -t roost-pg.XXXXXXXX)
data="$tmp/data"
log="$tmp/postgres.log"

# PostgreSQL refuses to run as root: use the postgres user then.
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        (cd "$tmp" && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

cleanup() {
    if [ -f "$data/postmaster.pid" ]; then
        as_pg "$bindir/pg_ctl" stop -D "$data" -m immediate -w -t 30 >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$tmp"
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

as_pg "$bindir/initdb" -D "$data" -A trust -U postgres -E UTF8 --locale=C \
    --no-sync --no-instructions >"$tmp/initdb.log" 2>&1 || {
    echo "with-postgres: initdb failed:" >&2
    tail -n 30 "$tmp/initdb.log" >&2
    exit 1
}
cat >>"$data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$tmp'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
# The benchmarks (make bench) count SQL statements with pg_stat_statements when it is installed.
if [ -f "$(dirname "$bindir")/lib/pg_stat_statements.so" ]; then
    printf "shared_preload_libraries = 'pg_stat_statements'\npg_stat_statements.max = 10000\n" \
        >>"$data/postgresql.conf"
fi

fail_start() {
    echo "with-postgres: PostgreSQL on 127.0.0.1:$port failed to start or was not ready within 30 s; server log tail:" >&2
    tail -n 30 "$log" >&2 || true
    exit 1
}

# pg_ctl -w returns early if the server dies; pg_isready then confirms it accepts connections.
as_pg "$bindir/pg_ctl" start -D "$data" -l "$log" -w -t 30 >/dev/null 2>&1 || fail_start
for _ in $(seq 150); do
    if "$bindir/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres; then
        ready=1
        break
    fi
    sleep 0.2
done
if [ -z "${ready:-}" ]; then
    fail_start
fi

export ROOST_TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres

# Not exec: the EXIT trap must still run. Propagate the command's exit code.
status=0
"$@" || status=$?
exit "$status"
