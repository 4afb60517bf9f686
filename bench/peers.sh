#!/usr/bin/env bash
# pii-scanner side by side with the PII redaction libraries a user would pick instead
# (bench/peers/: @redactpii/node, redact-pii, @openredaction/openredaction, run the way their users
# run them, bench/peers/peers.mjs): accuracy on the labelled realistic corpus, then whole-process
# throughput on one thread over logs (the realistic corpus's logs, repeated: real formats, dense in
# addresses and numbers) and over the bench's own seeded sparse corpus. Prints a Markdown report
# and keeps it, with the raw numbers, under bench/out/results/. See bench/README.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/peers.sh [options]
  --logs-size SIZE   size of the logs, bytes with an optional K, M or G suffix (default 64M)
  --size SIZE        size of the seeded sparse corpus (default 64M; 0 skips it)
  --seed N           corpus seed (default 1)
  --runs N           runs per tool for throughput; the median is reported (default 3)
  --slow-peers       also time @openredaction/openredaction (about 0.05 MB/s: an hour on 64M)
  --no-accuracy      skip the accuracy comparison
  --no-throughput    skip the throughput comparison
  -h, --help         this help
The peers are installed with `npm ci` from bench/peers/package-lock.json into bench/out/peers/
(git-ignored, reused). Run on a quiet machine: the load average is printed before and after.
EOF
}

script=bench/peers.sh
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

