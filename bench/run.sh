#!/usr/bin/env bash
# Whole-process benchmark of pii-scanner against the reference approach (five regexes with
# Python's re over each whole file, bench/reference_scanner.py) and ripgrep (`rg -o`, the same
# five regexes), side by side on the same files in one run; then bounded memory (a 2 GB file and
# a single 1 GB line under -Xmx128m) and start-up (time to first finding for a 1 KB file, with and
# without class-data sharing). Also times a Java process that only reads the corpus and counts its
# digits eight bytes at a time (one pass over the bytes, no detection: a floor for the JVM), and
# 1 against 2 threads on a longer run (the corpus given several times over). Prints a Markdown
# report and keeps it, with the raw numbers, under bench/out/results/. See bench/README.md.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/run.sh [options]
  --size SIZE         corpus size, bytes with an optional K, M or G suffix (default 256M)
  --seed N            corpus seed (default 1)
  --runs N            runs per tool for throughput; the median is reported (default 3)
  --scaling-passes N  also time 1 and 2 threads on the corpus given N times over, a run long
                      enough for the JIT compiler's work to be a small part (default 4; 0 skips)
  --startup-runs N    runs per JVM setting for start-up (default 10)
  --no-throughput     skip the throughput comparison
  --no-memory         skip the 2 GB file and 1 GB line runs (they take a few minutes)
  --no-startup        skip the start-up measurements
  -h, --help          this help
The corpus, the large files and the CDS archive are kept in bench/out/ (git-ignored) and reused.
Run on a quiet machine: the load average is printed before and after.
EOF
}

script=bench/run.sh
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

