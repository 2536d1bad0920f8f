"""Descriptions of work that end by asking what the work is called, in the many ways people ask it."""

from __future__ import annotations

import pytest

from bot.memory import ChatMemory


@pytest.mark.parametrize("text, code", [
    ("she cleans teeth and takes x-rays before the dentist comes in, what is her profession", "29-1292"),
    ("he fixes the big rigs' diesel engines at a truck stop, what would his job title be", "49-3031"),
    ("i tape and mud drywall seams all day, whats the proper job title", "47-2082"),
    ("operates the crane that lifts steel beams up the skyscraper. official title?", "53-7021"),
    ("inspects restaurants for health code violations for the county, what role is that", "29-9011|19-5011|13-1041"),
    ("counsels couples who argue all the time, what kind of therapist is that", "21-1013"),
    ("drives the snow plow for the city every winter, what category does that fall under", "53-3032|47-4051|53-7"),
])
def test_a_description_asking_its_name_is_searched(conversation, text, code):
    reply, _ = conversation.reply(text)
    found = [r["code"][:7] for r in reply.results[:5]]
    assert any(c.startswith(tuple(code.split("|"))) for c in found), [r["title"] for r in reply.results]


@pytest.mark.parametrize("text", ["what role is that", "official title?", "which profession?"])
def test_the_question_alone_describes_nothing(understand, text):
    assert understand(text).intent != "search"


@pytest.mark.parametrize("text, code", [
    ("trims and shapes hedges for homeowners all summer", "37-3011"),
    ("washes and cuts hair at a salon in the mall", "39-5012"),
])
def test_two_doings_before_their_object_are_a_description(conversation, text, code):
    reply, _ = conversation.reply(text)
    assert code in [r["code"][:7] for r in reply.results[:5]], [r["title"] for r in reply.results]


def test_two_jobs_joined_by_and_are_not_a_doing(understand):
    req = understand("nurses and teachers pay")
    assert req.intent != "search" and len(req.occupations) == 2


def test_asking_the_proper_title_of_work_that_names_a_word_of_a_job_searches(understand):
    """"makers" alone is food batchmakers; the question asks the name of the whole work described."""
    req = understand("i choose which toys our store chain stocks next year and haggle with the makers. whats the "
                     "proper job title")
    assert req.intent == "search", (req.intent, req.occupations)


def test_a_job_word_inside_the_described_work_does_not_answer_the_naming_question(understand):
    req = understand("my uncle runs the whole campground: the front desk, the housekeeping staff, the budget, "
                     "angry campers. what would his job title be")
    assert req.intent == "search", (req.intent, req.occupations)


@pytest.mark.parametrize("text, code", [
    ("my mom is a registered nurse, what is her job title officially", "29-1141"),
    ("she works as a medical assistant at a clinic, what is her profession", "31-9092"),
])
def test_a_job_said_to_be_someones_answers_the_naming_question_with_its_card(understand, text, code):
    req = understand(text)
    assert req.intent == "job" and [m.code[:7] for m in req.occupations] == [code] and req.topic is None, (
        req.intent, req.occupations, req.topic)


@pytest.mark.parametrize("text", [
    "the inspector the city sends to climb on the roof and check the shingles after a storm",
    "families go to them when the kids won't stop fighting, what kind of counselor is that",
])
def test_climbing_a_roof_or_going_to_someone_is_no_career_move(understand, text):
    assert understand(text).intent != "moves"


@pytest.mark.parametrize("text", ["what is my official job title", "whats the real name for my job?",
                                  "what do you call her job", "What's my title"])
def test_asking_a_name_with_the_work_unsaid_asks_what_the_work_is(conversation, text):
    """Nothing to name yet: no job called "official" or "title", no list searched from the question's words."""
    reply, memory = conversation.reply(text)
    assert "tell me what you (or they) do" in reply.text.lower() and not reply.results and not memory.codes


@pytest.mark.parametrize("text", ["what is my name", "what is my job title if i fix cars"])
def test_a_name_question_with_more_in_it_is_read_as_before(understand, text):
    assert understand(text).intent != "name"


@pytest.mark.parametrize("text", ["what is my official job title lol", "what would my job title be"])
def test_the_bare_name_question_is_read_with_its_chat_words(understand, text):
    assert understand(text).intent == "name", text


def test_the_name_of_the_job_talked_about_is_its_card(conversation):
    reply, memory = conversation.reply("what is the official title of that job", ChatMemory(codes=["47-2111.00"]))
    assert "Electricians" in reply.text and memory.codes == ["47-2111.00"]


def test_asking_the_title_names_no_title_examiner(understand):
    req = understand("he buses tables so the servers can seat new people, whats his job title")
    assert "23-2093.00" not in [m.code for m in req.occupations], req.occupations


@pytest.mark.parametrize("text", ["what is it called", "whats it called"])
def test_the_naming_question_alone_searches_nothing(understand, text):
    assert understand(text).intent != "search", text
