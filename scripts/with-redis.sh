#!/usr/bin/env bash
# Run a command against a throwaway Redis: scripts/with-redis.sh CMD [ARGS...]
# Starts redis-server on a free 127.0.0.1 port (no persistence, temp dir), exports
#   ROOST_TEST_REDIS_URL   redis://127.0.0.1:PORT/0
#   ROOST_TEST_REDIS_PORT  PORT
#   ROOST_TEST_REDIS_CONF  the config file; ROOST_TEST_REDIS_CMD="redis-server CONF"
# runs CMD, then always stops the server and deletes its temp folder. The server
# daemonizes, so a test may restart it on the same port:
#   redis-cli -p "$ROOST_TEST_REDIS_PORT" shutdown nosave; $ROOST_TEST_REDIS_CMD
# Without redis-server, CMD runs without these variables (the Redis tests then skip).
# Chains with scripts/with-postgres.sh: with-postgres.sh with-redis.sh pytest.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

if ! command -v redis-server >/dev/null 2>&1 || ! command -v redis-cli >/dev/null 2>&1; then
    echo "with-redis: redis-server/redis-cli not found; running without Redis (the Redis tests skip)." >&2
    echo "with-redis: install it with: apt-get install -y redis-server (make test does so as root)." >&2
    unset ROOST_TEST_REDIS_URL ROOST_TEST_REDIS_PORT ROOST_TEST_REDIS_CONF ROOST_TEST_REDIS_CMD
    status=0
    "$@" || status=$?
    exit "$status"
fi

tmp=$(mktemp -d -t roost-redis.XXXXXXXX)
conf="$tmp/redis.conf"
pidfile="$tmp/redis.pid"
log="$tmp/redis.log"
port=""

cleanup() {
    if [ -n "$port" ]; then
        redis-cli -h 127.0.0.1 -p "$port" shutdown nosave >/dev/null 2>&1 || true
    fi
    # A server a test started again has the same pidfile; make sure it is gone.
    if [ -f "$pidfile" ]; then
        kill "$(cat "$pidfile")" >/dev/null 2>&1 || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

cat >"$conf" <<CONF
bind 127.0.0.1
port $port
protected-mode yes
daemonize yes
pidfile $pidfile
logfile $log
dir $tmp
save ""
appendonly no
CONF

redis-server "$conf" >/dev/null 2>&1 || true
for _ in $(seq 100); do
    if [ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" = "PONG" ]; then
        ready=1
        break
    fi
    sleep 0.1
done
if [ -z "${ready:-}" ]; then
    echo "with-redis: redis-server on 127.0.0.1:$port failed to start within 10 s; log tail:" >&2
    tail -n 30 "$log" >&2 || true
    exit 1
fi

export ROOST_TEST_REDIS_URL="redis://127.0.0.1:$port/0"
export ROOST_TEST_REDIS_PORT="$port"
export ROOST_TEST_REDIS_CONF="$conf"
export ROOST_TEST_REDIS_CMD="redis-server $conf"

# Not exec: the EXIT trap must still run. Propagate the command's exit code.
status=0
"$@" || status=$?
exit "$status"
