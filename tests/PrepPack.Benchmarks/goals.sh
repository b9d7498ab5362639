#!/usr/bin/env bash
# Measures every speed goal of the pack in one run, side by side, and prints each figure with its
# ratio to what it is measured against:
#   - preppack published two ways: ReadyToRun (framework-dependent, the tool package) and Native AOT
#     (the published form), each against a hello-world published the same way;
#   - on the sample pack and on generated banks of 100 and 1000 stories: a full build into an empty
#     folder, a build with nothing to do, a build after editing one story, and the peak memory;
#   - weasyprint making the same cards from HTML and pandoc making a Word file from the same
#     Markdown, when they are installed (they are not dependencies: skipped when missing).
# Each figure is the median of interleaved runs (hello-world, then preppack, then the next run),
# so machine load falls on both alike; the hello-world spread (min, median, max) is printed as
# the noise floor. Before timing, the AOT binary runs a smoke set of CLI checks against the
# ReadyToRun one (byte-identical outputs, exit codes, messages), so a trimming break is found.
# Usage: tests/PrepPack.Benchmarks/goals.sh [runs] [bank runs]   (defaults 7 and 3)
#   SKIP_AOT=1 measures the ReadyToRun build alone; BANKS="100" measures fewer banks;
#   SMOKE_ONLY=1 publishes, runs the AOT smoke checks and stops (no banks, no timing).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
runs=${1:-7}
bank_runs=${2:-3}
banks=${BANKS:-100 1000}
# WORK=folder keeps the binaries and banks there, and a later run with the same WORK reuses them
# (delete its r2r/ or aot/ folder to publish that one again).
if [[ -n ${WORK:-} ]]; then work=$WORK; mkdir -p "$work"; else work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
export SOURCE_DATE_EPOCH=1700000000

say() { printf '%s\n' "$*" >&2; }
# Runs a publish or a generator without its chatter, which is shown only when it fails.
quietly() { local log; log=$(mktemp); "$@" > "$log" 2>&1 || { tail -20 "$log" >&2; rm -f "$log"; say "FAILED: $*"; exit 1; }; rm -f "$log"; }

# --- the binaries ------------------------------------------------------------------------------
smoke_only=$([[ "${SMOKE_ONLY:-0}" == 1 ]] && echo 1 || echo 0)
if [[ $smoke_only == 1 && "${SKIP_AOT:-0}" == 1 ]]; then say "SMOKE_ONLY checks the AOT binary: it cannot go with SKIP_AOT."; exit 2; fi
say "publishing preppack (ReadyToRun) and a hello-world the same way..."
[[ -x $work/r2r/preppack ]] || quietly dotnet publish src/PrepPack.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/r2r" --nologo -v quiet
mkdir -p "$work/hello-src"
cat > "$work/hello-src/hello.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <InvariantGlobalization>true</InvariantGlobalization>
  </PropertyGroup>
</Project>
EOF
echo 'System.Console.WriteLine("hello");' > "$work/hello-src/Program.cs"
# In the temporary folder, outside the repository, so none of its build settings apply.
hello_src="$work/hello-src"
[[ -x $work/hello-r2r/hello || $smoke_only == 1 ]] || quietly dotnet publish "$hello_src" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/hello-r2r" --nologo -v quiet
kinds=(r2r)
if [[ "${SKIP_AOT:-0}" != 1 ]]; then
  say "publishing preppack and the hello-world as Native AOT..."
  [[ -x $work/aot/preppack ]] || quietly tests/PrepPack.Benchmarks/publish-aot.sh "$work/aot"
  [[ -x $work/hello-aot/hello || $smoke_only == 1 ]] || quietly dotnet publish "$hello_src" -c Release -r linux-x64 -p:PublishAot=true -o "$work/hello-aot" --nologo -v quiet
  kinds+=(aot)
fi

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

