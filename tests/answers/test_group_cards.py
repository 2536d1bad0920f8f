"""Generic words in a conversation: a group card or a question, never one specialty picked silently."""

from __future__ import annotations

from bot.answers import callbacks
from tests.helpers import plain, telegram_html_errors


def taps(reply):
    return [callbacks.decode(b.data) for row in reply.buttons for b in row]


def test_teacher_salary_in_a_state_is_a_group_card(conversation, store):
    reply, _ = conversation.reply("teacher salary in california")
    text = plain(reply.text)
    assert "covers several occupations" in text and not telegram_html_errors(reply.text)
    group = store.soc_group("25-2000")
    assert f"{group.employment:,} jobs, median ${group.annual_median:,}" in text  # BLS's own group figures
    elementary = store.profile("25-2021.00")
    assert f"{elementary.title}: median ${elementary.salary.annual_median:,}" in text
    members = [t for t in taps(reply) if getattr(t, "section", None) == "salary"]
    assert len(members) >= 5 and all(t.area == "0600000" for t in members)  # the salary, in California
    assert "Source: BLS OEWS" in text


def test_tapping_a_member_answers_it(conversation):
    reply, _ = conversation.reply("engineer")
    first = next(b for row in reply.buttons for b in row
                 if getattr(callbacks.decode(b.data), "section", None) == "overview")
    answer, ctx = conversation.press(first.data)
    assert ctx.codes == list(callbacks.decode(first.data).codes) and "Yearly salary" in plain(answer.text)


def test_generic_words_never_pick_one_specialty(conversation):
    for word in ("physician salary", "therapist", "counselor", "professor", "manager", "social worker",
                 "psychologist", "secretary", "doctor"):
        reply, ctx = conversation.reply(word)
        assert "covers several occupations" in plain(reply.text), word
        assert ctx.codes == [], word  # nothing was chosen for the user


def test_nurse_answers_registered_nurses_and_offers_the_others(conversation):
    reply, ctx = conversation.reply("nurse salary")
    text = plain(reply.text)
    assert ctx.codes == ["29-1141.00"] and "usually means registered nurses" in text
    offered = [t.codes[0] for t in taps(reply)[:3]]
    assert "29-2061.00" in offered and "31-1131.00" in offered  # LPNs and nursing assistants


def test_a_comparison_with_a_generic_word_compares_its_usual_member_and_offers_the_others(conversation):
    """"welder vs doctor": a comparison (not a question about one word); the other doctors are a tap away,
    each compared with the welder."""
    reply, memory = conversation.reply("welder vs doctor")
    text = plain(reply.text)
    assert memory.codes[0] == "51-4121.00" and memory.codes[1].startswith("29-12") and len(memory.codes) == 2
    assert "“doctor”" in text and " vs " in text.splitlines()[2]
    others = [t for t in taps(reply) if getattr(t, "codes", ()) and t.codes[1:] and t.codes[1] != memory.codes[1]
              and t.codes[0] == "51-4121.00"]
    assert len(others) >= 2 and all(t.codes[1].startswith("29-12") for t in others)


def test_a_broad_group_wider_than_one_digit_keeps_all_its_members(conversation):
    """SOC's "Physicians" (29-1210) runs to 29-1229: pediatricians, psychiatrists and "physicians, all other"
    (the largest) belong to it, though a code prefix 29-121 would drop them."""
    reply, _ = conversation.reply("physician salary")
    text = plain(reply.text)
    assert "Physicians, All Other" in text and "Pediatricians, General" in text and "Psychiatrists" in text
