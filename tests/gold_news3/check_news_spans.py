#!/usr/bin/env python3
"""Check the news gold annotations in this folder against the TimeBank/AQUAINT JSONL files.

Usage: python3 check_news_spans.py AQUAINT_JSONL TIMEBANK_JSONL [--stats]

The text checked is the text the product sees (helpers.evaluation.news.document_article):
title + "\\n\\n" + text with surrounding blank lines dropped, or the stripped text alone when the
document has no title. For every <docid>.gold.json next to this script it verifies that
  * the file is named by its docid, the docid is in the JSONL files and `published` equals the
    date of the document's DCT,
  * `title_words` is the beginning of that text,
  * every event `evidence` is a verbatim (case-sensitive) substring of the text and stays on
    one line, every quote `start` too and directly follows an opening mark (" or ``),
  * the well-formedness of types, modalities, dates and counts, with the rules of
    ../gold_reuters/check_spans.py (imported from there: one owner).
Exits with status 1 if anything fails. --stats prints totals per type / modality.
Standard library only.
"""

import glob
import importlib.util
import json
import os
import sys
from collections import Counter

_SPEC = importlib.util.spec_from_file_location(
    "gold_reuters_check_spans",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold_reuters", "check_spans.py"),
)
_REUTERS = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_REUTERS)
DATE_RE, MODALITIES, TYPES = _REUTERS.DATE_RE, _REUTERS.MODALITIES, _REUTERS.TYPES


def doc_text(d):
    """The text the product sees (as helpers.evaluation.news.document_article builds it)."""
    body = d["text"].strip()
    return f"{d['title']}\n\n{body}" if d.get("title") else body


def check_event(tag, e, text, errors):
    if e.get("type") not in TYPES:
        errors.append(f"{tag}: bad type")
    if e.get("modality") not in MODALITIES:
        errors.append(f"{tag}: bad modality {e.get('modality')!r}")
    ev = e.get("evidence", "")
    if not ev or ev not in text or "\n" in ev:
        errors.append(f"{tag}: evidence not found on one line: {ev!r}")
    for key, ok in (("date", lambda v: DATE_RE.match(str(v))), ("count", lambda v: isinstance(v, int))):
        values = e.get(key)
        if not isinstance(values, list) or not values:
            errors.append(f"{tag}: {key} must be a non-empty list")
        else:
            errors.extend(f"{tag}: bad {key} value {v!r}" for v in values if v is not None and not ok(v))
    if not isinstance(e.get("people", []), list):
        errors.append(f"{tag}: people must be a list")


def main(argv):
    paths = [a for a in argv[1:] if not a.startswith("--")]
    if not paths:
        print(__doc__)
        return 2
    docs = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for d in map(json.loads, filter(str.strip, fh)):
                docs[d["docid"]] = d
    here = os.path.dirname(os.path.abspath(__file__))
    files = sorted(glob.glob(os.path.join(here, "*.gold.json")))
    errors, by_type, by_mod, by_type_mod, n_quotes = [], Counter(), Counter(), Counter(), 0
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as fh:
            g = json.load(fh)
        did = str(g.get("docid"))
        if name != f"{did}.gold.json":
            errors.append(f"{name}: file name does not match docid {did}")
        if did not in docs:
            errors.append(f"{name}: docid {did} not in {', '.join(paths)}")
            continue
        d = docs[did]
        text = doc_text(d)
        if g.get("published") != d["dct"]["value"][:10]:
            errors.append(f"{name}: published {g.get('published')} != DCT {d['dct']['value']}")
        if not g.get("title_words") or not text.startswith(g["title_words"]):
            errors.append(f"{name}: title_words {g.get('title_words')!r} do not start the text")
        for i, e in enumerate(g.get("events", [])):
            check_event(f"{name} event {i} ({e.get('type')})", e, text, errors)
            by_type[e.get("type")] += 1
            by_mod[e.get("modality")] += 1
            by_type_mod[(e.get("type"), e.get("modality"))] += 1
        for i, q in enumerate(g.get("quotes", [])):
            st = q.get("start", "")
            if not st or st not in text:
                errors.append(f"{name} quote {i}: start not found: {st!r}")
            elif ('"' + st) not in text and ("``" + st) not in text:
                errors.append(f"{name} quote {i}: start does not follow a quotation mark: {st!r}")
            if not q.get("speaker"):
                errors.append(f"{name} quote {i}: no speaker")
            n_quotes += 1
    for err in errors:
        print("FAIL", err)
    print(f"{len(files)} documents, {sum(by_type.values())} events, {n_quotes} quotes, {len(errors)} errors")
    if "--stats" in argv:
        for label, counter in (("events per type", by_type), ("events per modality", by_mod)):
            print(label + ":")
            for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"  {k:18s} {v}")
        print("type x modality:")
        for (t, m), v in sorted(by_type_mod.items()):
            print(f"  {t:18s} {m:13s} {v}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
