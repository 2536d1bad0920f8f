"""Lists that say where a person starts from ("entry level jobs that pay well", "easiest jobs to get into") rank
only jobs BLS says need no experience, and a list of jobs done from home says no data here measures that."""

from __future__ import annotations

import pytest

from bot.answers import callbacks
from bot.understanding import listing
from tests.helpers import plain, telegram_html_errors

SURGEONS = "29-124"


@pytest.mark.parametrize("text, metric, families, start", [
    ("entry level jobs that pay well", "pay", (), "e"),
    ("best paying jobs for someone with no experience", "pay", (), "e"),
    ("what jobs can i get with zero experience", "openings", (), "e"),
    ("entry-level healthcare jobs", "openings", ("29", "31"), "e"),
    ("easiest jobs that pay good money", "pay", (), "q"),
    ("well paying jobs that are quick to get into", "pay", (), "q"),
    ("highest paying jobs", "pay", (), None),
])
def test_where_a_list_starts_from_is_understood(understand, text, metric, families, start):
    req = understand(text)
    assert req.intent == "list"
    assert (req.listing.metric, req.listing.families, req.listing.start) == (metric, families, start)


@pytest.mark.parametrize("text, code", [("is a cna an entry level job", "31-1131.00"),
                                        ("entry level welding jobs", "51-4121.00")])
def test_one_job_with_a_start_word_is_still_that_job(understand, text, code):
    req = understand(text)
    assert req.intent != "list" and req.codes == [code], req


@pytest.mark.parametrize("text", [
    "is it easier to find jobs as a welder or an electrician",
    "what careers are easier on your back than construction",
    "easy jobs for introverts",
    "entry level positions for psychology majors",
    "entry level jobs are so hard to find, any advice?",
    "why do entry level jobs require 3 years experience",
])
def test_a_start_word_beside_other_words_is_no_bare_list(understand, text):
    """Should not throw away the jobs weighed, the person or the complaint for a list of every beginner's job."""
    req = understand(text)
    assert req.intent != "list" or req.listing.start is None, req


@pytest.mark.parametrize("text, key", [("entry level jobs that pay well", "e"), ("easiest jobs that pay well", "q")])
def test_ranked_jobs_need_no_experience(conversation, store, text, key):
    reply, ctx = conversation.reply(text)
    _, educations, trainings = listing.START[key]
    assert len(reply.results) == 10 and not telegram_html_errors(reply.text)
    assert not any(r["code"].startswith(SURGEONS) for r in reply.results)
    for r in reply.results:
        outlook = store.profile(r["code"]).outlook
        assert outlook.related_experience == "None" and outlook.entry_education in educations, r
        assert outlook.training in trainings, r
    assert listing.START[key][0] in plain(reply.text)
    assert callbacks.decode(ctx.listing).start == key  # "more" and the page buttons keep the filter


@pytest.mark.parametrize("text, education", [("entry level jobs that pay well with a bachelor's degree",
                                              "Bachelor's degree"),
                                             ("entry level jobs with a master's degree", "Master's degree")])
def test_a_degree_named_with_a_start_is_the_degree_asked(conversation, store, text, education):
    """A degree named widens "entry level" beyond its usual degrees: jobs needing it and no work experience."""
    reply, _ = conversation.reply(text)
    assert reply.results
    for r in reply.results:
        outlook = store.profile(r["code"]).outlook
        assert outlook.entry_education == education and outlook.related_experience == "None", r


def test_button_data_with_a_start_round_trips():
    specs = (listing.ListSpec("openings", start="e"), listing.ListSpec("pay", ("29",), "n", None, 2, 50_000, 3, "q"))
    for spec in specs:
        data = callbacks.encode_list(spec)
        assert callbacks.decode(data) == spec and len(data) <= 64
    assert callbacks.decode("l|p|-|-|-|0|-|-|z") is None


def test_jobs_from_home_are_not_ranked_by_pretence(conversation):
    reply, _ = conversation.reply("work from home jobs that pay well")
    text = plain(reply.text)
    assert "doesn't record which jobs can be done from home" in text and reply.results == []
    labels = [b.label for row in reply.buttons for b in row]
    assert any("Computer" in label for label in labels)
    tech, ctx = conversation.reply("best paying remote tech jobs")
    assert "isn't filtered" in plain(tech.text) and all(r["code"].startswith("15-") for r in tech.results)
    assert callbacks.decode(ctx.listing).families == ("15",)


@pytest.mark.parametrize("text", ["highest paying jobs in remote areas of alaska",
                                  "best paying jobs that aren't remote",
                                  "i hate working from home, what are the best paying jobs"])
def test_remote_said_otherwise_is_no_question_of_working_from_home(conversation, text):
    reply, _ = conversation.reply(text)
    assert "from home" not in plain(reply.text) and reply.results, text
