"""A description of work that no example description comes near, and no off-topic example either, is still read as
a description when its words come close to one occupation's work; chatter stays chatter."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, soc", [
    ("bangs the gavel and sentences people in court", "23-1023"),
    ("gets elected and votes on new laws for the state", "11-1031"),
])
def test_a_description_far_from_chatter_is_searched(conversation, text, soc):
    reply, _ = conversation.reply(text)
    assert reply.results and any(r["code"].startswith(soc) for r in reply.results[:5]), (text, reply.text[:120])


@pytest.mark.parametrize("text", ["can you order me a taxi", "order a pizza", "chocolate cake recipe",
                                  "summer vacation plans"])
def test_chatter_is_no_description(understand, text):
    assert understand(text).intent not in ("search", "job", "compare"), text
