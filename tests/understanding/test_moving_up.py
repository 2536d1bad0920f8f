"""Moving up from the job a person holds, however they put it ("what are my next steps to advance", "how do i
get promoted", "work my way up") and whatever other jobs they mention on the way ("supervisor? dispatcher?")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, held", [
    ("I'm a pharmacy tech at walgreens, what are my next steps to advance", "29-2052"),
    ("forklift driver 3 years now. supervisor? dispatcher? what do people move up to", "53-7051"),
    ("nursing assistant at a care home, how do i get promoted", "31-1131"),
    ("bank teller, how do i work my way up", "43-3071"),
    ("year 3 as an elementary school teacher, is there any career growth besides admin", "25-2021"),
    ("line cook here, where can this go long term", "35-2014"),
    ("where could i go from being a bank teller", "43-3071"),
    ("pharmacy technician, next career step?", "29-2052"),
    ("my aunt is a dental assistant, is there any way up for her", "31-9091"),
    ("cashier at target, i want to make more money but i have no degree", "41-2011"),
])
def test_a_question_about_moving_up_answers_moves_from_the_job_held(understand, text, held):
    req = understand(text)
    assert req.intent == "moves", (text, req.intent, [m.title for m in req.occupations])
    assert [m.code[:7] for m in req.occupations] == [held], text


@pytest.mark.parametrize("text", ["truck driver or electrician: which pays more?", "how to negotiate a higher salary",
                                  "how do I become a nurse", "what's the next step to become a welder"])
def test_other_questions_are_not_moves(understand, text):
    assert understand(text).intent != "moves", text


def test_a_title_never_spans_a_link_it_does_not_have(understand):
    """'assistant at a family' is no family assistant (a nanny): the words link two phrases."""
    req = understand("medical assistant at a family practice salary")
    assert [m.code for m in req.occupations] == ["31-9092.00"]
    assert [m.code for m in understand("attorney at law salary").occupations] == ["23-1011.00"]


@pytest.mark.parametrize("text, held", [
    ("cnc machinist, how do i level up", "51-4041"),  # "cnc" is a tool: the climbing words come first
    ("i pour drinks at a hotel bar, how can i move up", "35-3011"),  # no title: the work described
    ("been stocking shelves overnight at a grocery store for a year, how can i get promoted", "53-7065"),
    ("OTR driver, whats the next step", "53-3032"),  # the abbreviation is no job before the title beside it
])
def test_climbing_words_take_the_job_held_before_a_list_tool_or_major(understand, text, held):
    req = understand(text)
    assert req.intent == "moves", (text, req.intent, req.listing)
    assert [m.code[:7] for m in req.occupations] == [held], [m.title for m in req.occupations]


@pytest.mark.parametrize("text", ["how do i get promoted quicker", "i want to move up in my career",
                                  "what's the next step in my career", "how can i move up at my company",
                                  "people who climb poles to fix power lines"])
def test_climbing_with_no_job_named_or_described_names_none(understand, text):
    """Should not take a job from a word that resembles a title ("quicker") or from the words of any career."""
    req = understand(text)
    assert not (req.intent == "moves" and req.occupations), (text, [m.title for m in req.occupations])


def test_a_job_described_is_said_as_the_reading_taken(conversation):
    """Should show which job the moves start from, so a wrong reading is seen at once, with the next closest
    readings as the first buttons."""
    reply, _ = conversation.reply("been washing dishes at a diner for a year, how do i move up from here")
    assert "I took “washing dishes at a diner” to mean dishwashers" in reply.text
    assert "Moves from Dishwashers" in reply.text
    assert reply.buttons[0][0].label.startswith("My job is: ") and "Dishwashers" not in reply.buttons[0][0].label


@pytest.mark.parametrize("text, held", [
    ("pharmacy technician, what could my next role be", "29-2052"),
    ("bank teller wanting more responsibility", "43-3071"),
    ("line cook, how do i go up", "35-2014"),
])
def test_more_words_of_climbing_are_read(understand, text, held):
    req = understand(text)
    assert req.intent == "moves" and [m.code[:7] for m in req.occupations] == [held], (req.intent, req.occupations)


def test_x_or_go_into_y_weighs_two_jobs(understand):
    """Should compare "biologist or go into teaching", not read "go into" as a move from biologists."""
    req = understand("biologist or go into teaching")
    assert req.intent != "moves" and len(req.occupations) == 2, (req.intent, req.occupations)


@pytest.mark.parametrize("text, topic", [("will nurse salaries go up", "salary"),
                                         ("do electrician wages go up with experience", "salary")])
def test_pay_going_up_is_a_pay_question_not_a_move(understand, text, topic):
    req = understand(text)
    assert req.intent == "job" and req.topic == topic, (req.intent, req.topic)


@pytest.mark.parametrize("text", ["which jobs have the best promotion opportunities",
                                  "how to level up my excel skills"])
def test_climbing_words_that_ask_rather_than_describe_take_no_job_held(understand, text):
    """Should not take "which jobs have the best" or "how to" for a description of the job held."""
    req = understand(text)
    assert not (req.intent == "moves" and req.occupations), [m.title for m in req.occupations]


def test_whats_after_reads_as_what_is_after(understand):
    assert understand("what's after cashier").intent == "moves"


@pytest.mark.parametrize("text, held, wanted", [
    ("im a 5th grade teacher thinking about becoming principal one day, how does that work", "25-2021", "11-9032"),
    ("want to become a fire captain someday, im a firefighter now. path?", "33-2011", "33-1021"),
    ("hr assistant want to become hr manager someday, what steps", "43-4161", "11-3121"),
    ("graphic designer 3 years, how do i become an art director", "27-1024", "27-1011"),
    ("two years as a deputy sheriff, how do you make sergeant", "33-3051", "33-1012"),  # police supervisors
])
def test_a_job_held_and_one_wanted_is_the_way_from_one_to_the_other(understand, text, held, wanted):
    """Should answer the way from the job the person holds to the one they name as wanted (the skills gap)."""
    req = understand(text)
    assert req.intent == "gap", (text, req.intent)
    assert [m.code[:7] for m in req.occupations] == [held, wanted]


def test_a_held_job_toward_a_catch_all_is_its_moves_up(understand):
    """Should answer "-> management" from the job held as its moves up, not a gap to Managers, All Other."""
    req = understand("retail sales associate -> management, how?")
    assert req.intent == "moves" and req.occupations[0].code.startswith("41-2031")


@pytest.mark.parametrize("text", ["chemist or go into engineering", "nurses make more than teachers",
                                  "how to become a nurse or a teacher", "i'm a teacher, is it better to be a nurse"])
def test_two_ways_or_two_jobs_weighed_are_no_way_from_one_to_the_other(understand, text):
    """Should not read alternatives, a comparison of pay or the path into either as a move from one to the other."""
    assert understand(text).intent != "gap", text


@pytest.mark.parametrize("text, held", [
    ("i do hair at a salon and want to open my own place", "39-5012"),  # hairdressers
])
def test_a_job_described_in_the_first_person_and_a_wish_naming_no_job_is_the_way_on_from_it(understand, text, held):
    """Should read the job the person describes doing and answer its moves up, when the wish names no job."""
    req = understand(text)
    assert req.intent == "moves" and req.occupations[0].code.startswith(held), (text, req)


@pytest.mark.parametrize("text, target", [
    ("i drive trucks, how do i become a dispatcher", "43-5032"),
    ("i always wanted to be a pilot, how can i become one", "53-201"),
    ("i work at a hospital, how do i become a nurse", "29-1141"),
    ("i attend community college, how do i become a nurse", "29-1141"),
])
def test_a_wish_naming_a_job_is_the_path_to_it_whatever_the_person_does_now(understand, text, target):
    """Should answer the path to the job wished for, not guess a job held from a hobby, a workplace or a wish."""
    req = understand(text)
    assert req.intent == "job" and req.topic == "path" and req.occupations[0].code.startswith(target), (text, req)


@pytest.mark.parametrize("text", ["i want to become a nurse", "i hate my job and want to become a nurse"])
def test_a_wish_alone_is_the_job_wished_for(understand, text):
    req = understand(text)
    assert req.intent == "job" and req.occupations[0].code.startswith("29-1141"), (text, req.intent)


@pytest.mark.parametrize("text", ["paralegal, next career step without going to law school?",
                                  "paralegal for 6 yrs, is law school the obvious next step"])
def test_a_school_named_beside_the_job_held_is_never_the_job_held(understand, text):
    req = understand(text)
    assert req.intent == "moves" and req.occupations[0].code.startswith("23-2011"), (text, req)


@pytest.mark.parametrize("text, held", [
    ("i mow lawns for a landscaping company, want to run a crew", "37-3011"),  # the work, not its supervisors
    ("i supervise the lawn crew at a landscaping company, how do i move up", "37-1012"),  # says who is led
])
def test_a_job_described_is_the_work_itself_unless_the_words_lead_people(understand, text, held):
    req = understand(text)
    assert req.intent == "moves" and req.occupations[0].code.startswith(held), (text, req)


@pytest.mark.parametrize("text, held", [("i sell shoes at the mall lol, is there any career ladder", "41-2031"),
                                        ("is there a career ladder for cashiers", "41-2011")])
def test_a_career_ladder_is_moving_up_not_a_fire_ladder(understand, text, held):
    req = understand(text)
    assert req.intent == "moves" and req.occupations[0].code.startswith(held), (text, req)


@pytest.mark.parametrize("text, code", [
    ("paramedic 8 yrs, where can i go?", "29-2043"),
    ("mid level developer, how do i get to senior", "15-1252"),
    ("been waiting tables since college, what's my next move", "35-3031"),
    ("i run a register at a grocery store, how do i get ahead", "41-2011"),
])
def test_where_can_i_go_and_the_next_rank_move_up_from_the_job_held(understand, text, code):
    req = understand(text)
    assert req.intent == "moves" and req.occupations[0].code.startswith(code), (req.intent, req.occupations)


def test_where_to_go_for_something_is_no_move(understand):
    assert understand("where can i go to get my cdl").intent != "moves"


@pytest.mark.parametrize("text", [
    "welder for 6 yrs, where could this possibly lead",
    "cashier, does that lead anywhere good",
    "receptionist at a clinic, is there any upward path",
    "dental assistant here, whats the ceiling for someone like me",
    "line cook, what does growth even look like",
])
def test_more_words_of_a_way_up_from_the_job_held(understand, text):
    assert understand(text).intent == "moves", text


def test_more_dollars_is_more_pay():
    from bot.understanding import intents
    assert intents.PAYS_MORE.search("truck driver, i want more $ without being gone for weeks")


@pytest.mark.parametrize("text, code, topic", [
    ("what does a claims adjuster do all day, my sister just got promoted to one", "13-1031", "duties"),
    ("are bank teller jobs disappearing? my branch closed", "43-3071", "outlook"),
])
def test_someone_elses_promotion_is_no_move_of_ones_own(understand, text, code, topic):
    req = understand(text)
    assert req.intent == "job" and [m.code[:7] for m in req.occupations] == [code], (req.intent, req.occupations)
    assert req.topic == topic



@pytest.mark.parametrize("text, held", [
    ("i drive a city bus, anything higher i could work toward", "53-3052"),
    ("pharmacy tech 3 yrs. what jobs are above me that i could aim for", "29-2052"),
    ("file clerk at a law firm, is there a career path upward", "43-4071"),
    ("forklift driver here, how do i grow from this", "53-7051"),
    ("roofers helper, how do i become the guy running the crew", "47-3016"),
    ("im a hotel housekeeper and i want more pay", "37-2012"),
    ("im a bank teller, is there a better role for me", "43-3071"),
])
def test_a_way_up_said_as_higher_above_upward_or_running_the_crew(understand, text, held):
    req = understand(text)
    assert req.intent == "moves" and [m.code[:7] for m in req.occupations] == [held], (
        text, req.intent, [m.title for m in req.occupations])


@pytest.mark.parametrize("text", [
    "do i need a higher degree to be a nurse practitioner",  # "higher" of a degree
    "how do i become a dental hygienist",  # becoming another job: the path
    "do welders get more pay in alaska",  # more pay someone gets: the pay
    "does the pay go higher with experience for plumbers",  # pay going higher
    "are wages for cops going upward",
    "is a paramedic a higher title than an emt",
    "what is a better role for a shy person, accounting or nursing",
])
def test_higher_pay_titles_and_becoming_another_job_are_no_way_up(understand, text):
    assert understand(text).intent != "moves", text


@pytest.mark.parametrize("text, code", [
    ("im a cashier and i practice english every night with an app, how do i get ahead", "41-2011"),
    ("whats a good app to find jobs as a cna", "31-1131"),
])
def test_an_app_in_a_long_message_is_no_advanced_practice_nurse(understand, text, code):
    req = understand(text)
    assert [m.code[:7] for m in req.occupations] == [code], [m.title for m in req.occupations]


@pytest.mark.parametrize("text", ["im an app in the icu, what else could i do later on",
                                  "what does an app make in dermatology"])
def test_an_app_at_work_is_the_advanced_practice_provider(understand, text):
    req = understand(text)
    assert req.occupations and req.occupations[0].code.startswith("29-1141.02"), [m.title for m in req.occupations]
