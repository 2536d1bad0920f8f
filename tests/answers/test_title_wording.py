"""Every title read in a sentence (singular or plural) over all occupations: no '--', no broken plural, acronyms
kept ("helper to carpenters", "CNC tool programmers", never "helpers--carpenter" or "coachs")."""

from __future__ import annotations

import re

from bot.answers.wording import plural, singular


def test_every_title_reads_well_in_a_sentence(store):
    bad = []
    for code in store.codes():
        profile = store.profile(code)
        acronyms = [w.rstrip("s") for w in re.findall(r"\b[A-Z]{2,}s?\b", profile.title)]
        for form in (singular(profile), plural(profile)):
            if "--" in form or re.search(r"(?:ch|sh|x|ss)s\b", form) or any(a not in form for a in acronyms):
                bad.append((profile.title, form))
    assert len(store.codes()) > 1000 and not bad, bad[:10]


def test_helpers_read_as_helpers_to_their_trade(store):
    assert singular(store.profile("47-3012.00")) == "helper to carpenters"
    assert plural(store.profile("47-3015.00")) == "helpers to pipelayers"
    assert singular(store.profile("49-9098.00")) == "helper to installation, maintenance, and repair workers"
