"""Whether a choice between two lines of work said in a message (``bot/understanding/choosing.py`` finds its words)
is the message's question, and which jobs or fields its sides are: "im a senior and torn between the medical field
or tech, i like helping ppl" compares healthcare and tech, whatever else the rules read in it. Not when the message
climbs from a job named, asks for jobs in general or about majors, when the rules already set both sides against each
other, or when the choice is one made inside a job named beside it (its specialties, its workplaces, its ways on)."""

from __future__ import annotations

import re

from bot.understanding import choosing, climbing, intents, normalize
from bot.understanding.mentions import MentionFinder, dedupe
from bot.understanding.request import MAX_COMPARE, Mention, Request
from bot.understanding.topics import asked_topic

CHOSEN_OVER = frozenset({"job", "topic", "unknown", "search", "moves", "major", "compare", "browse"})
"""The readings a choice said in the message overrides: never a list, a tool's jobs, a way from one job to another,
a follow-up or small talk."""
_ANY_JOBS = re.compile(r"\b(?:what|which|any|good|best|top|other)\s+(?:\w+\s+)?(?:jobs|careers|options|gigs)\b", re.I)
"""A question for jobs in general ("what jobs can a felon get in construction or trucking"): a list, not a choice."""
_MAJORS = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?majors?\b|\bmajors?\s+(?:makes?|pays?|earns?|is\s+better)\b", re.I)
"""A question about majors ("between psychology and sociology which major makes more"), not a major told ("poli sci
major with no clue, lawyer or some kind of business job")."""
WORKER_NOUNS = ("er", "or", "ist", "ian", "ant", "man", "men", "nurse", "aide", "tech", "assistant", "medic",
                "legal", "guard", "clerk", "chef", "cook", "pilot")
"""How a job's name ends ("electrician degree" names a job, "cybersecurity degree" a subject)."""
_HELD_AS = r"\b(?:i'?m|im|i\s+am|as|i\s+work\s+as)\s+(?:an?\s+|the\s+)?"
"""The words before one's own job ("im a therapist", "as a paralegal")."""


class ChoiceReader:
    """Reads the choice a message says, given the finder of jobs in words."""

    def __init__(self, mentions: MentionFinder) -> None:
        self.mentions = mentions

    def __call__(self, req: Request) -> Request | None:
        """The comparison of the two sides of a choice said in the message, or None where the rules' reading
        stands."""
        if req.intent not in CHOSEN_OVER or climbing.climbs(req.text) or intents.LADDER.search(req.text) \
                or _ANY_JOBS.search(req.text) or _MAJORS.search(req.text):
            return None  # "staff accountant, how do i work up to controller or cfo": the way up from the job named;
            # "what jobs can a felon get in construction or trucking": a list; "… which major makes more": majors
        said = choosing.choice(req.text)
        if said is None or all(choosing.is_workplace(side) for side in said.sides) or (
                req.intent == "major" and not any(_as_a_worker(side) for side in said.sides)):
            return None  # "a hospital or a clinic": places; "biology or chemistry for pre-med": majors (but
            # "electrician vs getting a business degree" names a worker)
        chosen = self._chosen(said.sides)
        if said is None or chosen is None or _read_both(req, chosen, said.clause) or _chosen_within(req, chosen, said) \
                or (climbing.toward_another(req.text) and _beside(req, chosen, said.clause)) \
                or (req.intent == "moves" and req.occupations and req.occupations[0].confident
                    and req.occupations[0].code not in {m.code for m in chosen}):
            return None  # "teacher wanting to become a principal or admin": the way from the job named
        named = [m.phrase for m in chosen]
        topic = req.topic if req.intent in ("job", "compare") else asked_topic(
            [w for w in normalize.raw_tokens(req.text) if w not in normalize.raw_tokens(" ".join(named))], req.text,
            named)  # "electrician vs getting a business degree, which is better money": the pay (not a major's)
        return req.model_copy(update={"intent": "compare", "occupations": chosen, "unresolved": [], "topic": topic,
                                      "same_occupation": False, "named": named})

    def _chosen(self, pair: tuple[str, str]) -> list[Mention] | None:
        """The two sides, when each names one job or field for certain ("business" the field, "nursing" the nurses,
        "medicine" the physicians); else None."""
        sides = [self._side(words) for words in pair]
        if sides[0] is None or sides[1] is None or sides[0].code == sides[1].code:
            return None
        return [sides[0], sides[1]]

    def _side(self, words: str) -> Mention | None:
        """A side of a choice: the one job its words name for certain ("medical assistant", "bedside nursing"), else
        the field they name ("business", "the trades", "IT"), else a generic word's group ("therapist"); never a
        guess ("hotel" is no hotel manager) nor one of several ("military officer")."""
        found = dedupe(self.mentions.find(words, True)[0])
        if len(found) == 1 and (found[0].confident or found[0].groups):
            return found[0]
        field = self.mentions.field(words) if len(found) <= 1 else None
        return field if field is not None and (field.confident or field.groups) else None


