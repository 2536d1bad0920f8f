"""Understanding messages: intents, occupations in order, topics, places, and bad input."""

from __future__ import annotations

import pytest

from knowledge.build import page_code

MAO, PC = page_code("Medical office administrator"), page_code("Patient coordinator")


def codes(req):
    return [m.code for m in req.occupations]


@pytest.mark.parametrize("text", [
    "medical office administrator vs patient coordinator",
    "Medical Office Administrator versus Patient Coordinator",
    "medcal office admin or patient coordinators?",
    "compare medical office administrator and patient coordinator",
    "difference between a medical office administrator and a patient coordinator",
    "medical office administrator v. patient coordinator",
    "medical office administrator compared to patient coordinator",
])
def test_seed_pair_in_many_phrasings(understand, text):
    req = understand(text)
    assert req.intent == "compare"
    assert codes(req) == [MAO, PC]


def test_abbreviations_compare(understand):
    req = understand("RN vs LPN")
    assert (req.intent, codes(req)) == ("compare", ["29-1141.00", "29-2061.00"])


def test_two_names_of_one_occupation(understand):
    req = understand("difference between a paralegal and a legal assistant")
    assert codes(req) == ["23-2011.00"] and req.same_occupation


def test_three_and_four_way_compare(understand):
    req = understand("compare nurse, accountant and welder")
    assert (req.intent, codes(req)) == ("compare", ["29-1141.00", "13-2011.00", "51-4121.00"])
    req = understand("nurse practitioner vs physician assistant vs registered nurse vs lpn vs welder")
    assert req.intent == "compare" and len(req.occupations) == 4


def test_title_containing_and_is_not_split(understand):
    req = understand("Paralegals and Legal Assistants vs lawyers")
    assert codes(req) == ["23-2011.00", "23-1011.00"]


@pytest.mark.parametrize(("text", "topic", "place"), [
    ("how much do welders make in Texas", "salary", "Texas"),
    ("welder salary in TX", "salary", "Texas"),
    ("welder salary in Austin", "salary", "Austin-Round Rock-San Marcos, TX"),
    ("what does a phlebotomist do", "duties", None),
    ("skills for a phlebotomist", "skills", None),
    ("phlebotomist education requirements", "education", None),
    ("job outlook for phlebotomists", "outlook", None),
])
def test_one_job_with_topic_and_place(understand, text, topic, place):
    req = understand(text)
    assert req.intent == "job" and len(req.occupations) == 1
    assert req.topic == topic
    assert (req.place.name if req.place else None) == place


def test_which_pays_more(understand):
    req = understand("truck driver or electrician: which pays more?")
    assert req.intent == "compare" and req.topic == "salary" and len(req.occupations) == 2


def test_software_in_a_title_is_not_the_skills_topic(understand):
    req = understand("software engineer in CA")
    assert codes(req) == ["15-1252.00"] and req.topic is None and req.place.name == "California"


@pytest.mark.parametrize(("text", "intent"), [
    ("and skills?", "topic"), ("what about in Florida?", "topic"), ("add registered nurse", "add"),
    ("compare with nurse practitioner", "add"), ("hi", "greeting"), ("thanks!", "thanks"), ("/help", "help"),
    ("how do I move from cashier to accountant", "gap"), ("browse office jobs", "browse"),
])
def test_follow_ups_and_small_talk(understand, text, intent):
    assert understand(text).intent == intent


@pytest.mark.parametrize("text", ["hi", "thanks!", "what's the weather", "lol", "my cat is sick",
                                  "reboot the router", "", "   ", "🙂🙂🙂", "привет", "こんにちは", "!!!"])
def test_non_job_messages_name_no_job(understand, text):
    assert understand(text).occupations == []


def test_misspelt_unknown_job_gives_candidates_not_a_guess(understand):
    req = understand("salary of a pharmacy techncian assistent")
    mention = req.occupations[0]
    assert not mention.confident and len(mention.candidates) >= 2  # a question back, not an answer
    assert "31-9095.00" in [c.code for c in mention.candidates]  # pharmacy aides among them


def test_huge_message_is_bounded(understand):
    text = ("nurse vs welder " * 400)[:4096] + "x" * 5000
    req = understand(text)
    assert req.truncated and len(req.text) <= 4096
    assert req.intent == "compare" and len(req.occupations) <= 4


