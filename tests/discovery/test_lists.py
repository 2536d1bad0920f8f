"""Ranked lists: understood from the question, refined by follow-ups, paged by stateless buttons, and equal to
the same list recomputed from the raw BLS files."""

from __future__ import annotations

import csv
import gzip
import sqlite3

import pytest

from bot.answers import callbacks
from bot.understanding import listing
from tests.helpers import plain, telegram_html_errors

TEXAS = "4800000"


@pytest.mark.parametrize("text, metric, families, education", [
    ("highest paying jobs without a degree", "pay", (), "n"),
    ("fastest growing healthcare jobs", "growth", ("29", "31"), None),
    ("jobs with the most openings", "openings", (), None),
    ("best paying jobs in Texas", "pay", (), None),
    ("which office jobs pay the most", "pay", ("43",), None),
    ("fastest growing jobs that need a bachelor's", "growth", (), "b"),
    ("most common jobs", "jobs", (), None),
])
def test_list_questions_are_understood(understand, text, metric, families, education):
    req = understand(text)
    assert req.intent == "list"
    spec = req.listing
    assert (spec.metric, spec.families, spec.education) == (metric, families, education)
    assert spec.area == (TEXAS if "Texas" in text else None)


@pytest.mark.parametrize("text", ["which pays more, nurse or welder", "what does a pay clerk do", "best jobs ever lol"])
def test_other_questions_are_not_lists(understand, text):
    assert understand(text).intent != "list"


def test_button_data_round_trips_and_forgeries_expire(conversation):
    spec = listing.ListSpec("pay", ("29", "31"), "b", TEXAS, 3)
    assert callbacks.decode(callbacks.encode_list(spec)) == spec and len(callbacks.encode_list(spec)) <= 64
    for forged in ("l|p|-|n|9999999|0", "l|x|-|n|-|0", "l|p|-|n|-|999", "l|p|29+|n|-|0"):
        reply, _ = conversation.press(forged)
        assert "expired" in plain(reply.text), forged


def raw_oews(shared, tmp_path) -> sqlite3.Connection:
    path = tmp_path / "oews.sqlite"
    with gzip.open(shared / "bls/oews/oews-2025.sqlite.gz") as packed:
        path.write_bytes(packed.read())
    return sqlite3.connect(path)


def test_best_paying_jobs_in_texas_equal_the_raw_oews_cells(conversation, store, shared, tmp_path):
    reply, _ = conversation.reply("best paying jobs in Texas")
    assert not telegram_html_errors(reply.text) and "in Texas" in plain(reply.text)
    wage_codes = {r["wage_code"].replace("-", ""): r["code"] for r in store.db.query(
        "SELECT wage_code, MIN(code) AS code FROM occupations WHERE origin = 'onet' AND wage_code IS NOT NULL "
        "GROUP BY wage_code")}
    raw = []
    for occ, median, note in raw_oews(shared, tmp_path).execute(
            f"SELECT substr(key, 18, 6), v13, f13 FROM cell WHERE key LIKE 'OEUS{TEXAS}000000%'"):
        if occ in wage_codes and (median not in ("-", None, "") or note == "5"):
            raw.append((239_200 if note == "5" else int(float(median)), wage_codes[occ]))
    raw.sort(reverse=True)
    assert [r["pay"] for r in reply.results] == [v for v, _ in raw[:10]]
    assert {r["code"] for r in reply.results} >= {c for v, c in raw if v > raw[9][0]}


def test_fastest_growing_with_a_bachelors_equal_the_projections_table(conversation, store, shared):
    reply, _ = conversation.reply("fastest growing jobs that need a bachelor's degree")
    with open(shared / "bls/ep/ep_2024-34_table1.2_occupational_projections.csv", encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if r["Occupation type"] == "Line item"
                and r["Typical education needed for entry"] == "Bachelor's degree"]
    known = {r["wage_code"] for r in store.db.query("SELECT DISTINCT wage_code FROM occupations WHERE origin='onet'")}
    growth = sorted((float(r["Employment change, percent, 2024–34"]) for r in rows
                     if r["2024 National Employment Matrix code"] in known), reverse=True)
    assert [r["growth"] for r in reply.results] == growth[:10]


def test_without_a_degree_means_below_an_associates(conversation, store):
    reply, _ = conversation.reply("highest paying jobs without a degree")
    assert len(reply.results) == 10
    for r in reply.results:
        assert store.profile(r["code"]).outlook.entry_education in listing.EDUCATION["n"]
    pays = [r["pay"] for r in reply.results]
    assert pays == sorted(pays, reverse=True)
    assert f"${pays[0]:,} median" in plain(reply.text)


def test_follow_ups_refine_the_last_list(conversation):
    reply, ctx = conversation.reply("highest paying jobs without a degree")
    first = [r["code"] for r in reply.results]
    more, ctx2 = conversation.reply("more", ctx)
    assert "11. " in plain(more.text) and not set(first) & {r["code"] for r in more.results}
    ohio, ctx3 = conversation.reply("only in Ohio", ctx2)
    assert "in Ohio" in plain(ohio.text) and callbacks.decode(ctx3.listing).area == "3900000"
    assert callbacks.decode(ctx3.listing).page == 0 and callbacks.decode(ctx3.listing).education == "n"
    health, ctx_h = conversation.reply("what about healthcare", ctx3)
    assert callbacks.decode(ctx_h.listing).families == ("29", "31") and "Healthcare" in plain(health.text)
    _, ctx4 = conversation.reply("how much do welders make", ctx3)
    assert ctx4.listing is None and ctx4.codes == ["51-4121.00"]  # a job question ends the list


def test_paging_buttons_and_job_buttons(conversation):
    reply, _ = conversation.reply("jobs with the most openings")
    data = [b.data for row in reply.buttons for b in row]
    assert all(len(d.encode()) <= 64 for d in data)
    more = next(b for row in reply.buttons for b in row if b.label.startswith("More"))
    page2, ctx = conversation.press(more.data)
    assert plain(page2.text).splitlines()[1].startswith("11. ") and ctx.listing == more.data
    assert any(b.label.startswith("◀") for row in page2.buttons for b in row)


def test_growth_in_a_place_says_it_is_national(conversation):
    reply, _ = conversation.reply("fastest growing jobs in Ohio")
    assert "national figures" in plain(reply.text)


def test_no_match_is_a_friendly_answer(conversation):
    reply, _ = conversation.reply("highest paying farming jobs that need a doctoral degree")
    assert "Try fewer filters" in plain(reply.text) and reply.results == []


def test_ask_json_carries_results(monkeypatch, capsys):
    import io
    import json

    from cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["ask", "highest paying jobs without a degree", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["request"]["intent"] == "list" and len(out["results"]) == 10
    assert set(out["results"][0]) == {"code", "title", "pay"}


@pytest.mark.parametrize("text, pay, growth", [
    ("fastest growing jobs paying over $80,000", 80_000, None),
    ("highest paying jobs without a degree growing at least 5%", None, 5),
    ("best paying jobs above 100k", 100_000, None),
])
def test_pay_and_growth_floors(conversation, store, text, pay, growth):
    reply, ctx = conversation.reply(text)
    spec = callbacks.decode(ctx.listing)
    assert (spec.min_pay, spec.min_growth) == (pay, growth) and reply.results
    for r in reply.results:
        p = store.profile(r["code"])
        assert pay is None or p.salary.annual_median >= pay
        assert growth is None or p.outlook.growth_pct >= growth
    more = next(b for row in reply.buttons for b in row if b.label.startswith("More"))
    assert callbacks.decode(more.data).min_pay == pay and len(more.data.encode()) <= 64
