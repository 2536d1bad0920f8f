"""A question about one job, with other jobs and other people's words around it: a job said again by its head
or its work, someone's long title before what they say, a school or a credential, reported speech, and a
misspelt title that ends in a word that is a title itself. The answer is about the one job, on the section asked."""

from __future__ import annotations

import pytest


def _codes(req) -> list[str]:
    return [m.code[:7] for m in req.occupations]


@pytest.mark.parametrize("text, code, topic", [
    # a job's head word said again alone, though neither is certain
    ("what does a court clerk do all day? the clerks at my county office look swamped", "43-4031", "duties"),
    # the work of a job named by its worker
    ("are farmers mostly older guys? seems like everybody farming around here is retired", "11-9013", "demographics"),
    # someone's long title before what they say
    ("what do pastry chefs make, the manager of the bakery down my street says not much", "35-1011", "salary"),
    # a school named by its field, a credential held
    ("can you work as a paralegal without going to law school", "23-2011", None),
    ("how do i become a registered nurse? i have my cna already", "29-1141", "path"),
])
def test_the_one_job_asked_about(understand, text, code, topic):
    req = understand(text)
    assert req.intent == "job" and _codes(req) == [code], (req.intent, req.occupations)
    if topic is not None:
        assert req.topic == topic, req.topic


def test_a_job_someone_else_holds_after_the_question_keeps_the_questions_topic(understand):
    req = understand("what does a dental assistant need to be good at, my cousin is a receptionist and says its "
                     "decent money")
    assert _codes(req) == ["31-9091"] and req.topic == "skills", (req.occupations, req.topic)


def test_what_someone_says_about_earning_more_is_no_move_asked(understand):
    req = understand("what do plumbers earn, my neighbor is an electrician and says the guys on his crew make more")
    assert req.intent == "job" and _codes(req) == ["47-2152"] and req.topic == "salary", (req.intent, req.topic)


def test_a_question_about_what_someone_says_still_asks_its_topic(understand):
    req = understand("my uncle says welders make bank, is that true")
    assert _codes(req) == ["51-4121"] and req.topic == "salary"


@pytest.mark.parametrize("text, code", [
    ("do air trafic controllers really make six figures", "53-2021"),
    ("is being a finacial controller stressful", "11-3031"),
])
def test_a_misspelt_title_ending_in_a_title_of_one_word_is_read_whole(understand, text, code):
    req = understand(text)
    assert _codes(req) == [code], req.occupations


@pytest.mark.parametrize("text, code", [
    ("what do car mechanics earn", "49-3023"),
    ("do paramedics work 24 hour shifts", "29-2043"),
])
def test_workers_plurals_ending_in_ics_are_the_workers(understand, text, code):
    req = understand(text)
    assert _codes(req) == [code], req.occupations


def test_a_named_job_makes_a_lone_one_word_title_count(understand):
    req = understand("my career counselor keeps pushing welder. tell me about it")
    assert _codes(req) == ["51-4121"], req.occupations


def test_plural_things_are_no_workers(understand):
    req = understand("will court reporters be replaced by recordings")
    assert _codes(req) == ["27-3092"], req.occupations


def test_a_job_interview_is_no_interviewer(understand):
    req = understand("i have an interview tomorrow for a bank teller job, what skills should i mention")
    assert _codes(req) == ["43-3071"] and req.topic == "skills", (req.occupations, req.topic)


@pytest.mark.parametrize("text, code, topic", [
    # a certificate with a plus is no job
    ("what certs help you get hired as a network administrator, net+? ccna?", "15-1244", "path"),
    # "how do i get into" makes a lone job word count
    ("how do i get into plumbing if my dad says its a dying trade", "47-2152", "path"),
    # someone one works beside
    ("how do i become a dentist, i volunteer alongside a dental hygienist at a free clinic", "29-1021", "path"),
    # "intern" said as a verb
    ("is there a future for paralegals, the lawyer i intern for thinks ai will take over", "23-2011", "outlook"),
    # one's own job said in passing ("rn" after it, then "and want", is "right now")
    ("im a bank teller but curious, what do loan officers make", "13-2072", "salary"),
    ("is being a surgical tech worth it? im a cashier rn and want something better", "29-2055", None),
    # a field of work said by its name, the worker's title one ending away
    ("is air traffic control as stressful as people say", "53-2021", None),
    # abilities and talents are the skills
    ("apart from speaking two languages what abilities does a translator need", "27-3091", "skills"),
    ("what talents does a kindergarten teacher need", "25-2012", "skills"),
])
def test_the_one_job_asked_about_beside_certificates_coworkers_and_ones_own(understand, text, code, topic):
    req = understand(text)
    assert req.intent == "job" and _codes(req) == [code], (req.intent, req.occupations)
    assert req.topic == topic, req.topic


