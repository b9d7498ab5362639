#!/usr/bin/env bash
# Times a full build of a generated story bank with the published preppack, in a fresh process,
# and reports its peak memory (the most resident memory the process held, from /proc).
#   goals: 1000 stories in under 3 s and 300 MB on a 2-core machine.
# Usage: tests/PrepPack.Benchmarks/large-bank.sh [stories] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
stories=${1:-1000}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish src/PrepPack.Cli -c Release -r linux-x64 --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true \
  -o "$work/bin" --nologo -v quiet > /dev/null
dotnet run -c Release --project tests/PrepPack.Benchmarks -- bank content "$work/content" "$stories" > /dev/null
bin="$work/bin/preppack"

# One full build into an empty folder: wall milliseconds and peak resident kilobytes.
measure() {
  rm -rf "$work/out"
  local start end pid peak=0 hwm
  start=$(date +%s%N)
  "$bin" build --content "$work/content" --templates templates --out "$work/out" > "$work/log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2> /dev/null; do
    hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status" 2> /dev/null || true)
    [[ -n "$hwm" && "$hwm" -gt "$peak" ]] && peak=$hwm
    sleep 0.02
  done
  wait "$pid" || { echo "the build failed:"; tail -5 "$work/log"; exit 1; }
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $peak"
}

echo "stories: $stories, runs: $runs"
for run in $(seq "$runs"); do
  read -r ms kb < <(measure)
  echo "run $run: full build ${ms} ms, peak memory $(( kb / 1024 )) MB"
done
pages=$(grep -E '^\s+binder.pdf' "$work/log" | awk '{ print $3 }')
echo "binder: ${pages} pages; $(grep -c 'warning' "$work/log" || true) warnings"
