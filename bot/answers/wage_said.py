"""A wage the user said, set beside the job's published pay ("is 15 an hour good for a cna"): where it falls in
the job's OEWS distribution (10th, 25th, 50th, 75th, 90th percentiles), in the unit the user said it in."""

from __future__ import annotations

from bot.answers.wording import esc, money
from bot.understanding.wages import HOURS_A_YEAR
from knowledge.models import Profile


def beside_pay(profile: Profile, yearly: float, hourly: bool) -> str | None:
    """One line: the said wage (``yearly``, said by the hour when ``hourly``) against the job's percentiles, or
    None when the job's median is not published."""
    s = profile.salary
    if s is None or s.annual_median is None:
        return None

    def shown(year: float) -> str:
        return f"{money(year / HOURS_A_YEAR, cents=True)} an hour" if hourly else f"{money(year)} a year"

    median, p10, p25, p75, p90 = s.annual_median, s.annual_p10, s.annual_p25, s.annual_p75, s.annual_p90
    if p10 is not None and yearly < p10:
        where = f"below the 10th percentile ({shown(p10)}): nine in ten earn more"
    elif p25 is not None and yearly < p25:
        where = f"in the lowest-paid quarter (the 25th percentile is {shown(p25)})"
    elif yearly < median:
        where = f"below the median of {shown(median)}"
    elif p75 is None or yearly < p75:
        where = f"above the median of {shown(median)}"
    elif p90 is None or yearly < p90:
        where = f"in the top quarter (the 75th percentile is {shown(p75)})"
    else:
        where = f"in the top tenth (the 90th percentile is {shown(p90)})"
    return f"<i>For {esc(profile.title.lower())} in the US, {shown(yearly)} is {where}.</i>"
