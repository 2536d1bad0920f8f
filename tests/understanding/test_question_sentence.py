"""One-job questions asked after some life story, or in texting words: the sentence that asks decides the topic,
and the people of one's own life are not the job asked about."""

from __future__ import annotations

import pytest

from bot.understanding.intents import asked_part


@pytest.mark.parametrize("text, asked", [
    ("retired now, grandkids all moved away. how much do crossing guards earn", "how much do crossing guards earn"),
    ("thinking about plumbing. is the pay any good? my cousin did it", "is the pay any good?"),
    ("what do nurses earn", None),  # one sentence
    ("what do nurses earn? and what do they do?", None),  # two questions: no one sentence decides
])
def test_the_asking_sentence_of_a_longer_message(text, asked):
    assert asked_part(text) == asked


@pytest.mark.parametrize("text, code, topic", [
    # "school" in the story and in the title is no question about schooling
    ("my kids just started school and i need mornings free. how much do school bus drivers make", "53-3051", "salary"),
    ("i hate school honestly. what do electricians get paid", "47-2111", "salary"),
    ("how do u become a dental assistant", "31-9091", "path"),
    ("got a dui at 20, can i still become a nurse", "29-1141", "path"),
    ("does a court reporter just type or what else do they do", "27-3092", "duties"),
    ("will bookkeepers get replaced by software", "43-3031", "outlook"),
    ("are travel agents obsolete now", "41-3041", "outlook"),
])
def test_the_sentence_that_asks_decides_the_topic(understand, text, code, topic):
    req = understand(text)
    assert [m.code[:7] for m in req.occupations] == [code] and req.topic == topic, (req.occupations, req.topic)


@pytest.mark.parametrize("text, code", [
    ("my brother in law swears truck drivers make 80k, is that true", "53-3032"),
    ("my brother in law says welders make good money", "51-4121"),  # an in-law is no legal job either
    ("my career counselor keeps telling me to look at dental hygienists, what do they make", "29-1292"),
    ("what degree do physical therapists need? my advisor wasn't sure", "29-1123"),
])
def test_a_person_of_ones_own_life_is_not_the_job_asked_about(understand, text, code):
    req = understand(text)
    assert [m.code[:7] for m in req.occupations] == [code], req.occupations


def test_two_jobs_of_ones_own_are_still_compared(understand):
    req = understand("my job as a cashier vs a bank teller, which pays more")
    assert {m.code[:7] for m in req.occupations} == {"41-2011", "43-3071"}


@pytest.mark.parametrize("text, code", [
    ("whats the deal with being an embalmer", "39-4011"),
    ("whats the deal with being a locksmith", "49-9094"),
])
def test_a_job_named_as_one_to_be_is_the_job_asked_about(understand, text, code):
    req = understand(text)
    assert req.intent == "job" and [m.code[:7] for m in req.occupations] == [code], (req.intent, req.occupations)


@pytest.mark.parametrize("text, code", [
    ("junior in biology here. do physician assistants need a masters", "29-1071"),
    ("sophomore in psychology, do school counselors need a masters", "21-1012"),
])
def test_a_field_one_studied_is_not_the_job_asked_about(understand, text, code):
    req = understand(text)
    assert [m.code[:7] for m in req.occupations] == [code], req.occupations


@pytest.mark.parametrize("text, code", [
    ("are bank tellers even a thing anymore", "43-3071"),
    ("are travel agents still around", "41-3041"),
])
def test_whether_the_work_still_has_a_future_asks_the_outlook(understand, text, code):
    req = understand(text)
    assert [m.code[:7] for m in req.occupations] == [code] and req.topic == "outlook", (req.occupations, req.topic)


@pytest.mark.parametrize("text, code, topic", [
    ("got a BS in chemistry, what do pharmacists earn", "29-1051", "salary"),
    ("i have a degree in nursing, what do nurse practitioners make", "29-1171", "salary"),
    ("i have a BA in english. can i become a lawyer", "23-1011", "path"),
])
def test_ones_own_degree_beside_a_question_about_a_job_asks_the_job(understand, text, code, topic):
    req = understand(text)
    assert req.intent == "job" and [m.code[:7] for m in req.occupations] == [code] and req.topic == topic, (
        req.intent, req.occupations, req.topic)


@pytest.mark.parametrize("text", ["what jobs can i get with a BA in english",
                                  "what can i do with a psychology degree besides being a counselor"])
def test_what_a_major_leads_to_is_still_the_majors_list(understand, text):
    assert understand(text).intent == "major"


@pytest.mark.parametrize("text, code", [
    ("is plumbing a good career if i hated high school", "47-2152.00"),
    ("is being a dental hygienist worth it, my aunt says the pay is bad", "29-1292.00"),
    ("is becoming a paralegal a smart move at my age", "23-2011.00"),
])
def test_whether_a_job_is_worth_it_asks_the_overview_whatever_a_later_clause_says(understand, text, code):
    req = understand(text)
    assert [m.code for m in req.occupations] == [code] and req.topic is None, req


@pytest.mark.parametrize("text, topic", [
    ("is nursing a good career for the pay", "salary"),
    ("is welding a good career? how much do they make", "salary"),
])
def test_a_topic_asked_within_the_question_or_in_another_question_still_counts(understand, text, topic):
    assert understand(text).topic == topic


@pytest.mark.parametrize("text, asked", [
    ("my son wants to do hvac, we cant afford college, so hows the pay for that", "so hows the pay for that"),
    ("she already has her cna... roughly what does an lpn make", "roughly what does an lpn make"),
])
def test_a_question_a_few_words_into_its_sentence_is_the_asking_one(text, asked):
    assert asked_part(text) == asked


@pytest.mark.parametrize("text, code, topic", [
    # the worth-it sentence, not the school in the sentences before it
    ("everyone says college is a waste of money... is plumbing actually a good career", "47-2152", None),
    # a pay question a few words into its sentence, after a story of schooling
    ("the community college has a 1 year program for it... realistically what does a phlebotomist get per hour",
     "31-9097", "salary"),
    # the future asked after "so", past the schooling in the clauses before it
    ("my nephew is in pharmacy school, thats 4 more years, so hows the job market for pharmacists", "29-1051",
     "outlook"),
])
def test_the_sentence_that_asks_decides_after_a_story_of_school(understand, text, code, topic):
    req = understand(text)
    assert [m.code[:7] for m in req.occupations] == [code], (text, [m.title for m in req.occupations])
    assert req.topic == topic, (text, req.topic)
