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

# Trimming and AOT warnings are not silenced: the trimmer roots live in src/PrepPack.Cli/PrepPack.Cli.csproj.
dotnet publish src/PrepPack.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$out" --nologo -v quiet
echo "$out/preppack"
