"""A fixed, seeded mix of realistic chat messages: comparisons, single jobs, follow-ups, typos, places, chatter."""

from __future__ import annotations

import random

from knowledge import tsv
from knowledge.paths import DATA_DIR
from testkit import evaluation

TEMPLATES_ONE = [
    "what does a {a} do", "how much do {a}s make", "{a} salary in {place}", "skills for {a}", "{a}",
    "how do i become a {a}", "{a} job outlook", "is {a} a good career", "{a} education requirements",
]
TEMPLATES_TWO = ["{a} vs {b}", "difference between {a} and {b}", "{a} or {b}: which pays more?",
                 "compare {a}, {b} and {c}", "how do i move from {a} to {b}"]
FOLLOW_UPS = ["and skills?", "what about in {place}?", "add {a}", "and the salary?", "duties?", "education"]
PLACES = ["Texas", "TX", "California", "Austin", "Florida", "New York", "Ohio", "Seattle", "Denver", "Georgia"]


def mix(n: int = 1000, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    titles = sorted({r["title"].lower() for r in tsv.read(DATA_DIR / "onet" / "titles.tsv.gz")
                     if r["kind"] == "reported" and len(r["title"]) < 40 and "(" not in r["title"]})
    chatter = evaluation.chatter()
    out = []
    for i in range(n):
        a, b, c = (rng.choice(titles) for _ in range(3))
        if rng.random() < 0.15:
            a = evaluation.with_typo([evaluation.Case(a, frozenset())], seed=i)[0].text
        kind = i % 10
        if kind < 4:
            tpl = rng.choice(TEMPLATES_ONE)
        elif kind < 7:
            tpl = rng.choice(TEMPLATES_TWO)
        elif kind < 9:
            tpl = rng.choice(FOLLOW_UPS)
        else:
            out.append(rng.choice(chatter))
            continue
        out.append(tpl.format(a=a, b=b, c=c, place=rng.choice(PLACES)))
    return out
