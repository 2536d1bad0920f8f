"""The conversation: a message or a button tap, plus the chat's context, becomes a reply and a new context.

Decision order for a message: small talk (greeting, help, thanks) → "did you mean" for an uncertain job
name → follow-ups that use the context (a topic, a place, "add X") → a skills gap → browsing a family →
a comparison → one job (its card, or the section asked about) → a friendly "unknown". Button taps carry
everything they need (see bot/buttons.py); the context only makes typed follow-ups work.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from pydantic import BaseModel, Field

from bot.answers import callbacks as buttons
from bot.answers import sections, texts
from bot.answers.chart import area_range, salary_chart, wage_range
from bot.answers.overview import card_text, comparison_text
from bot.answers.replies import MAX_CAPTION, MAX_TEXT, Button, Picture, Reply
from bot.answers.wording import esc, money, number, pct
from bot.discovery import lists as rankings
from bot.discovery import moves, search
from bot.engine import Engine
from bot.understanding.understander import MAX_COMPARE, Mention, Request
from knowledge.keys import most_shared
from knowledge.models import AreaWage, Profile
from knowledge.sources import oews, onet, projections

SECTION_LABELS = [
    [("salary", "💰 Salary"), ("skills", "🧠 Skills"), ("duties", "📋 Duties")],
    [("education", "🎓 Education"), ("demographics", "👥 Demographics"), ("outlook", "📈 Outlook")],
    [("path", "🪜 How to become"), ("related", "🔗 Related jobs")],
]
SOURCES_BY_SECTION = {
    "overview": None, "salary": ("BLS OEWS",), "skills": ("O*NET",), "duties": ("O*NET",),
    "education": ("O*NET", "BLS Employment"), "demographics": ("BLS CPS",),
    "outlook": ("BLS Employment",), "related": ("O*NET",), "gap": ("O*NET",), "chart": ("BLS OEWS",),
    "path": ("O*NET", "BLS Employment", "Career comparison"),
}
BROWSE_PAGE = 8
ALL_FAMILIES = "00-0000"
RELATED_LIMIT = 8
GROUP_MEMBERS = 8


class ChatMemory(BaseModel):
    """What one chat's follow-ups need: the last occupations, topic and place, or the last ranked list (as its
    button data). Nothing else is kept."""

    codes: list[str] = Field(default_factory=list)
    topic: str | None = None
    area: str | None = None
    listing: str | None = None


class Conversation:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.store = engine.store
        self._examples: list[list[Button]] | None = None

    # --- entry points -------------------------------------------------------------------------
    def reply(self, text: str, context: ChatMemory | None = None) -> tuple[Reply, ChatMemory]:
        """Answer a typed message."""
        ctx = context or ChatMemory()
        req = self.engine.understand(text)
        return self._answer(req, ctx)

    def press(self, data: str, context: ChatMemory | None = None) -> tuple[Reply, ChatMemory]:
        """Answer a button tap; forged, foreign or stale data gets a polite 'expired'."""
        ctx = context or ChatMemory()
        spec = rankings.decode(data)
        if spec is not None:
            return self.ranked(spec), ChatMemory(listing=data)
        found = search.decode(data)
        if found is not None:
            return self.searched(*found), ChatMemory(listing=data)
        tap = buttons.decode(data)
        if tap is None:
            return Reply(texts.EXPIRED, self.example_buttons()), ctx
        if tap.section == "browse":
            return self.browse(tap.family, tap.page), ctx
        profiles = self._profiles(tap.codes)
        if profiles is None or (tap.area and not self._area_name(tap.area)):
            return Reply(texts.EXPIRED, self.example_buttons()), ctx
        if tap.section == "gap":
            if len(profiles) != 2:
                return Reply(texts.EXPIRED, self.example_buttons()), ctx
            return self.gap(profiles[0], profiles[1]), ctx
        topic = "salary" if tap.section == "chart" else tap.section
        new_ctx = ChatMemory(codes=list(tap.codes), topic=topic, area=tap.area)
        return self.section(tap.section, profiles, tap.area, tap.page), new_ctx

    # --- message answers ----------------------------------------------------------------------
    def _answer(self, req: Request, ctx: ChatMemory) -> tuple[Reply, ChatMemory]:
        if req.intent in ("greeting", "help"):
            body = texts.WELCOME if req.intent == "greeting" else texts.HELP
            return Reply(body, self.example_buttons()), ctx
        if req.intent == "thanks":
            return Reply(texts.THANKS), ctx
        if req.intent == "list" and req.listing:
            return self.ranked(rankings.decode(req.listing)), ChatMemory(listing=req.listing)
        if req.intent == "search" and req.listing:
            return self.searched(*search.decode(req.listing)), ChatMemory(listing=req.listing)
        last_search = search.decode(ctx.listing) if ctx.listing else None
        if last_search and not req.occupations and rankings.MORE.fullmatch(req.text):
            words, page = last_search
            data = search.encode(words, min(search.MAX_PAGE, page + 1))
            return self.searched(*search.decode(data)), ChatMemory(listing=data)
        previous = rankings.decode(ctx.listing) if ctx.listing else None
        if previous and not req.occupations:
            refined = rankings.refine(previous, req.text, req.place.area_code if req.place else None)
            if refined:
                return self.ranked(refined), ChatMemory(listing=rankings.encode(refined))
        unsure = [m for m in req.occupations if not m.confident]
        area = req.place.area_code if req.place else None
        if unsure and unsure[0].groups and len(req.occupations) == 1 and req.intent != "gap":
            return self.group_card(unsure[0], req.topic or "overview", area), ctx
        if unsure:
            return self._did_you_mean(req, unsure[0]), ctx
        codes = [m.code for m in req.occupations]
        area = req.place.area_code if req.place else None
        if req.intent == "topic":
            if req.unresolved or not ctx.codes:
                if req.unresolved:
                    return Reply(texts.unknown(req.unresolved), self.example_buttons()), ctx
                return Reply(texts.NO_JOB_YET, self.example_buttons()), ctx
            topic = req.topic or ctx.topic or "overview"
            if req.place and not req.topic:
                topic = "salary"
            codes, area = ctx.codes, area or ctx.area
            return self._section_for(topic, codes, area), ChatMemory(codes=codes, topic=topic, area=area)
        if req.intent == "add":
            codes = list(dict.fromkeys(ctx.codes + codes))[-MAX_COMPARE:]
            topic = ctx.topic if ctx.topic and ctx.topic != "overview" else "overview"
            return self._section_for(topic, codes, area or ctx.area), ChatMemory(codes=codes, topic=topic,
                                                                               area=area or ctx.area)
        if req.intent == "moves" and len(codes) == 1:
            return self.moves(codes[0], moves.wants_more_pay(req.text)), ChatMemory(codes=codes, topic="related")
        if req.intent == "gap" and len(codes) == 2:
            a, b = self._profiles(codes)
            return self.gap(a, b), ChatMemory(codes=codes, topic="gap")
        if req.intent == "browse":
            return self._browse_for(req, codes), ctx
        if codes:
            topic = req.topic or "overview"
            reply = self._section_for(topic, codes, area)
            lead = next((m for m in req.occupations if m.generic), None)
            if lead and len(codes) == 1:
                reply = self._with_others(reply, lead, topic, area)
            if req.same_occupation:
                names = " and ".join(f"“{esc(m.phrase)}”" for m in req.occupations)
                reply = Reply(f"{names} name the same occupation.\n\n" + reply.text, reply.buttons, reply.picture)
            return reply, ChatMemory(codes=codes, topic=topic, area=area)
        return Reply(texts.unknown(req.unresolved), self.example_buttons()), ctx

    # --- ranked lists -------------------------------------------------------------------------
    def ranked(self, spec: rankings.ListSpec) -> Reply:
        """A ranked list: ten occupations with the figure ranked by, a button each, and paging."""
        place = self._area_name(spec.area) if spec.area else None
        if spec.area and not place:
            return Reply(texts.EXPIRED, self.example_buttons())
        education = rankings.EDUCATION.get(spec.education or "", ())
        rows, total = self.store.ranking(spec.metric, spec.families, education, spec.area,
                                         rankings.PAGE, spec.page * rankings.PAGE, spec.min_pay, spec.min_growth)
        families = dict((c[:2], t) for c, t, _ in self.store.families())
        title = spec.describe(place)
        if spec.families:
            title += " — " + ", ".join(families.get(f, f) for f in spec.families)
        if not rows:
            return Reply(f"<b>{esc(title)}</b>\nNo occupation matches all of that. Try fewer filters.",
                         self.example_buttons(), results=[])
        local = spec.area and spec.metric in ("pay", "jobs")
        lines = [f"<b>{esc(title)}</b>"]
        if spec.area and not local:
            lines.append(f"<i>{esc(rankings.METRICS[spec.metric].capitalize())} are national figures: BLS "
                         f"projects occupations for the whole country only.</i>")
        start = spec.page * rankings.PAGE
        results = []
        for i, r in enumerate(rows, start + 1):
            figure = _figure(spec.metric, r["value"], r["top_coded"])
            lines.append(f"{i}. {esc(r['title'])} — {figure}")
            results.append({"code": r["code"], "title": r["title"], spec.metric: r["value"]})
        lines.append(f"\n{start + 1}–{start + len(rows)} of {total} occupations, ranked by "
                     f"{rankings.METRICS[spec.metric]}{' in ' + esc(place) if local else ''}.")
        area = spec.area if local else None
        buttons_rows = [[Button(r["title"][:60], buttons.encode("salary" if local else "overview", [r["code"]],
                                                                area))] for r in rows]
        buttons_rows += _pager(
            rankings.encode(replace(spec, page=spec.page - 1)) if spec.page > 0 else None,
            rankings.encode(replace(spec, page=spec.page + 1))
            if start + len(rows) < total and spec.page < rankings.MAX_PAGE else None)
        used = {"pay": [oews], "jobs": [oews], "growth": [projections], "openings": [projections]}[spec.metric]
        if spec.education and projections not in used:
            used.append(projections)
        return Reply(_with_footer("\n".join(lines), _datasets_footer(used), MAX_TEXT), buttons_rows,
                     results=results)

    # --- career moves -------------------------------------------------------------------------
    def moves(self, code: str, more_pay: bool = True) -> Reply:
        """Related occupations that pay more, with the gain, the entry education and the skills to build."""
        source = self.store.profile(code)
        if source is None:
            return Reply(texts.EXPIRED, self.example_buttons())
        official = self._official(source)
        base = official.salary.annual_median if official.salary else None
        medians = self.store.medians([r.code for r in official.related])
        keep = [r.code for r in official.related if not more_pay or (
            base is not None and (medians.get(r.code) or 0) > base)][:moves.LIMIT]  # profiles only for those shown
        related = [p for p in (self.store.profile(c) for c in keep) if p is not None]
        found = moves.moves(official, related, more_pay)
        head = "that pay more than" if more_pay else "close to"
        lines = [f"<b>Moves from {esc(source.title)}</b>",
                 f"Jobs O*NET relates to {esc(official.title)} {head} its median {money(base)}:" if more_pay else
                 f"Jobs O*NET relates to {esc(official.title)} (median {money(base)}):", ""]
        if not found:
            lines.append("None of its related occupations has a higher median pay." if more_pay else
                         "O*NET lists no related occupations for it.")
        rows: list[list[Button]] = []
        results = []
        for i, m in enumerate(found, 1):
            t = m.target
            pay = t.salary.annual_median if t.salary else None
            gain = f"{'+' if (m.gain or 0) >= 0 else '−'}{money(abs(m.gain))}" if m.gain is not None else "n/a"
            share = f" ({m.gain_pct:+g}%)" if m.gain_pct is not None else ""
            lines.append(f"{i}. <b>{esc(t.title)}</b> — median {money(pay)}, {gain}{share}")
            entry = t.outlook.entry_education if t.outlook and t.outlook.entry_education else "not published"
            training = t.outlook.training if t.outlook and t.outlook.training else None
            lines.append(f"    Entry: {esc(entry)}" + (f"; training: {esc(training)}" if training else ""))
            if m.skills:
                lines.append(f"    Skills to build: {esc(', '.join(s.lower() for s in m.skills))}")
            results.append({"code": t.code, "title": t.title, "pay_gain": m.gain})
            rows.append([Button(t.title[:40], buttons.encode("overview", [t.code])),
                         Button("Compare", buttons.encode("overview", [source.code, t.code])),
                         Button("Skills gap", buttons.encode("gap", [official.code, t.code]))])
        footer = _datasets_footer([onet, oews, projections])
        return Reply(_with_footer("\n".join(lines), footer, MAX_TEXT), rows, results=results)

    # --- search by description ------------------------------------------------------------------
    def searched(self, words: list[str], page: int = 0) -> Reply:
        """Occupations whose titles, duties and tools match a description, with the duty that matched."""
        hits = self.store.search(words, limit=(search.MAX_PAGE + 1) * search.PAGE)
        chunk = hits[page * search.PAGE:(page + 1) * search.PAGE]
        if not chunk:
            return Reply(f"I found no occupation whose work matches “{esc(' '.join(words))}”. Try other words, "
                         "or the name of a job.", self.example_buttons(), results=[])
        lines = [f"<b>Jobs that match your description</b> <i>({esc(', '.join(words))})</i>"]
        results, rows = [], []
        briefs = self.store.briefs([code for code, _, _ in chunk])
        for i, (code, title, score) in enumerate(chunk, page * search.PAGE + 1):
            b = briefs.get(code)
            if b is None:
                continue
            pay = money(b["annual_median"], top_coded="annual_median" in (b["top_coded"] or "").split())
            growth = pct(b["growth_pct"], signed=True)
            lines.append(f"{i}. <b>{esc(title)}</b> — median {pay}, growth {growth}")
            why = search.reason(b["tasks"], words)
            if why:
                lines.append(f"    <i>{esc(why[:140])}</i>")
            results.append({"code": code, "title": title, "score": score})
            rows.append([Button(title[:60], buttons.encode("overview", [code]))])
        rows += _pager(search.encode(words, page - 1) if page > 0 else None,
                       search.encode(words, page + 1)
                       if (page + 1) * search.PAGE < len(hits) and page < search.MAX_PAGE else None)
        footer = _datasets_footer([onet, oews, projections])
        return Reply(_with_footer("\n".join(lines), footer, MAX_TEXT), rows, results=results)

    # --- generic words ------------------------------------------------------------------------
    def group_card(self, mention: Mention, topic: str, area: str | None) -> Reply:
        """A generic word ("teacher"): the group's own figures, its largest members with pay and jobs, and
        a button for each — never one specialty picked silently."""
        topic = _member_topic(topic)
        lines = [f"“{esc(mention.phrase[:60])}” covers several occupations. Which one do you mean?", ""]
        sourced: list[Profile] = []
        for code in mention.groups:
            group = self.store.soc_group(code)
            if group and group["employment"]:
                lines.append(f"<b>{esc(group['title'])}</b>: {number(group['employment'])} jobs, median "
                             f"{money(group['annual_median'])} a year")
        lines.append("")
        rows = []
        for c in mention.candidates[:GROUP_MEMBERS]:
            p = self.store.profile(c["code"])
            if p is None:
                continue
            sourced.append(p)
            pay = p.salary.annual_median if p.salary else None
            jobs = p.salary.employment if p.salary else None
            lines.append(f"• {esc(p.title)}: median {money(pay)}, {number(jobs)} jobs")
            rows.append([Button(p.title[:60], buttons.encode(topic, [p.code], area))])
        family = f"{mention.groups[0][:2]}-0000"
        rows.append([Button("Browse the whole family", buttons.encode_browse(family))])
        footer = self._footer(sourced, "salary")
        return Reply(_with_footer("\n".join(lines).strip(), footer, MAX_TEXT), rows)

    def _with_others(self, reply: Reply, mention: Mention, topic: str, area: str | None) -> Reply:
        """'nurse' answers registered nurses; the other nursing occupations are a tap away."""
        others = [c for c in mention.candidates if c["code"] != mention.code][:3]
        if not others:
            return reply
        topic = _member_topic(topic)
        note = (f"<i>“{esc(mention.phrase[:60])}” usually means {esc(mention.title.lower())}; other "
                f"{esc(mention.generic or 'similar')} jobs are below.</i>\n\n")
        rows = [[Button(c["title"][:60], buttons.encode(topic, [c["code"]], area))] for c in others]
        return Reply(note + reply.text, rows + reply.buttons, reply.picture)

    def _did_you_mean(self, req: Request, mention) -> Reply:
        sure = [m.code for m in req.occupations if m.confident][: MAX_COMPARE - 1]
        topic = req.topic if req.topic in buttons.PREFIX else "overview"  # "pilot salary" → the salary, once chosen
        rows = [[Button(c["title"][:60], buttons.encode(topic, [*sure, c["code"]], req.place.area_code
                                                         if req.place else None))]
                for c in mention.candidates[:4] if c["code"] not in sure]
        text = f"Did you mean one of these for “{esc(mention.phrase[:80])}”?"
        return Reply(text, rows)

    def _section_for(self, topic: str, codes: list[str], area: str | None) -> Reply:
        profiles = self._profiles(codes)
        if profiles is None:
            return Reply(texts.EXPIRED, self.example_buttons())
        return self.section(topic, profiles, area, with_picture=True)

    # --- sections -----------------------------------------------------------------------------
    def section(self, topic: str, profiles: list[Profile], area: str | None = None, page: int = 0,
                with_picture: bool = False) -> Reply:
        """One section for these jobs; ``with_picture`` adds the salary chart (typed salary questions)."""
        codes = [p.code for p in profiles]
        extra: list[list[Button]] = []
        picture = None
        sourced = profiles  # whose sources the footer names
        if topic == "overview":
            text = comparison_text(profiles) if len(profiles) > 1 else card_text(profiles[0])
            extra = self._overview_extras(profiles)
        elif topic in ("salary", "chart"):
            place = self._area_name(area) if area else None
            rows = {p.code: self._area_wage(p, area) for p in profiles} if area else {}
            text = sections.salary(profiles, rows, place)
            if place:
                sourced = profiles + [self._official(p) for p in profiles]
            if any(wage_range(p) for p in profiles):
                # The chart comes with a typed salary question, or when asked for: switching sections by
                # button edits the message in place and does not add a photo to the chat each time.
                extra = [[Button("📊 Wage chart", buttons.encode("chart", codes, area))]]
                if topic == "chart" or with_picture:
                    here = {c: row for c, (row, _) in rows.items()}
                    charted = place if any(area_range(r) for r in here.values()) else None
                    caption = (f"Yearly wage ranges in {esc(place)} beside the US: " if charted else
                               "Yearly wage ranges: ") + esc(" · ".join(p.title for p in profiles))
                    if place and not charted:  # top-coded or unpublished there: the chart is national only
                        caption += f" (US; no {esc(place)} range is published)"
                    picture = Picture(salary_chart(profiles, here, charted),
                                      _with_footer(caption, self._footer(sourced, "chart"), MAX_CAPTION))
            topic = "salary"
        elif topic == "skills":
            text = sections.skills(profiles)
        elif topic == "duties":
            text, more = sections.duties(profiles, page)
            if more:
                extra = [[Button("Show more", buttons.encode("duties", codes, area, page + 1))]]
        elif topic == "education":
            text = sections.education(profiles)
        elif topic == "demographics":
            text = sections.demographics(profiles)
        elif topic == "outlook":
            text = sections.outlook(profiles)
        elif topic == "path":
            officials = [self._official(p) for p in profiles]
            text = sections.path(profiles, officials)
            sourced = profiles + officials
        elif topic == "related":
            with_related = [self._with_official_related(p) for p in profiles]
            text = sections.related(with_related, RELATED_LIMIT)
            extra = self._related_buttons(with_related)
        else:
            return Reply(texts.EXPIRED, self.example_buttons())
        rows = extra + self._section_buttons(codes, area, topic)
        footer = self._footer(sourced, topic)
        return Reply(_with_footer(text, footer, MAX_TEXT), rows, picture)

    def _section_buttons(self, codes: list[str], area: str | None, current: str) -> list[list[Button]]:
        rows = [[Button(label, buttons.encode(key, codes, area)) for key, label in row if key != current]
                for row in SECTION_LABELS]
        rows = [r for r in rows if r]
        if current != "overview":
            rows[-1].append(Button("⬅ Back to overview", buttons.encode("overview", codes, area)))
        return rows

    def _overview_extras(self, profiles: list[Profile]) -> list[list[Button]]:
        rows = []
        for p in profiles:
            if p.origin == "page" and p.onet_code and self.store.exists(p.onet_code):
                official = self.store.summary(p.onet_code)
                label = f"Official data: {official.title}"[:60]
                rows.append([Button(label, buttons.encode("overview", [p.onet_code]))])
        fam = profiles[0].family_code
        if fam:
            label = profiles[0].browse_label or f"Browse {profiles[0].family or 'similar'} jobs"
            rows.append([Button(label[:60], buttons.encode_browse(fam))])
        return rows

    def _related_buttons(self, profiles: list[Profile]) -> list[list[Button]]:
        per = RELATED_LIMIT if len(profiles) == 1 else 3
        refs = [r for p in profiles for r in p.related[:per]]
        return [[Button(r.title[:60], buttons.encode("overview", [r.code]))] for r in refs]

    def gap(self, source: Profile, target: Profile) -> Reply:
        a, b = self._official(source), self._official(target)
        rows = [[Button(f"About {target.title}"[:60], buttons.encode("overview", [target.code]))],
                [Button("Compare the two", buttons.encode("overview", [source.code, target.code]))]]
        return Reply(_with_footer(sections.gap(a, b), self._footer([a, b], "gap"), MAX_TEXT), rows)

    def _with_official_related(self, p: Profile) -> Profile:
        """A page profile lists the related jobs of the official occupation it links to."""
        official = self._official(p)
        return p.model_copy(update={"related": official.related}) if official is not p else p

    def _official(self, p: Profile) -> Profile:
        """Page profiles have shares, not O*NET importance: a gap uses their linked official occupation."""
        if p.origin == "page" and p.onet_code:
            return self.store.profile(p.onet_code) or p
        return p

    # --- browsing -----------------------------------------------------------------------------
    def _browse_for(self, req: Request, codes: list[str]) -> Reply:
        profile = self.store.profile(codes[0]) if codes else None
        if profile and profile.family_code:
            return self.browse(profile.family_code, 0)
        family = most_shared(req.text, [(code, title) for code, title, _ in self.store.families()])
        return self.browse(family, 0)

    def browse(self, family: str | None, page: int) -> Reply:
        families = {code: (title, n) for code, title, n in self.store.families()}
        if family is not None and family != ALL_FAMILIES and family not in families:
            return Reply(texts.EXPIRED, self.example_buttons())
        if family not in families:
            rows = [[Button(f"{title} ({n})"[:60], buttons.encode_browse(code))]
                    for code, (title, n) in families.items() if n]
            return Reply("<b>Browse jobs by family</b>\nPick a family:", rows)
        members = self.store.family_members(family)
        chunk = members[page * BROWSE_PAGE:(page + 1) * BROWSE_PAGE]
        if not chunk:
            return Reply(texts.EXPIRED, self.example_buttons())
        pages = (len(members) + BROWSE_PAGE - 1) // BROWSE_PAGE
        title, _ = families[family]
        text = f"<b>{esc(title)}</b>\n{len(members)} occupations · page {page + 1} of {pages}"
        rows = [[Button(m.title[:60], buttons.encode("overview", [m.code]))] for m in chunk]
        rows += _pager(buttons.encode_browse(family, page - 1) if page > 0 else None,
                       buttons.encode_browse(family, page + 1) if page + 1 < pages else None, "Next ▶")
        rows.append([Button("All families", buttons.encode_browse(ALL_FAMILIES))])
        return Reply(text, rows)

    # --- helpers ------------------------------------------------------------------------------
    def _profiles(self, codes: list[str] | tuple[str, ...]) -> list[Profile] | None:
        profiles = [self.store.profile(c) for c in codes]
        return None if not profiles or any(p is None for p in profiles) else profiles

    def _area_name(self, area: str | None) -> str | None:
        return self._area_names.get(area) if area else None

    @functools.cached_property
    def _area_names(self) -> dict[str, str]:
        return {a["area_code"]: a["name"] for a in self.store.areas()}

    def _area_wage(self, p: Profile, area: str) -> tuple[AreaWage | None, str | None]:
        """The job's wages in a place, and for a page profile the official occupation they belong to."""
        official = self._official(p)
        via = official.title if official is not p else None
        return self.store.area_wage(official.wage_code, area), via

    def _footer(self, profiles: list[Profile], topic: str) -> str:
        wanted = SOURCES_BY_SECTION.get(topic)
        seen: list[str] = []
        for p in profiles:
            for s in p.sources:
                if s.dataset.startswith("Career comparison page"):
                    label = "career comparison page (undated)"
                elif wanted is None or s.dataset.startswith(wanted):
                    label = f"{s.dataset}, {s.year}"
                else:
                    continue
                if label not in seen:
                    seen.append(label)
        return f"<i>Source: {esc('; '.join(seen) or 'O*NET 30.1')}. /about</i>"

    def example_buttons(self) -> list[list[Button]]:
        """The welcome's examples as buttons, resolved through the real understanding (no hard-coded codes)."""
        if self._examples is None:
            rows = []
            for example in texts.EXAMPLES:
                req = self.engine.understand(example)
                if not req.codes:
                    continue
                topic = req.topic if req.topic in buttons.PREFIX else "overview"
                if req.intent == "gap":
                    topic = "gap"
                area = req.place.area_code if req.place else None
                rows.append([Button(example[:60], buttons.encode(topic, req.codes[:MAX_COMPARE], area))])
            self._examples = rows
        return self._examples


