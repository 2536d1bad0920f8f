"""Messages the third fresh review (2026-12-05, afternoon) found answered worse after that day's rules: chatter
with a plural noun as its subject, interviews, money, job ads' "Title, Setting", a second side moved toward,
slang beside a generic word. Each is read here as it was before those rules, or better."""

from __future__ import annotations

import pytest

from tests.helpers import plain


@pytest.mark.parametrize("text", ["do printers still use ink cartridges", "will the brewers make the playoffs",
                                  "are chemists open late", "do recruiters look at cover letters",
                                  "are servers down right now"])
def test_a_plural_noun_as_the_subject_of_chatter_names_no_job(understand, text):
    assert not understand(text).occupations, text


@pytest.mark.parametrize("text", ["the interviewer asked me about my weaknesses how should i answer",
                                  "what do interviewers look for"])
def test_a_job_interview_is_no_question_about_interviewers(understand, text):
    assert "43-4111.00" not in [m.code for m in understand(text).occupations], text


@pytest.mark.parametrize("text", ["my boss stole money from the register", "i lost money in crypto"])
def test_money_in_chatter_names_no_job(conversation, text):
    reply, memory = conversation.reply(text)
    assert not memory.codes and "couldn't find" not in plain(reply.text), text


def test_a_misspelt_job_opening_a_pay_question_is_offered(understand):
    req = understand("do electricans make good money")
    assert [m.code for m in req.occupations] == ["47-2111.00"] and req.topic == "salary"



@pytest.mark.parametrize("title, soc", [("Registered Nurse, ICU", "29-1141"), ("Software Engineer, Backend", "15-1252"),
                                        ("Forklift Operator, Warehouse", "53-7051")])
def test_a_title_and_its_setting_after_a_comma_code_as_the_title(coder, title, soc):
    coded = coder.code(title)
    assert coded.soc_code == soc and coded.confident, (title, coded)


def test_two_jobs_after_a_comma_are_still_a_list(coder):
    assert coder.code("Server, Bartender").soc_code == "35-3011"


def test_a_job_weighed_against_its_plural_says_why_there_is_one_card(conversation):
    reply, _ = conversation.reply("welder vs welders")
    assert "name the same occupation" in plain(reply.text)


def test_the_head_word_of_a_job_moved_toward_is_not_dropped(understand):
    req = understand("I'm a security guard but want to be a guard at a prison")
    assert len(req.occupations) == 2, req


@pytest.mark.parametrize("text", ["should i be a teacher or smth", "engineer or whatevs"])
def test_slang_beside_a_generic_word_is_no_unknown_job(conversation, text):
    assert "couldn't find" not in plain(conversation.reply(text)[0].text), text
