#!/usr/bin/env python3
"""Time to first finding: runs each command RUNS times and reports the median time from launch to
its first line on standard output (the first finding, with --format jsonl) and to its exit.
hyperfine and a `date +%s%N` loop only see the exit; the first line is what a caller waits for.

Usage: ttff.py RUNS --label LABEL COMMAND... [--label LABEL COMMAND...]...
Each command runs once untimed (to warm the page cache), then the commands take turns, so that
load from elsewhere falls on all of them alike. Prints `LABEL<TAB>first_ms<TAB>exit_ms` (medians)
per command. Fails when a run prints nothing or exits with an error (pii-scanner exits 1 when it
finds something, which is the expected outcome here).
"""
import statistics
import subprocess
import sys
import time


def run_once(command):
    """Returns (ms to the first line, ms to exit), or raises when the run fails."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    line = proc.stdout.readline()
    seen = time.perf_counter()
    _, err = proc.communicate()
    done = time.perf_counter()
    if not line or proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(command)} exited {proc.returncode} with "
                           f"{'output' if line else 'no output'}: {err.decode(errors='replace').strip()[:500]}")
    return (seen - start) * 1000, (done - start) * 1000


def parse(argv):
    commands = []
    i = 0
    while i < len(argv):
        if argv[i] != "--label" or i + 2 >= len(argv):
            raise ValueError("expected --label LABEL COMMAND...")
        label, i = argv[i + 1], i + 2
        start = i
        while i < len(argv) and argv[i] != "--label":
            i += 1
        commands.append((label, argv[start:i]))
    return commands


def main(argv):
    try:
        runs, commands = int(argv[0]), parse(argv[1:])
    except (IndexError, ValueError) as e:
        print(f"ttff: {e}\n{__doc__}", file=sys.stderr)
        return 2
    times = {label: [] for label, _ in commands}
    try:
        for _, command in commands:
            run_once(command)
        for _ in range(runs):
            for label, command in commands:
                times[label].append(run_once(command))
    except RuntimeError as e:
        print(f"ttff: {e}", file=sys.stderr)
        return 1
    for label, _ in commands:
        first = statistics.median(t[0] for t in times[label])
        total = statistics.median(t[1] for t in times[label])
        print(f"{label}\t{first:.0f}\t{total:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
