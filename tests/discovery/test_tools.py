"""Jobs by tool: "jobs that use SAP", "careers with JavaScript", "i know excel really well what jobs" find the
occupations where the tool is central; ordinary job questions are not read as tool questions."""

from __future__ import annotations

import time

import pytest

from bot.answers import callbacks
from bot.answers.replies import MAX_TEXT
from bot.discovery.tools import PAGE, tools_reply
from bot.understanding.tools import ToolSpec, tool_phrase, tool_request
from knowledge.tool_index import ToolIndex
from tests.helpers import plain, telegram_html_errors


@pytest.fixture(scope="module")
def index(engine) -> ToolIndex:
    return engine.tools


@pytest.fixture(scope="module")
def lookup(conversation):
    return conversation.lookup


def _answer(text, index, lookup):
    spec = tool_request(text, index)
    assert spec is not None, text
    return spec, tools_reply(lookup, index, spec)


@pytest.mark.parametrize("text, tool, expected", [
    ("jobs that use SAP", "SAP software", ["13-2011.00", "13-2031.00"]),  # accountants, budget analysts
    ("careers with JavaScript", "JavaScript", ["15-1254.00", "15-1255.00", "15-1252.00"]),  # web, software devs
    ("what jobs use Revit", "Autodesk Revit", ["17-3011.00", "17-1011.00"]),  # drafters, architects
    ("i know excel really well what jobs", "Microsoft Excel", ["13-2051.00", "13-2011.00"]),  # analysts
    ("which careers use quickbooks", "Intuit QuickBooks", ["13-2011.00", "43-3031.00"]),  # bookkeepers
    ("jobs using autocad", "Autodesk AutoCAD", ["17-3011.00", "17-2051.00"]),  # drafters, civil engineers
    ("python developer jobs?", "Python", ["15-1252.00", "15-1251.00"]),  # software developers, programmers
])
def test_the_occupations_built_around_a_tool_come_first(index, lookup, text, tool, expected):
    """Should name the tool's O*NET example and list the jobs that depend on it in the top eight."""
    spec, reply = _answer(text, index, lookup)
    assert spec.names[0] == tool
    codes = [r["code"] for r in reply.results]
    assert set(expected) <= set(codes), [r["title"] for r in reply.results]
    assert len(reply.results) == PAGE and f"Jobs that use {tool}" in plain(reply.text)
    assert "median $" in plain(reply.text) and "growth " in plain(reply.text)


@pytest.mark.parametrize("text", [
    "nurse salary", "what does a welder do", "software developer vs web developer", "jobs with animals",
    "highest paying jobs", "office jobs", "word jobs", "jobs with access to healthcare", "jobs that use math",
    "I'm good at math", "good at drawing", "jobs in healthcare", "tech jobs", "data jobs", "accounting jobs",
    "jobs with numbers", "someone who fixes teeth", "how much do welders make", "remote jobs", "I know a nurse",
])
def test_ordinary_job_questions_are_not_tool_questions(index, text):
    """Should leave questions that name no tool to the rest of the understander."""
    assert tool_request(text, index) is None


@pytest.mark.parametrize("text, tool", [
    ("jobs that use word", "Microsoft Word"),  # an everyday word counts where only a tool fits
    ("I know access", "Microsoft Access"),
    ("jobs that use ms excel", "Microsoft Excel"),
    ("jobs that use photoshop", "Adobe Photoshop"),
    ("jobs that use quick books", "Intuit QuickBooks"),
    ("careers that require matlab", "The MathWorks MATLAB"),
    ("jobs that use solidworks in texas", "Dassault Systemes SolidWorks"),
    ("what jobs can I get with SQL", "Structured query language SQL"),
    ("jobs that use C++", "C++"),
    ("careers where you use stata", "StataCorp Stata"),  # the vendor is named after its product
    ("jobs using spss", "IBM SPSS Statistics"),  # a product line after its vendor
    ("jobs that use unity", "Unity Technologies Unity"),
])
def test_tools_are_found_by_the_names_people_use(index, text, tool):
    """Should find a product without its vendor, by its short form, spelt apart, or amid other words."""
    spec = tool_request(text, index)
    assert spec is not None and spec.names[0] == tool


