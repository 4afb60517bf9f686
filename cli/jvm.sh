# What ./pii-scanner and the benchmarks (bench/lib.sh) share: which java runs pii-scanner and the
# archive of classes that the JVM maps at start-up.
# Sourced, not run; nothing here starts a JVM except record_archive, so choosing costs no start-up.
#
# A JDK 25 or newer runs pii-scanner when one is found, with an AOT cache trained on a scan of
# samples/ (JEP 483, 514, 515: its classes loaded and linked, its methods' profiles): 5 to 10% less
# CPU time than JDK 17 with its CDS archive, on a small file and on 64 MB. Older JDKs run with an
# application CDS archive. The bytecode is Java 17 either way. Measured, with the training inputs
# that were tried, in bench/README.md ("JDK 25 and its AOT cache").

# choose_java: sets `java` to the java that runs pii-scanner, `java_release` to its feature release
# (17, 25, ...; 0 when its JDK has no `release` file), `java_identity` to its JDK's home and full
# version and `release_opts` to the options that java needs beyond cli/jvm.options. The java is
# $PII_SCANNER_JAVA when set; else the first JDK 25 or newer among $JAVA_HOME, the JDK of the java
# on PATH and those in /usr/lib/jvm; else the java on PATH.
choose_java() {
  find_java
  release_opts=()
  # From JDK 23 on, the first call of sun.misc.Unsafe's memory methods prints four warnings on
  # stderr (JEP 471, 498); aircompressor's codecs (.zst, Parquet, Avro) make such calls. Older JDKs
  # refuse the option.
  if ((java_release >= 23)); then release_opts+=(--sun-misc-unsafe-memory-access=allow); fi
}

# find_java: sets `java`, `java_release` and `java_identity` as choose_java says.
find_java() {
  local on_path home
  if [[ -n "${PII_SCANNER_JAVA:-}" ]]; then
    java=$PII_SCANNER_JAVA
    read_release "$(jdk_home "$java")"
    return
  fi
  on_path="$(type -P java || true)"
  for home in ${JAVA_HOME:+"$JAVA_HOME"} ${on_path:+"$(jdk_home "$on_path")"} /usr/lib/jvm/*; do
    read_release "$home"
    if ((java_release >= 25)) && [[ -x "$home/bin/java" ]]; then
      java="$home/bin/java"
      return
    fi
  done
  java=${on_path:-java}
  read_release "${on_path:+$(jdk_home "$on_path")}"
}

# jdk_home JAVA: the JDK of a java command, its links resolved (/usr/bin/java is one).
jdk_home() {
  local resolved
  resolved="$(readlink -f "$(type -P "$1" || echo "$1")")"
  echo "${resolved%/bin/java}"
}

# read_release HOME: sets `java_release` and `java_identity` from HOME/release, read by the shell.
read_release() {
  local line version=""
  java_release=0
  if [[ -r "$1/release" ]]; then
    while IFS= read -r line; do
      if [[ $line =~ ^JAVA_VERSION=\"(([0-9]+)[^\"]*)\" ]]; then
        version=${BASH_REMATCH[1]}
        java_release=${BASH_REMATCH[2]}
      fi
    done <"$1/release"
  fi
  java_identity="$1 $version"
}

# archive_of BASE: the archive file for the chosen java: BASE.aot, an AOT cache, on a JDK 25 or
# newer; BASE.jsa, a CDS archive, before.
archive_of() {
  if ((java_release >= 25)); then echo "$1.aot"; else echo "$1.jsa"; fi
}

# record_archive JVM_OPTIONS JAR ARCHIVE SAMPLES: records ARCHIVE (archive_of) with the chosen java
# on a scan of SAMPLES by JAR; the JVM's errors and the scan's summary go to stderr. Fails, leaving
# no archive, when the JVM cannot make one. Written to a temporary file first, so that runs
# starting meanwhile find none or all of it.
record_archive() {
  local options=$1 jar=$2 archive=$3 samples=$4 record code=0
  if [[ $archive == *.aot ]]; then record=-XX:AOTCacheOutput="$archive.tmp"; else record=-XX:ArchiveClassesAtExit="$archive.tmp"; fi
  rm -f "$archive.tmp"
  "$java" @"$options" "${release_opts[@]}" "$record" -Xlog:disable -Xlog:all=error:stderr \
    -jar "$jar" scan "$samples" --format jsonl --threads 1 >/dev/null </dev/null || code=$?
  # A scan exits with 1 when it finds something, as it does in samples/.
  if [[ $code -le 1 && -s "$archive.tmp" ]]; then
    mv -f "$archive.tmp" "$archive"
  else
    rm -f "$archive.tmp"
    return 1
  fi
}

# archive_options ARCHIVE: sets `archive_opts` to the options that run with ARCHIVE. The JVM's
# warnings, such as an archive that no longer maps, go to stderr: stdout carries the report.
archive_options() {
  if [[ $1 == *.aot ]]; then archive_opts=(-XX:AOTCache="$1"); else archive_opts=(-XX:SharedArchiveFile="$1"); fi
  archive_opts+=(-Xlog:disable -Xlog:all=warning:stderr)
}