logs_size=64M
size=64M
seed=1
runs=3
slow_peers=0
do_accuracy=1
do_throughput=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --logs-size) [[ $# -ge 2 ]] || die "--logs-size needs a value"; logs_size=$2; shift 2 ;;
    --size) [[ $# -ge 2 ]] || die "--size needs a value"; size=$2; shift 2 ;;
    --seed) [[ $# -ge 2 ]] || die "--seed needs a value"; seed=$2; shift 2 ;;
    --runs) [[ $# -ge 2 ]] || die "--runs needs a value"; runs=$2; shift 2 ;;
    --slow-peers) slow_peers=1; shift ;;
    --no-accuracy) do_accuracy=0; shift ;;
    --no-throughput) do_throughput=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done
for s in "$logs_size" "$size"; do
  [[ $s =~ ^[0-9]+[KkMmGg]?$ ]] || die "sizes are a number of bytes with an optional K, M or G suffix: $s"
done
[[ $seed =~ ^[0-9]+$ ]] || die "--seed must be a number: $seed"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive number: $runs"

bytes_of() { numfmt --from=iec "$(echo "$1" | tr 'kmg' 'KMG')"; }

# --- tools --------------------------------------------------------------------------------------

command -v java >/dev/null || die "java is missing: a JDK 17 or newer is needed"
command -v python3 >/dev/null || die "python3 is missing: the corpus is labelled and scored by bench/peers.py"
command -v node >/dev/null && command -v npm >/dev/null || die "node and npm are missing: Node 18 or newer runs the peers"
[[ $(node -p 'process.versions.node.split(".")[0]') -ge 18 ]] || die "Node 18 or newer is needed: $(node --version)"
[[ -x /usr/bin/time ]] || apt_install time

copy_cli_jar
choose_java # the java ./pii-scanner runs on (cli/jvm.sh)

# The peers, pinned by the lock file; installed again only when it changes.
peers="$out/peers"
mkdir -p "$peers"
cp "$bench/peers/peers.mjs" "$peers/"
if ! cmp -s "$bench/peers/package-lock.json" "$peers/package-lock.json" || [[ ! -d "$peers/node_modules" ]]; then
  log "installing the peers (npm ci, bench/peers/package-lock.json)"
  cp "$bench/peers/package.json" "$bench/peers/package-lock.json" "$peers/"
  (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error) >&2 || die "npm ci failed in ${peers#"$root"/}"
fi
peer_versions=$(cd "$peers" && node -e '
  const l = require("./package-lock.json").packages;
  console.log(Object.keys(require("./package.json").dependencies).map((d) => d + " " + l["node_modules/" + d].version).join(", "))')

# --- corpora ------------------------------------------------------------------------------------

realistic="$out/realistic"
rm -rf "$realistic"
python3 "$bench/peers.py" strip "$root/core/src/test/resources/realistic" "$realistic/plain" 2>/dev/null \
  || die "could not strip the labels of the realistic corpus"

warn_if_loaded

stamp=$(date -u +%Y%m%dT%H%M%SZ)
results="$out/results/peers-$stamp"
mkdir -p "$results"
report="$results/report.md"

{
  echo "# pii-scanner and its peers, $stamp"
  echo
  echo "- Machine: $(nproc) vCPU $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM"
  echo "- pii-scanner on $("$java" -version 2>&1 | head -n 1), chosen as ./pii-scanner chooses it; Node $(node --version); peers: $peer_versions"
  echo "- JVM options of pii-scanner: $(grep -v '^#' "$jvm_options" | xargs) (cli/jvm.options), with $([[ $java_release -ge 25 ]] && echo "an AOT cache" || echo "an AppCDS archive") recorded on samples/ as ./pii-scanner does"
  echo "- Sources: commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), $(git -C "$root" status --porcelain -- core cli 2>/dev/null | wc -l) files changed since in core/ and cli/"
  echo "- Load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
} | tee "$report"

# pii-scanner runs as ./pii-scanner runs it: the same java, options and archive of its classes. It
# reads each file as text, as the peers do: without --input-format it would read the corpus's file
# of Python's email test messages as mail, with offsets into each part.
record_launcher_archive "$results/archive.err"
pii_scan=("${pii_java[@]}" -jar "$jar" scan --format jsonl --threads 1)

# --- accuracy -----------------------------------------------------------------------------------

if [[ $do_accuracy -eq 1 ]]; then
  log "accuracy on the realistic corpus"
  "${pii_scan[@]}" --input-format text "$realistic/plain" >"$realistic/pii-scanner.jsonl" 2>"$results/accuracy-pii-scanner.err" \
    || [[ $? -eq 1 ]] || die "pii-scanner failed on the realistic corpus: $(tail -n 1 "$results/accuracy-pii-scanner.err")"
  scored=("pii-scanner=$realistic/pii-scanner.jsonl")
  for peer in redactpii:@redactpii/node redact-pii:redact-pii openredaction:@openredaction/openredaction; do
    node "$peers/peers.mjs" "${peer%%:*}" --spans "$realistic/plain" >"$realistic/${peer%%:*}.jsonl" 2>"$results/accuracy-${peer%%:*}.err" \
      || die "${peer#*:} failed on the realistic corpus: $(tail -n 1 "$results/accuracy-${peer%%:*}.err")"
    scored+=("${peer#*:}=$realistic/${peer%%:*}.jsonl")
  done
  {
    echo
    echo "## Accuracy on the realistic corpus (core/src/test/resources/realistic, labels stripped)"
    echo
    python3 "$bench/peers.py" score "$realistic/labels.jsonl" "$realistic/plain" "${scored[@]}"
  } | tee -a "$report"
fi

# --- throughput ---------------------------------------------------------------------------------

# measure_all NAME DIR BYTES: every tool over DIR, taking turns within each run.
measure_all() {
  local name=$1 dir=$2 bytes=$3 run raw="$results/throughput-$1.tsv"
  : >"$raw"
  cat "$dir"/* >/dev/null # the page cache, warm for whichever tool runs first
  for run in $(seq 1 "$runs"); do
    log "$name: run $run of $runs"
    measure "pii-scanner --threads 1" "$run" "0 1" "${pii_scan[@]}" "$dir" >>"$raw"
    measure "@redactpii/node" "$run" "0" node "$peers/peers.mjs" redactpii "$dir" >>"$raw"
    measure "redact-pii" "$run" "0" node "$peers/peers.mjs" redact-pii "$dir" >>"$raw"
    if [[ $slow_peers -eq 1 ]]; then
      measure "@openredaction/openredaction" "$run" "0" node "$peers/peers.mjs" openredaction "$dir" >>"$raw"
    fi
  done
  python3 "$bench/report.py" "$raw" "$bytes"
}

if [[ $do_throughput -eq 1 ]]; then
  # Logs: each log of the realistic corpus repeated to an equal share of --logs-size.
  logs_root="$out/logs-$logs_size"
  logs="$logs_root/data"
  if [[ ! -f "$logs_root/.complete" ]]; then
    log "writing $logs_size of logs in ${logs#"$root"/}"
    rm -rf "$logs_root"
    mkdir -p "$logs"
    sources=("$realistic"/plain/logs/*)
    share=$(($(bytes_of "$logs_size") / ${#sources[@]}))
    for f in "${sources[@]}"; do
      target="$logs/$(basename "$f")"
      : >"$target"
      while [[ $(stat -c %s "$target") -lt $share ]]; do cat "$f" >>"$target"; done
    done
    touch "$logs_root/.complete" # only finished logs are reused
  fi
  logs_bytes=$(find "$logs" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
  {
    echo
    echo "## Throughput on logs (the realistic corpus's $(ls "$realistic/plain/logs" | wc -l) logs repeated, $logs_bytes bytes, about 3 findings per KB; whole process, one thread, median of $runs runs)"
    echo
    measure_all logs "$logs" "$logs_bytes"
  } | tee -a "$report"

  if [[ $(bytes_of "$size") -gt 0 ]]; then
    build_bench_jar
    sparse_corpus "$size" "$seed"
    {
      echo
      echo "## Throughput on the seeded sparse corpus ($corpus_bytes bytes: logs, NDJSON, CSV, text; whole process, one thread, median of $runs runs)"
      echo
      measure_all corpus "$corpus/data" "$corpus_bytes"
    } | tee -a "$report"
  fi
fi

{
  echo
  echo "- Load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
} | tee -a "$report"
ln -sfn "peers-$stamp" "$out/results/latest-peers"
log "report: ${report#"$root"/} (also bench/out/results/latest-peers/)"
