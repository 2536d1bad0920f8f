"""Jobs named in passing: the people around the work a long description describes ("… the truck drivers at the
gate …"), and the people of one's own life beside a question about another job ("… my sister is a dentist and
says …"). Neither is the job asked about."""

from __future__ import annotations

import pytest

from tests.helpers import plain


@pytest.mark.parametrize("text", [
    "checks the ids of the truck drivers at the gate and logs every delivery that comes into the warehouse",
    "answers the phones for the plumbers and schedules their jobs and sends the invoices to customers",
])
def test_a_long_description_naming_the_people_around_the_work_searches_the_work(understand, text):
    req = understand(text)
    assert req.intent == "search" and not req.occupations, (req.intent, req.occupations)


def test_the_people_around_the_work_are_not_among_the_answers(conversation):
    reply, memory = conversation.reply("answers the phones for the plumbers and schedules their jobs and sends the "
                                       "invoices to customers")
    assert "47-2152.00" not in memory.codes
    assert "Plumbers" not in plain(reply.text).split("\n")[0]


@pytest.mark.parametrize("text", [
    "what do electricians do all day, i sometimes help the plumbers on my uncle's crew",  # a question
    "is being a plumber worth it if i want to work for myself one day and set my own hours",  # to be one
    "my mom is a welder, how much does she make on a pipeline crew in the summer",  # someone's own
])
def test_a_long_message_about_a_job_is_not_read_as_a_description(understand, text):
    req = understand(text)
    assert req.intent != "search" and req.occupations, (req.intent, req.occupations)


@pytest.mark.parametrize("text, asked, aside", [
    ("how much do dental hygienists earn, my sister is a dentist and says they do fine", "29-1292.00",
     "29-1021.00"),
    ("what does a respiratory therapist do, my aunt's a nurse at the childrens hospital", "29-1126.00",
     "29-1141.00"),
    ("is there demand for electricians, a plumber i know says everyone needs one", "47-2111.00", "47-2152.00"),
    ("whats the path to becoming a paralegal, the lawyer i work for thinks im ready", "23-2011.00", "23-1011.00"),
    ("is becoming an electrician worth it? my uncle is a plumber", "47-2111.00", "47-2152.00"),
    ("what do pharmacists earn, the cashier at my pharmacy has no idea", "29-1051.00", "41-2011.00"),
])
def test_a_job_named_as_someone_elses_is_not_asked_about(understand, text, asked, aside):
    codes = [m.code for m in understand(text).occupations]
    assert asked in codes and aside not in codes, codes


@pytest.mark.parametrize("text", ["my dad is a plumber, is a plumber or an electrician better paid",
                                  "my dream job is pilot but i might go for air traffic controller"])
def test_jobs_weighed_or_wanted_stay(understand, text):
    assert len({m.code for m in understand(text).occupations}) == 2, understand(text).occupations


def test_a_job_left_keeps_its_place(understand):
    codes = [m.code for m in understand("quitting my teaching job to become a paralegal, how long does it take")
             .occupations]
    assert "23-2011.00" in codes


def test_job_security_asks_the_outlook(understand):
    req = understand("do plumbers have good job security")
    assert req.topic == "outlook" and [m.code for m in req.occupations] == ["47-2152.00"]


def test_a_job_the_work_is_done_for_is_no_job_asked(conversation):
    reply, _ = conversation.reply("makes the crowns and bridges in a lab from the molds the dental assistants "
                                  "send over")
    assert "51-9081.00" in [r["code"] for r in (reply.results or [])[:5]], reply.results


@pytest.mark.parametrize("text", ["sends the tow truck drivers out to cars that broke down and answers the calls",
                                  "writes the menus and orders the food for the line cooks at a big hotel",
                                  "plans the routes for the school bus drivers every morning"])
def test_a_doing_for_a_job_named_is_a_description(understand, text):
    assert understand(text).intent == "search", understand(text)


@pytest.mark.parametrize("text, code", [("what careers are close to physical therapy", "29-1123.00"),
                                        ("she is a nurse at the county hospital, what does she earn", "29-1141.00"),
                                        ("salary for a paralegal", "23-2011.00")])
def test_a_job_after_a_preposition_in_a_question_is_still_the_job(understand, text, code):
    assert [m.code for m in understand(text).occupations] == [code]


@pytest.mark.parametrize("text, code", [
    ("my brother is a paramedic, how much do paramedics make", "29-2043.00"),
    ("my sister is a pharmacist, is that a good career", "29-1051.00"),
    ("my wife is a nurse, do nurses work weekends", "29-1141.00"),
])
def test_a_relative_is_no_job_beside_the_job_they_hold(understand, text, code):
    assert [m.code for m in understand(text).occupations] == [code], understand(text).occupations


@pytest.mark.parametrize("text, codes", [
    ("my sister is a nurse, do physician assistants make more than her", {"29-1141.00", "29-1071.00"}),
    ("my dad is a plumber, should i be a plumber or an electrician", {"47-2152.00", "47-2111.00"}),
    ("my uncle is an electrician, do electricians make more than welders", {"47-2111.00", "51-4121.00"}),
])
def test_someones_job_set_against_another_stays_a_side(understand, text, codes):
    assert codes <= {m.code for m in understand(text).occupations}, understand(text).occupations


