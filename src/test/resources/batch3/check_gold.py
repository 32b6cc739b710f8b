#!/usr/bin/env python3
"""Check the hand-written gold files of a folder of cases (batch3/, heldout3/).

Errors: an evidence/quote string that is not a verbatim substring of input.txt, invalid JSON,
a bad date shape, more or less than one current council, a memorandum status or technology label
outside the closed lists, a missing meta.json field, a word count outside 250-900.
Warnings: an official's name or role that does not occur in the text (roles may legitimately be
trimmed, so these are only printed)."""
import json, re, sys, pathlib

TECH = {"artificial intelligence", "5G", "6G", "semiconductors", "high-performance computing",
        "quantum technology", "data", "online platforms", "submarine cables", "connectivity",
        "digital identity", "trust services", "cybersecurity", "digital trade", "online safety"}
STATUS = {"signed", "referenced", "in_preparation", "intended"}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PARTIAL = re.compile(r"^\d{4}(-\d{2})?$")

def quotes(obj, path="$"):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("evidence", "quote") and isinstance(v, str):
                yield f"{path}.{k}", v
            else:
                yield from quotes(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from quotes(v, f"{path}[{i}]")

def dates(obj, path="$"):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ("date", "date_signed", "end_date") and v is not None:
                yield f"{path}.{k}", v, DATE
            elif k == "date_partial" and v is not None:
                yield f"{path}.{k}", v, PARTIAL
            else:
                yield from dates(v, f"{path}.{k}")
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from dates(v, f"{path}[{i}]")

def check(case):
    errs, warns = [], []
    text = (case / "input.txt").read_text(encoding="utf-8")
    gold = json.loads((case / "gold.json").read_text(encoding="utf-8"))
    meta = json.loads((case / "meta.json").read_text(encoding="utf-8"))
    for k in ("title", "source", "published", "language"):
        if k not in meta:
            errs.append(f"meta.json lacks {k}")
    if not DATE.match(meta.get("published") or ""):
        errs.append("meta.published is not YYYY-MM-DD")
    if meta.get("language") != "en":
        errs.append("meta.language is not en")
    words = len(text.split())
    if not 250 <= words <= 900:
        errs.append(f"{words} words")
    if gold.get("doc_id") != case.name:
        errs.append(f"doc_id {gold.get('doc_id')} != {case.name}")
    for p, q in quotes(gold):
        if q not in text:
            errs.append(f"{p} not verbatim: {q!r}")
    for p, v, rx in dates(gold):
        if not rx.match(str(v)):
            errs.append(f"{p} bad date {v!r}")
    cur = [c for c in gold.get("councils", []) if c.get("current")]
    if gold.get("councils") and len(cur) != 1:
        errs.append(f"{len(cur)} current councils")
    for m in gold.get("memoranda", []):
        if m.get("status") not in STATUS:
            errs.append(f"memorandum status {m.get('status')!r}")
    for t in gold.get("technologies", []):
        if t not in TECH:
            errs.append(f"technology {t!r} not in the closed list")
    low = text.lower()
    for o in gold.get("officials", []):
        if o["name"].lower() not in low:
            warns.append(f"name not verbatim: {o['name']!r}")
        if o.get("role") and o["role"].lower() not in low:
            warns.append(f"role not verbatim: {o['role']!r}")
        if o.get("represents") not in gold["partners"] + [None]:
            errs.append(f"official {o['name']} represents {o.get('represents')!r}, not a partner")
    for f in ("partners", "officials", "councils", "memoranda", "initiatives", "technologies",
              "organisations", "events", "next_meeting"):
        if f not in gold:
            errs.append(f"gold lacks {f}")
    return words, errs, warns

def main(folder):
    bad = 0
    for case in sorted(p for p in pathlib.Path(folder).iterdir() if p.is_dir()):
        words, errs, warns = check(case)
        print(f"{case.name}: {words} words, {len(errs)} errors, {len(warns)} warnings")
        for e in errs:
            print("  ERROR", e)
        for w in warns:
            print("  warn ", w)
        bad += len(errs)
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(max(main(f) for f in sys.argv[1:]))