@pytest.mark.parametrize("text, tool", [
    ("careers that use archicad", "Graphisoft ArchiCAD"),  # a word in mixed case after its vendor
    ("jobs that use intellij", "JetBrains IntelliJ IDEA"),
    ("careers that use xactimate", "Xactware Xactimate"),  # the vendor spells the product's first letters
    ("jobs that use illustrator", "Adobe Illustrator"),  # a job's word, but a tool slot holds only a tool
    ("occupations that code in c++", "C++"),
    ("which jobs actually use tableau", "Tableau"),
    ("jobs that use workday", "Workday software"),  # one capitalised word before "software", lower case nowhere
    ("what jobs use procore", "Procore software"),
])
def test_a_tool_slot_reads_the_word_a_product_goes_by(index, text, tool):
    spec = tool_request(text, index)
    assert spec is not None and spec.names[0] == tool, spec


@pytest.mark.parametrize("phrase", ["illustrator", "archicad", "xactimate", "animation", "pricing"])
def test_words_read_only_in_a_tool_slot_name_no_tool_in_passing(index, phrase):
    """Should not read "illustrator jobs" as a tool: an illustrator is a job (fine artists)."""
    assert index.find(phrase, ambiguous=False) == []


@pytest.mark.parametrize("text, tool", [
    ("I'm decent at Illustrator from school. which careers use it", "Adobe Illustrator"),
    ("i make mods in unity for fun, what careers use that engine", "Unity Technologies Unity"),
    ("receptionist at a vet, i know avimark inside out. any other jobs that use it",
     "McAllister Software Systems AVImark"),
    ("used matlab a lot in my physics degree, what jobs actually use it", "The MathWorks MATLAB"),
])
def test_a_tool_slot_that_refers_back_takes_the_tool_named_before(conversation, text, tool):
    """Should read "which jobs use it" as the product named earlier: its name before everyday words that happen
    to name a product ("front desk"), an everyday word ("unity") when the slot points back to it."""
    req = conversation.engine.understand(text)
    assert req.intent == "tools" and req.listing.names[0] == tool, (req.intent, req.listing)


@pytest.mark.parametrize("text", ["learning autocad rn, which occupations is it used in",
                                  "i'm doing arcgis maps for a class, which occupations is that used in"])
def test_slang_that_spells_a_job_does_not_hide_a_tool(conversation, text):
    """Should not let "rn" (right now) or "doing" (not DO, osteopathic physicians) stand for a job and hide the
    tool the message names."""
    req = conversation.engine.understand(text)
    assert req.intent == "tools", (req.intent, req.occupations)


def test_the_word_a_product_goes_by_never_comes_from_a_plain_word_or_abbreviation(index):
    """Should take "stata" from "StataCorp Stata" but no "mri" from "Intuit MRI Residential", no "permits" from
    "Accela PERMITS Plus", no "skill" from "SKILL FMEA software"."""
    for phrase in ("mri", "dvd", "permits", "skill"):
        assert not any(phrase.upper() in n.split() for n in index.find(phrase, ambiguous=False)), phrase


@pytest.mark.parametrize("text, tool", [
    ("been using Linux at home for years, could that be a job", "Linux"),
    ("I do everything in SPSS at uni, is that useful for work", "IBM SPSS Statistics"),
    ("picked up python over the summer, what careers could that lead to", "Python"),  # a hot technology
    ("i spend all day in linux at my job, what else could i do", "Linux"),
])
def test_tools_named_in_passing_as_products_are_written_are_found(conversation, text, tool):
    req = conversation.engine.understand(text)
    assert req.intent == "tools" and req.listing.names[0] == tool, (text, req.intent)


