#!/usr/bin/env bash
# Measures the release binary against nginx in one run, on loopback only, and prints requests/s,
# p99 latency and the ratio ours/nginx per endpoint. nginx serves a static file of the same byte
# size as our landing page, so the ratio says how close our dynamic stack comes to the cheapest
# possible answer of that size on this very machine and moment.
#
#   bench/http_vs_nginx.sh                      build release, run 4 × 10 s of wrk
#   MASSEFLYT_BENCH_DURATION=3s bench/...       shorter runs
#   MASSEFLYT_BENCH_NO_BUILD=1 bench/...        use the existing build/release binary
#
# Everything it starts (our server, nginx) runs under a temporary directory and is stopped on exit,
# also on Ctrl+C. Only 127.0.0.1 is ever contacted.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$(pwd)
export LC_ALL=C.UTF-8

duration=${MASSEFLYT_BENCH_DURATION:-10s}
threads=2
connections=32
bin=$root/build/release/src/app/masseflyt

die() {
  echo "bench: $*" >&2
  exit 1
}

for tool in wrk nginx curl node; do
  command -v "$tool" >/dev/null 2>&1 || die "$tool mangler; kjør 'make deps'"
done
nginx_bin=$(command -v nginx)

if [[ ${MASSEFLYT_BENCH_NO_BUILD:-} != 1 ]]; then
  echo "bench: bygger release-varianten"
  [[ -d web/dist ]] || npm run build
  cmake --preset release >/dev/null
  cmake --build --preset release
fi
[[ -x $bin ]] || die "fant ikke $bin"

work=$(mktemp -d "${TMPDIR:-/tmp}/masseflyt-bench.XXXXXX")
server_pid=
nginx_pid=

stop() {
  local pid=$1 signal=$2
  [[ -n $pid ]] || return 0
  kill "-$signal" "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
  stop "$nginx_pid" QUIT
  stop "$server_pid" TERM
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
  # Ask the kernel for an unused loopback port; node is already a build dependency.
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

wait_for() {  # url seconds
  local url=$1 limit=$2
  for _ in $(seq 1 $((limit * 10))); do
    curl -fsS -o /dev/null --max-time 1 "$url" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

# --- our server ---------------------------------------------------------------------------------
port=$(free_port)
export MASSEFLYT_BIND=127.0.0.1
export MASSEFLYT_PORT=$port
export MASSEFLYT_DATABASE_URL=sqlite:$work/bench.db
export MASSEFLYT_STATIC_DIR=$root/web/dist
export MASSEFLYT_PUBLIC_URL=http://127.0.0.1:$port
# The /api rate limits (per address) would turn a load test into 429s; measure the edge itself.
export MASSEFLYT_API_RATE_IP=0
"$bin" migrate >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log" >&2; die "migrate feilet"; }
"$bin" seed-demo >"$work/seed.log" 2>&1 || { cat "$work/seed.log" >&2; die "seed-demo feilet"; }
# Access log stays on (as in production); it goes to a file so the terminal is not the bottleneck.
"$bin" serve >"$work/server.log" 2>&1 &
server_pid=$!
ours=http://127.0.0.1:$port
wait_for "$ours/healthz" 15 || { tail -n 20 "$work/server.log" >&2; die "serveren svarte ikke på $ours/healthz"; }

# --- nginx with a file as large as our landing page ---------------------------------------------
mkdir -p "$work/nginx/www" "$work/nginx/tmp"
curl -fsS --max-time 5 "$ours/" -o "$work/nginx/www/landing.html" || die "klarte ikke å hente forsiden"
landing_bytes=$(wc -c <"$work/nginx/www/landing.html")
# nginx workers drop to 'nobody' when started as root; they must be able to read the file.
chmod 755 "$work" "$work/nginx" "$work/nginx/www"
chmod 644 "$work/nginx/www/landing.html"
nginx_port=$(free_port)
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log $work/nginx/access.log;
  client_body_temp_path $work/nginx/tmp/body;
  proxy_temp_path $work/nginx/tmp/proxy;
  fastcgi_temp_path $work/nginx/tmp/fastcgi;
  uwsgi_temp_path $work/nginx/tmp/uwsgi;
  scgi_temp_path $work/nginx/tmp/scgi;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  types { text/html html; }
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx/www;
    location = /landing.html { }
  }
}
EOF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
theirs=http://127.0.0.1:$nginx_port/landing.html
wait_for "$theirs" 10 || { cat "$work/nginx/error.log" >&2; die "nginx startet ikke"; }

