"""A trade's name ("roofing", "welding", "nursing", "electrical work") means the trade's main occupation, said
as such, never its helpers or teachers (issue 21, item 8: each of these answered a helper, a teacher, a
search or nothing before)."""

from __future__ import annotations

import pytest

from tests.answers.test_group_cards import plain


@pytest.mark.parametrize("text, soc", [
    ("is electrical work a good job", "47-2111"),  # was electricians' helpers
    ("carpentry pay", "47-2031"),  # was career/technical education teachers
    ("is roofing a good career", "47-2181"),  # was a search that listed roofers' helpers first
    ("tell me about welding", "51-4121"),  # was "I only know about jobs"
    ("nursing salary", "29-1141"),  # was a question between nursing assistants and health services managers
    ("plumbing salary in Texas", "47-2152"),
    ("accounting pay", "13-2011"),
])
def test_a_trade_word_answers_the_trades_main_occupation(conversation, text, soc):
    reply, memory = conversation.reply(text)
    assert memory.codes and memory.codes[0].startswith(soc), (text, memory.codes)
    first = plain(reply.text).splitlines()[0]
    assert "usually means" in first or "I took" in first, first  # the bot says which occupation it took


def test_a_one_occupation_trade_offers_its_family(conversation):
    reply, _ = conversation.reply("tell me about welding")
    assert plain(reply.text).startswith("I took “welding” to mean Welders, Cutters, Solderers, and Brazers.")
    assert any("Production" in b.label or "family" in b.label for row in reply.buttons for b in row)


def test_a_trade_with_several_occupations_offers_the_others(conversation):
    reply, memory = conversation.reply("nursing salary")
    labels = [b.label for row in reply.buttons for b in row]
    assert memory.codes == ["29-1141.00"] and "Licensed Practical and Licensed Vocational Nurses" in labels
    assert not any(label.startswith(("Nursing Instructors", "Helpers")) for label in labels)


@pytest.mark.parametrize("text", ["building maintenance salary", "what does physical therapy pay",
                                  "working from home jobs"])
def test_words_that_only_look_like_trades_name_no_trade(understand, text):
    req = understand(text)
    assert not any(m.generic in ("building", "physical", "working") for m in req.occupations), text


@pytest.mark.parametrize("text, soc", [
    ("is a career in HVAC worth it", "49-9021"),  # issue 19's example: no occupation before
    ("is massage therapy a good career", "31-9011"),  # a therapy is its therapist's field
    ("hvac with no experience, where do i even start", "49-9021"),  # "experience" asks about the job named
])
def test_a_fields_short_name_asks_about_its_occupation(understand, text, soc):
    req = understand(text)
    assert [m.code[:7] for m in req.occupations] == [soc], (text, req.intent, [m.title for m in req.occupations])
