#!/usr/bin/env bash
# with-pg.sh CMD... — starts a throwaway PostgreSQL on 127.0.0.1:<free port>, runs CMD with DATABASE_URL set,
# then stops and deletes it. Fails loudly (exit 1) when PostgreSQL cannot start. See docs in TOOLCHAIN part 2.
# Tests run it without fsync (fast, nothing to keep); PG_DURABLE=1 keeps PostgreSQL's durable defaults (benchmarks).
set -euo pipefail
# runuser and PostgreSQL's tools live in sbin, which a minimal PATH leaves out.
export PATH="$PATH:/usr/sbin:/sbin"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "with-pg.sh: PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install -y postgresql" >&2
  exit 1
fi
export PGPORT=${PGPORT:-$(node -e 's=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}
export PGHOST=127.0.0.1 PGUSER=postgres PGDATABASE=postgres
DIR=$(mktemp -d -t pgtest.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR"; fi
cleanup() { as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap cleanup EXIT INT TERM
as_pg "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
SPEED="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
if [ "${PG_DURABLE:-0}" = 1 ]; then SPEED=""; fi
as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 30 start -o "-p $PGPORT -k $DIR \
  -c listen_addresses=127.0.0.1 $SPEED" >/dev/null \
  || { cat "$DIR/log" >&2; exit 1; }
export DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
echo "with-pg.sh: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PGPORT" >&2
"$@"
