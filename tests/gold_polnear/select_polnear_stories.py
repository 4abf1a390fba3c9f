#!/usr/bin/env python3
"""Print the reading order from which the articles of this folder and of ../gold_polnear2 were taken.

Usage: python3 select_polnear_stories.py DEV_JSONL
(the file dev.jsonl of ../shared/eval/polnear/)

PolNeAR dev holds one record per article AND annotator: records are deduplicated by `article`
(the first record of each article is kept; the texts of one article are identical). Pool: the
unique articles whose title + text match KW (words of the project's event types, loaded from
../gold_news3/select_news_stories.py: one owner). Order: the pool sorted by article name, shuffled with
random.Random(20261203). The annotator read the articles in that order and kept an article when it
reports at least one event of the ten types; the first 20 kept form the dev set (this folder), the
next 10 the measuring set ../gold_polnear2 (README.md lists the articles skipped and why).
Standard library only; run once on 2026-12-02.
"""

import importlib.util
import json
import os
import random
import sys

_SPEC = importlib.util.spec_from_file_location(
    "gold_news3_select",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold_news3", "select_news_stories.py"),
)
_NEWS = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_NEWS)
KW = _NEWS.KW  # one owner: the event keywords of the news set's selection
SEED = 20261203


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    docs = {}
    with open(argv[1], encoding="utf-8") as fh:
        for d in map(json.loads, filter(str.strip, fh)):
            docs.setdefault(d["article"], d)
    pool = sorted(a for a, d in docs.items() if KW.search((d.get("title") or "") + "\n" + d["text"]))
    random.Random(SEED).shuffle(pool)
    print(f"{len(docs)} articles, {len(pool)} in the pool")
    for k, a in enumerate(pool):
        d = docs[a]
        print(k, a, d["publication_date"], len(d["text"]), (d.get("title") or "")[:70])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