# --- smoke checks of the AOT binary --------------------------------------------------------------
if [[ " ${kinds[*]} " == *" aot "* ]]; then
  say "checking the AOT binary against the ReadyToRun one..."
  for kind in r2r aot; do
    "$work/$kind/preppack" build --content "$work/sample" --templates templates --out "$work/smoke-$kind" > "$work/smoke-$kind.log" 2>&1 \
      || { say "the $kind build of the sample failed:"; tail -5 "$work/smoke-$kind.log" >&2; exit 1; }
  done
  for file in "$work/smoke-r2r"/*.*; do
    cmp -s "$file" "$work/smoke-aot/$(basename "$file")" || { say "AOT output differs: $(basename "$file")"; exit 1; }
  done
  # The build records too, but for the tool's own hash (the record's and each output's) and the times (the files', and when the build looked): the
  # fingerprints of what each output read walk the pack model through Scriban's member accessor, which trimming could break.
  strip() { grep -v -E '"(tool|preppack|stamp|written|checked)"' "$1"; }
  diff <(strip "$work/smoke-r2r/.preppack/manifest.json") <(strip "$work/smoke-aot/.preppack/manifest.json") >&2 \
    || { say "AOT build record differs"; exit 1; }
  diff <("$work/r2r/preppack" check --content "$work/sample" 2>&1) <("$work/aot/preppack" check --content "$work/sample" 2>&1) >&2 \
    || { say "AOT check prints something else"; exit 1; }
  diff <("$work/r2r/preppack" coverage --content "$work/sample" 2>&1) <("$work/aot/preppack" coverage --content "$work/sample" 2>&1) >&2 \
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
    "$work/$kind/preppack" build --content "$work/sample" --templates "$work/smoke-templates" --out "$work/smoke-reach-$kind" --only reach.pdf \
      > "$work/smoke-reach-$kind.log" 2>&1 || { say "the $kind build of reach.sbn failed:"; tail -5 "$work/smoke-reach-$kind.log" >&2; exit 1; }
  done
  diff "$work/smoke-reach-r2r/.preppack/markdown/reach.md" "$work/smoke-reach-aot/.preppack/markdown/reach.md" >&2 \
    && cmp -s "$work/smoke-reach-r2r/reach.pdf" "$work/smoke-reach-aot/reach.pdf" || { say "AOT templates reach something else (above)"; exit 1; }
  # A new story bank (its files come from templates filled in by Scriban), built with the built-in templates.
  for kind in r2r aot; do
    rm -rf "$work/init-$kind"
    "$work/$kind/preppack" init "$work/init-$kind/bank" --framework amazon > /dev/null 2>&1 \
      && (cd "$work/init-$kind/bank" && "$work/$kind/preppack" build > "$work/init-$kind.log" 2>&1) \
      || { say "the $kind init or build of a new bank failed:"; tail -5 "$work/init-$kind.log" >&2; exit 1; }
  done
  diff -r -x .preppack "$work/init-r2r" "$work/init-aot" > /dev/null || { say "AOT init or its build differs"; exit 1; }
  "$work/aot/preppack" --help > /dev/null
  set +e
  "$work/aot/preppack" biuld > /dev/null 2>&1; [[ $? == 2 ]] || { say "AOT: a usage error is not exit 2"; exit 1; }
  cp -r "$work/sample" "$work/broken"
  broken=("$work"/broken/stories/*.yaml)
  sed -i '0,/^  impact: [0-9]/s//  impact: 9/' "${broken[0]}"
  "$work/aot/preppack" build --content "$work/broken" --templates templates --out "$work/smoke-broken" > "$work/broken.log" 2>&1
  rc=$?
  set -e
  [[ $rc == 1 ]] && grep -q 'error PP0105' "$work/broken.log" || { say "AOT: a score out of range is not a located PP0105 error"; cat "$work/broken.log" >&2; exit 1; }
  say "AOT smoke checks passed: byte-identical outputs and build record, what templates reach, check, coverage, init, --help, exit codes."
fi
[[ $smoke_only == 1 ]] && exit 0

# --- timing ------------------------------------------------------------------------------------
declare -A result
for kind in "${kinds[@]}"; do
  hello_times=()
  bin="$work/$kind/preppack"
  hello="$work/hello-$kind/hello"
  for set in "${sets[@]}"; do
    n=$([[ $set == sample ]] && echo "$runs" || echo "$bank_runs")
    out="$work/out-$kind-$set"
    build=("$bin" build --content "$work/$set" --templates templates --out "$out")
    full=() noop=() edit=() hello_ms=() peak=0
    say "$kind, $set: $n runs..."
    for _ in $(seq "$n"); do
      timed "$hello"; read -r ms _ < "$work/t"; hello_ms+=("$ms")
      rm -rf "$out"
      timed "${build[@]}"; read -r ms kb < "$work/t"; full+=("$ms"); (( kb > peak )) && peak=$kb
      timed "$hello"; read -r ms _ < "$work/t"; hello_ms+=("$ms")
      timed "${build[@]}"; read -r ms kb < "$work/t"; noop+=("$ms"); (( kb > peak )) && peak=$kb
      edit_story "$work/$set"
      timed "$hello"; read -r ms _ < "$work/t"; hello_ms+=("$ms")
      timed "${build[@]}"; read -r ms kb < "$work/t"; edit+=("$ms"); (( kb > peak )) && peak=$kb
    done
    hello_times+=("${hello_ms[@]}")
    result[$kind,$set,full]=$(printf '%s\n' "${full[@]}" | median)
    result[$kind,$set,noop]=$(printf '%s\n' "${noop[@]}" | median)
    result[$kind,$set,edit]=$(printf '%s\n' "${edit[@]}" | median)
    result[$kind,$set,hello]=$(printf '%s\n' "${hello_ms[@]}" | median)
    result[$kind,$set,peak]=$(( peak / 1024 ))
  done
  result[$kind,hello,spread]=$(printf '%s\n' "${hello_times[@]}" | spread)
done

# --- the peers ---------------------------------------------------------------------------------
declare -A peer
if command -v weasyprint > /dev/null && command -v pandoc > /dev/null; then
  for set in "${sets[@]}"; do
    md="$work/out-r2r-$set/.preppack/markdown/cards.md"
    [[ -f $md ]] || continue
    # The same cards as HTML, each on an index card of its own: what weasyprint needs to make them.
    printf '@page { size: 6in 4in; margin: 0.25in } .cardface { break-after: page } body { font: 11.5pt "DejaVu Sans" }' > "$work/cards.css"
    sed 's/^\\newpage$//' "$md" | pandoc -f markdown -s --metadata title=cards --css "$work/cards.css" -o "$work/cards-$set.html" 2> /dev/null \
      || pandoc -f markdown -s --metadata title=cards -o "$work/cards-$set.html" < "$md"
    times=()
    for _ in $(seq "$([[ $set == sample ]] && echo 3 || echo 1)"); do
      timed weasyprint "$work/cards-$set.html" "$work/cards-$set.pdf"; read -r ms _ < "$work/t"; times+=("$ms")
    done
    peer[weasyprint,$set]=$(printf '%s\n' "${times[@]}" | median)
    star="$work/out-r2r-$set/.preppack/markdown/star-onepager-amazon.md"
    if [[ -f $star ]]; then
      timed pandoc "$star" -o "$work/star-$set.docx"; read -r ms _ < "$work/t"; peer[pandoc,$set]=$ms
    fi
  done
else
  say "weasyprint or pandoc is not installed: the peer ratios are left out."
fi

# --- the report --------------------------------------------------------------------------------
echo
echo "runs: $runs on the sample, $bank_runs on each bank (medians); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in "${kinds[@]}"; do
  echo "hello-world ($kind), all its runs, min / median / max: ${result[$kind,hello,spread]} ms   (the noise floor)"
done
printf '%-6s %-9s %9s %9s %9s %8s   %-34s %s\n' kind set full noop edit peak "no-op / edit vs hello-world" "full vs peers"
for kind in "${kinds[@]}"; do
  for set in "${sets[@]}"; do
    h=${result[$kind,$set,hello]}
    f=${result[$kind,$set,full]}
    peers=""
    [[ -n ${peer[weasyprint,$set]:-} ]] && peers+="$(ratio "$f" "${peer[weasyprint,$set]}") weasyprint (${peer[weasyprint,$set]} ms) "
    [[ -n ${peer[pandoc,$set]:-} ]] && peers+="$(ratio "$f" "${peer[pandoc,$set]}") pandoc (${peer[pandoc,$set]} ms)"
    printf '%-6s %-9s %6s ms %6s ms %6s ms %5s MB   %-34s %s\n' "$kind" "$set" "$f" "${result[$kind,$set,noop]}" "${result[$kind,$set,edit]}" \
      "${result[$kind,$set,peak]}" "$(ratio "${result[$kind,$set,noop]}" "$h") / $(ratio "${result[$kind,$set,edit]}" "$h") (hello $h ms)" "$peers"
  done
done
echo
echo "goals: sample full <= 0.3x weasyprint (ten cards), no-op <= 1.0x hello-world, edit <= 3x;"
echo "       1000 stories: full < 3000 ms and <= 0.25x weasyprint (1000 cards), edit < 1000 ms, peak < 300 MB; sample peak < 100 MB."