size=256M
seed=1
runs=3
scaling_passes=4
startup_runs=10
do_throughput=1
do_memory=1
do_startup=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) [[ $# -ge 2 ]] || die "--size needs a value"; size=$2; shift 2 ;;
    --seed) [[ $# -ge 2 ]] || die "--seed needs a value"; seed=$2; shift 2 ;;
    --runs) [[ $# -ge 2 ]] || die "--runs needs a value"; runs=$2; shift 2 ;;
    --scaling-passes) [[ $# -ge 2 ]] || die "--scaling-passes needs a value"; scaling_passes=$2; shift 2 ;;
    --startup-runs) [[ $# -ge 2 ]] || die "--startup-runs needs a value"; startup_runs=$2; shift 2 ;;
    --no-throughput) do_throughput=0; shift ;;
    --no-memory) do_memory=0; shift ;;
    --no-startup) do_startup=0; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done
[[ $size =~ ^[0-9]+[KkMmGg]?$ ]] || die "--size must be a number of bytes with an optional K, M or G suffix: $size"
[[ $seed =~ ^[0-9]+$ ]] || die "--seed must be a number: $seed"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive number: $runs"
[[ $scaling_passes =~ ^[0-9]+$ ]] || die "--scaling-passes must be a number: $scaling_passes"
[[ $startup_runs =~ ^[1-9][0-9]*$ ]] || die "--startup-runs must be a positive number: $startup_runs"

# --- tools --------------------------------------------------------------------------------------

command -v java >/dev/null || die "java is missing: a JDK 17 or newer is needed"
command -v python3 >/dev/null || die "python3 is missing: the reference scanner is a Python script"
command -v rg >/dev/null || apt_install ripgrep
[[ -x /usr/bin/time ]] || apt_install time

copy_cli_jar

# --- corpus -------------------------------------------------------------------------------------

build_bench_jar

sparse_corpus "$size" "$seed"
data="$corpus/data"
corpus_files=$(find "$data" -type f | wc -l)

warn_if_loaded

stamp=$(date -u +%Y%m%dT%H%M%SZ)
results="$out/results/$stamp"
mkdir -p "$results"
report="$results/report.md"

# measure_threads RUN INPUT...: pii-scanner with 1 thread, then 2, over the inputs.
measure_threads() {
  local run=$1 threads
  shift
  for threads in 1 2; do
    measure "pii-scanner --threads $threads" "$run" "0 1" java @"$jvm_options" -jar "$jar" scan "$@" --format jsonl --threads "$threads"
  done
}

{
  echo "# pii-scanner benchmark, $stamp"
  echo
  echo "- Machine: $(nproc) vCPU $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM"
  echo "- $(java -version 2>&1 | head -n 1); $(python3 --version); $(rg --version | head -n 1)"
  echo "- JVM options of pii-scanner (cli/jvm.options): $(grep -v '^#' "$jvm_options" | xargs)"
  echo "- Sources: commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), $(git -C "$root" status --porcelain -- core cli 2>/dev/null | wc -l) files changed since in core/ and cli/"
  echo "- Load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
  echo "- Corpus: ${corpus#"$root"/}/data, $corpus_files files, $corpus_bytes bytes (seeded sparse corpus: logs, NDJSON, CSV, text; one value per 2-10 KB, decoys)"
} | tee "$report"

# --- throughput ---------------------------------------------------------------------------------

if [[ $do_throughput -eq 1 ]]; then
  mapfile -t patterns < <(python3 "$bench/reference_scanner.py" --print-patterns)
  rg_args=(--no-config --no-ignore -o)
  for p in "${patterns[@]}"; do rg_args+=(-e "$p"); done

  # Warm the page cache so every tool reads from memory, whichever runs first.
  cat "$data"/* >/dev/null

  raw="$results/throughput.tsv"
  : >"$raw"
  # Tools take turns within each run, so a burst of load from elsewhere hits them all alike.
  for run in $(seq 1 "$runs"); do
    log "throughput run $run of $runs"
    measure_threads "$run" "$data" >>"$raw"
    measure "reference (Python re, whole file)" "$run" "0" python3 "$bench/reference_scanner.py" "$data" >>"$raw"
    measure "rg -o -j1" "$run" "0 1" rg -j1 "${rg_args[@]}" "$data" >>"$raw"
    measure "rg -o (default: 2 threads)" "$run" "0 1" rg "${rg_args[@]}" "$data" >>"$raw"
    measure "java read floor (count digits, SWAR)" "$run" "0" java -cp "$bench_jar" io.piiscanner.bench.ReadFloor "$data" >>"$raw"
  done
  {
    echo
    echo "## Throughput (whole process, median of $runs runs, MB = 10^6 bytes)"
    echo
    python3 "$bench/report.py" "$raw" "$corpus_bytes"
  } | tee -a "$report"
fi

# --- scaling on a longer run --------------------------------------------------------------------

if [[ $scaling_passes -gt 0 ]]; then
  # The JIT compiler works for a few CPU-seconds whatever the input's size, on the second core
  # while one thread scans: over the corpus once it is a large part of the run; given several
  # times over, the scan's own speed-up shows.
  folders=()
  for _ in $(seq 1 "$scaling_passes"); do folders+=("$data"); done
  raw="$results/scaling.tsv"
  : >"$raw"
  for run in $(seq 1 "$runs"); do
    log "scaling run $run of $runs (corpus x$scaling_passes)"
    measure_threads "$run" "${folders[@]}" >>"$raw"
  done
  {
    echo
    echo "## Threads on a longer run (the corpus given $scaling_passes times, median of $runs runs)"
    echo
    python3 "$bench/report.py" "$raw" "$((corpus_bytes * scaling_passes))"
  } | tee -a "$report"
fi

# --- memory -------------------------------------------------------------------------------------

if [[ $do_memory -eq 1 ]]; then
  big="$corpus/big-2g.log"
  line="$corpus/one-line-1g.txt"
  if [[ ! -f "$big" ]]; then
    log "writing a 2 GiB file from the corpus (streamed)"
    python3 "$bench/bigfile.py" "$data" "$big" $((2 << 30)) || die "could not write $big"
  fi
  if [[ ! -f "$line" ]]; then
    log "writing a single 1 GiB line from the corpus (streamed)"
    python3 "$bench/bigfile.py" "$data" "$line" $((1 << 30)) --single-line || die "could not write $line"
  fi
  {
    echo
    echo "## Bounded memory (java -Xmx128m, --threads 1, one run each)"
    echo
    echo "| Input | Size | Time | MB/s | Peak RSS | Exit | Result |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
  } | tee -a "$report"
  for f in "$big" "$line"; do
    log "scanning ${f#"$root"/} with -Xmx128m"
    name="memory $(basename "$f")"
    file="$results/$(echo "$name" | tr -c 'A-Za-z0-9\n' '_')"
    start=$(date +%s%N)
    code=0
    /usr/bin/time -f '%M' -o "$file.rss" java @"$jvm_options" -Xmx128m -jar "$jar" scan "$f" --format jsonl --threads 1 \
      >"$file.out" 2>"$file.err" || code=$?
    end=$(date +%s%N)
    bytes=$(stat -c %s "$f")
    ns=$((end - start))
    if [[ $code -le 1 ]]; then
      result="ok, $(wc -l <"$file.out") findings"
    else
      result="FAILED: $(grep -m 1 -E 'Error|Exception|error' "$file.err" || tail -n 1 "$file.err")"
    fi
    awk -v n="$(basename "$f")" -v b="$bytes" -v ns="$ns" -v rss="$(tail -n 1 "$file.rss")" -v code="$code" -v r="$result" \
      'BEGIN { printf "| %s | %.2f GB | %.1f s | %.1f | %.0f MiB | %d | %s |\n", n, b / 1e9, ns / 1e9, b / 1e6 / (ns / 1e9), rss / 1024, code, r }' \
      | tee -a "$report"
  done
fi

# --- start-up -----------------------------------------------------------------------------------

if [[ $do_startup -eq 1 ]]; then
  # A 1 KB log excerpt with one card (the Visa test number) and one email address.
  small="$out/startup-1k.log"
  {
    echo "2024-03-15T10:22:33.123Z INFO  [main] c.a.p.PaymentController - starting payments-api, profile=prod"
    echo "2024-03-15T10:22:34.001Z WARN  [http-nio-8080-exec-3] c.a.p.ChargeService - charge declined: card=4111 1111 1111 1111 reason=do_not_honor"
    echo "2024-03-15T10:22:34.950Z INFO  [http-nio-8080-exec-7] c.a.p.AuthFilter - password reset requested for jane.roe@fastmail.com"
    for i in 1 2 3 4 5 6; do
      echo "2024-03-15T10:22:3$i.000Z DEBUG [scheduler-1] c.a.l.LedgerWriter - flushed $((i * 17)) ledger entries to partition $i in $((i * 3)) ms"
    done
  } >"$small"

  # The java on PATH with its application CDS archive, then the java ./pii-scanner chooses
  # (cli/jvm.sh) with its archive: an AOT cache on a JDK 25 or newer.
  PII_SCANNER_JAVA="$(type -P java)" choose_java
  record_launcher_archive "$results/archive.err"
  path_java=("${pii_java[@]}")
  choose_java
  record_launcher_archive "$results/archive.err"

  {
    echo
    echo "## Start-up: a 1 KB file with 2 findings (median of $startup_runs runs, taking turns)"
    echo
    echo "- java on PATH: $(java -version 2>&1 | head -n 1); ./pii-scanner's: $("$java" -version 2>&1 | head -n 1)"
    echo
    echo "| How | First finding | Exit |"
    echo "| --- | ---: | ---: |"
  } | tee -a "$report"
  # JVM warnings go to stderr, so that the first line of output is a finding whatever happens.
  scan_small=(-jar "$jar" scan "$small" --format jsonl)
  # The script rebuilds its jar if a source changed during the run: let it do so untimed.
  "$root/pii-scanner" --version >/dev/null || die "./pii-scanner --version failed"
  python3 "$bench/ttff.py" "$startup_runs" \
    --label "java -Xshare:off (no CDS)" java -Xshare:off @"$jvm_options" -Xlog:all=warning:stderr "${scan_small[@]}" \
    --label "java (default: the JDK's CDS archive)" java @"$jvm_options" -Xlog:all=warning:stderr "${scan_small[@]}" \
    --label "java -XX:SharedArchiveFile (AppCDS)" "${path_java[@]}" "${scan_small[@]}" \
    --label "AppCDS + -XX:TieredStopAtLevel=1" "${path_java[@]}" -XX:TieredStopAtLevel=1 "${scan_small[@]}" \
    --label "./pii-scanner's java (JDK $java_release) and archive" "${pii_java[@]}" "${scan_small[@]}" \
    --label "./pii-scanner script (its own archive)" "$root/pii-scanner" scan "$small" --format jsonl \
    >"$results/startup.tsv" || die "a start-up run failed"
  awk -F '\t' '{ printf "| %s | %s ms | %s ms |\n", $1, $2, $3 }' "$results/startup.tsv" | tee -a "$report"
fi

{
  echo
  echo "- Load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
} | tee -a "$report"
ln -sfn "$stamp" "$out/results/latest"
log "report: ${report#"$root"/} (also bench/out/results/latest/)"