def _pager(previous: str | None, following: str | None, more: str = "More ▶") -> list[list[Button]]:
    """The paging row under a list: "◀ Previous" and "More ▶" where there is such a page."""
    nav = [Button(label, data) for label, data in (("◀ Previous", previous), (more, following)) if data]
    return [nav] if nav else []


def _member_topic(topic: str) -> str:
    """The section a member's button opens: the one asked about, if a job has it, else the overview."""
    return topic if topic in buttons.PREFIX and topic != "gap" else "overview"


def _datasets_footer(modules: list) -> str:
    """Sources named by dataset module (knowledge.sources.*: DATASET, YEAR), for answers about many jobs."""
    return f"<i>Source: {esc('; '.join(f'{m.DATASET}, {m.YEAR}' for m in modules))}. /about</i>"


def _figure(metric: str, value: float, top_coded: str | None) -> str:
    if metric == "pay":
        return money(None if top_coded and "annual_median" in top_coded else value, top_coded=True) + " median"
    if metric == "growth":
        return pct(value, signed=True)
    if metric == "openings":
        return f"{number(value)} openings a year"
    return f"{number(value)} jobs"


def _with_footer(body: str, footer: str, limit: int) -> str:
    """Body and footer within Telegram's limit: the body is cut at a line break (every line closes its own
    tags), so the result stays valid HTML and the sources are always shown."""
    room = limit - len(footer) - 2
    if len(body) > room:
        cut = body.rfind("\n", 0, room - 2)
        body = body[:cut] + "\n…" if cut > 0 else "…"
    return body + "\n\n" + footer
