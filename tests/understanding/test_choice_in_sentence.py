"""A choice between two lines of work said inside a longer message: the two sides beside "or", "vs" or "between …
and" are compared, each a job or a field, whatever else the message tells (a job held, a relative's job, a place);
never a choice the message rejects ("not doctor or nurse"), a way up from the job named, or words beside "or" that
name no work."""

from __future__ import annotations

import pytest

from bot.understanding.choosing import choice
from tests.helpers import plain


@pytest.mark.parametrize("text, first, second", [
    # a field against a job, after a story
    ("my dad drives for ups and says get a trade, but im good at math. is finance or plumbing smarter long term",
     "13-", "47-2152"),
    ("worked the deli counter 3 years and hate it. healthcare or IT, which one can i start without a degree",
     "29-", "15-"),
    # the sides cut out of their sentence: "getting a … degree", "working in a …", "some kind of … job"
    ("welder vs getting an accounting degree, what makes more over a whole career", "51-4121", "13-2011"),
    ("junior year and stressing. law or medicine?? both sound hard", "23-1011", "29-12"),
    ("counselor at school says pick one: a hospital job or an office job, which is more stable", "29-", "43-"),
    ("no idea what to do after graduation, pharmacist or some kind of tech job", "29-1051", "15-"),
    ("torn between the trades and nursing, my uncle is an electrician", "47-", "29-1141"),
])
def test_the_two_sides_of_a_choice_in_a_sentence_are_compared(conversation, text, first, second):
    reply, memory = conversation.reply(text)
    assert len(memory.codes) == 2, (text, memory.codes, plain(reply.text)[:120])
    assert memory.codes[0].startswith(first) and memory.codes[1].startswith(second), (text, memory.codes)


@pytest.mark.parametrize("text, first, second", [
    ("my grandma wants me to do dental hygiene but i think id like physical therapy more, which is better",
     "29-1292", "29-1123"),
    ("i was gonna go into marketing but my uncle says accounting is the safer bet", "13-1161", "13-2011"),
])
def test_two_lines_of_work_set_against_each_other_across_but_are_compared(conversation, text, first, second):
    _, memory = conversation.reply(text)
    assert len(memory.codes) == 2 and memory.codes[0].startswith(first) and memory.codes[1].startswith(second), (
        text, memory.codes)


@pytest.mark.parametrize("text", [
    "i want to be a nurse but i hate blood, is that a problem",  # one job, a worry
    "i like my job as a cashier but want more money, what pays better",  # a way up
])
def test_a_but_with_one_line_of_work_is_no_comparison(understand, text):
    assert understand(text).intent != "compare", text


def test_a_field_side_says_which_member_stands_for_it(conversation):
    reply, _ = conversation.reply("my sister is a nurse and i fix cars for fun, is business or the trades the "
                                  "safer bet")
    text = plain(reply.text)
    assert "as accountants and auditors (the most common)" in text and "“trades”" in text, text[:200]


@pytest.mark.parametrize("text", [
    "is there a job with animals thats not vet or vet tech",  # rejected sides
    "i really dont like retail or fast food, what else is there for me at 16?",
    "instead of nursing or teaching, what else is good for helping people?",
    "im a staff nurse, how do i move up to charge nurse or manager",  # the way up from the job named
    "paralegal wanting to become an attorney or a court clerk, what path",  # the way from the job named
    "do i need a bachelors or a masters for this",  # no work on either side
    "i like drawing or painting, what jobs are there",  # pastimes: a search, no comparison
    "should i specialize in cardiology or oncology as a nurse?",  # specialties of the job named
    "as a paralegal should i look at law firms or companies?",  # workplaces of the job named
    "what jobs can someone with a record get in warehousing or trucking?",  # a list
])
def test_words_beside_or_that_are_no_choice_of_work_are_not_compared(understand, text):
    req = understand(text)
    assert req.intent != "compare", (text, [m.title for m in req.occupations])


@pytest.mark.parametrize("text, sides", [
    ("is business or nursing the safer bet", ("business", "nursing")),
    ("electrician vs getting a business degree, which pays", ("electrician", "business")),
    ("working in a hospital or working in a school, which is more stable?", ("hospital", "school")),
    ("should i stay in retail or get into healthcare as a cna", ("retail", "healthcare")),
    ("office job or something outdoors like landscaping", ("office", "landscaping")),
    ("between a data job and a finance job which one is less boring", ("data", "finance")),
    ("career change at 40. healthcare or IT, which is easier", ("healthcare", "IT")),
])
def test_the_sides_are_the_words_beside_the_choice(text, sides):
    said = choice(text)
    assert said is not None and said.sides == sides, (text, said)


@pytest.mark.parametrize("text", [
    "the difference between a cna and an lpn",  # the understander's own "difference between"
    "something with animals thats not vet or vet tech?",
    "my mom and dad both work in retail and hate it",  # no "or"
])
def test_no_choice_is_read_where_none_is_asked(text):
    assert choice(text) is None, text
