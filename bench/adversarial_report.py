#!/usr/bin/env python3
"""Turns bench/adversarial.sh's raw measurements into Markdown tables.

Usage: adversarial_report.py RAW_TSV TIMEOUT_SECONDS OUT_DIR
RAW_TSV lines: "SHAPE-LAYOUT SIZE"<TAB>run<TAB>wall_ns<TAB>peak_rss_kb<TAB>findings<TAB>cpu_seconds.
The input files are OUT_DIR/adversarial-SIZE/SHAPE-LAYOUT.txt. Medians over runs; MB are 10^6 bytes;
a run that reached the timeout is shown as stopped, with no rate.
"""
import os
import statistics
import sys

LAYOUTS = {"line": "one line", "lines": "lines of 100 B"}


def main(argv):
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    raw, timeout, out = argv[0], float(argv[1]), argv[2]
    runs = {}
    with open(raw) as f:
        for line in f:
            name, _, ns, rss, findings, cpu = line.rstrip("\n").split("\t")
            runs.setdefault(name, []).append((int(ns) / 1e9, int(rss), int(findings), float(cpu)))
    rows = {}
    print("| Shape | Layout | Size | Time | MB/s | Findings | Findings/s | CPU time | Peak RSS |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, rs in runs.items():
        stem, size = name.rsplit(" ", 1)
        shape, layout = stem.rsplit("-", 1)
        nbytes = os.path.getsize(os.path.join(out, "adversarial-" + size, stem + ".txt"))
        seconds = statistics.median(r[0] for r in rs)
        stopped = seconds >= timeout
        findings = rs[-1][2]
        rate = None if stopped else nbytes / 1e6 / seconds
        rows[(shape, size, layout)] = (seconds, rate)
        time = f"> {timeout:.0f} s (stopped)" if stopped else f"{seconds:.2f} s"
        mbps = "" if stopped else f"{rate:.1f}"
        per_second = "" if stopped or findings == 0 else f"{findings / seconds:,.0f}"
        print(f"| {shape} | {LAYOUTS[layout]} | {nbytes / 1e6:.1f} MB | {time} | {mbps} | "
              f"{'' if stopped else f'{findings:,}'} | {per_second} | {statistics.median(r[3] for r in rs):.2f} s | "
              f"{statistics.median(r[1] for r in rs) / 1024:.0f} MiB |")
    print()
    print("| Shape | Size | One line / lines of 100 B (speed; issue 14: at least 0.5) |")
    print("| --- | ---: | ---: |")
    for (shape, size, layout), (seconds, rate) in rows.items():
        if layout != "line":
            continue
        short = rows.get((shape, size, "lines"))
        if short is None or short[1] is None:
            continue
        ratio = "stopped" if rate is None else f"{rate / short[1]:.2f}"
        print(f"| {shape} | {size} | {ratio} |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