@pytest.mark.parametrize("text", ["i have an idea for a job", "jobs where money is good", "paint jobs near me",
                                  "jobs working with livestock", "jobs where I can analyze data",
                                  "jobs where you enforce the law", "jobs on a ski slope"])
def test_everyday_words_in_passing_name_no_tool(conversation, text):
    assert conversation.engine.understand(text).intent != "tools", text


def test_generic_words_and_vendors_alone_name_nothing(index):
    """Should not let "software", "data" or "microsoft" match every example; SAP names its products."""
    for phrase in ("software", "system", "data", "microsoft", "computer"):
        assert index.find(phrase) == [], phrase
    sap = index.find("sap")
    assert sap[0] == "SAP software" and len(sap) > 5 and all(n.startswith("SAP") for n in sap)
    assert index.find("word", ambiguous=False) == [] and index.find("word") == ["Microsoft Word"]
    assert index.find("excel and word") == ["Microsoft Excel", "Microsoft Word"]


def test_each_job_opens_its_skills_and_hot_tools_are_marked(index, lookup):
    """Should give a button per job opening its skills section, and 🔥 where the tool is a hot technology."""
    _, reply = _answer("jobs that use SAP", index, lookup)
    taps = [callbacks.decode(b.data) for row in reply.buttons for b in row]
    assert [(t.section, t.codes[0]) for t in taps] == [("skills", r["code"]) for r in reply.results]
    assert all(r["hot"] for r in reply.results if r["tool"] == "SAP software") and "🔥" in reply.text
    assert all(set(r) == {"code", "title", "tool", "hot"} for r in reply.results)
    assert "O*NET 30.1" in reply.text and "BLS OEWS" in reply.text and "BLS Employment Projections" in reply.text


def test_military_and_unpaid_occupations_are_left_out(index):
    """Should list only civilian occupations with a published wage."""
    uses = index.occupations(index.find("excel") + index.find("microsoft office"))
    assert len(uses) > 500
    assert not [u.code for u in uses if u.code.startswith("55-")]
    assert all(u.annual_median or u.hourly_median or u.top_coded for u in uses)


def test_an_unknown_tool_is_named_in_a_friendly_reply(index, lookup):
    """Should say which tool it does not know, with no results."""
    assert tool_request("jobs that use zorblax", index) is None
    assert tool_phrase("jobs that use zorblax") == "zorblax"
    reply = tools_reply(lookup, index, ToolSpec("zorblax", ()))
    assert "zorblax" in plain(reply.text) and reply.results == [] and reply.buttons


@pytest.mark.parametrize("spec", [ToolSpec("<script>alert(1)</script>", ()), ToolSpec("<b>C++</b> & co", ("C++",)),
                                  ToolSpec("C++", ("C++",))])
def test_tool_names_are_escaped(index, lookup, spec):
    """Should escape whatever the user typed and every O*NET name, so Telegram accepts the HTML."""
    reply = tools_reply(lookup, index, spec)
    assert not telegram_html_errors(reply.text), reply.text
    assert "<script>" not in reply.text and len(reply.text) <= MAX_TEXT


def test_replies_stay_short_and_page_on(index, lookup):
    """Should keep a long list within Telegram's limit and, given a button format, page through it."""
    spec = tool_request("jobs that use sap and excel and word", index)
    assert spec is not None and len(spec.names) > 3
    reply = tools_reply(lookup, index, spec, encode=lambda s: f"t|{s.page}")
    assert len(reply.text) <= MAX_TEXT and len(reply.results) == PAGE
    assert reply.buttons[-1][-1].data == "t|1"
    second = tools_reply(lookup, index, ToolSpec(spec.phrase, spec.names, 1))
    assert plain(second.text).count(f"{PAGE + 1}. ") == 1
    assert not {r["code"] for r in reply.results} & {r["code"] for r in second.results}


