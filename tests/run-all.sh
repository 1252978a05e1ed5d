#!/usr/bin/env bash
# Builds the dev and asan presets and runs every test suite, in order, even after a failure, then
# prints a summary. The very last line is `Totalt: N passed, M failed` (English on purpose: CI
# tooling reads that exact form). Exit status is non-zero if any build or test failed.
#
# Environment knobs (all optional):
#   CI=true                 warnings become errors (MASSEFLYT_WERROR=ON)
#   MASSEFLYT_TEST_JOBS     parallel ctest jobs (default 2; the machines have 2 cores)
#   MASSEFLYT_SKIP_ASAN=1   skip the sanitizer build and its stages (local quick runs only)
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 2
root=$(pwd)
# Character-based padding in the summary needs a UTF-8 locale (æøå); C.UTF-8 is always present.
export LC_ALL=C.UTF-8

if [[ ${CI:-} == true ]]; then
  export MASSEFLYT_WERROR=ON
fi
# Leak checking works here because tests run as root or a normal user without ptrace limits.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/lsan.supp}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
jobs=${MASSEFLYT_TEST_JOBS:-2}

logs=$(mktemp -d "${TMPDIR:-/tmp}/masseflyt-tests.XXXXXX")
trap 'rm -rf "$logs"' EXIT

stage_names=()
stage_passed=()
stage_failed=()
stage_status=()
stage_seconds=()
any_failure=0

record() {  # name passed failed status seconds
  stage_names+=("$1")
  stage_passed+=("$2")
  stage_failed+=("$3")
  stage_status+=("$4")
  stage_seconds+=("$5")
  if [[ $4 != OK && $4 != "HOPPET OVER" ]]; then
    any_failure=1
  fi
}

banner() {
  printf '\n===== %s =====\n' "$1"
}

# run_logged <seconds> <log> <command...>: runs with a hard time limit, output to screen and log.
run_logged() {
  local limit=$1 log=$2
  shift 2
  timeout --kill-after=30 "$limit" "$@" 2>&1 | tee "$log"
  return "${PIPESTATUS[0]}"
}

build_stage() {  # name preset
  local name=$1 preset=$2 log="$logs/build-$2.log" start rc
  banner "$name"
  start=$SECONDS
  # -k 0: keep building the other targets after an error, so one broken file does not hide the
  # results of every test that still builds.
  { run_logged 3000 "$log" cmake --preset "$preset" &&
    run_logged 3000 "$log.2" cmake --build --preset "$preset" -- -k 0; }
  rc=$?
  if ((rc == 0)); then
    record "$name" - - OK $((SECONDS - start))
  else
    # A failed build counts as one failure so the total can never read "0 failed".
    record "$name" - 1 FEILET $((SECONDS - start))
  fi
  return "$rc"
}

