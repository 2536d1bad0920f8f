"""/compare, /job and /browse over the real bot and a Bot API lookalike: what each answers, with and without
words after the command."""

from __future__ import annotations

import asyncio

import pytest

from testkit import factories
from tests.helpers import plain
from tests.telegram_harness import handled, lookalike, running


@pytest.fixture(scope="module")
def answers(engine, tmp_path_factory):
    """Each command sent from its own chat; the texts each chat was sent, in order."""
    commands = {
        1: "/compare nurse practitioner vs physician assistant", 2: "/compare welder electrician",
        3: "/compare", 4: "/job electrician", 5: "/job", 6: "/browse", 7: "/browse healthcare",
        8: "/job blorptician",
    }

    async def scenario():
        async with lookalike() as api:
            async with running(api, engine, tmp_path_factory.mktemp("cmd") / "ctx.sqlite") as app:
                for chat, text in commands.items():
                    api.push(factories.message(8000 + chat, text))
                await handled(app, api)
            return {chat: [(m["text"], m.get("reply_markup")) for m in api.sent("sendMessage", 8000 + chat)]
                    for chat in commands}

    return asyncio.run(scenario())


def _labels(markup) -> list[str]:
    return [b["text"] for row in (markup or {}).get("inline_keyboard", []) for b in row]


def test_compare_names_both_jobs_with_or_without_vs(answers):
    (text, _), = answers[1]
    assert plain(text).startswith("Nurse Practitioners vs Physician Assistants")
    (text, _), = answers[2]
    assert plain(text).startswith("Welders, Cutters, Solderers, and Brazers vs Electricians")


def test_commands_without_words_explain_themselves(answers):
    (text, markup), = answers[3]
    assert "Name two to four jobs" in text and _labels(markup)  # usage, with examples to tap
    (text, _), = answers[5]
    assert "Name a job" in text


def test_job_shows_the_card(answers):
    (text, _), = answers[4]
    body = plain(text)
    assert body.startswith("Electricians") and "Yearly salary" in body and "What does an electrician do?" in body


def test_browse_lists_families_or_opens_one(answers):
    (text, markup), = answers[6]
    assert len(_labels(markup)) >= 8  # families as buttons
    (text, markup), = answers[7]
    assert "Healthcare" in plain(text) and len(_labels(markup)) >= 8  # the family's jobs


def test_job_with_words_it_does_not_know_says_so(answers):
    (text, markup), = answers[8]
    assert "couldn't find an occupation called “blorptician”" in text and _labels(markup), text
