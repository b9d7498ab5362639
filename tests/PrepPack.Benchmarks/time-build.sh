#!/usr/bin/env bash
# Times the published preppack binary on the sample pack, a cold process each run:
#   start-up alone (preppack --version), a full build (--force), a build with nothing to do,
#   and a build after editing one story. Prints the median of each.
# Usage: tests/PrepPack.Benchmarks/time-build.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ReadyToRun: compiled ahead of time, so a cold process spends little time in the JIT.
dotnet publish src/PrepPack.Cli -c Release -r linux-x64 --self-contained false -p:PublishAot=false -p:PublishReadyToRun=true \
  -o "$work/bin" --nologo -v quiet > /dev/null
bin="$work/bin/preppack"
cp -r content "$work/content"
story="$work/content/stories/dashboard-speed.yaml"
build=("$bin" build --content "$work/content" --templates templates --out "$work/out")

# Milliseconds for each of $runs runs of a command, then the median. $before runs first, untimed.
median_ms() {
  local times=()
  for _ in $(seq "$runs"); do
    eval "${before:-true}"
    local start end
    start=$(date +%s%N)
    "$@" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

"${build[@]}" > /dev/null   # warm the disk cache once
startup=$(before= median_ms "$bin" --version)
full=$(before= median_ms "${build[@]}" --force)
noop=$(before= median_ms "${build[@]}")
# Each run edits the same story, alternating between two wordings of its lesson.
edit=$(before='sed -i "s/answers quickly\./answers fast./;t;s/answers fast\./answers quickly./" "$story"' median_ms "${build[@]}")
echo "runs: $runs (median of each)"
echo "process start-up (preppack --version):  ${startup} ms"
echo "full build of the sample pack (--force): ${full} ms"
echo "build with nothing changed:              ${noop} ms"
echo "build after editing one story:           ${edit} ms"