def _read_both(req: Request, chosen: list[Mention], clause: str) -> bool:
    """Has the rules' reading already set the two sides of the choice against each other ("teacher or nurse", read
    as the teachers' group and the nurses), or one of them against a job named in the same clause ("office job or
    something outdoors like landscaping")? Then it stands ("… ive managed a dollar general … healthcare or IT" does
    not: the manager is no side)."""
    if req.intent not in ("job", "compare") or len({m.code for m in req.occupations}) < 2:
        return False
    said = [set(normalize.raw_tokens(m.phrase)) for m in req.occupations[:MAX_COMPARE]]
    in_clause = set(normalize.raw_tokens(clause))
    return all(any(set(normalize.raw_tokens(side.phrase)) & words for words in said) for side in chosen) or all(
        words <= in_clause for words in said)


def _beside(req: Request, chosen: list[Mention], clause: str) -> list[Mention]:
    """The jobs the rules read that are neither side of the choice nor, in its clause, of a side's group ("retail or
    healthcare as a CNA": the CNA is healthcare's; "im a therapist, should i move to hospitals or schools": the
    therapist is beside the choice)."""
    sides = {m.code for m in chosen}
    in_clause = set(normalize.raw_tokens(clause))
    return [m for m in req.occupations if m.phrase and m.code not in sides
            and choosing.beyond(m.phrase, (chosen[0].phrase, chosen[1].phrase))  # no misreading of a side
            and not (set(normalize.raw_tokens(m.phrase)) <= in_clause
                     and any(_member(m.code, side.groups) and not choosing.is_workplace(side.phrase)
                             for side in chosen))]  # "a hospital or a clinic as a medical assistant": where


def _chosen_within(req: Request, chosen: list[Mention], said: choosing.Choice) -> bool:
    """Is the choice one made inside a job named beside it ("is it better to do pediatrics or geriatrics as a nurse",
    "as a social worker should i go into hospitals or schools"): a specialty or a workplace, not two jobs? So is a
    choice of workplaces once one's own job is named ("im an assistant, should i move to a law firm or a hospital";
    not someone else's: "counselor at school says pick one: a hospital job or an office job")."""
    in_clause = set(normalize.raw_tokens(said.clause))
    others = _beside(req, chosen, said.clause)
    if any((m.confident or m.groups) and set(normalize.raw_tokens(m.phrase)) <= in_clause for m in others):
        return True  # "im a teacher deciding between admin or counseling": the teacher's ways on
    return any(choosing.is_workplace(side) for side in said.sides) and any(
        re.search(_HELD_AS + re.escape(m.phrase.lower()), req.text.lower()) for m in others)


def _as_a_worker(side: str) -> bool:
    """A side said as a worker ("electrician", "dental hygienist"), not a subject ("chemistry", "business")."""
    last = side.lower().split()[-1].removesuffix("s") if side.split() else ""
    return last.endswith(WORKER_NOUNS)


def _member(code: str, groups: list[str]) -> bool:
    """Is the occupation in one of the SOC groups ("29-0000", "29-1140", "25-2000")?"""
    return any(code.startswith(g.rstrip("0").rstrip("-")) for g in groups)
