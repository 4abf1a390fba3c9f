#!/usr/bin/env python3
"""Print the reading order from which the 25 stories of this folder were taken.

Usage: python3 select_stories.py /path/to/reuters21578_sanctions_diplomacy.jsonl

Pool: stories of the JSONL that are not among the 35 of ../gold_reuters/, whose body has at most
3000 characters and whose title or first 400 characters of body match KW (words of the project's
event types; "talks"/"negotiations" left out because they draw mostly trade and budget stories).
Order: the pool sorted by newid, shuffled with random.Random(20261201). The annotator read the
stories in that order and kept a story when it reports at least one event of the ten types and
is not a re-send of a story already kept (README.md lists the stories skipped and why); stopped
at 25. Standard library only; run once on 2026-12-01.
"""

import json
import os
import random
import re
import sys

KW = re.compile(
    r"\b(sanction\w*|embargo\w*|hostages?|kidnap\w*|prisoners?|freed|arrest\w*|detain\w*|jail\w*"
    r"|sentenc\w*|convict\w*|elections?|strikes?|protest\w*|demonstrat\w*|riots?|attack\w*|bomb\w*"
    r"|shell\w*|missiles?|coup|guerrill\w*)\b",
    re.I,
)
SEED = 20261201


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    gold1 = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "gold_reuters")
    done = {f.split(".")[0] for f in os.listdir(gold1) if f.endswith(".gold.json")}
    with open(argv[1], encoding="utf-8") as fh:
        stories = {d["newid"]: d for d in map(json.loads, filter(str.strip, fh))}
    pool = sorted(
        (
            i
            for i, d in stories.items()
            if i not in done and len(d["body"]) <= 3000 and KW.search(d["title"] + "\n" + d["body"][:400])
        ),
        key=int,
    )
    random.Random(SEED).shuffle(pool)
    print(f"{len(stories)} stories, {len(pool)} in the pool")
    for k, i in enumerate(pool):
        print(k, i, stories[i]["date"][:10], stories[i]["title"])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