def test_recent_graduates_are_no_major(understand):
    req = understand("are most data analysts young? my boss says analytics is for new grads")
    assert req.intent == "job" and _codes(req) == ["15-2051"] and req.topic == "demographics", (req.intent,
                                                                                                 req.occupations)


def test_a_major_named_before_grads_after_for_is_the_major(understand):
    req = understand("jobs for history grads")
    assert req.intent == "major" and req.listing.subject == "history"


@pytest.mark.parametrize("text, codes", [
    # a credential held is set aside only when it ends its phrase, never against "or"
    ("i have my cna, cna or lpn which pays more", ["31-1131", "29-2061"]),
    ("i have a welder friend, should i be a welder or a machinist", ["51-4121", "51-4041"]),
])
def test_jobs_weighed_stay_though_one_is_held_or_someones(understand, text, codes):
    req = understand(text)
    assert _codes(req) == codes, req.occupations


@pytest.mark.parametrize("text, code", [
    # a new clause between the job and the speaker: the job is asked about
    ("how do i become a dental hygienist when everyone in my family says i should be a dentist", "29-1292"),
    ("what does a pharmacy tech make if the pharmacist i know says its low", "29-2052"),
    # a plus between two words joins them
    ("welder+fabricator salary", "51-4121"),
])
def test_the_job_asked_about_is_kept(understand, text, code):
    req = understand(text)
    assert req.occupations and _codes(req)[0] == code, req.occupations


@pytest.mark.parametrize("text", ["quantum mechanics jobs", "the mechanics of how loans work",
                                  "my personal trainer bought a new blender"])
def test_subjects_and_things_are_no_jobs(understand, text):
    req = understand(text)
    assert not any(m.code.startswith(("49-", "51-", "47-")) for m in req.occupations), req.occupations


def test_advice_relayed_is_the_request(understand):
    req = understand("my advisor told me to look for jobs like paralegal that pay more")
    assert req.intent == "moves" and _codes(req) == ["23-2011"], (req.intent, req.occupations)


def test_the_place_one_goes_to_is_no_move(understand):
    req = understand("the owner of the barbershop i go to says barbers make good money, is that true")
    assert req.intent == "job" and _codes(req) == ["39-5011"] and req.topic == "salary", (req.intent, req.topic)


@pytest.mark.parametrize("text, intent", [
    ("im a nurse, how do i become a nurse practitioner", "gap"),  # one's own job and the one wanted: the way
    ("im a cashier, is a bank teller better", "compare"),  # weighed, not an aside
])
def test_ones_own_job_stays_when_moving_or_weighing(understand, text, intent):
    assert understand(text).intent == intent, text


@pytest.mark.parametrize("text", ["i work at target rn and want something better", "im unemployed rn and need a job",
                                  "im doing doordash rn and want a real career"])
def test_rn_after_where_one_works_or_how_one_is_is_right_now(understand, text):
    assert not any(m.code == "29-1141.00" for m in understand(text).occupations), text


@pytest.mark.parametrize("text", ["i work at a hospital as an rn and want to move up",
                                  "im an er rn at a trauma center and want to become a crna"])
def test_rn_said_as_ones_job_is_the_nurse(understand, text):
    assert understand(text).occupations[0].code == "29-1141.00", text


@pytest.mark.parametrize("text, code", [
    ("i have a retail job now. what license do i need to work as a real estate agent", "41-9022"),
    ("my uncle drives a forklift and says it pays bad compared to before, what do crane operators get these days",
     "53-7021"),
    ("the whole office keeps saying HR this HR that. what do human resources specialists actually do", "13-1071"),
])
def test_the_one_job_named_in_the_asking_sentence_is_asked_about(understand, text, code):
    req = understand(text)
    assert [m.code[:7] for m in req.occupations] == [code], (text, [m.title for m in req.occupations])


@pytest.mark.parametrize("text, codes", [
    ("im a nurse. what do doctors and nurses make", {"29-1141", "29-1229"}),  # both in the question
    ("im a cna. is an lpn better", {"31-1131", "29-2061"}),  # the question weighs it against one's own
])
def test_jobs_weighed_or_named_again_in_the_question_stay(understand, text, codes):
    req = understand(text)
    assert {m.code[:7] for m in req.occupations} == codes, (text, [m.title for m in req.occupations])


def test_a_rank_in_the_question_is_no_other_job(understand):
    req = understand("apprentice plumber, fastest way to journeyman and then master?")
    assert [m.code[:7] for m in req.occupations][:1] == ["47-2152"], [m.title for m in req.occupations]
