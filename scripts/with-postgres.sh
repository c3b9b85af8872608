#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server on loopback:
#   scripts/with-postgres.sh pytest -m db
# The cluster lives in a temporary directory and is removed when the command ends.
set -euo pipefail
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
port=${DUBAN_TEST_PG_PORT:-54329}
dir=$(mktemp -d /tmp/duban-pg.XXXXXX)
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  # PostgreSQL refuses to run as root: the cluster belongs to the postgres system user.
  chown postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
stop() {
  "${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT
"${as_owner[@]}" "$pgbin/initdb" -D "$dir/data" -U duban --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
"$pgbin/createdb" -h 127.0.0.1 -p "$port" -U duban duban
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port" >&2
DUBAN_DATABASE_URL="postgres://duban@127.0.0.1:$port/duban" "$@"
