"""A generic word ("teacher") or an unsure name: the group's card, the other members under a usual meaning,
or "did you mean" — never one specialty picked silently."""

from __future__ import annotations

from bot.answers import callbacks
from bot.answers.footers import profiles_footer, with_footer
from bot.answers.jobs import member_topic
from bot.answers.lookup import Lookup
from bot.answers.replies import MAX_TEXT, Button, Reply
from bot.answers.wording import esc, in_sentence, money, number
from bot.understanding.request import MAX_COMPARE, Mention, Request
from knowledge.models import Profile

GROUP_MEMBERS = 8


class GroupAnswers:
    def __init__(self, lookup: Lookup) -> None:
        self.lookup = lookup
        self.store = lookup.store

    def group_card(self, mention: Mention, topic: str, area: str | None) -> Reply:
        """A generic word: the group's own figures, its largest members with pay and jobs, a button each."""
        topic = member_topic(topic)
        lines = [f"“{esc(mention.phrase[:60])}” covers several occupations. Which one do you mean?", ""]
        sourced: list[Profile] = []
        for code in mention.groups:
            group = self.store.soc_group(code)
            if group and group.employment:
                lines.append(f"<b>{esc(group.title)}</b>: {number(group.employment)} jobs, median "
                             f"{money(group.annual_median)} a year")
        lines.append("")
        rows = []
        for c in mention.candidates[:GROUP_MEMBERS]:
            p = self.store.profile(c.code)
            if p is None:
                continue
            sourced.append(p)
            pay = p.salary.annual_median if p.salary else None
            jobs = p.salary.employment if p.salary else None
            lines.append(f"• {esc(p.title)}: median {money(pay)}, {number(jobs)} jobs")
            rows.append([Button(p.title[:60], callbacks.encode(topic, [p.code], area))])
        family = f"{mention.groups[0][:2]}-0000"
        rows.append([Button("Browse the whole family", callbacks.encode_browse(family))])
        footer = profiles_footer(sourced, "salary")
        return Reply(with_footer("\n".join(lines).strip(), footer, MAX_TEXT), rows)

    @staticmethod
    def with_others(reply: Reply, mention: Mention, topic: str, area: str | None) -> Reply:
        """'nurse' answers registered nurses; the other nursing occupations are a tap away. A trade word with one
        occupation ("welding") says which it took, and its family is a tap away."""
        phrase, name = esc(mention.phrase[:60]), esc(in_sentence(mention.title))
        others = [c for c in mention.candidates if c.code != mention.code][:3]
        if not others:
            family = f"{mention.groups[0][:2]}-0000" if mention.groups else None
            browse = callbacks.encode_browse(family) if family else None
            rows = [] if browse is None or any(b.data == browse for row in reply.buttons for b in row) else [
                [Button("Other jobs in this family", browse)]]
            note = f"<i>I took “{phrase}” to mean {name}.</i>\n\n"
            return Reply(note + reply.text, reply.buttons + rows, reply.picture)
        topic = member_topic(topic)
        note = (f"<i>“{phrase}” usually means {name}; other "
                f"{esc(mention.generic or 'similar')} jobs are below.</i>\n\n")
        rows = [[Button(c.title[:60], callbacks.encode(topic, [c.code], area))] for c in others]
        return Reply(note + reply.text, rows + reply.buttons, reply.picture)

    @staticmethod
    def did_you_mean(req: Request, mention: Mention) -> Reply:
        sure = [m.code for m in req.occupations if m.confident][: MAX_COMPARE - 1]
        topic = req.topic if req.topic in callbacks.PREFIX else "overview"  # "pilot salary" → the salary, once chosen
        area = req.place.area_code if req.place else None
        rows = [[Button(c.title[:60], callbacks.encode(topic, [*sure, c.code], area))]
                for c in mention.candidates[:4] if c.code not in sure]
        return Reply(f"Did you mean one of these for “{esc(mention.phrase[:80])}”?", rows)
