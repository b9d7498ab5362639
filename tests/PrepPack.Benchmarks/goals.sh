#!/usr/bin/env bash
# Measures every goal of the installed tool in one run and prints each as met or not, with its figure:
#   - preppack as users get it: the tool packages packed from this clone (the pointer package, the
#     native linux-x64 package and the framework-dependent "any" package), installed with
#     'dotnet tool install' into a tool folder from that local source, next to a hello-world tool
#     packed and installed the same way (Native AOT, RID-specific);
#   - the package and installed sizes, and that the installed native program writes the same bytes
#     as the framework-dependent one (every output file, the build record, check, coverage, init);
#   - cold start (preppack --version), and on the sample and generated banks (1000 and 10,000 stories
#     by default): a full build into an empty folder, a build with nothing to do, a build after
#     editing one story, the peak memory, and each one-page output made alone;
#   - weasyprint making the same cards from HTML and pandoc making a Word file from the same
#     Markdown, when they are installed (they are not dependencies: skipped when missing).
# Each figure is the median of interleaved runs (hello-world, then preppack), so machine load falls
# on both alike; the hello-world spread (min, median, max) is printed as the noise floor.
# Usage: tests/PrepPack.Benchmarks/goals.sh [runs] [bank runs]   (defaults 7 and 3)
#   BANKS="1000" measures fewer banks; SMOKE_ONLY=1 packs, installs, compares the bytes and stops.
#   WORK=folder keeps the packages, tools and banks there, and a later run with the same WORK reuses
#   them (delete its nupkg/ folder to pack again).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
runs=${1:-7}
bank_runs=${2:-3}
banks=${BANKS:-1000 10000}
if [[ -n ${WORK:-} ]]; then work=$WORK; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
export SOURCE_DATE_EPOCH=1700000000
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf '%s\n' "$*" >&2; }
# Runs a pack or a generator without its chatter, which is shown only when it fails.
quietly() { local log; log=$(mktemp); "$@" > "$log" 2>&1 || { tail -20 "$log" >&2; rm -f "$log"; say "FAILED: $*"; exit 1; }; rm -f "$log"; }
smoke_only=$([[ "${SMOKE_ONLY:-0}" == 1 ]] && echo 1 || echo 0)

