"""Official-data answers, multi-way comparisons, places, follow-ups, buttons and limits."""

from __future__ import annotations

import pytest

from bot.answers import callbacks
from bot.answers.replies import MAX_TEXT
from bot.memory import ChatMemory
from tests.helpers import plain, telegram_html_errors


def all_buttons(reply):
    return [b for row in reply.buttons for b in row]


def test_rn_vs_lpn_uses_bls_figures(conversation, store):
    reply, ctx = conversation.reply("RN vs LPN")
    text = plain(reply.text)
    rn = store.profile("29-1141.00").salary.annual_mean
    assert f"${rn:,}" in text and "Registered nurses earn" in text
    assert "Source: O*NET 30.1, 2025; BLS OEWS, May 2025" in text  # the figures' own source and year
    assert ctx.codes == ["29-1141.00", "29-2061.00"]


def test_three_and_four_way_comparisons(conversation):
    three = plain(conversation.reply("compare nurse, accountant and welder")[0].text)
    assert "earn the most" in three and three.count("• ") >= 3 * 8
    four, ctx = conversation.reply("nurse practitioner vs physician assistant vs registered nurse vs lpn")
    assert len(ctx.codes) == 4 and len(four.text) <= MAX_TEXT
    assert all(len(b.data.encode()) <= 64 for b in all_buttons(four))


def test_place_shows_state_wages_beside_national(conversation, store):
    reply, ctx = conversation.reply("how much do welders make in Texas")
    text = plain(reply.text)
    tx = store.area_wage("51-4121", "4800000")
    assert f"In Texas: average ${tx.annual_mean:,}" in text
    national = store.profile("51-4121.00").salary.annual_mean
    assert f"${national:,}" in text
    assert ctx.area == "4800000"


def test_follow_ups_continue_the_last_answer(conversation):
    _, ctx = conversation.reply("medical office administrator vs patient coordinator")
    reply, ctx = conversation.reply("and skills?", ctx)
    assert "Patients, 21%" in plain(reply.text)
    reply, ctx = conversation.reply("add registered nurse", ctx)
    assert len(ctx.codes) == 3 and "Registered Nurses" in reply.text
    reply, ctx = conversation.reply("what about in Florida?", ctx)
    assert "In Florida" in plain(reply.text)


def test_topic_without_a_job_asks_which(conversation):
    reply, _ = conversation.reply("and skills?", ChatMemory())
    assert "Which job" in plain(reply.text)


def test_every_button_answers_and_decodes_back(conversation):
    reply, _ = conversation.reply("phlebotomist vs medical assistant")
    for button in all_buttons(reply):
        tap = callbacks.decode(button.data)
        assert tap is not None, button.data
        answer, _ = conversation.press(button.data)
        assert "expired" not in answer.text
        assert callbacks.encode_tap(tap) == button.data
        again, _ = conversation.press(callbacks.encode_tap(tap))
        assert again.text == answer.text


def test_back_to_overview_gives_the_same_overview(conversation):
    first, _ = conversation.reply("RN vs LPN")
    salary, _ = conversation.press(next(b for b in all_buttons(first) if "Salary" in b.label).data)
    back = next(b for b in all_buttons(salary) if "Back to overview" in b.label)
    assert conversation.press(back.data)[0].text == first.text


@pytest.mark.parametrize("data", ["", "garbage", "s|99-9999.99", "o|29-1141.00~", "x|29-1141.00",
                                  "s|29-1141.00|9999999", "b|99-0000|0", "b|43-0000|99", "\x00\xff" * 40,
                                  "o|29-1141.00~29-2061.00~13-2011.00~51-4121.00~41-2011.00"])
def test_forged_or_stale_button_says_expired(conversation, data):
    reply, _ = conversation.press(data)
    assert "expired" in reply.text


def test_duties_show_more_pages(conversation, store):
    tasks = [t.text for t in store.profile("29-1141.00").tasks]
    first, _ = conversation.press("d|29-1141.00")
    more = next(b for b in all_buttons(first) if b.label == "Show more")
    second, _ = conversation.press(more.data)
    bullets = [ln[2:] for ln in plain(second.text).splitlines() if ln.startswith("• ")]
    assert bullets == tasks[6:12]  # the next six duties, in O*NET's order


def test_related_jobs_are_buttons_that_open_them(conversation):
    reply, _ = conversation.press("r|29-1141.00")
    opened, _ = conversation.press(next(b for b in all_buttons(reply) if b.label == "Nurse Practitioners").data)
    assert opened.text.startswith("<b>Nurse Practitioners</b>")


def test_skills_gap(conversation):
    reply, ctx = conversation.reply("what would I need to move from cashier to accountant")
    text = plain(reply.text)
    assert "From Cashiers to Accountants and Auditors" in text and "→" in text
    assert ctx.topic == "gap"


def test_browse_family_is_paged(conversation):
    reply, _ = conversation.reply("browse office jobs")
    assert "Office and Administrative Support" in reply.text
    nxt = next(b for b in all_buttons(reply) if b.label.startswith("Next"))
    page2, _ = conversation.press(nxt.data)
    assert "page 2 of" in page2.text


def test_did_you_mean_offers_candidates(conversation):
    reply, _ = conversation.reply("salary of a pharmacy techncian assistent")
    assert reply.text.startswith("Did you mean")
    assert all(callbacks.decode(b.data) for b in all_buttons(reply))


def test_unknown_and_greeting_offer_examples(conversation):
    for text in ("what's the weather", "hi", "blorfington vs snarkle salary"):
        reply, _ = conversation.reply(text)
        assert reply.buttons, text
        assert conversation.press(reply.buttons[0][0].data)[0].text


def test_missing_figures_read_not_published(conversation):
    text = plain(conversation.press("o|55-1011.00")[0].text)  # military: no BLS data
    assert "not published" in text and "None" not in text and "$0" not in text


@pytest.mark.parametrize("text", ["<script>alert(1)</script> vs nurse", "nurse & welder <b>", "a" * 5000,
                                  "💉 nurse 💉 vs 🔥 firefighter", "фельдшер", "*nurse* _vs_ `welder`",
                                  "nurse vs " * 600])
def test_replies_are_valid_telegram_html_and_bounded(conversation, text):
    reply, _ = conversation.reply(text)
    assert len(reply.text) <= MAX_TEXT
    assert not telegram_html_errors(reply.text), reply.text[:300]
    assert all(len(b.data.encode()) <= 64 for b in all_buttons(reply))


def test_every_section_of_a_big_comparison_fits(conversation):
    codes = ["29-1141.00", "29-2061.00", "29-1171.00", "29-1071.00"]
    for section in ("overview", "salary", "skills", "duties", "education", "demographics", "outlook", "related"):
        reply, _ = conversation.press(callbacks.encode(section, codes))
        assert len(reply.text) <= MAX_TEXT and not telegram_html_errors(reply.text)