# --- measurements -------------------------------------------------------------------------------
to_ms() {  # wrk latency such as 850.00us, 1.23ms, 2.00s
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n = n / 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n = n * 60000; else if (v ~ /s$/) n = n * 1000
    printf "%.3f", n }'
}

declare -A rps=() p99=() errors=()
measure() {  # name url
  local name=$1 url=$2 out=$work/wrk-$1.txt
  echo "bench: wrk -t$threads -c$connections -d$duration --latency $url"
  timeout 120 wrk -t"$threads" -c"$connections" -d"$duration" --latency "$url" >"$out"
  rps[$name]=$(awk '/^Requests\/sec:/ {print $2}' "$out")
  p99[$name]=$(to_ms "$(awk '$1 == "99%" {print $2}' "$out")")
  errors[$name]=$(awk -F': *' '/Non-2xx or 3xx responses/ {print $2}' "$out")
  local socket_errors
  socket_errors=$(grep -E '^ *Socket errors' "$out" || true)
  [[ -z $socket_errors ]] || echo "bench: $name: $socket_errors"
  [[ -n ${rps[$name]} ]] || { cat "$out" >&2; die "kunne ikke lese resultatet for $name"; }
}

measure nginx "$theirs"
measure healthz "$ours/healthz"
measure landing "$ours/"
measure api "$ours/api/v1"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }'; }

pad() { printf '%s%*s' "$1" $(($2 > ${#1} ? $2 - ${#1} : 0)) ''; }
lpad() { printf '%*s%s' $(($2 > ${#1} ? $2 - ${#1} : 0)) '' "$1"; }

row() {  # label name
  local name=$2
  printf '%s %s %s %s %s %s\n' "$(pad "$1" 28)" "$(lpad "$(printf '%.0f' "${rps[$name]}")" 12)" \
    "$(lpad "${p99[$name]}" 10)" "$(lpad "$(ratio "${rps[$name]}" "${rps[nginx]}")" 14)" \
    "$(lpad "$(ratio "${p99[$name]}" "${p99[nginx]}")" 14)" "$(lpad "${errors[$name]:-0}" 9)"
}

echo
echo "Ytelse: Masseflyt (release) mot nginx (statisk fil på $landing_bytes byte), loopback"
echo "wrk -t$threads -c$connections -d$duration --latency; $(nproc) kjerner deles av wrk, nginx og serveren"
line=$(printf '─%.0s' $(seq 1 92))
echo "$line"
printf '%s %s %s %s %s %s\n' "$(pad Endepunkt 28)" "$(lpad "Foresp./s" 12)" "$(lpad "p99 (ms)" 10)" \
  "$(lpad "req/s-forhold" 14)" "$(lpad "p99-forhold" 14)" "$(lpad "Ikke-2xx" 9)"
echo "$line"
row "nginx /landing.html" nginx
row "Masseflyt /healthz" healthz
row "Masseflyt / (forsiden)" landing
row "Masseflyt /api/v1" api
echo "$line"
echo "req/s-forhold = vår req/s ÷ nginx sin (høyere er bedre); p99-forhold = vår p99 ÷ nginx sin (lavere er bedre)."
for name in healthz landing api; do
  if [[ -n ${errors[$name]} && ${errors[$name]} != 0 ]]; then
    echo "Advarsel: $name ga ${errors[$name]} svar som ikke var 2xx/3xx; tallene for den raden er ikke sammenlignbare."
  fi
done
