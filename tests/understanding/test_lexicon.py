"""The curated lexicon (knowledge/data/lexicon/): every entry reaches its occupations, and everyday words
(slang, gig work, tech shorthand, abbreviations) are understood in a message."""

from __future__ import annotations

import pytest

from bot.understanding import groups
from knowledge.paths import DATA_DIR
from knowledge.sources.titlelists import generic_words, lexicon

ENTRIES = lexicon(DATA_DIR)
GENERIC = generic_words(DATA_DIR)


def socs(req):
    return [m.code.split(".")[0] for m in req.occupations]


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["phrase"] for e in ENTRIES])
def test_every_lexicon_entry_is_understood_as_written(understand, entry):
    """One target: answered with it. Several: a question with exactly those occupations first."""
    req = understand(f"{entry['phrase']} salary")
    assert len(req.occupations) == 1, entry
    mention = req.occupations[0]
    wanted = [t.split(".")[0] if "." not in t else t for t in entry["targets"]]
    if len(wanted) == 1:
        assert mention.confident and mention.code.startswith(wanted[0]), (entry, mention)
    else:
        assert not mention.confident, entry
        offered = [c.code for c in mention.candidates[: len(wanted)]]
        assert sorted(c[:7] for c in offered) == sorted(w[:7] for w in wanted), (entry, offered)


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["phrase"] for e in ENTRIES])
def test_every_lexicon_entry_names_its_basis_and_category(entry):
    assert entry["category"] in {"slang", "informal", "gig", "tech", "abbreviation"}
    assert len(entry["basis"]) > 10


@pytest.mark.parametrize("text, soc", [
    ("how much does a cop make", "33-3051"),
    ("what does a shrink do", "29-1223"),
    ("vet salary in Texas", "29-1131"),
    ("trucker vs uber driver", "53-3032"),
    ("bouncer", "33-9032"),
    ("lyft driver salary", "53-3054"),
    ("doordash driver", "53-3031"),
    ("sysadmin salary", "15-1244"),
    ("IT guy", "15-1232"),
    ("help desk", "15-1232"),
    ("devops salary", "15-1252"),
    ("travel nurse pay", "29-1141"),
    ("mayor", "11-1011"),
    ("au pair", "39-9011"),
    ("line cook salary", "35-2014"),
])
def test_everyday_words_in_messages(understand, text, soc):
    req = understand(text)
    assert req.occupations and req.occupations[0].confident, text
    assert socs(req)[0] == soc, (text, socs(req))


def test_influencer_is_a_question_not_models(understand):
    """O*NET files 'Influencer' under models; nobody means that. The bot asks instead of answering."""
    mention = understand("influencer salary").occupations[0]
    assert not mention.confident
    assert mention.candidates[0].code.startswith(("13-1161", "27-3031"))


@pytest.mark.parametrize("g", GENERIC, ids=[g["word"] for g in GENERIC])
def test_every_generic_word_names_its_group(understand, store, g):
    mention = understand(g["word"]).occupations[0]
    assert mention.generic == g["word"] and mention.groups == g["groups"].split("|")
    members = groups.members(mention.groups, store.occupation_facts())
    assert len(members) >= 2, g
    if g["lead"]:
        assert mention.confident and mention.code.split(".")[0] == g["lead"].split(".")[0]
    else:
        assert not mention.confident  # never one specialty picked silently
        assert [c.code for c in mention.candidates] == members[: len(mention.candidates)]
