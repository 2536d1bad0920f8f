"""A title that jobs of many kinds hold ("director", "owner") is no answer by one occupation's alternate title:
O*NET files "Owner" under urologists and "Director" under producers and directors, but owners and directors
work in every family (issue 20: no absurd answers). Examples written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("title", ["Director", "Dairyman"])
def test_a_title_many_families_hold_is_not_answered_by_an_alternate_title(coder, title):
    assert not coder.code(title).confident, title


@pytest.mark.parametrize("text", ["owner", "how much does a business owner make", "small business owner salary"])
def test_an_owner_is_asked_about_as_the_work_of_running_a_business(understand, text):
    req = understand(text)
    assert len(req.occupations) == 1 and not req.occupations[0].confident, req.occupations
    offered = {c.code[:7] for c in req.occupations[0].candidates[:2]}
    assert offered == {"11-1021", "11-1011"}, offered


def test_a_title_one_family_holds_is_still_answered(coder):
    assert coder.code("Yardmaster").confident  # railroad titles: one major group
