"""The prompts that ask for a job read as sentences: no doubled punctuation after an example ("…and skills?.")."""

from __future__ import annotations

import pytest

from bot.answers import texts
from tests.helpers import plain


@pytest.mark.parametrize("text", [texts.NO_JOB_YET, texts.FORGOTTEN])
def test_a_prompt_ends_without_doubled_punctuation(text):
    shown = plain(text)
    assert not any(p in shown for p in ("?.", "!.", "..")), shown


def test_a_follow_up_alone_asks_for_a_job_in_plain_words(conversation):
    reply, _ = conversation.reply("and skills?")
    assert "Which job do you mean?" in plain(reply.text) and "?." not in plain(reply.text)
