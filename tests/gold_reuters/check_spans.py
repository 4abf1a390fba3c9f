#!/usr/bin/env python3
"""Check the Reuters gold annotations in this folder against the source JSONL.

Usage: python3 check_spans.py /path/to/reuters21578_sanctions_diplomacy.jsonl [--stats] [--dir FOLDER]

For every <newid>.gold.json next to this script (or in FOLDER, e.g. tests/gold_reuters2) it
verifies that
  * the newid exists in the JSONL and `published` equals the story's date (YYYY-MM-DD),
  * `title_words` is the beginning of the story's title,
  * every event `evidence` and every quote `start` is a verbatim (case-sensitive)
    substring of title + "\\n\\n" + body, and each quote `start` directly follows a '"',
  * types, modalities, date values (TIMEX3-like) and counts are well formed.
Exits with status 1 if anything fails. --stats prints totals per type / modality.
Standard library only.
"""

import glob
import json
import os
import re
import sys
from collections import Counter

TYPES = {
    "release",
    "sanction_imposed",
    "sanction_eased",
    "arrest",
    "sentence",
    "negotiation",
    "election",
    "protest",
    "military",
    "designation",
}
MODALITIES = {"asserted", "announced", "promised", "demanded", "denied", "negated", "hypothetical", "generic"}
DATE_RE = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|SP|SU|FA|WI))?$")


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    src = argv[1]
    stats = "--stats" in argv[2:]
    opts = argv[2:]
    here = os.path.dirname(os.path.abspath(__file__))
    if "--dir" in opts:
        if opts.index("--dir") + 1 >= len(opts):
            print("check_spans.py: --dir needs a folder")
            return 2
        here = opts[opts.index("--dir") + 1]
    stories = {}
    with open(src, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line:
                d = json.loads(line)
                stories[d["newid"]] = d
    files = sorted(glob.glob(os.path.join(here, "*.gold.json")))
    errors = []
    by_type, by_mod, by_type_mod = Counter(), Counter(), Counter()
    n_quotes = 0
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as fh:
            g = json.load(fh)
        nid = str(g.get("newid"))
        if name != f"{nid}.gold.json":
            errors.append(f"{name}: file name does not match newid {nid}")
        if nid not in stories:
            errors.append(f"{name}: newid {nid} not in {src}")
            continue
        d = stories[nid]
        text = d["title"] + "\n\n" + d["body"]
        if g.get("published") != d["date"][:10]:
            errors.append(f"{name}: published {g.get('published')} != {d['date'][:10]}")
        tw = g.get("title_words", "")
        if not tw or not d["title"].startswith(tw):
            errors.append(f"{name}: title_words {tw!r} is not the start of {d['title']!r}")
        for i, e in enumerate(g.get("events", [])):
            tag = f"{name} event {i} ({e.get('type')})"
            if e.get("type") not in TYPES:
                errors.append(f"{tag}: bad type")
            if e.get("modality") not in MODALITIES:
                errors.append(f"{tag}: bad modality {e.get('modality')!r}")
            ev = e.get("evidence", "")
            if not ev or ev not in text:
                errors.append(f"{tag}: evidence not found: {ev!r}")
            dates = e.get("date")
            if not isinstance(dates, list) or not dates:
                errors.append(f"{tag}: date must be a non-empty list")
            else:
                for v in dates:
                    if v is not None and not DATE_RE.match(str(v)):
                        errors.append(f"{tag}: bad date value {v!r}")
            counts = e.get("count")
            if not isinstance(counts, list) or not counts:
                errors.append(f"{tag}: count must be a non-empty list")
            else:
                for v in counts:
                    if v is not None and not isinstance(v, int):
                        errors.append(f"{tag}: bad count value {v!r}")
            if not isinstance(e.get("people", []), list):
                errors.append(f"{tag}: people must be a list")
            by_type[e.get("type")] += 1
            by_mod[e.get("modality")] += 1
            by_type_mod[(e.get("type"), e.get("modality"))] += 1
        for i, q in enumerate(g.get("quotes", [])):
            tag = f"{name} quote {i}"
            st = q.get("start", "")
            if not st or st not in text:
                errors.append(f"{tag}: start not found: {st!r}")
            elif ('"' + st) not in text:
                errors.append(f"{tag}: start does not follow a quotation mark: {st!r}")
            if not q.get("speaker"):
                errors.append(f"{tag}: no speaker")
            n_quotes += 1
    for err in errors:
        print("FAIL", err)
    n_events = sum(by_type.values())
    print(f"{len(files)} stories, {n_events} events, {n_quotes} quotes, {len(errors)} errors")
    if stats:
        print("events per type:")
        for k, v in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:18s} {v}")
        print("events per modality:")
        for k, v in sorted(by_mod.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {k:18s} {v}")
        print("type x modality:")
        for (t, m), v in sorted(by_type_mod.items()):
            print(f"  {t:18s} {m:13s} {v}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
