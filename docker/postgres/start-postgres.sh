#!/usr/bin/env bash
# Initialises a cluster on first start (password from $POSTGRES_PASSWORD) and runs the server.
set -euo pipefail
PGBIN=/usr/lib/postgresql/15/bin
DATA=/var/lib/postgresql/data
if [ ! -s "$DATA/PG_VERSION" ]; then
  install -d -o postgres -g postgres "$DATA"
  pwfile=$(mktemp) && echo "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}" > "$pwfile" && chown postgres "$pwfile"
  su postgres -c "$PGBIN/initdb -D $DATA -U postgres --auth=scram-sha-256 --pwfile=$pwfile" >/dev/null
  rm -f "$pwfile"
  # The suite's one definition of the server's settings (PostgresService.serverConfig), and where it listens.
  cat /usr/local/share/sluice.conf >> "$DATA/postgresql.conf"
  echo "listen_addresses='*'" >> "$DATA/postgresql.conf"
  printf 'host all all 0.0.0.0/0 scram-sha-256\nhost replication all 0.0.0.0/0 scram-sha-256\n' >> "$DATA/pg_hba.conf"
fi
# The server itself becomes PID 1, so the container's stop signal reaches it.
exec setpriv --reuid=postgres --regid=postgres --init-groups "$PGBIN/postgres" -D "$DATA"
