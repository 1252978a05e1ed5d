#!/usr/bin/env bash
# Installs exactly what Masseflyt needs to build, run and test, and nothing that is already there.
# Safe to run any number of times: a machine that has everything sees no apt-get call at all.
#
#   scripts/install-deps.sh            install what is missing, then `npm ci` if node_modules is stale
#   scripts/install-deps.sh --check    only report what is missing (exit 1 if anything is)
#   scripts/install-deps.sh --dry-run  print the commands it would run, run none of them
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

mode=install
case "${1:-}" in
  "") ;;
  --check) mode=check ;;
  --dry-run) mode=dry-run ;;
  -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
  *) echo "install-deps: ukjent valg '$1' (bruk --check eller --dry-run)" >&2; exit 2 ;;
esac

# Debian 12 package names. Boost is pinned to 1.81 (Beast with URL and JSON); it conflicts with
# Debian's default 1.74 dev packages, so nothing here may pull in libboost-dev.
packages=(
  ca-certificates curl
  g++ cmake ninja-build ccache mold pkg-config make
  libboost1.81-dev libboost-url1.81-dev libboost-json1.81-dev
  libsoci-dev libsqlite3-dev sqlite3 libpq-dev libctemplate-dev libtomlplusplus-dev
  libssl-dev libcurl4-openssl-dev
  # Identity: Argon2id password hashes, QR codes for TOTP enrolment, JOSE for OpenID Connect.
  libargon2-dev libqrencode-dev libcjose-dev
  # Documents: XLSX out (libxlsxwriter), XLSX in (libzip + pugixml) for mass handling plans.
  libxlsxwriter-dev libzip-dev libpugixml-dev
  # Documents: PDF export (cairo + pango, DejaVu fonts) for mass handling plans.
  libcairo2-dev libpango1.0-dev fonts-dejavu-core
  libgtest-dev libgmock-dev libbenchmark-dev
  # libFuzzer for the parsers of outside data (tests/fuzz): clang and its runtime.
  clang-14 libclang-rt-14-dev
  # Only the server binaries are used: the test harness runs its own throwaway cluster.
  postgresql
  chromium nginx-light wrk
)

is_installed() {
  # "install ok installed" is the only state in which the files are really there; half-configured
  # or removed-but-configured packages must be (re)installed.
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" == "install ok installed" ]]
}

missing=()
for package in "${packages[@]}"; do
  is_installed "$package" || missing+=("$package")
done

# This machine image ships Node.js 20 from a vendor package that already contains npm; installing
# Debian's nodejs/npm over it would downgrade or conflict. Only a machine without node gets Debian's.
# (Debian's own nodejs has no npm inside, hence the pair.)
if ! command -v node >/dev/null 2>&1; then
  missing+=(nodejs)
  command -v npm >/dev/null 2>&1 || missing+=(npm)
elif ! command -v npm >/dev/null 2>&1; then
  echo "install-deps: node finnes ($(command -v node)), men npm mangler; installer npm fra samme kilde som node." >&2
fi

run() {
  if [[ $mode == dry-run ]]; then
    printf '+ %s\n' "$*"
  else
    "$@"
  fi
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then
    run "$@"
  elif command -v sudo >/dev/null 2>&1; then
    run sudo "$@"
  else
    echo "install-deps: må kjøres som root eller ha sudo for å installere: ${missing[*]}" >&2
    exit 1
  fi
}

if ((${#missing[@]} == 0)); then
  echo "install-deps: alle systempakker er installert."
elif [[ $mode == check ]]; then
  echo "install-deps: mangler ${#missing[@]} pakke(r): ${missing[*]}"
  exit 1
else
  echo "install-deps: installerer ${#missing[@]} manglende pakke(r): ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold "${missing[@]}"
fi

# Front-end and browser-test packages from the committed lock file. npm writes its own copy of the
# lock (node_modules/.package-lock.json) after every successful install, so "lock file newer than
# that copy" means node_modules is stale.
npm_stamp=node_modules/.package-lock.json
if [[ -f package-lock.json ]]; then
  if [[ ! -f $npm_stamp || package-lock.json -nt $npm_stamp ]]; then
    if [[ $mode == check ]]; then
      echo "install-deps: node_modules er utdatert (npm ci trengs)"
      exit 1
    fi
    echo "install-deps: kjører npm ci"
    run npm ci --no-audit --no-fund
    run touch "$npm_stamp"
  else
    echo "install-deps: node_modules er oppdatert."
  fi
elif [[ -f package.json ]]; then
  echo "install-deps: package.json finnes, men package-lock.json mangler; kjør 'npm install' og sjekk inn låsefilen." >&2
  exit 1
fi
