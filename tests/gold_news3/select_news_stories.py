#!/usr/bin/env python3
"""Print the reading order from which the documents of this folder were taken.

Usage: python3 select_news_stories.py AQUAINT_JSONL TIMEBANK_JSONL
(the files aquaint_tbaq.jsonl and timebank_tbaq.jsonl of ../shared/eval/timebank/)

Pool: the TimeBank/AQUAINT documents (1989-1998 newswire and broadcast: APW, NYT, ABC, CNN, VOA,
PRI, WSJ, ...) whose text has at most 4000 characters and whose title + text match KW (words of
the project's event types). Order: the pool sorted by docid, shuffled with
random.Random(20261202). The annotator read the documents in that order and kept a document when
it reports at least one event of the ten types and is not a re-send of a document already kept
(README.md lists the documents skipped and why). Standard library only; run once on 2026-12-02.
"""

import json
import random
import re
import sys

KW = re.compile(
    r"\b(sanction\w*|embargo\w*|hostages?|kidnap\w*|prisoners?|freed|releas\w*|pardon\w*|amnest\w*"
    r"|arrest\w*|detain\w*|jail\w*|sentenc\w*|convict\w*|elections?|strikes?|protest\w*|demonstrat\w*"
    r"|riots?|attack\w*|bomb\w*|shell\w*|missiles?|coup|guerrill\w*|talks|negotiat\w*|summit)\b",
    re.I,
)
SEED = 20261202
MAX_CHARS = 4000


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    docs = {}
    for path in argv[1:]:
        with open(path, encoding="utf-8") as fh:
            for d in map(json.loads, filter(str.strip, fh)):
                docs[d["docid"]] = d
    pool = sorted(
        i
        for i, d in docs.items()
        if len(d["text"]) <= MAX_CHARS and KW.search((d.get("title") or "") + "\n" + d["text"])
    )
    random.Random(SEED).shuffle(pool)
    print(f"{len(docs)} documents, {len(pool)} in the pool")
    for k, i in enumerate(pool):
        d = docs[i]
        print(k, i, d["dct"]["value"][:10], len(d["text"]), d.get("title") or d["text"].strip()[:60].replace("\n", " "))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
