#!/usr/bin/env python3
"""Turns the raw throughput measurements of bench/run.sh and bench/peers.sh into a Markdown table with
ratios.

Usage: report.py RAW_TSV CORPUS_BYTES
RAW_TSV lines: tool<TAB>run<TAB>wall_ns<TAB>peak_rss_kb<TAB>output_lines<TAB>cpu_seconds, tools in
display order. Medians over the runs of each tool; MB are 10^6 bytes, peak RSS is /usr/bin/time's %M
(KiB), CPU is user + system seconds of all the process's threads. Ratios are printed for the tools
present.
"""
import statistics
import sys

PII_1 = "pii-scanner --threads 1"
PII_2 = "pii-scanner --threads 2"
RG_1 = "rg -o -j1"
RG = "rg -o (default: 2 threads)"
FLOOR = "java read floor (count digits, SWAR)"


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    corpus_bytes = int(argv[1])
    runs = {}
    with open(argv[0]) as f:
        for line in f:
            tool, _, ns, rss, lines, cpu = line.rstrip("\n").split("\t")
            runs.setdefault(tool, []).append((int(ns) / 1e9, int(rss), int(lines), float(cpu)))
    seconds = {t: statistics.median(r[0] for r in rs) for t, rs in runs.items()}
    mbps = {t: corpus_bytes / 1e6 / s for t, s in seconds.items()}
    print("| Tool | Runs | Median time | MB/s | CPU time | Peak RSS | Output lines |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for tool, rs in runs.items():
        rss = statistics.median(r[1] for r in rs) / 1024
        cpu = statistics.median(r[3] for r in rs)
        print(f"| {tool} | {len(rs)} | {seconds[tool]:.2f} s | {mbps[tool]:.1f} | {cpu:.2f} s | {rss:.0f} MiB "
              f"| {rs[-1][2]:,} |")
    print()
    ratios = [(f"{PII_1} / {tool}", PII_1, tool, "") for tool in runs if tool not in (PII_1, PII_2, FLOOR)]
    ratios += [
        (f"{PII_2} / {RG}", PII_2, RG, ""),
        (f"{PII_2} / {PII_1} (speed-up)", PII_2, PII_1, "near-linear: close to 2"),
        (f"{FLOOR} / {RG_1}", FLOOR, RG_1, "a JVM process that only reads and counts digits"),
    ]
    print("| Ratio of throughputs | Value | Note |")
    print("| --- | ---: | --- |")
    for label, a, b, note in ratios:
        if a in mbps and b in mbps:
            print(f"| {label} | {mbps[a] / mbps[b]:.2f}x | {note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
