#!/usr/bin/env python3
"""Check real-text gold annotations against the texts they name (one checker for every set).

Usage: python3 check_spans.py JSONL... [--dir FOLDER] [--stats]

JSONL: the source files of the set's texts (Reuters: reuters21578_sanctions_diplomacy.jsonl;
news: aquaint_tbaq.jsonl timebank_tbaq.jsonl; PolNeAR: polnear/dev.jsonl). FOLDER: the gold folder
(default: the folder of this script, tests/gold_reuters). Each <id>.gold.json names its text by
one key, which says the corpus and how the product builds the text it sees:
  * `newid` (Reuters-21578, helpers.evaluation.reuters.story_article): title + "\\n\\n" + body;
    published = the story's date; `title_words` starts the title;
  * `docid` (TimeBank/AQUAINT, helpers.evaluation.news.document_article): title + "\\n\\n" + the
    stripped text, or the stripped text alone when there is no title; published = the DCT's date;
  * `article` (PolNeAR, helpers.evaluation.corpora.polnear_article): the first record's text as it
    stands; published = publication_date.
For every gold file it verifies that
  * the file is named by its id, the id is in the JSONL files and `published` matches,
  * `title_words` starts the title (Reuters) or the text (the others),
  * every event `evidence` is a verbatim (case-sensitive) substring of the text, on one line,
    and every quote `start` too, directly after an opening mark (" “ or AP's ``); a quote has a
    speaker,
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
OPENING_MARKS = ('"', "“", "``")


def _news_text(d):
    body = d["text"].strip()
    return f"{d['title']}\n\n{body}" if d.get("title") else body


#: id key -> (text the product sees, published date, string that title_words must start)
CORPORA = {
    "newid": (lambda d: d["title"] + "\n\n" + d["body"], lambda d: d["date"][:10], lambda d: d["title"]),
    "docid": (_news_text, lambda d: d["dct"]["value"][:10], _news_text),
    "article": (lambda d: d["text"], lambda d: d["publication_date"][:10], lambda d: d["text"]),
}


def read_texts(paths):
    """{(id key, id): record} of every record of the JSONL files (the first record of an id)."""
    texts = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for d in map(json.loads, filter(str.strip, fh)):
                key = next((k for k in CORPORA if k in d), None)
                if key is not None:
                    texts.setdefault((key, str(d[key])), d)
    return texts


def check_event(tag, e, text, errors):
    """Append to ``errors`` what is wrong with one gold event."""
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


def check_quote(tag, q, text, errors):
    """Append to ``errors`` what is wrong with one gold quotation."""
    st = q.get("start", "")
    if not st or st not in text:
        errors.append(f"{tag}: start not found: {st!r}")
    elif not any(mark + st in text for mark in OPENING_MARKS):
        errors.append(f"{tag}: start does not follow a quotation mark: {st!r}")
    if not q.get("speaker"):
        errors.append(f"{tag}: no speaker")


def check_file(path, texts, errors, totals):
    """Check one gold file; count its events and quotes in ``totals``."""
    name = os.path.basename(path)
    with open(path, encoding="utf-8") as fh:
        g = json.load(fh)
    key = next((k for k in CORPORA if k in g), None)
    if key is None:
        errors.append(f"{name}: names no text (none of {', '.join(CORPORA)})")
        return
    gid = str(g[key])
    if name != f"{gid}.gold.json":
        errors.append(f"{name}: file name does not match {key} {gid}")
    if (key, gid) not in texts:
        errors.append(f"{name}: {key} {gid} not in the JSONL files")
        return
    text_of, published_of, title_of = CORPORA[key]
    d = texts[(key, gid)]
    text = text_of(d)
    if g.get("published") != published_of(d):
        errors.append(f"{name}: published {g.get('published')} != {published_of(d)}")
    if not g.get("title_words") or not title_of(d).startswith(g["title_words"]):
        errors.append(f"{name}: title_words {g.get('title_words')!r} do not start the title")
    for i, e in enumerate(g.get("events", [])):
        check_event(f"{name} event {i} ({e.get('type')})", e, text, errors)
        totals["type"][e.get("type")] += 1
        totals["modality"][e.get("modality")] += 1
        totals["type x modality"][(e.get("type"), e.get("modality"))] += 1
    for i, q in enumerate(g.get("quotes", [])):
        check_quote(f"{name} quote {i}", q, text, errors)
        totals["quotes"][key] += 1


def main(argv):
    args = [a for a in argv[1:] if a != "--stats"]
    folder = os.path.dirname(os.path.abspath(__file__))
    if "--dir" in args:
        i = args.index("--dir")
        if i + 1 >= len(args):
            print("check_spans.py: --dir needs a folder")
            return 2
        folder = args[i + 1]
        del args[i : i + 2]
    if not args:
        print(__doc__)
        return 2
    texts = read_texts(args)
    files = sorted(glob.glob(os.path.join(folder, "*.gold.json")))
    errors, totals = [], {k: Counter() for k in ("type", "modality", "type x modality", "quotes")}
    for path in files:
        check_file(path, texts, errors, totals)
    for err in errors:
        print("FAIL", err)
    n_events, asserted = sum(totals["type"].values()), totals["modality"]["asserted"]
    n_quotes = sum(totals["quotes"].values())
    print(f"{len(files)} texts, {n_events} events ({asserted} asserted), {n_quotes} quotes, {len(errors)} errors")
    if "--stats" in argv:
        for label in ("type", "modality"):
            print(f"events per {label}:")
            for k, v in sorted(totals[label].items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"  {k:18s} {v}")
        print("type x modality:")
        for (t, m), v in sorted(totals["type x modality"].items()):
            print(f"  {t:18s} {m:13s} {v}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
