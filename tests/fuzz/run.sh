#!/usr/bin/env bash
# Builds the fuzz preset (clang, libFuzzer, ASan/UBSan) and runs every target for a fixed time
# from its seeds. The last line is "Fuzzing: N passed, M failed" (tests/run-all.sh reads it).
#
#   MASSEFLYT_FUZZ_SECONDS   seconds per target (default 30)
#   MASSEFLYT_FUZZ_SEED      libFuzzer's random seed (default 1, so a CI run is repeatable; 0
#                            lets libFuzzer choose, for longer exploring runs)
# A finding leaves its input under var/fuzz-funn/ (reproduce: build/fuzz/tests/fuzz/<target> <file>).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
root=$(pwd)
seconds=${MASSEFLYT_FUZZ_SECONDS:-30}
seed=${MASSEFLYT_FUZZ_SEED:-1}

if ! cmake --preset fuzz >/dev/null || ! cmake --build --preset fuzz; then
  echo "Fuzzing: 0 passed, 1 failed"
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/masseflyt-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
findings="$root/var/fuzz-funn"

# Seeds: our own small inputs, and the recorded answers of the public registers.
declare -A seeds=(
  [fuzz_multipart]="tests/fuzz/corpus/multipart"
  [fuzz_csv]="tests/fuzz/corpus/csv"
  [fuzz_xlsx]="tests/fuzz/corpus/xlsx"
  [fuzz_register_json]="src/integrations/brreg/fixtures src/integrations/kartverket/fixtures src/integrations/vegvesen/fixtures src/integrations/ngu/fixtures src/integrations/miljodirektoratet/fixtures"
  [fuzz_text_rules]="tests/fuzz/corpus/text"
  [fuzz_api_bodies]="tests/fuzz/corpus/api-bodies"
)

passed=0
failed=0
for target in fuzz_multipart fuzz_csv fuzz_xlsx fuzz_register_json fuzz_text_rules fuzz_api_bodies; do
  corpus="$work/$target"
  mkdir -p "$corpus"
  for dir in ${seeds[$target]}; do
    find "$dir" -type f -size -1024k -exec cp -t "$corpus" {} + 2>/dev/null
  done
  echo "== $target ($(find "$corpus" -type f | wc -l) frø, ${seconds} s)"
  # -timeout: one input may take at most 10 s; -rss_limit_mb: a zip bomb must not get far.
  if "$root/build/fuzz/tests/fuzz/$target" -seed="$seed" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -print_final_stats=1 -artifact_prefix="$work/$target-" "$corpus" 2>&1 | tail -n 25; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    mkdir -p "$findings"
    cp "$work/$target"-* "$findings/" 2>/dev/null
    echo "FUNN i $target: se $findings"
  fi
done
echo "Fuzzing: $passed passed, $failed failed"
((failed == 0))
