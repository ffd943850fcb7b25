#!/usr/bin/env bash
# Initialises the data directory on first start, creates the user $MARIADB_USER with the password
# $MARIADB_PASSWORD (through a server that listens on no port, so nobody connects before), and runs
# the server as PID 1 with the row-based binlog change data capture needs.
set -euo pipefail
# Not /var/lib/mysql: the Debian package initialised that one already, without our user.
DATA=/var/lib/sluice-mariadb
: "${MARIADB_USER:=sluice}" "${MARIADB_PASSWORD:?MARIADB_PASSWORD is required}"
install -d -o mysql -g mysql /run/mysqld "$DATA"
# The suite's one definition of the server's options (DatabaseServerConfig), and this container's paths.
mapfile -t options < /usr/local/share/sluice-mariadb.options
server=(mariadbd --no-defaults --user=mysql --datadir="$DATA" --socket=/run/mysqld/mysqld.sock
  --log-bin="$DATA/binlog" "${options[@]}")
if [ ! -d "$DATA/mysql" ]; then
  mariadb-install-db --no-defaults --user=mysql --datadir="$DATA" --auth-root-authentication-method=normal \
    --skip-test-db --skip-name-resolve >/dev/null
  "${server[@]}" --skip-networking &
  for _ in $(seq 1 300); do
    mariadb --socket=/run/mysqld/mysqld.sock -uroot -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.1
  done
  escaped=${MARIADB_PASSWORD//\'/\'\'}
  mariadb --socket=/run/mysqld/mysqld.sock -uroot <<SQL
CREATE USER '${MARIADB_USER}'@'%' IDENTIFIED BY '${escaped}';
GRANT ALL PRIVILEGES ON *.* TO '${MARIADB_USER}'@'%' WITH GRANT OPTION;
SQL
  mariadb-admin --socket=/run/mysqld/mysqld.sock -uroot shutdown
  wait
fi
exec "${server[@]}" --bind-address=0.0.0.0 --port=3306