def test_markup_and_invisible_characters(understand):
    assert codes(understand("<b>nurse</b>\u200b vs <i>welder</i>")) == ["29-1141.00", "51-4121.00"]
    assert codes(understand("RN\u202e vs LPN")) == ["29-1141.00", "29-2061.00"]


@pytest.mark.parametrize("text, code", [("thinking about becoming a vet tech, good idea?", "29-2056.00"),
                                        ("is the paycheck good for a welder", "51-4121.00")])
def test_an_article_never_starts_a_title_that_lacks_it(understand, text, code):
    """"a vet tech" is a vet tech, not "a vet" (the lexicon's vet) and a stray "tech"."""
    assert [m.code for m in understand(text).occupations] == [code]


@pytest.mark.parametrize("text, topic", [("whats the paycheck like for a plumber", "salary"),
                                         ("racial makeup of pilots", "demographics"),
                                         ("which certs does a network admin need", "path"),
                                         ("do you need a licence to be an electrician", "path")])
def test_everyday_topic_words(understand, text, topic):
    assert understand(text).topic == topic, text


def test_versus_between_two_jobs_is_a_comparison_whatever_else_the_message_says(understand):
    """Should compare nurses with doctors, not rank "good money" healthcare jobs, when the message sets them
    against each other."""
    req = understand("everyone says nursing pays good money and has less debt. nurse vs doctor, which is better?")
    assert req.intent in ("compare", "job") and req.listing is None
    assert {m.code[:5] for m in req.occupations} >= {"29-11", "29-12"}, [m.title for m in req.occupations]


def test_a_field_said_with_its_noun_is_a_side_of_a_comparison(understand):
    req = understand("medical field or computers, which is safer for the next 20 years")
    assert [m.code[:2] for m in req.occupations] == ["29", "15"], [m.title for m in req.occupations]


def test_it_the_pronoun_after_a_comma_is_no_second_job(understand):
    """Should read "whats it like" as a question about nurses, not a comparison with IT."""
    req = understand("nurse life, whats it really like")
    assert [m.code[:7] for m in req.occupations] == ["29-1141"], [m.title for m in req.occupations]
    assert [m.code[:2] for m in understand("nursing or it").occupations] == ["29", "15"]


def test_a_job_named_before_a_dash_and_its_degree_asks_about_the_job(understand):
    """Should answer the dietitians' education, not the jobs for a dietetics major."""
    req = understand("dietitian - is a bachelors enough or do u need a masters now")
    assert req.intent == "job" and req.occupations[0].code.startswith("29-1031"), (req.intent, req.listing)


def test_a_side_followed_by_what_it_is_for_is_still_a_side(understand):
    """Should compare both jobs: "for a calmer life", "if i hate blood" say why, not another job."""
    req = understand("plumber or electrician for a quieter life")
    assert [m.code[:7] for m in req.occupations] == ["47-2152", "47-2111"], [m.title for m in req.occupations]
    req = understand("lawyer or doctor if i hate blood")
    assert [m.code[:5] for m in req.occupations] == ["23-10", "29-12"], [m.title for m in req.occupations]


def test_a_small_word_before_tech_is_no_operating_room_tech(understand):
    """Should not read "in tech" as "OR Tech" (surgical technologists): the title keys drop "or" as a small word,
    so only a title that itself starts with the word may start with it; "a cop" still is a cop."""
    req = understand("management consulting or working in tech")
    assert "29-2055.00" not in [m.code for m in req.occupations], [m.title for m in req.occupations]
    assert [m.code[:7] for m in understand("pros n cons of being a cop").occupations] == ["33-3051"]


@pytest.mark.parametrize("text, side", [("electrician or some kind of healthcare job", "29"),
                                        ("data analyst or a general tech job", "15")])
def test_a_field_with_words_that_only_modify_it_is_a_side(understand, text, side):
    """Should compare with the field ("some kind of healthcare job" is healthcare), not drop the side."""
    req = understand(text)
    assert len(req.occupations) == 2 and req.occupations[1].code.startswith(side), [m.title for m in req.occupations]
