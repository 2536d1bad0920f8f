"""A salary question with a place gets a chart with the place beside the nation, and a caption naming it."""

from __future__ import annotations

import io

from PIL import Image

from bot.answers.chart import BAR, PLACE, ROW, TOP, area_range, wage_range


def _colours(png: bytes) -> set[int]:
    img = Image.open(io.BytesIO(png))
    return {c for _, c in img.getcolors()}


def test_welder_salary_in_texas_charts_texas_beside_the_us(conversation, store):
    reply, _ = conversation.reply("welder salary in Texas")
    assert reply.picture is not None
    assert "Yearly wage ranges in Texas beside the US" in reply.picture.caption
    img = Image.open(io.BytesIO(reply.picture.png))
    assert img.height == TOP + ROW * 2 + 40  # two bars: the US and Texas
    assert {BAR, PLACE} <= _colours(reply.picture.png)
    texas = next(a.area_code for a in store.areas() if a.name == "Texas")
    p = store.profile("51-4121.00")
    row = store.area_wage(p.wage_code, texas)
    assert area_range(row) == (row.annual_p10, row.annual_median, row.annual_p90) != wage_range(p)


def test_without_a_place_the_chart_is_national_only(conversation):
    reply, _ = conversation.reply("welder salary")
    assert reply.picture is not None and "beside" not in reply.picture.caption
    assert PLACE not in _colours(reply.picture.png)


def test_two_jobs_in_a_place_get_four_bars(conversation):
    reply, _ = conversation.reply("welder vs electrician salary in Ohio")
    img = Image.open(io.BytesIO(reply.picture.png))
    assert img.height == TOP + ROW * 4 + 40 and "Ohio" in reply.picture.caption


def test_top_coded_place_wages_read_as_at_least_and_the_chart_says_why_it_is_national(conversation):
    reply, _ = conversation.reply("oral surgeon salary in Alabama")
    line = next(ln for ln in reply.text.splitlines() if "In Alabama" in ln)
    assert "average ≥ $239,200, median ≥ $239,200" in line  # BLS publishes no figure above its top code
    assert "(US; no Alabama range is published)" in reply.picture.caption
    assert PLACE not in _colours(reply.picture.png)
