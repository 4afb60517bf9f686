#!/usr/bin/env python3
"""The realistic corpus for bench/peers.sh: its labels stripped, and each tool's findings scored.

Usage:
  peers.py strip LABELLED_DIR PLAIN_DIR
      Writes each fixture of LABELLED_DIR (the realistic corpus, labels inline as ⟦TYPE value⟧)
      under PLAIN_DIR without its labels, and PLAIN_DIR/../labels.jsonl: one {"path", "start",
      "end", "type"} per label, UTF-8 byte offsets, path relative to PLAIN_DIR. The same reading as
      the tests' Markup class.
  peers.py score LABELS PLAIN_DIR TOOL=FINDINGS.jsonl...
      Scores each tool's findings (JSON lines with path, start, end, type; pii-scanner's jsonl or
      peers.mjs --spans) against the labels and prints a Markdown table per type.

A finding is true when it overlaps a label of its type; a label is found when a finding of its type
overlaps it. Only the types a tool claims to detect are scored for it (its other findings, a
street address or an ISBN, have no labels here and are left out). Sentences (support tickets,
chat) give recall and precision; logs, code and documents give false findings per MB, since most
of what they hold is not personal data.
"""
import json
import os
import re
import sys
from collections import defaultdict

LABEL = re.compile("⟦([A-Z_]+) ([^⟧\n]+)⟧")

# Each tool's type names, mapped to the corpus's label types; a type not listed is not scored.
TYPES = {
    "pii-scanner": {
        "CREDIT_CARD": "CARD", "US_SSN": "SSN", "US_ITIN": "ITIN", "EMAIL_ADDRESS": "EMAIL",
        "PHONE_NUMBER": "PHONE", "IP_ADDRESS": "IP", "IBAN_CODE": "IBAN", "ABA_ROUTING_NUMBER": "ABA",
        "US_BANK_NUMBER": "BANK", "AWS_ACCESS_KEY": "AWS_KEY", "AWS_SECRET_KEY": "AWS_SECRET",
        "CRYPTO": "CRYPTO", "US_PASSPORT": "PASSPORT", "US_DRIVER_LICENSE": "DL", "DATE_OF_BIRTH": "DOB",
    },
    "@redactpii/node": {
        "CREDIT_CARD_NUMBER": "CARD", "US_SOCIAL_SECURITY_NUMBER": "SSN", "EMAIL_ADDRESS": "EMAIL",
        "PHONE_NUMBER": "PHONE",
    },
    "redact-pii": {
        "CREDIT_CARD_NUMBER": "CARD", "US_SOCIAL_SECURITY_NUMBER": "SSN", "EMAIL_ADDRESS": "EMAIL",
        "PHONE_NUMBER": "PHONE", "IP_ADDRESS": "IP",
    },
    "@openredaction/openredaction": {
        "CREDIT_CARD": "CARD", "SSN": "SSN", "EMAIL": "EMAIL", "PHONE_US": "PHONE", "PHONE_UK": "PHONE",
        "PHONE_UK_MOBILE": "PHONE", "PHONE_INTERNATIONAL": "PHONE", "IPV4": "IP", "IPV6": "IP",
        "IBAN": "IBAN", "ROUTING_NUMBER_US": "ABA", "AWS_ACCESS_KEY": "AWS_KEY", "AWS_SECRET_KEY": "AWS_SECRET",
        "BITCOIN_ADDRESS": "CRYPTO", "ETHEREUM_ADDRESS": "CRYPTO", "PASSPORT_US": "PASSPORT",
        "DRIVING_LICENSE_US": "DL", "DATE_OF_BIRTH": "DOB",
    },
}
ORDER = ["CARD", "SSN", "ITIN", "EMAIL", "PHONE", "IP", "IBAN", "ABA", "BANK", "AWS_KEY", "AWS_SECRET",
         "CRYPTO", "PASSPORT", "DL", "DOB"]


