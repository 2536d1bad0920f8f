"""A message that first tells the work one does, then asks how to move up from it: the job held is the one those
words say (named as one's own, or described and read by meaning), never another job named on the way (the
dentist one helps, the supervisor one hopes to be, a loose word later on); the question may be in words no
climbing rule knows ("… where does that lead", "any way up or is it a dead end")."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, held", [
    # described in the first sentence; the question in words of climbing
    ("i help the vet during surgeries and clean the cages. whats above this for me", "31-9096"),
    ("i take 911 calls and send out police and ambulances. besides supervisor where does this lead", "43-5031"),
    ("i sort packages at a usps plant, just went career. how do people move up in the postal service", "43-5053"),
    ("i look after toddlers at a daycare. room lead is the obvious next step, but after that??", "39-9011"),
    # named as one's own, or as the thing one works
    ("I'm a correctional officer. What promotions are there for me?", "33-3012"),
    ("i drive a forklift at a lumber yard. what is above this", "53-7051"),
    ("i run a register at a grocery store, how do i get ahead", "41-2011"),
])
def test_the_work_told_first_is_the_job_moved_up_from(understand, text, held):
    req = understand(text)
    assert req.intent == "moves", (text, req.intent, [m.title for m in req.occupations])
    assert [m.code[:7] for m in req.occupations] == [held], (text, [m.title for m in req.occupations])


@pytest.mark.parametrize("text, held", [
    ("i wash dishes at a diner, is there a way up or is it a dead end", "35-9021"),
    ("i take care of an elderly lady in her home, cooking and helping her bathe. where can i go from here",
     "31-1122"),
])
def test_a_way_up_asked_in_everyday_words_is_read_by_meaning(understand, text, held):
    req = understand(text)
    assert req.intent == "moves", (text, req.intent)
    assert [m.code[:7] for m in req.occupations] == [held], (text, [m.title for m in req.occupations])


@pytest.mark.parametrize("text", [
    "i do photoshop as a hobby, can that turn into a job",  # a pastime, not the job held
    "i write code for apps, what would my title be",  # asks what the work is called
    "i cut wedding videos and add music, what do i put as my job on forms",
])
def test_a_pastime_or_a_question_of_the_works_name_is_no_move(understand, text):
    assert understand(text).intent != "moves", text


def test_a_job_asked_about_after_ones_own_work_is_still_the_question(understand):
    req = understand("i work at a hospital. what do nurses make")
    assert req.intent == "job" and req.topic == "salary"
    assert [m.code for m in req.occupations] == ["29-1141.00"]


@pytest.mark.parametrize("text, intent, codes", [
    # jobs weighed or asked about after the work told are the question
    ("im a bus driver. plumbers vs electricians which pays more", "compare", ["53-3051", "47-2152", "47-2111"]),
    ("i work at a law firm. how do paralegals get promoted", "moves", ["23-2011"]),
    # becoming another job is the way there, not a way up from the work told
    ("i do data entry all day, how do i become a data analyst", "gap", ["43-9021", "15-2051"]),
    # "rn" opening a message is the nurse
    ("rn and want to be a np how long", "gap", ["29-1141", "29-1171"]),
])
def test_jobs_named_after_the_work_told_stay_the_question(understand, text, intent, codes):
    req = understand(text)
    assert req.intent == intent and [m.code[:7] for m in req.occupations] == codes, (req.intent, req.occupations)


@pytest.mark.parametrize("text", ["im a cashier, is being a bank teller a better job",
                                  "im a welder, how much more do pipefitters make"])
def test_ones_own_job_weighed_against_another_is_compared(understand, text):
    req = understand(text)
    assert req.intent == "compare" and len(req.occupations) == 2, (req.intent, req.occupations)


def test_past_work_and_side_hustles_are_no_work_told(understand):
    from bot.understanding import climbing
    assert climbing.told("i used to be a nurse. how do i move up") is None
    assert climbing.told("i tutor kids as a side hustle, how do i earn more") is None
    assert climbing.told("i tutor kids after school, how do i earn more") is not None


@pytest.mark.parametrize("text, intent, codes", [
    # a rank's word in another occupation's title is no rank: the way to that job
    ("i do data entry. how do i become an office manager", "gap", ["43-9021", "43-1011"]),
    # "rn" after a nurse's specialty is the nurse
    ("im a cardiac rn and want to go to crna school", "gap", ["29-1141", "29-1151"]),
])
def test_ranks_and_specialties_are_read_as_what_they_are(understand, text, intent, codes):
    req = understand(text)
    assert req.intent == intent and [m.code[:7] for m in req.occupations] == codes, (req.intent, req.occupations)


@pytest.mark.parametrize("text", ["im a cna, is an lpn harder", "im a server, would i earn the same as a bartender",
                                  "im a pharmacy tech, pharmacist pay vs mine"])
def test_ones_own_job_set_against_another_stays(understand, text):
    assert len(understand(text).occupations) == 2, text


@pytest.mark.parametrize("text", ["i enjoy cooking. where can that take me",
                                  "im a co-manager at a dollar store. how do i move up"])
def test_likings_and_compounds_tell_no_job_held(understand, text):
    req = understand(text)
    assert not (req.intent == "moves" and req.occupations and req.occupations[0].title in (
        "Cooks, Private Household", "Orthoptists")), (req.intent, req.occupations)
