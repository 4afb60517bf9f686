#!/usr/bin/env bash
# Whole-process timing of pii-scanner on inputs dense in candidates (issue 14): one-digit numbers,
# counting runs, random digit groups, IPv4 addresses, email addresses and grouped card numbers,
# each as one long line and as lines of 100 bytes, at one or more sizes. Prints MB/s, findings per
# second and how much slower one long line is than the same bytes in short lines. The inputs come
# from io.piiscanner.core.linear.AdversarialShape, the shapes core's LinearWorkTest bounds the work
# of. Prints a Markdown report and keeps it, with the raw numbers, under bench/out/results/.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/adversarial.sh [options]
  --sizes LIST     comma-separated input sizes, bytes with an optional K, M or G suffix (default 1M,16M)
  --runs N         runs per input; the median is reported (default 1)
  --timeout SECS   a run still going after this long is stopped and reported as such (default 120)
  -h, --help       this help
The inputs are kept in bench/out/adversarial-SIZE/ (git-ignored) and reused.
USAGE
}

script=bench/adversarial.sh
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

sizes=1M,16M
runs=1
timeout_s=120
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) [[ $# -ge 2 ]] || die "--sizes needs a value"; sizes=$2; shift 2 ;;
    --runs) [[ $# -ge 2 ]] || die "--runs needs a value"; runs=$2; shift 2 ;;
    --timeout) [[ $# -ge 2 ]] || die "--timeout needs a value"; timeout_s=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option: $1" ;;
  esac
done
[[ $sizes =~ ^[0-9]+[KkMmGg]?(,[0-9]+[KkMmGg]?)*$ ]] || die "--sizes must be sizes with an optional K, M or G suffix, separated by commas: $sizes"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive number: $runs"
[[ $timeout_s =~ ^[1-9][0-9]*$ ]] || die "--timeout must be a positive number of seconds: $timeout_s"
IFS=, read -r -a size_list <<<"$sizes"

command -v java >/dev/null || die "java is missing: a JDK 17 or newer is needed"
command -v python3 >/dev/null || die "python3 is missing: it writes the report"
command -v timeout >/dev/null || die "timeout (coreutils) is missing"
[[ -x /usr/bin/time ]] || apt_install time
copy_cli_jar
build_bench_jar

for size in "${size_list[@]}"; do
  dir="$out/adversarial-$size"
  if [[ ! -f "$dir/.complete" ]]; then
    log "writing the adversarial inputs of $size into ${dir#"$root"/}"
    rm -rf "$dir"
    java -cp "$bench_jar" io.piiscanner.core.linear.AdversarialShape "$dir" "$size" >/dev/null || die "could not write the inputs"
    touch "$dir/.complete" # only finished inputs are reused
  fi
done

warn_if_loaded
stamp=$(date -u +%Y%m%dT%H%M%SZ)
results="$out/results/$stamp-adversarial"
mkdir -p "$results"
report="$results/report.md"
{
  echo "# pii-scanner on adversarial inputs, $stamp"
  echo
  echo "- Machine: $(nproc) vCPU $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(free -g | awk '/^Mem:/ { print $2 }') GiB RAM"
  echo "- $(java -version 2>&1 | head -n 1); JVM options of pii-scanner (cli/jvm.options): $(grep -v '^#' "$jvm_options" | xargs)"
  echo "- Sources: commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown), $(git -C "$root" status --porcelain -- core cli 2>/dev/null | wc -l) files changed since in core/ and cli/"
  echo "- Command: java @cli/jvm.options -jar pii-scanner.jar scan FILE --format jsonl --threads 1, whole process; runs stopped after $timeout_s s"
  echo "- Load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
} | tee "$report"

raw="$results/adversarial.tsv"
: >"$raw"
for run in $(seq 1 "$runs"); do
  for size in "${size_list[@]}"; do
    for file in "$out/adversarial-$size"/*.txt; do
      name="$(basename "$file" .txt) $size"
      log "run $run of $runs: $name"
      # 124: stopped by timeout; the report shows the run as stopped rather than as a time.
      measure "$name" "$run" "0 1 124" timeout "$timeout_s" java @"$jvm_options" -jar "$jar" scan "$file" --format jsonl --threads 1 >>"$raw"
    done
  done
done

{
  echo
  python3 "$bench/adversarial_report.py" "$raw" "$timeout_s" "$out"
  echo
  echo "- Load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
} | tee -a "$report"
log "report: ${report#"$root"/}"