ctest_stage() {  # name limit ctest-args...
  local name=$1 limit=$2 log="$logs/ctest-${#stage_names[@]}.log" start rc line failed total
  shift 2
  banner "$name"
  start=$SECONDS
  run_logged "$limit" "$log" ctest --no-tests=error --parallel "$jobs" --timeout 300 "$@"
  rc=$?
  # "100% tests passed, 0 tests failed out of 42" / "95% tests passed, 2 tests failed out of 42"
  line=$(grep -Eo '[0-9]+ tests? failed out of [0-9]+' "$log" | tail -n1)
  if [[ -n $line ]]; then
    failed=${line%% *}
    total=${line##* }
    if ((rc != 0 && failed == 0)); then
      failed=1  # ctest itself failed (timeout, crash) after counting; never report that as green
    fi
    record "$name" $((total - failed)) "$failed" "$(status_for "$rc" "$failed")" $((SECONDS - start))
  else
    record "$name" 0 1 "$(status_for "$rc" 1 no-tests)" $((SECONDS - start))
  fi
}

node_stage() {  # name limit dir [VAR=value...]
  local name=$1 limit=$2 dir=$3 tap="$logs/node-${#stage_names[@]}.tap" start rc passed failed cancelled
  shift 3
  banner "$name"
  start=$SECONDS
  # The same names node's runner picks from a directory; helper modules beside them are not tests.
  if [[ -z $(find "$dir" -type f \( -name '*.test.*js' -o -name '*-test.*js' -o -name '*_test.*js' \
      -o -name 'test-*.*js' -o -name 'test.*js' \) -not -path '*/node_modules/*' 2>/dev/null | head -n1) ]]; then
    echo "Fant ingen testfiler (*.test.js) i $dir"
    record "$name" 0 1 "INGEN TESTER" 0
    return
  fi
  # Human-readable spec output on screen, TAP to a file for counting.
  timeout --kill-after=30 "$limit" env "$@" node --test --test-timeout=300000 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" "$dir/"
  rc=$?
  passed=$(grep -E '^# pass [0-9]+' "$tap" 2>/dev/null | tail -n1 | awk '{print $3}')
  failed=$(grep -E '^# fail [0-9]+' "$tap" 2>/dev/null | tail -n1 | awk '{print $3}')
  cancelled=$(grep -E '^# cancelled [0-9]+' "$tap" 2>/dev/null | tail -n1 | awk '{print $3}')
  if [[ -z $passed || -z $failed ]]; then
    record "$name" 0 1 "$(status_for "$rc" 1)" $((SECONDS - start))
    return
  fi
  failed=$((failed + ${cancelled:-0}))
  if ((rc != 0 && failed == 0)); then
    failed=1
  fi
  if ((passed + failed == 0)); then
    record "$name" 0 1 "INGEN TESTER" $((SECONDS - start))
    return
  fi
  record "$name" "$passed" "$failed" "$(status_for "$rc" "$failed")" $((SECONDS - start))
}

status_for() {  # rc failed [no-tests]
  if (($1 == 124 || $1 == 137)); then
    echo "TIDSAVBRUDD"
  elif [[ ${3:-} == no-tests ]]; then
    echo "INGEN TESTER"
  elif (($1 != 0 || $2 != 0)); then
    echo "FEILET"
  else
    echo "OK"
  fi
}

skip() {
  record "$1" - - "HOPPET OVER" 0
}

fuzz_stage() {  # name limit: builds the fuzz preset and runs each target (tests/fuzz/run.sh)
  local name=$1 limit=$2 log="$logs/fuzz.log" start rc line passed failed
  banner "$name"
  start=$SECONDS
  run_logged "$limit" "$log" bash tests/fuzz/run.sh
  rc=$?
  line=$(grep -Eo '^Fuzzing: [0-9]+ passed, [0-9]+ failed' "$log" | tail -n1)
  if [[ -z $line ]]; then
    record "$name" 0 1 "$(status_for "$rc" 1)" $((SECONDS - start))
    return
  fi
  passed=$(awk '{print $2}' <<<"$line")
  failed=$(awk '{print $4}' <<<"$line")
  if ((rc != 0 && failed == 0)); then
    failed=1
  fi
  record "$name" "$passed" "$failed" "$(status_for "$rc" "$failed")" $((SECONDS - start))
}

pad() {  # text width: left-aligned, counting characters rather than bytes
  local text=$1 width=$2
  printf '%s%*s' "$text" $((width > ${#text} ? width - ${#text} : 0)) ''
}

lpad() {
  local text=$1 width=$2
  printf '%*s%s' $((width > ${#text} ? width - ${#text} : 0)) '' "$text"
}

duration() {
  printf '%dm%02ds' $(($1 / 60)) $(($1 % 60))
}

# ---------------------------------------------------------------------------------------------
dev_ok=0
asan_ok=0
build_stage "Bygg (dev)" dev && dev_ok=1
if [[ ${MASSEFLYT_SKIP_ASAN:-} == 1 ]]; then
  skip "Bygg (asan)"
else
  build_stage "Bygg (asan)" asan && asan_ok=1
fi

dev_bin=$root/build/dev/src/app/masseflyt
asan_bin=$root/build/asan/src/app/masseflyt
# After a failed build, still run whatever did build (the build failure is already counted); only
# a build that never got as far as configuring is skipped.
[[ -f build/dev/CTestTestfile.cmake ]] && dev_ok=1
[[ ${MASSEFLYT_SKIP_ASAN:-} != 1 && -f build/asan/CTestTestfile.cmake ]] && asan_ok=1

if ((dev_ok)); then
  ctest_stage "Enhets- og databasetester (dev)" 1800 --preset dev
  node_stage "HTTP-tester (dev)" 1500 tests/http MASSEFLYT_BIN="$dev_bin"
  # The same HTTP suite once more with PostgreSQL behind the binary: every server gets a fresh
  # database in one throwaway cluster (tests/support/server.mjs), never a system service.
  pg_dir=$(mktemp -d /tmp/mf-pg-http-XXXXXX)
  if pg_url=$(scripts/pg-throwaway.sh start "$pg_dir" --watch $$); then
    node_stage "HTTP-tester (dev, PostgreSQL)" 1500 tests/http MASSEFLYT_BIN="$dev_bin" \
      MASSEFLYT_TEST_PG_URL="$pg_url"
    scripts/pg-throwaway.sh stop "$pg_dir" || true
  else
    banner "HTTP-tester (dev, PostgreSQL)"
    echo "Klarte ikke å starte en midlertidig PostgreSQL-klynge."
    record "HTTP-tester (dev, PostgreSQL)" 0 1 "FEILET" 0
  fi
  # OpenID Connect login against a real provider (npm oidc-provider) on loopback.
  node_stage "OIDC-tester (dev)" 600 tests/oidc \
    MASSEFLYT_OIDC_DRIVER="$root/build/dev/src/platform/auth/oidc/mf_oidc_e2e_driver"
else
  skip "Enhets- og databasetester (dev)"
  skip "HTTP-tester (dev)"
  skip "HTTP-tester (dev, PostgreSQL)"
  skip "OIDC-tester (dev)"
fi

if ((asan_ok)); then
  ctest_stage "Enhetstester (asan)" 1800 --test-dir build/asan -L unit --output-on-failure
  node_stage "HTTP-tester (asan)" 2400 tests/http MASSEFLYT_BIN="$asan_bin"
else
  skip "Enhetstester (asan)"
  skip "HTTP-tester (asan)"
fi

# Parsers of outside data under libFuzzer (its own clang build; independent of the others).
fuzz_stage "Fuzzing (libFuzzer)" 1800

if ((dev_ok)); then
  node_stage "Nettlesertester (e2e)" 2700 tests/e2e MASSEFLYT_BIN="$dev_bin"
else
  skip "Nettlesertester (e2e)"
fi

# ---------------------------------------------------------------------------------------------
total_passed=0
total_failed=0
printf '\n'
printf '%s\n' "Sammendrag av testkjøringen"
printf '%s\n' "───────────────────────────────────────────────────────────────────────"
printf '%s %s %s  %s  %s\n' "$(pad Steg 34)" "$(lpad Bestått 8)" "$(lpad Feilet 7)" "$(pad Status 12)" "Tid"
printf '%s\n' "───────────────────────────────────────────────────────────────────────"
for i in "${!stage_names[@]}"; do
  printf '%s %s %s  %s  %s\n' "$(pad "${stage_names[$i]}" 34)" "$(lpad "${stage_passed[$i]}" 8)" \
    "$(lpad "${stage_failed[$i]}" 7)" "$(pad "${stage_status[$i]}" 12)" "$(duration "${stage_seconds[$i]}")"
  [[ ${stage_passed[$i]} =~ ^[0-9]+$ ]] && total_passed=$((total_passed + stage_passed[i]))
  [[ ${stage_failed[$i]} =~ ^[0-9]+$ ]] && total_failed=$((total_failed + stage_failed[i]))
done
printf '%s\n' "───────────────────────────────────────────────────────────────────────"
if ((any_failure)); then
  printf '%s\n' "Resultat: noe feilet. Se utskriften over for detaljer (ctest viser utdata fra feilede tester)."
else
  printf '%s\n' "Resultat: alt bestått."
fi
printf 'Totalt: %d passed, %d failed\n' "$total_passed" "$total_failed"
((any_failure == 0 && total_failed == 0))
