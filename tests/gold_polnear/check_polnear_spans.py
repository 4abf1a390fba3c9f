#!/usr/bin/env python3
"""Check the PolNeAR event gold annotations against the PolNeAR dev JSONL.

Usage: python3 check_polnear_spans.py DEV_JSONL [--dir FOLDER] [--stats]
(DEV_JSONL: ../shared/eval/polnear/dev.jsonl; FOLDER: this folder by default, ../gold_polnear2 for
the measuring set)

The text checked is the text the product sees (helpers.evaluation.corpora.polnear_article): the
record's `text` as it stands (PolNeAR's text already opens with the title line). PolNeAR has one
record per article and annotator; the texts of one article are identical, the first is used. For
every <article>.gold.json in FOLDER it verifies that
  * the file is named by its `article`, the article is in the JSONL and `published` equals its
    publication_date,
  * `title_words` is the beginning of the text,
  * every event `evidence` is a verbatim (case-sensitive) substring of the text on one line,
  * the well-formedness of types, modalities, dates and counts: the rules of
    ../gold_reuters/check_spans.py, applied by ../gold_news3/check_news_spans.py's check_event
    (loaded from there: one owner).
The set annotates events only (PolNeAR has its own quotation gold), so `quotes` must be empty.
Exits with status 1 if anything fails. --stats prints totals per type / modality.
Standard library only.
"""

import glob
import importlib.util
import json
import os
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
_SPEC = importlib.util.spec_from_file_location(
    "gold_news3_check_news_spans", os.path.join(HERE, "..", "gold_news3", "check_news_spans.py")
)
_NEWS = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_NEWS)
check_event = _NEWS.check_event


def main(argv):
    args = [a for a in argv[1:] if a != "--stats"]
    folder = HERE
    if "--dir" in args:
        i = args.index("--dir")
        if i + 1 >= len(args):
            print("check_polnear_spans.py: --dir needs a folder")
            return 2
        folder = args[i + 1]
        del args[i : i + 2]
    if len(args) != 1:
        print(__doc__)
        return 2
    docs = {}
    with open(args[0], encoding="utf-8") as fh:
        for d in map(json.loads, filter(str.strip, fh)):
            docs.setdefault(d["article"], d)
    files = sorted(glob.glob(os.path.join(folder, "*.gold.json")))
    errors, by_type, by_mod, by_type_mod, asserted = [], Counter(), Counter(), Counter(), 0
    for path in files:
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as fh:
            g = json.load(fh)
        art = str(g.get("article"))
        if name != f"{art}.gold.json":
            errors.append(f"{name}: file name does not match article {art}")
        if art not in docs:
            errors.append(f"{name}: article {art} not in {args[0]}")
            continue
        d = docs[art]
        text = d["text"]
        if g.get("published") != d["publication_date"][:10]:
            errors.append(f"{name}: published {g.get('published')} != {d['publication_date']}")
        if not g.get("title_words") or not text.startswith(g["title_words"]):
            errors.append(f"{name}: title_words {g.get('title_words')!r} do not start the text")
        if g.get("quotes"):
            errors.append(f"{name}: quotes are not annotated in this set")
        for i, e in enumerate(g.get("events", [])):
            check_event(f"{name} event {i} ({e.get('type')})", e, text, errors)
            by_type[e.get("type")] += 1
            by_mod[e.get("modality")] += 1
            by_type_mod[(e.get("type"), e.get("modality"))] += 1
            asserted += e.get("modality") == "asserted"
    for err in errors:
        print("FAIL", err)
    print(f"{len(files)} articles, {sum(by_type.values())} events ({asserted} asserted), {len(errors)} errors")
    if "--stats" in argv:
        print("type x modality:")
        for (t, m), v in sorted(by_type_mod.items()):
            print(f"  {t:18s} {m:13s} {v}")
        for label, counter in (("events per type", by_type), ("events per modality", by_mod)):
            print(label + ":")
            for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"  {k:18s} {v}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
