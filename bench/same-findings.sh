#!/usr/bin/env bash
# Whether the working tree finds exactly what a git revision finds (issue 20's safety net for
# refactoring the detectors): builds the CLI jar of REV (default HEAD) in a temporary git worktree
# and that of the working tree, scans the same corpora with both (--format jsonl --threads 1) and
# fails with a summary of the differences unless the findings are identical byte for byte.
#
#   bench/same-findings.sh [--sparse SIZE] [--synthetic SIZE] [REV]
#
# Corpora, written under bench/out/same-findings/ by the working tree's generators:
#   realistic  core/src/test/resources/realistic with its labels stripped (bench/peers.py strip)
#   synthetic  the accuracy corpus, CorpusGenerator seed 1 (default 4M)
#   sparse     the bench's sparse corpus, SparseCorpus seed 1 (default 8M)
# and the sparse corpus again with the custom detectors of bench/same-findings.yaml (--config).
set -euo pipefail

script=same-findings
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
root="$(dirname "$bench")"
work="$bench/out/same-findings"

die() { echo "$script: $*" >&2; exit 2; }
log() { echo "== $*" >&2; }

sparse_size=8M
synthetic_size=4M
rev=HEAD
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sparse) sparse_size=${2:?--sparse needs a size}; shift 2 ;;
    --synthetic) synthetic_size=${2:?--synthetic needs a size}; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option $1 (see --help)" ;;
    *) rev=$1; shift ;;
  esac
done
commit=$(git -C "$root" rev-parse --verify --quiet "$rev^{commit}") || die "not a revision: $rev"

rm -rf "$work"
mkdir -p "$work/jars" "$work/corpora"

# The revision's jar, built in a worktree of its own so that the working tree stays as it is.
tree="$work/rev-tree"
log "building the CLI jar of $rev (${commit:0:10})"
git -C "$root" worktree add --detach --quiet "$tree" "$commit" || die "git worktree add failed"
trap 'git -C "$root" worktree remove --force "$tree" >/dev/null 2>&1 || true' EXIT
(cd "$tree" && ./mvnw -B -q -o -pl cli -am package -DskipTests) >"$work/build-rev.log" 2>&1 \
  || die "the build of $rev failed: see ${work#"$root"/}/build-rev.log"
cp "$tree/cli/target/pii-scanner.jar" "$work/jars/rev.jar"

# The working tree's jar, and core's test classpath for the corpus generators.
log "building the CLI jar of the working tree"
(cd "$root" && ./mvnw -B -q -o -pl cli -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.7.0:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt) >"$work/build-tree.log" 2>&1 \
  || die "the build of the working tree failed: see ${work#"$root"/}/build-tree.log"
cp "$root/cli/target/pii-scanner.jar" "$work/jars/tree.jar"
generators="$root/core/target/test-classes:$root/core/target/classes:$(cat "$root/core/target/test-classpath.txt")"

log "writing the corpora"
python3 "$bench/peers.py" strip "$root/core/src/test/resources/realistic" "$work/corpora/realistic" \
  || die "could not strip the labels of the realistic corpus"
java -cp "$generators" io.piiscanner.core.corpus.CorpusGenerator "$work/corpora/synthetic" "$synthetic_size" 1 >/dev/null \
  || die "could not write the synthetic corpus"
java -cp "$generators" io.piiscanner.core.corpus.SparseCorpus "$work/sparse" "$sparse_size" 1 >/dev/null \
  || die "could not write the sparse corpus"
mv "$work/sparse/data" "$work/corpora/sparse"

# Exit status 1 means "found something"; anything above is a failure.
# scan JAR NAME: scans the corpus NAME names (sparse-custom: sparse with the custom detectors).
scan() {
  local jar=$1 name=$2 corpus=${2%-custom} extra=()
  # Read as text, as bench/peers.sh does: the realistic corpus holds a file of mail messages.
  [[ "$corpus" == realistic ]] && extra=(--input-format text)
  [[ "$name" == *-custom ]] && extra=(--config "$bench/same-findings.yaml")
  java -jar "$work/jars/$jar.jar" scan "$work/corpora/$corpus" --format jsonl --threads 1 "${extra[@]}" \
    >"$work/$name.$jar.jsonl" 2>"$work/$name.$jar.err" || [[ $? -eq 1 ]] \
    || die "the $jar jar failed on the $name corpus: $(tail -n 1 "$work/$name.$jar.err")"
}

status=0
for corpus in realistic synthetic sparse sparse-custom; do
  bytes=$(du -sb "$work/corpora/${corpus%-custom}" | cut -f 1)
  scan rev "$corpus"
  scan tree "$corpus"
  lines=$(wc -l <"$work/$corpus.rev.jsonl")
  if cmp -s "$work/$corpus.rev.jsonl" "$work/$corpus.tree.jsonl"; then
    echo "$corpus ($bytes bytes): identical, $lines findings"
  else
    status=1
    echo "$corpus ($bytes bytes): DIFFERENT, $lines findings at $rev, $(wc -l <"$work/$corpus.tree.jsonl") in the working tree"
    diff "$work/$corpus.rev.jsonl" "$work/$corpus.tree.jsonl" | grep '^[<>]' | head -n 10 | cut -c 1-300
    echo "  (full outputs: ${work#"$root"/}/$corpus.rev.jsonl and $corpus.tree.jsonl)"
  fi
done
exit "$status"
