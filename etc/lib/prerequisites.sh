# Shared by etc/*.sh: install Debian packages when missing, start and stop a private PostgreSQL.

# ensure_packages NAME... : apt-get installs the packages that are not installed yet (runs apt-get update once).
ensure_packages() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing ${missing[*]} ..."
  local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

# pg_bin: the directory of initdb/pg_ctl of the newest installed PostgreSQL.
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# start_postgres: initdb into a temporary directory as user postgres, listen on 127.0.0.1:$PG_PORT (trust auth).
start_postgres() {
  local bin; bin=$(pg_bin); [ -n "$bin" ] || return 1
  PG_DIR=$(mktemp -d /tmp/training-pg.XXXXXX); PG_PORT=$(free_port)
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; as=(runuser -u postgres --); fi
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null || return 1
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-h 127.0.0.1 -p $PG_PORT -k $PG_DIR -c max_connections=300 -c fsync=off -c synchronous_commit=off" start >/dev/null || return 1
  export PG_DIR PG_PORT
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  local as=(); [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
