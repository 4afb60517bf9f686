# Shared by bench/run.sh, bench/adversarial.sh and bench/peers.sh: sourced, not run. The caller
# sets `script` (its name, for messages) and `results` (the folder its measurements go to) before
# measuring.

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(dirname "$bench")"
out="$bench/out"
bench_jar="$bench/target/benchmarks.jar"
# The JVM options ./pii-scanner runs with, so that the figures are those of the command users run.
jvm_options="$root/cli/jvm.options"
# shellcheck source=cli/jvm.sh
source "$root/cli/jvm.sh"
mkdir -p "$out"

die() { echo "$script: $*" >&2; exit 1; }
log() { echo "== $*" >&2; }

apt_install() {
  local pkg=$1 sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || die "$pkg is missing and this is not root: apt-get install $pkg"
    sudo=(sudo)
  fi
  command -v apt-get >/dev/null || die "$pkg is missing and there is no apt-get: install $pkg"
  log "installing $pkg (apt-get)"
  "${sudo[@]}" apt-get update -qq >/dev/null && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null \
    || die "could not install $pkg"
}

# Sets `jar` to a copy of the CLI jar, built from the current sources.
copy_cli_jar() {
  # The CLI script rebuilds the jar when any source is newer, so the jar measured matches the sources.
  log "checking the pii-scanner jar"
  "$root/pii-scanner" --version >/dev/null || die "could not build cli/target/pii-scanner.jar"
  # Measure a copy: the tree is shared, and a rebuild during the run must not swap the jar under it.
  cp "$root/cli/target/pii-scanner.jar" "$out/pii-scanner.jar"
  jar="$out/pii-scanner.jar"
}

# record_launcher_archive ERRFILE: records, for the copied jar and the java that cli/jvm.sh's
# choose_java chose, the archive ./pii-scanner records for its own jar (an AOT cache on a JDK 25 or
# newer, a CDS archive before, on samples/) and checks that it maps. Sets `pii_java` to the command
# that runs pii-scanner as ./pii-scanner does, up to `-jar`. Recorded again every run: an archive
# only maps for the exact jar and JVM it was made with.
record_launcher_archive() {
  local archive check
  archive="$(archive_of "$out/pii-scanner")"
  log "recording ${archive#"$root"/} on samples/ with $java"
  record_archive "$jvm_options" "$jar" "$archive" "$root/samples" 2>"$1" \
    || die "could not record ${archive#"$root"/}: $(tail -n 3 "$1")"
  archive_options "$archive"
  # -Xshare:on and -XX:AOTMode=on fail instead of silently running without the archive.
  if [[ $archive == *.aot ]]; then check=-XX:AOTMode=on; else check=-Xshare:on; fi
  "$java" @"$jvm_options" "${release_opts[@]}" "${archive_opts[@]}" "$check" -jar "$jar" --version >/dev/null 2>>"$1" \
    || die "${archive#"$root"/} does not map: $(tail -n 3 "$1")"
  pii_java=("$java" @"$jvm_options" "${release_opts[@]}" "${archive_opts[@]}")
}

# The benchmarks jar holds the corpus generators and the read floor; rebuilt when a source is newer.
build_bench_jar() {
  if [[ ! -f "$bench_jar" || -n "$(find "$bench/src" "$root/core/src" -newer "$bench_jar" -print -quit)" ]]; then
    log "building bench/target/benchmarks.jar (corpus generators, read floor, JMH benchmarks)"
    (cd "$root" && ./mvnw -q -B -pl bench -am package -DskipTests) >&2 || die "could not build the bench module"
  fi
}

# sparse_corpus SIZE SEED: sets `corpus` to the seeded sparse corpus of that size (its files in
# $corpus/data), generated once with the benchmarks jar and reused; and `corpus_bytes`.
sparse_corpus() {
  corpus="$out/corpus-$1-seed$2"
  if [[ ! -f "$corpus/.complete" ]]; then
    log "generating a $1 sparse corpus (seed $2) in ${corpus#"$root"/}"
    rm -rf "$corpus"
    java -Xmx1g -cp "$bench_jar" io.piiscanner.core.corpus.SparseCorpus "$corpus" "$1" "$2" >&2 \
      || die "corpus generation failed"
    touch "$corpus/.complete" # only a finished corpus is reused
  fi
  corpus_bytes=$(find "$corpus/data" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
}

# Other work on the machine skews every figure; say so rather than report noise as a result.
warn_if_loaded() {
  if awk -v cores="$(nproc)" '{ exit !($1 > cores / 2) }' /proc/loadavg; then
    log "warning: load average $(cut -d ' ' -f 1 /proc/loadavg) on $(nproc) cores; the figures will be noisy"
  fi
}

# Output of one measured command goes to a file on disk, the same for every tool. Not
# `scan -o /dev/null`: the CLI writes -o FILE through a temporary file renamed over FILE, which for
# /dev/null would mean replacing the device.
# measure NAME RUN OK_EXIT_CODES COMMAND...: appends NAME, RUN, wall ns, peak RSS KiB, output
# lines, CPU seconds (user + system: on the JVM it includes the JIT compiler's and GC's threads).
measure() {
  local name=$1 run=$2 ok=$3
  shift 3
  local file="$results/$(echo "$name" | tr -c 'A-Za-z0-9\n' '_')"
  local start end code=0 rss cpu
  start=$(date +%s%N)
  /usr/bin/time -f '%M %U %S' -o "$file.rss" "$@" >"$file.out" 2>"$file.err" || code=$?
  end=$(date +%s%N)
  [[ " $ok " == *" $code "* ]] || die "$name exited with $code: $(tail -n 3 "$file.err")"
  read -r rss user sys < <(tail -n 1 "$file.rss")
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$run" "$((end - start))" "$rss" "$(wc -l <"$file.out")" "$cpu"
}
