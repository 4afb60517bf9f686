#!/usr/bin/env python3
"""The reference approach pii-scanner is measured against: five unvalidated regular expressions
run with Python's `re` over each whole file read into memory.

The seed material in ../shared/seeds describes the reference scanner (a Lambda function that reads
the whole S3 object into memory) but does not carry its source; the five patterns below are the
ones issue 3 and the benchmark brief name: SSN, any 16 digits possibly separated (card), email,
10-digit phone and IPv4. Nothing is validated: no Luhn, no SSA rules, no context. bench/run.sh
gives ripgrep the same five patterns (REFERENCE_PATTERNS below is the single source: run.sh
reads them with --print-patterns).

Usage: reference_scanner.py PATH...           scan files and folders (recursively, sorted)
       reference_scanner.py --print-patterns  print the five patterns, one per line
Prints one line per match, `path:type:match`, like `rg -o` prints `path:match`.
"""
import os
import re
import sys

REFERENCE_PATTERNS = [
    ("US_SSN", r"\b\d{3}-\d{2}-\d{4}\b"),
    ("CREDIT_CARD", r"\b(?:\d[ -]?){15}\d\b"),
    ("EMAIL_ADDRESS", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"),
    ("PHONE_NUMBER", r"\(?\b\d{3}\)?[-. ]?\d{3}[-. ]?\d{4}\b"),
    ("IP_ADDRESS", r"\b(?:\d{1,3}\.){3}\d{1,3}\b"),
]
COMPILED = [(name, re.compile(pattern)) for name, pattern in REFERENCE_PATTERNS]


def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    yield os.path.join(root, name)
        else:
            yield path


def scan(path, out):
    # The whole object in memory, decoded as the reference does with body.read().decode().
    with open(path, "rb") as f:
        text = f.read().decode("utf-8", errors="replace")
    count = 0
    for name, pattern in COMPILED:
        for match in pattern.finditer(text):
            out.write(f"{path}:{name}:{match.group()}\n")
            count += 1
    return count


def main(argv):
    if argv == ["--print-patterns"]:
        for _, pattern in REFERENCE_PATTERNS:
            print(pattern)
        return 0
    if not argv or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    total = 0
    for path in files(argv):
        total += scan(path, sys.stdout)
    print(f"reference: {total} matches", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
