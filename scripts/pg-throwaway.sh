#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, never a system service.
#
#   pg-throwaway.sh start <dir> [--watch <pid>]   prints a postgresql:// URL on stdout
#   pg-throwaway.sh stop <dir>                    stops the cluster and removes <dir>
#
# The cluster lives entirely in <dir> (data, unix socket, log) and listens on a free port on
# 127.0.0.1 with trust authentication, so it must only ever hold test data. PostgreSQL refuses to
# run as root (CI runs as root), so as root the server runs as the `postgres` system user that
# Debian's package creates. With --watch, a watchdog stops the cluster once <pid> has exited, so a
# crashed test run does not leave a server behind.
set -euo pipefail

die() { echo "pg-throwaway: $*" >&2; exit 1; }

bindir() {
  local dir
  dir=$(pg_config --bindir 2>/dev/null || true)
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then echo "$dir"; return; fi
  for dir in /usr/lib/postgresql/*/bin; do
    if [[ -x "$dir/initdb" ]]; then echo "$dir"; return; fi
  done
  die "fant ikke initdb (installer postgresql)"
}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  local dir=$1 watch=${2:-}
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  [[ -e "$dir/data" ]] && die "$dir/data finnes allerede"
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "brukeren postgres finnes ikke"
    chown postgres: "$dir"
    runuser -u postgres -- test -w "$dir" \
      || die "brukeren postgres når ikke $dir; bruk en katalog under /tmp"
  fi
  local bin
  bin=$(bindir)
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-locale --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb feilet"; }

  local port attempt
  for attempt in $(seq 1 20); do
    port=$((20000 + RANDOM % 40000))
    port_in_use "$port" && continue
    # Durability is pointless for throwaway data; these settings make tests several times faster.
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
      "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      >/dev/null 2>&1; then
      if [[ -n "$watch" ]]; then
        # Detached and with every stream closed, so a caller reading our stdout sees EOF at once.
        setsid bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; "$2" stop "$3"' \
          _ "$watch" "$(readlink -f "$0")" "$dir" </dev/null >/dev/null 2>&1 &
      fi
      echo "postgresql://postgres@127.0.0.1:${port}/postgres"
      return 0
    fi
    grep -q "already in use\|could not bind" "$dir/server.log" 2>/dev/null || {
      cat "$dir/server.log" >&2 2>/dev/null || true
      die "pg_ctl start feilet"
    }
  done
  die "fant ingen ledig port"
}

stop() {
  local dir=$1
  [[ -d "$dir" ]] || return 0
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_owner "$(bindir)/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  start)
    [[ $# -ge 2 ]] || die "bruk: $0 start <katalog> [--watch <pid>]"
    watch=""
    if [[ "${3:-}" == "--watch" ]]; then watch=${4:?}; fi
    start "$2" "$watch"
    ;;
  stop)
    [[ $# -ge 2 ]] || die "bruk: $0 stop <katalog>"
    stop "$2"
    ;;
  *) die "bruk: $0 start|stop <katalog>" ;;
esac