def test_a_move_from_someones_job_stays_a_move(understand):
    req = understand("my mom is a cna, how hard is it to go from cna to lpn")
    assert req.intent == "gap" and [m.code for m in req.occupations] == ["31-1131.00", "29-2061.00"]


@pytest.mark.parametrize("text, code", [
    ("my teacher said electricians make good money, how much", "47-2111.00"),
    ("my nurse said phlebotomists are in demand, how do i become one", "31-9097.00"),
])
def test_the_one_who_said_it_is_no_job_asked(understand, text, code):
    """Nor a field of a ranked list ("my teacher … make good money" is no list of teaching jobs)."""
    assert [m.code for m in understand(text).occupations] == [code], understand(text).occupations


@pytest.mark.parametrize("text, code", [
    ("my uncle drives a forklift, whats the pay for forklift drivers", "53-7051.00"),
    ("my dad works as a welder, how much do they make", "51-4121.00"),
])
def test_a_question_beside_a_doing_is_still_a_question(understand, text, code):
    req = understand(text)
    assert req.intent == "job" and [m.code for m in req.occupations] == [code], (req.intent, req.occupations)


@pytest.mark.parametrize("text, topic", [
    ("are welders mostly young guys? my uncle's a pipefitter and says so", "demographics"),
    ("what does a dental hygienist do, my family dentist has two of them", "duties"),
])
def test_the_clause_that_asks_decides_the_topic(understand, text, topic):
    req = understand(text)
    assert req.intent == "job" and req.topic == topic and len(req.occupations) == 1, (req.intent, req.topic)


def test_a_jobs_last_word_said_again_is_that_job(understand):
    codes = [m.code for m in understand("how much do real estate agents make, my neighbor says agents are rich")
             .occupations]
    assert codes == ["41-9022.00"]


def test_what_else_after_a_sentence_about_ones_career_still_asks_the_moves(understand):
    assert understand("my nursing career feels stuck. what else can nurses do").intent == "moves"


@pytest.mark.parametrize("text", [
    "writes the menus and orders the food for the line cooks at a big hotel, what would you call that",
    "plans the routes for the school bus drivers every morning, which job is that",
])
def test_asking_the_name_of_the_work_keeps_a_doing_a_description(understand, text):
    assert understand(text).intent == "search", understand(text)


@pytest.mark.parametrize("text, codes", [
    ("my sister is a dental assistant, should she become a hygienist", {"31-9091.00", "29-1292.00"}),
    ("my dad is a truck driver, would a dispatcher job be better for him", {"53-3032.00", "43-5032.00"}),
    ("my wife is a cashier and wants to become a bookkeeper", {"41-2011.00", "43-3031.00"}),
    ("my coworker is a paralegal and im a legal secretary, how do i become what she is", {"23-2011.00", "43-6012.00"}),
])
def test_someones_job_they_or_i_would_move_from_stays(understand, text, codes):
    assert codes <= {m.code for m in understand(text).occupations}, understand(text).occupations


def test_the_clause_that_asks_makes_a_title_word_a_job(understand):
    req = understand("what do you need to know to be a good roofer, i helped my dad with our roof once")
    assert req.intent == "job" and [m.code for m in req.occupations] == ["47-2181.00"], req


def test_a_question_about_the_job_after_a_sentence_that_tells_is_no_description(understand):
    req = understand("my uncle is a roofer. are roofers mostly young guys?")
    assert req.intent == "job" and req.topic == "demographics", (req.intent, req.topic)


@pytest.mark.parametrize("text, code", [
    ("my mom is a dentist so i want to be an orthodontist", "29-1023.00"),
    ("my dad is a baker and he says chefs make more, how much do chefs make", "35-1011.00"),
    ("my aunt is a pharmacist, what about working at a different pharmacy instead", "29-1051.00"),
])
def test_ones_own_wish_or_what_someone_says_keeps_one_job(understand, text, code):
    codes = {m.code for m in understand(text).occupations}
    assert code in codes and len(codes) == 1, understand(text).occupations


def test_a_statement_of_two_jobs_held_is_no_comparison(understand):
    assert understand("im a bartender and my sister is a dental assistant").intent != "compare"


def test_being_another_job_instead_of_a_relatives_weighs_the_two(understand):
    codes = {m.code for m in understand("my dad is a machinist, should i be a welder instead").occupations}
    assert {"51-4041.00", "51-4121.00"} <= codes, codes


@pytest.mark.parametrize("text, code", [
    ("my uncle is a plumber and swears electricians clear 100k. is that true? union vs non union", "47-2111.00"),
    ("my dad is a welder, how much do pipefitters make, day shift vs night shift", "47-2152.00"),
])
def test_vs_between_things_that_are_not_jobs_does_not_weigh_the_relatives_job(understand, text, code):
    assert [m.code for m in understand(text).occupations] == [code], understand(text).occupations


def test_vs_between_words_beside_no_job_keeps_the_relative_out(understand):
    req = understand("my sister is an electrician, union vs non union which pays better")
    assert all(not m.code.startswith("21-") for m in req.occupations), req.occupations


@pytest.mark.parametrize("text, code", [("my brother is a pastor how much does he make", "21-2011.00"),
                                        ("my sister is a nun, what do nuns do all day", "21-2099.00")])
def test_a_relative_who_holds_a_religious_title_keeps_it(understand, text, code):
    assert understand(text).codes == [code], understand(text).occupations
