"""A PNG chart of wage ranges: one bar per job from the 10th to the 90th percentile, the median marked and
labelled; with a place, each job's bar in that place under its national one, in another colour."""

from __future__ import annotations

import functools
import io

from PIL import Image, ImageDraw, ImageFont

from knowledge.models import AreaWage, Profile

WIDTH, ROW, TOP, LEFT, RIGHT = 800, 100, 70, 20, 40
# Drawn straight into a 6-colour palette image (white, ink, blue, red, grey, green): small, fast to encode.
WHITE, INK, BAR, MEDIAN, GRID, PLACE = range(6)
PALETTE = [255, 255, 255, 33, 33, 33, 66, 133, 244, 219, 68, 55, 220, 220, 220, 15, 157, 88]
LARGE, SMALL = 18, 14


def wage_range(p: Profile) -> tuple[int, int, int] | None:
    """(low, middle, high): OEWS 10th/median/90th percentile, or a page's range and average."""
    s = p.salary
    if s is None:
        return None
    if s.annual_p10 is not None and s.annual_p90 is not None and (s.annual_median or s.annual_mean):
        return s.annual_p10, s.annual_median or s.annual_mean, s.annual_p90
    if s.range_low is not None and s.range_high is not None and s.annual_mean:
        return s.range_low, s.annual_mean, s.range_high
    return None


def area_range(row: AreaWage | None) -> tuple[int, int, int] | None:
    """(low, median, high) of a job's wages in a place: OEWS 10th/median/90th percentile there."""
    if row is None or row.annual_p10 is None or row.annual_p90 is None or not (row.annual_median or row.annual_mean):
        return None
    return row.annual_p10, row.annual_median or row.annual_mean, row.annual_p90


def salary_chart(profiles: list[Profile], places: dict[str, AreaWage | None] | None = None,
                 place_name: str | None = None) -> bytes | None:
    """The PNG for these jobs (with a place: each job's range there under its national one), drawn once per
    distinct set of bars (cached: the figures do not change)."""
    bars: list[tuple[str, int, tuple[int, int, int]]] = []
    for p in profiles:
        if r := wage_range(p):
            bars.append((p.title + (" (US)" if place_name else ""), BAR, r))
        if place_name and (r := area_range((places or {}).get(p.code))):
            bars.append((f"{p.title} ({place_name})", PLACE, r))
    pages = any(p.origin == "page" and wage_range(p) for p in profiles)
    return _chart(tuple(bars), pages, place_name) if bars else None


@functools.lru_cache(maxsize=512)
def _chart(bars: tuple[tuple[str, int, tuple[int, int, int]], ...], pages: bool, place: str | None) -> bytes:
    lo = min(r[0] for _, _, r in bars)
    hi = max(r[2] for _, _, r in bars)
    span = max(hi - lo, 1)
    lo, hi = max(0, lo - span * 0.08), hi + span * 0.08
    height = TOP + ROW * len(bars) + 40
    img = Image.new("P", (WIDTH, height), WHITE)
    img.putpalette(PALETTE)
    draw = ImageDraw.Draw(img)

    def text(xy: tuple[float, float], words: str, size: int = SMALL) -> None:
        draw.bitmap((round(xy[0]), round(xy[1])), _label(words, size), fill=INK)

    title = "Yearly wages: 10th to 90th percentile, median marked"
    if place:
        title = f"Yearly wages: {place} (green), US (blue); 10th to 90th percentile"  # the font has no dashes
    if pages:
        title += " (pages: range and average)"
    text((LEFT, 16), title[:90], LARGE)

    def x(v: float) -> float:
        return LEFT + (v - lo) / (hi - lo) * (WIDTH - LEFT - RIGHT)

    for tick in _ticks(lo, hi):
        draw.line([(x(tick), TOP - 8), (x(tick), height - 36)], fill=GRID)
        text((x(tick) - 22, height - 30), f"${tick / 1000:,.0f}k")
    for i, (label, colour, (low, mid, high)) in enumerate(bars):
        y = TOP + i * ROW
        text((LEFT, y), label[:70])
        draw.rectangle([x(low), y + 24, x(high), y + 50], fill=colour)
        draw.rectangle([x(mid) - 2, y + 18, x(mid) + 2, y + 56], fill=MEDIAN)
        text((x(low), y + 58), f"${low:,}")
        text((min(max(x(mid) - 45, LEFT), WIDTH - 150), y + 72), f"median ${mid:,}")  # a line of its own
        text((max(x(low) + 70, x(high) - 70), y + 58), f"${high:,}")
    buf = io.BytesIO()
    img.save(buf, format="PNG", compress_level=3)  # 1.5 ms instead of 2.2 at level 6, ~1 KB more
    return buf.getvalue()


@functools.cache
def _font(size: int) -> ImageFont.FreeTypeFont:
    """Pillow's bundled scalable font (no system fonts needed), loaded once per size."""
    return ImageFont.load_default(size=size)


@functools.lru_cache(maxsize=4096)
def _label(words: str, size: int) -> Image.Image:
    """The words as a 1-bit mask (as Pillow draws text on a palette image), set from glyphs each rendered once:
    titles, tick labels and figures are new from chart to chart, and rendering text was most of the cost of
    drawing one (0.6 ms a label; set from cached glyphs, about 0.05)."""
    glyphs = [_glyph(ch, size) for ch in words]
    width = sum(advance for _, _, advance in glyphs)
    mask = Image.new("1", (max(round(width) + size // 2 + 2, 1), _line_height(size)), 0)  # room for the last glyph
    x = 1.0
    for glyph, pad, advance in glyphs:
        left = max(round(x) - pad, 0)
        mask.paste(1, (left, 0, left + glyph.width, glyph.height), glyph)
        x += advance
    return mask


@functools.lru_cache(maxsize=1024)
def _glyph(ch: str, size: int) -> tuple[Image.Image, int, float]:
    """One character's mask, drawn at the line's top as a whole label would draw it, with the pixels it sets
    left of its origin (a comma's tail) and its advance."""
    font = _font(size)
    left, _, right, _ = font.getbbox(ch)
    pad = max(0, -int(left))
    glyph = Image.new("1", (max(int(right) + pad + 1, 1), _line_height(size)), 0)
    ImageDraw.Draw(glyph).text((pad, 0), ch, fill=1, font=font)
    return glyph, pad, font.getlength(ch)


@functools.cache
def _line_height(size: int) -> int:
    return int(_font(size).getbbox("Ag$,()|0")[3]) + 2


def _ticks(lo: float, hi: float) -> list[int]:
    step = next(s for s in (5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 250_000) if (hi - lo) / s <= 8)
    start = int(lo // step + 1) * step
    return list(range(start, int(hi), step))
