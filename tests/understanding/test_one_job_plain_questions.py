"""One job asked about in plain words: a short abbreviation with no other word of work ("min schooling for LPN?"),
what it takes to be good at it (its skills, though "makes" and "need" ask pay and the path elsewhere), a tool told
beside the question rather than asked about, and small words that name no product."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, soc, topic", [
    ("min schooling for LPN?", "29-2061", "education"),
    ("typical shift for an emt?", "29-2042", None),
    ("cna pay in ohio", "31-1131", "salary"),
])
def test_a_three_letter_abbreviation_is_the_job_asked_about(understand, text, soc, topic):
    req = understand(text)
    assert req.intent == "job" and [m.code[:7] for m in req.occupations] == [soc], (text, req.intent)
    if topic:
        assert req.topic == topic, (text, req.topic)


@pytest.mark.parametrize("text", ["i have an app idea", "his car broke down again"])
def test_an_everyday_three_letter_word_in_lower_case_names_no_job(understand, text):
    assert not understand(text).occupations, text


@pytest.mark.parametrize("text, soc", [
    ("what makes someone good at welding", "51-4121"),
    ("what do you need to be good at to be a paralegal", "23-2011"),
    ("what makes a good dental hygienist", "29-1292"),
])
def test_what_it_takes_to_be_good_at_a_job_asks_its_skills(understand, text, soc):
    req = understand(text)
    assert [m.code[:7] for m in req.occupations] == [soc] and req.topic == "skills", (text, req.topic)


@pytest.mark.parametrize("text", ["what makes electricians so much money", "what makes a good salary for a cna",
                                  "what makes a welder good money"])
def test_what_makes_money_still_asks_the_pay(understand, text):
    assert understand(text).topic == "salary", text


@pytest.mark.parametrize("text, topic", [
    ("what does a pilot need to know to get a license", "path"),
    ("what do you need to know about cosmetology school", "education"),
])
def test_what_to_know_for_school_or_a_license_is_no_skills_question(understand, text, topic):
    assert understand(text).topic != "skills", text


@pytest.mark.parametrize("text, soc", [
    ("my uncle is a welder, what does he make", "51-4121"),
    ("my aunt works as a dental hygienist, what does she make", "29-1292"),
])
def test_a_relatives_job_and_what_they_make_asks_the_pay(understand, text, soc):
    req = understand(text)
    assert [m.code[:7] for m in req.occupations] == [soc] and req.topic == "salary", (text, req.intent, req.topic)


@pytest.mark.parametrize("text", ["CPT exam tips", "is the CFA exam hard"])
def test_an_abbreviation_several_jobs_share_names_no_job(understand, text):
    assert not understand(text).occupations, text


@pytest.mark.parametrize("text, soc", [
    ("skills for a web developer? i already know excel and some sql from work", "15-1254"),
    ("what does a bookkeeper need to know? i used quickbooks at my last job", "43-3031"),
])
def test_a_tool_told_beside_a_question_about_a_job_is_no_tool_question(understand, text, soc):
    req = understand(text)
    assert req.intent == "job" and [m.code[:7] for m in req.occupations] == [soc], (text, req.intent)


@pytest.mark.parametrize("text", ["i know excel really well. what jobs use it",
                                  "i know excel. what jobs besides bookkeeper use it?"])
def test_a_tool_question_still_reads_the_tool(understand, text):
    req = understand(text)
    assert req.intent == "tools" and "Microsoft Excel" in req.listing.names, req


def test_small_words_before_as_a_job_name_no_product(understand):
    req = understand("what do i need to be good at for carpentry as a job")
    assert req.intent != "tools", req


@pytest.mark.parametrize("text, soc", [
    ("im a CO at the state pen, 4 years in. how do i move up", "33-3012"),
    ("CO at the county jail for 6 yrs, guarding inmates. whats the next step up", "33-3012"),
])
def test_an_abbreviation_several_jobs_share_is_read_by_the_rest_of_the_message(understand, text, soc):
    req = understand(text)
    assert req.occupations and req.occupations[0].code.startswith(soc), (text, [m.title for m in req.occupations])


def test_an_abbreviation_with_nothing_around_it_is_asked_back(conversation):
    reply, _ = conversation.reply("whats a CO salary")
    assert "Did you mean" in reply.text, reply.text[:120]


@pytest.mark.parametrize("text, soc, topic", [
    ("pharmacist?? my aunt keeps bringing it up at dinner and i dont even know what that is", "29-1051", None),
    ("ok no offense to anyone lol but what skills do dental hygienists need", "29-1292", "skills"),
    ("my sister wants to style hair as a cosmetologist, what does she have to do to get licensed", "39-5012", "path"),
    ("what do you have to study to be a dentist", "29-1021", "education"),
])
def test_a_job_named_alone_or_asked_by_its_section(understand, text, soc, topic):
    req = understand(text)
    assert req.intent == "job" and [m.code[:7] for m in req.occupations] == [soc], (text, req.intent)
    assert req.topic == topic, (text, req.topic)