def strip(labelled_dir, plain_dir):
    labels = []
    for folder, _, names in os.walk(labelled_dir):
        for name in sorted(names):
            source = os.path.join(folder, name)
            rel = os.path.relpath(source, labelled_dir)
            if rel == "README.md":
                continue
            with open(source, encoding="utf-8") as f:
                text = f.read()
            out = bytearray()
            at = 0
            for m in LABEL.finditer(text):
                out += text[at:m.start()].encode("utf-8")
                value = m.group(2).encode("utf-8")
                labels.append({"path": rel, "start": len(out), "end": len(out) + len(value), "type": m.group(1)})
                out += value
                at = m.end()
            out += text[at:].encode("utf-8")
            target = os.path.join(plain_dir, rel)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(out)
    with open(os.path.join(os.path.dirname(os.path.abspath(plain_dir)), "labels.jsonl"), "w") as f:
        for label in labels:
            f.write(json.dumps(label) + "\n")
    print(f"{len(labels)} labels in {plain_dir}", file=sys.stderr)


def is_sentences(path):
    return path.startswith("sentences/")


def score(labels_file, plain_dir, runs):
    plain_dir = os.path.abspath(plain_dir)
    labels = defaultdict(list)
    with open(labels_file) as f:
        for line in f:
            label = json.loads(line)
            labels[(label["path"], label["type"])].append(label)
    other_bytes = sum(os.path.getsize(os.path.join(folder, n))
                      for folder, _, names in os.walk(plain_dir) for n in names
                      if not is_sentences(os.path.relpath(os.path.join(folder, n), plain_dir)))
    results = {}
    for run in runs:
        tool, _, findings_file = run.partition("=")
        mapping = TYPES[tool]
        found = set()
        true = defaultdict(int)  # true findings in the sentences
        false_sentences = defaultdict(int)
        false_other = defaultdict(int)
        with open(findings_file) as f:
            for line in f:
                if not line.startswith("{"):
                    continue
                finding = json.loads(line)
                kind = mapping.get(finding["type"])
                if kind is None:
                    continue
                path = os.path.relpath(os.path.abspath(finding["path"]), plain_dir)
                hits = [i for i, l in enumerate(labels[(path, kind)])
                        if finding["start"] < l["end"] and l["start"] < finding["end"]]
                if hits:
                    if is_sentences(path):
                        true[kind] += 1
                    found.update((path, kind, i) for i in hits)
                elif is_sentences(path):
                    false_sentences[kind] += 1
                else:
                    false_other[kind] += 1
        results[tool] = (set(mapping.values()), found, true, false_sentences, false_other)

    totals = defaultdict(int)
    for (_, kind), ls in labels.items():
        totals[kind] += len(ls)
    tools = [run.partition("=")[0] for run in runs]
    print("| Type | Labels | " + " | ".join(tools) + " |")
    print("| --- | ---: | " + " | ".join("---" for _ in tools) + " |")
    for kind in ORDER:
        if totals[kind] == 0:
            continue
        cells = []
        for tool in tools:
            scored, found, true, false_sentences, false_other = results[tool]
            if kind not in scored:
                cells.append("not detected")
                continue
            hit = sum(1 for (_, k, _) in found if k == kind)
            recall = hit / totals[kind]
            sentence_findings = true[kind] + false_sentences[kind]
            precision = 1.0 if sentence_findings == 0 else (sentence_findings - false_sentences[kind]) / sentence_findings
            per_mb = false_other[kind] / (other_bytes / 1e6)
            cells.append(f"recall {recall:.0%}, precision {precision:.0%}, {per_mb:.1f} false/MB")
        print(f"| {kind} | {totals[kind]} | " + " | ".join(cells) + " |")
    print()
    print(f"Recall over every label; precision on the labelled sentences; false findings per MB on the "
          f"{other_bytes / 1e6:.2f} MB of logs, code and documents.")


def main(argv):
    if len(argv) == 3 and argv[0] == "strip":
        strip(argv[1], argv[2])
        return 0
    if len(argv) >= 4 and argv[0] == "score":
        score(argv[1], argv[2], argv[3:])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
