"""A job's answers: its card or the comparison, each section (salary with its chart, skills, duties…), the
skills gap between two jobs, and the buttons that switch between them."""

from __future__ import annotations

from bot.answers import callbacks, sections
from bot.answers.chart import area_range, salary_chart, wage_range
from bot.answers.footers import profiles_footer, with_footer
from bot.answers.lookup import Lookup
from bot.answers.overview import card_text, comparison_text
from bot.answers.replies import MAX_CAPTION, MAX_TEXT, Button, Picture, Reply
from bot.answers.wording import esc
from knowledge.models import Profile

SECTION_LABELS = [
    [("salary", "💰 Salary"), ("skills", "🧠 Skills"), ("duties", "📋 Duties")],
    [("education", "🎓 Education"), ("demographics", "👥 Demographics"), ("outlook", "📈 Outlook")],
    [("path", "🪜 How to become"), ("related", "🔗 Related jobs")],
]
RELATED_LIMIT = 8
Section = tuple[str, list[list[Button]], Picture | None, list[Profile]]
"""A section's text, its extra buttons, maybe a picture, and the profiles whose sources the footer names."""


def member_topic(topic: str) -> str:
    """The section a member's button opens: the one asked about, if a job has it, else the overview."""
    return topic if topic in callbacks.PREFIX and topic != "gap" else "overview"


class JobAnswers:
    def __init__(self, lookup: Lookup) -> None:
        self.lookup = lookup
        self.store = lookup.store
        self._builders = {
            "overview": self._overview, "salary": self._salary, "chart": self._salary, "skills": self._plain,
            "duties": self._duties, "education": self._plain, "demographics": self._plain, "outlook": self._plain,
            "path": self._path, "related": self._related,
        }

    def for_codes(self, topic: str, codes: list[str], area: str | None) -> Reply:
        """A typed question's answer: the section with its picture (a salary question gets the chart)."""
        profiles = self.lookup.profiles(codes)
        if profiles is None:
            return self.lookup.expired()
        return self.section(topic, profiles, area, with_picture=True)

    def section(self, topic: str, profiles: list[Profile], area: str | None = None, page: int = 0,
                with_picture: bool = False) -> Reply:
        """One section for these jobs; ``with_picture`` adds the salary chart (typed salary questions)."""
        build = self._builders.get(topic)
        if build is None:
            return self.lookup.expired()
        text, extra, picture, sourced = build(topic, profiles, area, page, with_picture)
        shown = "salary" if topic == "chart" else topic
        rows = extra + self._section_buttons([p.code for p in profiles], area, shown)
        return Reply(with_footer(text, profiles_footer(sourced, shown), MAX_TEXT), rows, picture)

    # --- one builder per section --------------------------------------------------------------
    def _overview(self, topic: str, profiles: list[Profile], area, page, with_picture) -> Section:
        text = comparison_text(profiles) if len(profiles) > 1 else card_text(profiles[0])
        return text, self._overview_extras(profiles), None, profiles

    def _plain(self, topic: str, profiles: list[Profile], area, page, with_picture) -> Section:
        text = {"skills": sections.skills, "education": sections.education, "demographics": sections.demographics,
                "outlook": sections.outlook}[topic](profiles)
        return text, [], None, profiles

    def _duties(self, topic: str, profiles: list[Profile], area, page: int, with_picture) -> Section:
        text, more = sections.duties(profiles, page)
        codes = [p.code for p in profiles]
        extra = [[Button("Show more", callbacks.encode("duties", codes, area, page + 1))]] if more else []
        return text, extra, None, profiles

    def _path(self, topic: str, profiles: list[Profile], area, page, with_picture) -> Section:
        officials = [self.lookup.official(p) for p in profiles]
        return sections.path(profiles, officials), [], None, profiles + officials

    def _related(self, topic: str, profiles: list[Profile], area, page, with_picture) -> Section:
        with_related = [self.lookup.with_official_related(p) for p in profiles]
        per = RELATED_LIMIT if len(profiles) == 1 else 3
        refs = [r for p in with_related for r in p.related[:per]]
        extra = [[Button(r.title[:60], callbacks.encode("overview", [r.code]))] for r in refs]
        return sections.related(with_related, RELATED_LIMIT), extra, None, profiles

    def _salary(self, topic: str, profiles: list[Profile], area: str | None, page, with_picture: bool) -> Section:
        place = self.lookup.area_name(area) if area else None
        rows = {p.code: self.lookup.area_wage(p, area) for p in profiles} if area else {}
        text = sections.salary(profiles, rows, place)
        sourced = profiles + [self.lookup.official(p) for p in profiles] if place else profiles
        if not any(wage_range(p) for p in profiles):
            return text, [], None, sourced
        # The chart comes with a typed salary question, or when asked for: switching sections by button
        # edits the message in place and does not add a photo to the chat each time.
        codes = [p.code for p in profiles]
        extra = [[Button("📊 Wage chart", callbacks.encode("chart", codes, area))]]
        picture = None
        if topic == "chart" or with_picture:
            here = {c: row for c, (row, _) in rows.items()}
            charted = place if any(area_range(r) for r in here.values()) else None
            caption = (f"Yearly wage ranges in {esc(place)} beside the US: " if charted else
                       "Yearly wage ranges: ") + esc(" · ".join(p.title for p in profiles))
            if place and not charted:  # top-coded or unpublished there: the chart is national only
                caption += f" (US; no {esc(place)} range is published)"
            picture = Picture(salary_chart(profiles, here, charted),
                              with_footer(caption, profiles_footer(sourced, "chart"), MAX_CAPTION))
        return text, extra, picture, sourced

    # --- buttons ------------------------------------------------------------------------------
    def _section_buttons(self, codes: list[str], area: str | None, current: str) -> list[list[Button]]:
        rows = [[Button(label, callbacks.encode(key, codes, area)) for key, label in row if key != current]
                for row in SECTION_LABELS]
        rows = [r for r in rows if r]
        if current != "overview":
            rows[-1].append(Button("⬅ Back to overview", callbacks.encode("overview", codes, area)))
        return rows

    def _overview_extras(self, profiles: list[Profile]) -> list[list[Button]]:
        rows = []
        for p in profiles:
            if p.origin == "page" and p.onet_code and self.store.exists(p.onet_code):
                official = self.store.summary(p.onet_code)
                label = f"Official data: {official.title}"[:60]
                rows.append([Button(label, callbacks.encode("overview", [p.onet_code]))])
        fam = profiles[0].family_code
        if fam:
            label = profiles[0].browse_label or f"Browse {profiles[0].family or 'similar'} jobs"
            rows.append([Button(label[:60], callbacks.encode_browse(fam))])
        return rows

    # --- the skills gap -----------------------------------------------------------------------
    def gap(self, source: Profile, target: Profile) -> Reply:
        a, b = self.lookup.official(source), self.lookup.official(target)
        rows = [[Button(f"About {target.title}"[:60], callbacks.encode("overview", [target.code]))],
                [Button("Compare the two", callbacks.encode("overview", [source.code, target.code]))]]
        return Reply(with_footer(sections.gap(a, b), profiles_footer([a, b], "gap"), MAX_TEXT), rows)
