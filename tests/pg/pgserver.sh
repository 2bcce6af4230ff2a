#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for the tests (Debian's postgresql package), on loopback only.
#   pgserver.sh start DIR   initdb into DIR/data, start on a free port of 127.0.0.1, write DIR/conninfo
#   pgserver.sh stop DIR    stop it and remove DIR
# The server runs as the calling user, or as "postgres" when called as root (initdb refuses root).
# It fails loudly when the server cannot start: the tests that need it must not pass without it.
set -euo pipefail

cmd=${1:?start or stop}
dir=${2:?directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "error: PostgreSQL is not installed (Debian package postgresql); scripts/run-tests.sh installs it" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case $cmd in
  start)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    # The test user's password: the tests also try a wrong one.
    echo "loyalty-test" | as_owner tee "$dir/pw" >/dev/null
    as_owner "$bin/initdb" -D "$dir/data" -U loyalty --pwfile="$dir/pw" --auth=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    port=""
    for _ in $(seq 1 50); do
      candidate=$((20000 + RANDOM % 20000))
      if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then
        port=$candidate
        break
      fi
    done
    [ -n "$port" ] || { echo "error: no free port for the test PostgreSQL server" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "host=127.0.0.1 port=$port dbname=postgres user=loyalty password=loyalty-test" >"$dir/conninfo.tmp"
    mv "$dir/conninfo.tmp" "$dir/conninfo"
    chmod a+r "$dir/conninfo"
    echo "PostgreSQL test server on 127.0.0.1:$port ($dir)"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 2
    ;;
esac