# --- the packages, as the README packs them ------------------------------------------------------
# Native AOT needs clang and zlib on Debian; installed when missing.
missing=()
command -v clang > /dev/null || missing+=(clang)
dpkg -s zlib1g-dev > /dev/null 2>&1 || missing+=(zlib1g-dev)
if (( ${#missing[@]} > 0 )); then
  say "installing ${missing[*]} for the native linker"
  sudo=$([[ $(id -u) -eq 0 ]] && echo "" || echo sudo)
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
fi
if [[ ! -f $work/nupkg/PrepPack.linux-x64.0.1.0.nupkg ]]; then
  say "packing preppack: the native linux-x64 package (a few minutes), the framework-dependent one, the pointer..."
  rm -rf "$work/nupkg"
  quietly dotnet pack src/PrepPack.Cli -r linux-x64 -o "$work/nupkg" --nologo -v quiet
  quietly dotnet pack src/PrepPack.Cli -r any -o "$work/nupkg" --nologo -v quiet
  quietly dotnet pack src/PrepPack.Cli -o "$work/nupkg" --nologo -v quiet
fi
# A hello-world tool, packed the same way, outside the repository so none of its settings apply.
mkdir -p "$work/hello-src"
cat > "$work/hello-src/hello.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <InvariantGlobalization>true</InvariantGlobalization>
    <PackAsTool>true</PackAsTool>
    <ToolCommandName>hello</ToolCommandName>
    <PackageId>HelloTool</PackageId>
    <ToolPackageRuntimeIdentifiers>linux-x64;any</ToolPackageRuntimeIdentifiers>
    <PublishAot>true</PublishAot>
  </PropertyGroup>
</Project>
XML
echo 'System.Console.WriteLine("hello");' > "$work/hello-src/Program.cs"
if [[ ! -f $work/hello-nupkg/HelloTool.linux-x64.1.0.0.nupkg ]]; then
  say "packing the hello-world tool the same way..."
  quietly dotnet pack "$work/hello-src" -r linux-x64 -o "$work/hello-nupkg" --nologo -v quiet
  quietly dotnet pack "$work/hello-src" -o "$work/hello-nupkg" --nologo -v quiet
fi
source_config() { printf '<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /><add key="local" value="%s" /></packageSources></configuration>\n' "$1" > "$2"; }
source_config "$work/nupkg" "$work/nuget.config"
source_config "$work/hello-nupkg" "$work/hello-nuget.config"
rm -rf "$work/tools" "$work/hello-tools"
say "installing both with dotnet tool install..."
quietly dotnet tool install PrepPack --tool-path "$work/tools" --configfile "$work/nuget.config"
quietly dotnet tool install HelloTool --tool-path "$work/hello-tools" --configfile "$work/hello-nuget.config"
# The framework-dependent program every other platform gets, as its package holds it.
rm -rf "$work/any" && mkdir -p "$work/any" && (cd "$work/any" && unzip -q "$work/nupkg/PrepPack.any.0.1.0.nupkg" 'tools/*')
printf '#!/bin/sh\nexec dotnet "%s" "$@"\n' "$work/any/tools/net10.0/any/preppack.dll" > "$work/any/preppack" && chmod +x "$work/any/preppack"
declare -A prog=([aot]="$work/tools/preppack" [r2r]="$work/any/preppack")
file -L "${prog[aot]}" | grep -q ELF || { say "the installed preppack is not the native program"; exit 1; }
hello="$work/hello-tools/hello"
package_mb=$(du -m "$work/nupkg/PrepPack.linux-x64.0.1.0.nupkg" | cut -f1)
installed_mb=$(du -sm "$work/tools" | cut -f1)
same_bytes=no

# --- the content -------------------------------------------------------------------------------
rm -rf "$work/sample" "$work/broken" "$work"/smoke-* "$work"/out-*
cp -r content "$work/sample"
sets=(sample)
[[ $smoke_only == 1 ]] && banks=""
[[ -n $banks ]] && say "generating the banks ($banks stories)..."
for n in $banks; do
  [[ -d $work/bank$n ]] || quietly dotnet run -c Release --project tests/PrepPack.Benchmarks -- bank content "$work/bank$n" "$n"
  sets+=("bank$n")
done

# --- helpers -----------------------------------------------------------------------------------
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
spread() { sort -n | awk '{ a[NR] = $1 } END { printf "%s / %s / %s", a[1], a[int((NR + 1) / 2)], a[NR] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2fx", a / b; else print "n/a" }'; }

# Runs a command; leaves "milliseconds peak-kilobytes" in $work/t. Stops the script when the command fails.
timed() {
  local start end
  start=$(date +%s%N)
  local rc=0
  /usr/bin/time -f "%M" -o "$work/rss" "$@" > "$work/last.log" 2>&1 || rc=$?
  # The builds here have no content errors, so any failure is the tool's.
  if (( rc != 0 )); then say "FAILED ($rc): $*"; tail -5 "$work/last.log" >&2; exit 1; fi
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(tail -1 "$work/rss")" > "$work/t"
}

# Edits one story in place, switching between two wordings, so every edit is a real change.
edit_story() {
  local files=("$1"/stories/*.yaml)
  local file=${files[0]}
  if grep -q 'PREPPACK-EDIT-A' "$file"; then sed -i 's/PREPPACK-EDIT-A/PREPPACK-EDIT-B/' "$file"
  elif grep -q 'PREPPACK-EDIT-B' "$file"; then sed -i 's/PREPPACK-EDIT-B/PREPPACK-EDIT-A/' "$file"
  else sed -i '0,/^  lesson: /s/^  lesson: \(.*\)$/  lesson: \1 PREPPACK-EDIT-A/' "$file"
  fi
}

# --- the installed native program against the framework-dependent one ----------------------------
# Every output file, the build record, what templates reach, check, coverage, init, exit codes.
if true; then
  say "checking the installed native program against the framework-dependent one..."
  for kind in r2r aot; do
    "${prog[$kind]}" build --content "$work/sample" --templates templates --out "$work/smoke-$kind" > "$work/smoke-$kind.log" 2>&1 \
      || { say "the $kind build of the sample failed:"; tail -5 "$work/smoke-$kind.log" >&2; exit 1; }
  done
  diff <(ls "$work/smoke-r2r") <(ls "$work/smoke-aot") >&2 || { say "the native program writes other files"; exit 1; }
  for file in "$work/smoke-r2r"/*.*; do
    cmp -s "$file" "$work/smoke-aot/$(basename "$file")" || { say "AOT output differs: $(basename "$file")"; exit 1; }
  done
  # The build records too, but for the tool's own hash (the record's and each output's) and the times (the files', and when the build looked): the
  # fingerprints of what each output read walk the pack model through Scriban's member accessor, which trimming could break.
  strip() { grep -v -E '"(tool|preppack|stamp|written|checked)"' "$1"; }
  diff <(strip "$work/smoke-r2r/.preppack/manifest.json") <(strip "$work/smoke-aot/.preppack/manifest.json") >&2 \
    || { say "AOT build record differs"; exit 1; }
  diff <("${prog[r2r]}" check --content "$work/sample" 2>&1) <("${prog[aot]}" check --content "$work/sample" 2>&1) >&2 \
    || { say "AOT check prints something else"; exit 1; }
  diff <("${prog[r2r]}" coverage --content "$work/sample" 2>&1) <("${prog[aot]}" coverage --content "$work/sample" 2>&1) >&2 \
    || { say "AOT coverage prints something else"; exit 1; }
  # What a template can call and read, listed by a template: Scriban's built-in functions and the
  # model's members are found by reflection, so a root missing from TrimmerRoots.xml shows here.
  rm -rf "$work/smoke-templates"
  cp -r templates "$work/smoke-templates"
  cat > "$work/smoke-templates/reach.sbn" <<'SBN'
---
output: reach.pdf
---
# What templates can call and read

{{~ for module in [array, html, math, object, regex, string, timespan] ~}}
- {{ object.keys module | array.sort | array.join ", " | md }}
{{~ end ~}}
- {{ object.keys profile | array.sort | array.join ", " | md }}
- {{ object.keys stories[0] | array.sort | array.join ", " | md }}
- {{ object.keys stories[0].card | array.sort | array.join ", " | md }}
- {{ "a-b" | string.upcase }} {{ 3.7 | math.floor }} {{ timespan.zero }} {{ [3, 1, 2] | array.sort | array.join "" }} {{ "x1y" | regex.replace `\d` "-" }} {{ "<b>" | html.escape }}
SBN
  for kind in r2r aot; do
    "${prog[$kind]}" build --content "$work/sample" --templates "$work/smoke-templates" --out "$work/smoke-reach-$kind" --only reach.pdf \
      > "$work/smoke-reach-$kind.log" 2>&1 || { say "the $kind build of reach.sbn failed:"; tail -5 "$work/smoke-reach-$kind.log" >&2; exit 1; }
  done
  diff "$work/smoke-reach-r2r/.preppack/markdown/reach.md" "$work/smoke-reach-aot/.preppack/markdown/reach.md" >&2 \
    && cmp -s "$work/smoke-reach-r2r/reach.pdf" "$work/smoke-reach-aot/reach.pdf" || { say "AOT templates reach something else (above)"; exit 1; }
  # A new story bank (its files come from templates filled in by Scriban), built with the built-in templates.
  for kind in r2r aot; do
    rm -rf "$work/init-$kind"
    "${prog[$kind]}" init "$work/init-$kind/bank" --framework amazon > /dev/null 2>&1 \
      && (cd "$work/init-$kind/bank" && "${prog[$kind]}" build > "$work/init-$kind.log" 2>&1) \
      || { say "the $kind init or build of a new bank failed:"; tail -5 "$work/init-$kind.log" >&2; exit 1; }
  done
  diff -r -x .preppack "$work/init-r2r" "$work/init-aot" > /dev/null || { say "AOT init or its build differs"; exit 1; }
  "${prog[aot]}" --help > /dev/null
  set +e
  "${prog[aot]}" biuld > /dev/null 2>&1; [[ $? == 2 ]] || { say "AOT: a usage error is not exit 2"; exit 1; }
  cp -r "$work/sample" "$work/broken"
  broken=("$work"/broken/stories/*.yaml)
  sed -i '0,/^  impact: [0-9]/s//  impact: 9/' "${broken[0]}"
  "${prog[aot]}" build --content "$work/broken" --templates templates --out "$work/smoke-broken" > "$work/broken.log" 2>&1
  rc=$?
  set -e
  [[ $rc == 1 ]] && grep -q 'error PP0105' "$work/broken.log" || { say "AOT: a score out of range is not a located PP0105 error"; cat "$work/broken.log" >&2; exit 1; }
  say "the installed native program writes the same bytes as the framework-dependent one: every output, the build record, what templates reach, check, coverage, init, --help, exit codes."
  same_bytes=yes
fi
[[ $smoke_only == 1 ]] && exit 0

[[ $smoke_only == 1 ]] && exit 0

# --- timing ------------------------------------------------------------------------------------
bin=${prog[aot]}
hello_all=()
# Cold start: a new process each run, interleaved with the hello-world.
starts=() hstarts=()
for _ in $(seq "$runs"); do
  timed "$hello"; read -r ms _ < "$work/t"; hstarts+=("$ms")
  timed "$bin" --version; read -r ms _ < "$work/t"; starts+=("$ms")
done
hello_all+=("${hstarts[@]}")
start_ms=$(printf '%s\n' "${starts[@]}" | median)
hello_start_ms=$(printf '%s\n' "${hstarts[@]}" | median)

declare -A result
for set in "${sets[@]}"; do
  n=$([[ $set == sample ]] && echo "$runs" || echo "$bank_runs")
  out="$work/out-$set"
  build=("$bin" build --content "$work/$set" --templates templates --out "$out")
  full=() noop=() edit=() hello_ms=() peak=0
  say "$set: $n runs..."
  for _ in $(seq "$n"); do
    timed "$hello"; read -r ms _ < "$work/t"; hello_ms+=("$ms")
    rm -rf "$out"
    timed "${build[@]}"; read -r ms kb < "$work/t"; full+=("$ms"); (( kb > peak )) && peak=$kb
    cp "$work/last.log" "$work/full-$set.log"
    timed "$hello"; read -r ms _ < "$work/t"; hello_ms+=("$ms")
    timed "${build[@]}"; read -r ms kb < "$work/t"; noop+=("$ms"); (( kb > peak )) && peak=$kb
    edit_story "$work/$set"
    timed "$hello"; read -r ms _ < "$work/t"; hello_ms+=("$ms")
    timed "${build[@]}"; read -r ms kb < "$work/t"; edit+=("$ms"); (( kb > peak )) && peak=$kb
  done
  hello_all+=("${hello_ms[@]}")
  result[$set,full]=$(printf '%s\n' "${full[@]}" | median)
  result[$set,noop]=$(printf '%s\n' "${noop[@]}" | median)
  result[$set,edit]=$(printf '%s\n' "${edit[@]}" | median)
  result[$set,hello]=$(printf '%s\n' "${hello_ms[@]}" | median)
  result[$set,peak]=$(( peak / 1024 ))
  # Each one-page output made alone, as the build reports its time (the slowest of them is the figure).
  slowest=0 slowest_name=""
  for one in matrix cheatsheet tmay; do
    "$bin" build --content "$work/$set" --templates templates --out "$out" --only "$one.pdf" --force > "$work/one.log" 2>&1 || true
    ms=$(awk -v f="$one.pdf" '$1 == f { print $(NF - 1) }' "$work/one.log")
    [[ -n $ms ]] && (( ms > slowest )) && { slowest=$ms; slowest_name=$one.pdf; }
  done
  result[$set,onepage]="$slowest ms ($slowest_name)"
  result[$set,onepage_ms]=$slowest
  # Every story's title is in the binder and on the cards.
  if [[ $set == bank* ]] && command -v pdftotext > /dev/null; then
    missing_titles=0
    # Compared without spaces, line breaks and hyphens, which wrapping and hyphenation move.
    squeeze() { tr -d ' \n\t-'; }
    grep -h '^title: ' "$work/$set"/stories/*.yaml | sed 's/^title: //; s/^"\(.*\)"$/\1/' \
      | while read -r title; do printf '%s\n' "$title" | squeeze; echo; done | sort -u > "$work/titles.txt"
    for pdf in binder cards; do
      pdftotext "$out/$pdf.pdf" - 2> /dev/null | squeeze > "$work/$pdf.txt" || true
      # All at once, then one by one those not found (a title inside a longer one is not listed twice).
      grep -oF -f "$work/titles.txt" "$work/$pdf.txt" | sort -u > "$work/found.txt" || true
      while read -r title; do
        grep -qF -- "$title" "$work/$pdf.txt" || missing_titles=$((missing_titles + 1))
      done < <(comm -23 "$work/titles.txt" "$work/found.txt")
    done
    result[$set,titles]=$missing_titles
  fi
done
hello_spread=$(printf '%s\n' "${hello_all[@]}" | spread)

# --- the peers ---------------------------------------------------------------------------------
declare -A peer
if command -v weasyprint > /dev/null && command -v pandoc > /dev/null; then
  for set in "${sets[@]}"; do
    md="$work/out-$set/.preppack/markdown/cards.md"
    [[ -f $md ]] || continue
    [[ $set == bank10000 ]] && continue
    # The same cards as HTML, each on an index card of its own: what weasyprint needs to make them.
    printf '@page { size: 6in 4in; margin: 0.25in } .cardface { break-after: page } body { font: 11.5pt "DejaVu Sans" }' > "$work/cards.css"
    sed 's/^\\newpage$//' "$md" | pandoc -f markdown -s --metadata title=cards --css "$work/cards.css" -o "$work/cards-$set.html" 2> /dev/null \
      || pandoc -f markdown -s --metadata title=cards -o "$work/cards-$set.html" < "$md"
    times=()
    for _ in $(seq "$([[ $set == sample ]] && echo 3 || echo 1)"); do
      timed weasyprint "$work/cards-$set.html" "$work/cards-$set.pdf"; read -r ms _ < "$work/t"; times+=("$ms")
    done
    peer[weasyprint,$set]=$(printf '%s\n' "${times[@]}" | median)
    star="$work/out-$set/.preppack/markdown/star-onepager-amazon.md"
    if [[ -f $star ]]; then
      timed pandoc "$star" -o "$work/star-$set.docx"; read -r ms _ < "$work/t"; peer[pandoc,$set]=$ms
    fi
  done
else
  say "weasyprint or pandoc is not installed: the peer ratios are left out."
fi

# --- the report --------------------------------------------------------------------------------
echo
echo "preppack installed with 'dotnet tool install' from the packages packed here: $(file -bL "$bin" | cut -d, -f1-2)"
echo "runs: $runs on the sample, $bank_runs on each bank (medians); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "hello-world tool (Native AOT, installed the same way), all its runs, min / median / max: $hello_spread ms   (the noise floor)"
printf '%-9s %9s %9s %9s %8s   %-34s %-26s %s\n' set full noop edit peak "no-op / edit vs hello-world" "slowest one-page output" "full vs peers"
for set in "${sets[@]}"; do
  h=${result[$set,hello]}
  f=${result[$set,full]}
  peers=""
  [[ -n ${peer[weasyprint,$set]:-} ]] && peers+="$(ratio "$f" "${peer[weasyprint,$set]}") weasyprint (${peer[weasyprint,$set]} ms) "
  [[ -n ${peer[pandoc,$set]:-} ]] && peers+="$(ratio "$f" "${peer[pandoc,$set]}") pandoc (${peer[pandoc,$set]} ms)"
  printf '%-9s %6s ms %6s ms %6s ms %5s MB   %-34s %-26s %s\n' "$set" "$f" "${result[$set,noop]}" "${result[$set,edit]}" \
    "${result[$set,peak]}" "$(ratio "${result[$set,noop]}" "$h") / $(ratio "${result[$set,edit]}" "$h") (hello $h ms)" "${result[$set,onepage]}" "$peers"
done

# Each goal of the issue: met or not, with its figure.
echo
echo "goals:"
goal() { # description, figure, met (an awk condition on nothing: 1 or 0)
  printf '  %-4s %-62s %s\n' "$([[ $3 == 1 ]] && echo met || echo NOT)" "$1" "$2"
}
le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? 1 : 0 }'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN { print (a < b) ? 1 : 0 }'; }
goal "the installed tool is the native program (linux-x64)" "$(file -bL "$bin" | cut -d, -f1)" "$(file -L "$bin" | grep -q ELF && echo 1 || echo 0)"
goal "linux-x64 package at most 40 MB" "$package_mb MB" "$(le "$package_mb" 40)"
goal "installed folder at most 100 MB" "$installed_mb MB" "$(le "$installed_mb" 100)"
goal "same bytes as the framework-dependent program" "$same_bytes" "$([[ $same_bytes == yes ]] && echo 1 || echo 0)"
goal "cold 'preppack --version' within 2x a native hello-world" "$start_ms ms, $(ratio "$start_ms" "$hello_start_ms") (hello $hello_start_ms ms)" \
  "$(le "$start_ms" "$(( 2 * hello_start_ms ))")"
h=${result[sample,hello]}
if [[ -n ${peer[weasyprint,sample]:-} ]]; then
  goal "sample full build at most 0.3x weasyprint (ten cards)" "${result[sample,full]} ms, $(ratio "${result[sample,full]}" "${peer[weasyprint,sample]}")" \
    "$(le "${result[sample,full]}" "$(awk -v w="${peer[weasyprint,sample]}" 'BEGIN { print 0.3 * w }')")"
fi
goal "sample no-op build at most 1x hello-world" "${result[sample,noop]} ms, $(ratio "${result[sample,noop]}" "$h")" "$(le "${result[sample,noop]}" "$h")"
goal "sample one-story edit at most 3x hello-world" "${result[sample,edit]} ms, $(ratio "${result[sample,edit]}" "$h")" "$(le "${result[sample,edit]}" "$(( 3 * h ))")"
goal "sample peak memory under 100 MB" "${result[sample,peak]} MB" "$(lt "${result[sample,peak]}" 100)"
if [[ -n ${result[bank1000,full]:-} ]]; then
  goal "1000 stories: full build under 3 s" "${result[bank1000,full]} ms" "$(lt "${result[bank1000,full]}" 3000)"
  goal "1000 stories: one-story edit under 1 s" "${result[bank1000,edit]} ms" "$(lt "${result[bank1000,edit]}" 1000)"
  goal "1000 stories: peak memory under 300 MB" "${result[bank1000,peak]} MB" "$(lt "${result[bank1000,peak]}" 300)"
  if [[ -n ${peer[weasyprint,bank1000]:-} ]]; then
    goal "1000 stories: full build at most 0.25x weasyprint (1000 cards)" "$(ratio "${result[bank1000,full]}" "${peer[weasyprint,bank1000]}")" \
      "$(le "${result[bank1000,full]}" "$(awk -v w="${peer[weasyprint,bank1000]}" 'BEGIN { print 0.25 * w }')")"
  fi
fi
if [[ -n ${result[bank10000,full]:-} ]]; then
  goal "10,000 stories: every title in binder and cards" "${result[bank10000,titles]:-not checked (no pdftotext)} titles missing" "$([[ ${result[bank10000,titles]:-1} == 0 ]] && echo 1 || echo 0)"
  goal "10,000 stories: full build under 30 s" "${result[bank10000,full]} ms" "$(lt "${result[bank10000,full]}" 30000)"
  goal "10,000 stories: peak memory under 1 GB" "${result[bank10000,peak]} MB" "$(lt "${result[bank10000,peak]}" 1024)"
  goal "10,000 stories: each one-page output under 200 ms" "${result[bank10000,onepage]}" "$(lt "${result[bank10000,onepage_ms]}" 200)"
fi
