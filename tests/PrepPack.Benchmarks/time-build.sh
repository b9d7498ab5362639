#!/usr/bin/env bash
# Times the published preppack binary building the sample pack, cold process each run, and
# how much of that is .NET start-up (a run of 'preppack --version' does nothing else).
# Usage: tests/PrepPack.Benchmarks/time-build.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ReadyToRun: compiled ahead of time, so a cold process spends little time in the JIT.
dotnet publish src/PrepPack.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/bin" --nologo -v quiet > /dev/null
bin="$work/bin/preppack"

# Milliseconds for each of $runs runs of a command, then the median.
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

"$bin" build --out "$work/out" > /dev/null   # warm the disk cache once
startup=$(median_ms "$bin" --version)
full=$(median_ms "$bin" build --out "$work/out")
echo "runs: $runs (median of each)"
echo "process start-up (preppack --version): ${startup} ms"
echo "full build of the sample pack:         ${full} ms"
