#!/usr/bin/env bash
# Publishes preppack as one native executable (Native AOT) for Linux x64, the published form.
# Installs what the native toolchain needs on Debian first (clang, zlib1g-dev), when missing.
# Usage: tests/PrepPack.Benchmarks/publish-aot.sh [output folder]   (default: publish/aot)
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-publish/aot}

missing=()
command -v clang > /dev/null || missing+=(clang)
dpkg -s zlib1g-dev > /dev/null 2>&1 || missing+=(zlib1g-dev)
if (( ${#missing[@]} > 0 )); then
  echo "installing ${missing[*]} for the native linker" >&2
  sudo=$([[ $(id -u) -eq 0 ]] && echo "" || echo sudo)
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
fi

# Trimming and AOT warnings are not silenced, and there are none: what only reflection reaches is
# named in src/PrepPack.Cli/TrimmerRoots.xml. A new warning stops the script, as a trimmed program
# that warns may fail at run time where the ReadyToRun one works.
log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet publish src/PrepPack.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out" --nologo -v quiet 2>&1 | tee "$log" >&2
if grep -q -E 'warning IL[0-9]+' "$log"; then
  echo "the Native AOT publish warns (above): resolve it, as src/PrepPack.Cli/TrimmerRoots.xml explains" >&2
  exit 1
fi
echo "$out/preppack"
