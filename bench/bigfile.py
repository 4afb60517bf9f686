#!/usr/bin/env python3
"""Writes a large test file by streaming the files of a folder, repeated, into one output of an
exact size, without holding more than one buffer in memory.

Usage: bigfile.py SOURCE_DIR OUTPUT SIZE_BYTES [--single-line]
With --single-line, line breaks become spaces, so the whole output is one line.
The output is written to OUTPUT.tmp and renamed, so an interrupted run leaves no truncated file.
"""
import os
import sys

BUFFER = 1 << 20


def main(argv):
    if len(argv) not in (3, 4) or (len(argv) == 4 and argv[3] != "--single-line"):
        print(__doc__, file=sys.stderr)
        return 2
    source, output, size = argv[0], argv[1], int(argv[2])
    single_line = len(argv) == 4
    inputs = sorted(os.path.join(source, n) for n in os.listdir(source))
    if not inputs:
        print(f"bigfile: no files in {source}", file=sys.stderr)
        return 2
    newlines = bytes.maketrans(b"\r\n", b"  ")
    written = 0
    tmp = output + ".tmp"
    with open(tmp, "wb") as out:
        while written < size:
            for path in inputs:
                with open(path, "rb") as f:
                    while written < size:
                        chunk = f.read(min(BUFFER, size - written))
                        if not chunk:
                            break
                        out.write(chunk.translate(newlines) if single_line else chunk)
                        written += len(chunk)
                if written >= size:
                    break
    os.replace(tmp, output)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