@pytest.mark.parametrize("text", ["what " * 800, "jobs that use " * 290, "i know " + "excel " * 600])
def test_long_messages_are_read_quickly(index, text):
    """Should read even a 4,096-character message in a few milliseconds (no regex backtracking blow-up)."""
    start = time.perf_counter()
    tool_request(text[:4096], index)
    assert time.perf_counter() - start < 0.1


def test_a_product_no_list_holds_is_named_not_searched(conversation):
    from tests.helpers import plain

    reply, _ = conversation.reply("jobs that use zorblax")
    assert "zorblax" in plain(reply.text) and "tool" in plain(reply.text) and not reply.results
    described, _ = conversation.reply("jobs that use animals and plants")
    assert described.results and "Jobs that match your description" in plain(described.text)


@pytest.mark.parametrize("text, tool", [
    ("who uses tableau", "Tableau"),
    ("solidworks jobs", "Dassault Systemes SolidWorks"),
    ("careers with mastercam", "Mastercam Design"),  # the product before its edition word
    ("jobs where you'd use figma", "Figma"),
])
def test_a_product_named_in_a_loose_phrasing_is_read(index, text, tool):
    """Should read a word no dictionary holds as the product it names, even outside a tool slot."""
    spec = tool_request(text, index, lambda w: w in {"who", "uses", "jobs", "careers", "with", "where"})
    assert spec is not None and spec.names[0] == tool, spec


def test_a_major_phrasing_is_no_tool_question(conversation):
    """Should answer "jobs for civil engineering grads" with the major's jobs, though a product's name (Bentley
    GEOPAK Civil Engineering Suite) holds the words."""
    assert conversation.engine.understand("jobs for mechanical engineering grads").intent == "major"


@pytest.mark.parametrize("text", ["the job that checks boilers and fits new valves, what is it called",
                                  "work on a fishing boat gutting fish, name of job?"])
def test_everyday_words_in_a_description_name_no_tool(conversation, text):
    """Should not read "fits" as FIT (an acronym in capitals) nor "work" as Microsoft Works."""
    assert conversation.engine.understand(text).intent != "tools", text


@pytest.mark.parametrize("text", ["who needs a painter", "jobs that involve a director", "jobs that involve massage"])
def test_a_person_or_an_activity_after_need_or_involve_is_no_tool(conversation, text):
    """Should not read "a painter" as Corel Painter nor "massage" as Massage Suite after "need" or "involve"."""
    assert conversation.engine.understand(text).intent != "tools", text


def test_a_slot_referring_to_several_tools_takes_them_all(conversation):
    req = conversation.engine.understand("i know sql and python, which jobs use them")
    assert req.intent == "tools" and {"Python", "Structured query language SQL"} <= set(req.listing.names)


def test_civil_engineering_grads_is_a_major(conversation):
    assert conversation.engine.understand("jobs for civil engineering grads").intent == "major"


@pytest.mark.parametrize("text", ["is solidworks used anywhere outside engineering school",
                                  "can you write python for a living without a degree"])
def test_a_tool_asked_about_in_other_words_of_work_is_a_tool_question(understand, text):
    """Should list the jobs using the tool: "used anywhere" and "for a living" are about work too."""
    assert understand(text).intent == "tools", text


@pytest.mark.parametrize("text, tool", [("editing podcasts in audition, what jobs", "Adobe Audition"),
                                        ("3d modelling in maya, careers?", "Autodesk Maya"),
                                        ("i build dashboards in tableau, which jobs", "Tableau")])
def test_work_done_in_a_product_asks_for_the_jobs_using_it(understand, text, tool):
    """Should list the jobs using the product the work is done in, not the job a word of the work names."""
    req = understand(text)
    assert req.intent == "tools" and tool in req.listing.names, (req.intent, req.listing)


def test_work_done_in_a_field_is_no_tool(understand):
    assert understand("working in sales, what jobs can i get").intent != "tools"
    assert understand("cooking in my kitchen is fun").intent != "tools"
