"""The conversation: a message or a button tap, plus the chat's memory, becomes a reply and a new memory.

A message is read by the understanding (``bot/understanding/``) into a Request; the router answers it in this
order: small talk (greeting, help, thanks, a name asked with the work unsaid) → a ranked list or a search →
"more" or a refinement of the last list → a generic word's group card or "did you mean" for an unsure job name →
a topic follow-up ("and skills?") → adding to a comparison → career moves → a skills gap → browsing a family →
one job or a comparison (its card, or the section asked about) → a friendly "unknown". A button tap carries
everything it needs (``bot/answers/callbacks.py``); the memory only makes typed follow-ups work.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.answers import callbacks, texts, wording
from bot.answers.browse import Browser
from bot.answers.callbacks import BrowseTap, SectionTap
from bot.answers.groups import GroupAnswers
from bot.answers.jobs import JobAnswers
from bot.answers.lookup import Lookup
from bot.answers.replies import MAX_TEXT, Button, Reply
from bot.answers.wage_said import beside_pay
from bot.answers.wording import esc
from bot.discovery.lists import from_home, ranked
from bot.discovery.majors import majors_reply
from bot.discovery.moves import moves_reply
from bot.discovery.search import searched
from bot.discovery.tools import tools_reply
from bot.engine import Engine
from bot.memory import ChatMemory
from bot.understanding import intents, listing
from bot.understanding.climbing import is_move, wants_more_pay
from bot.understanding.describing import MAX_PAGE as SEARCH_MAX_PAGE
from bot.understanding.describing import SearchSpec
from bot.understanding.listing import ListSpec
from bot.understanding.majors import MajorSpec
from bot.understanding.mentions import STOP
from bot.understanding.request import MAX_COMPARE, Mention, Request
from bot.understanding.sides import names_only
from bot.understanding.tools import ToolSpec, tool_phrase
from bot.understanding.understander import about_work
from bot.understanding.wages import wage_said

Answer = tuple[Reply, ChatMemory]


CAREER_FLOOR = 0.55
"""A message this close (cosine) to an example question about jobs is a question about work."""


class Conversation:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.store = engine.store
        self._examples: list[list[Button]] | None = None
        self.lookup = Lookup(self.store, self.example_buttons, engine.meaning)
        self.jobs = JobAnswers(self.lookup)
        self.groups = GroupAnswers(self.lookup)
        self.browser = Browser(self.lookup)
        self._steps: list[Callable[[Request, ChatMemory], Answer | None]] = [
            self._small_talk, self._major, self._listing, self._follow_list, self._unsure, self._move_follow_up,
            self._advice,
            self._topic_follow_up,
            self._add, self._moves, self._gap, self._browse, self._jobs]

    # --- entry points -------------------------------------------------------------------------
    def reply(self, text: str, memory: ChatMemory | None = None) -> Answer:
        """Answer a typed message."""
        return self.answer(self.engine.understand(text), memory or ChatMemory())

    def answer(self, req: Request, memory: ChatMemory) -> Answer:
        """Answer an understood request: the first step that takes it."""
        for step in self._steps:
            answer = step(req, memory)
            if answer is not None:
                return answer
        phrase = tool_phrase(req.text)
        if phrase:  # "jobs that use zorblax": say which tool is unknown
            return self._tools(ToolSpec(phrase, ())), memory
        if not req.unresolved and about_work(req.text):  # about work, yet nothing the data answers
            return Reply(texts.ADVICE, self.example_buttons()), memory
        return Reply(texts.unknown(req.unresolved), self.example_buttons()), memory

    def press(self, data: str, memory: ChatMemory | None = None) -> Answer:
        """Answer a button tap; forged, foreign or stale data gets a polite 'expired'."""
        memory = memory or ChatMemory()
        tap = callbacks.decode(data)
        if isinstance(tap, SearchSpec):
            tap = tap.with_said(memory.said)
            return self.discover(tap), ChatMemory(listing=data, said=tap.said or None)
        if isinstance(tap, ListSpec):
            return self.discover(tap), ChatMemory(listing=data)
        if isinstance(tap, ToolSpec):
            return self._tools(tap), memory
        if isinstance(tap, MajorSpec):
            return majors_reply(self.lookup, self.engine.majors, tap), memory
        if isinstance(tap, BrowseTap):
            return self.browser.family(tap.family, tap.page), memory
        if tap is None:
            return self.lookup.expired(), memory
        return self._section_tap(tap, memory)

    def job(self, name: str, memory: ChatMemory | None = None) -> Answer:
        """/job X: the words name a job (a misspelt one included); words that name none are said so."""
        req = self.engine.understand(name, about_jobs=True)
        if not req.occupations and req.intent in ("unknown", "topic", "greeting", "thanks", "help", "name"):
            words = req.unresolved or ([req.text] if req.text else [])
            return Reply(texts.unknown(words), self.example_buttons()), memory or ChatMemory()
        return self.answer(req, memory or ChatMemory())

    def compare(self, names: str, memory: ChatMemory | None = None) -> Answer:
        """/compare X vs Y (or "X and Y", "X Y"): the jobs named, compared; one name gets its card."""
        req = self.engine.understand(names, about_jobs=True)
        if req.intent == "job" and len(req.occupations) >= 2:
            req = req.model_copy(update={"intent": "compare"})
        return self.answer(req, memory or ChatMemory())

    def browse(self, family: str | None, page: int = 0) -> Reply:
        return self.browser.family(family, page)

    def browse_words(self, words: str) -> Reply:
        """/browse X: the family of the job X names (a generic word's group too), or of a field ("tech")."""
        fields = listing.families_in(words)
        if fields:
            return self.browser.family(f"{fields[0]}-0000", 0)
        req = self.engine.understand(words, about_jobs=True)
        return self.browser.for_words(req.text, [m.code for m in req.occupations])

    def discover(self, spec: ListSpec | SearchSpec) -> Reply:
        return ranked(self.lookup, spec) if isinstance(spec, ListSpec) else searched(self.lookup, spec)

    # --- taps ---------------------------------------------------------------------------------
    def _section_tap(self, tap: SectionTap, memory: ChatMemory) -> Answer:
        profiles = self.lookup.profiles(tap.codes)
        if profiles is None or (tap.area and not self.lookup.area_name(tap.area)):
            return self.lookup.expired(), memory
        if tap.section == "gap":
            if len(profiles) != 2:
                return self.lookup.expired(), memory
            return self.jobs.gap(profiles[0], profiles[1]), memory
        topic = "salary" if tap.section == "chart" else tap.section
        new = ChatMemory(codes=list(tap.codes), topic=topic, area=tap.area)
        return self.jobs.section(tap.section, profiles, tap.area, tap.page), new

    # --- the steps of a message, in order -----------------------------------------------------
    def _small_talk(self, req: Request, memory: ChatMemory) -> Answer | None:
        if req.intent in ("greeting", "help"):
            return Reply(texts.WELCOME if req.intent == "greeting" else texts.HELP, self.example_buttons()), memory
        if req.intent == "thanks":
            return Reply(texts.THANKS), memory
        if req.intent == "name":
            if memory.codes:  # a job talked about: "what's the official title of that job" is its card
                return self.jobs.for_codes("overview", memory.codes[:1], memory.area), \
                    ChatMemory(codes=memory.codes[:1], topic="overview", area=memory.area)
            return Reply(texts.NAME_WHAT_WORK, self.example_buttons()), memory
        return None

    def _major(self, req: Request, memory: ChatMemory) -> Answer | None:
        if req.intent == "major" and isinstance(req.listing, MajorSpec):
            return majors_reply(self.lookup, self.engine.majors, req.listing), memory
        if req.intent == "tools" and isinstance(req.listing, ToolSpec):
            return self._tools(req.listing), memory
        return None

    def _tools(self, spec: ToolSpec) -> Reply:
        """Jobs that use a tool; a tap carries only the phrase, so its names are found again."""
        if not spec.names:
            spec = replace(spec, names=tuple(self.engine.tools.find(spec.phrase)))
        return tools_reply(self.lookup, self.engine.tools, spec, callbacks.encode_tool)

    def _listing(self, req: Request, memory: ChatMemory) -> Answer | None:
        if req.intent in ("list", "search") and req.listing:
            if isinstance(req.listing, ListSpec):
                if listing.remote(req.text):  # "remote jobs that pay well": no data says where work is done
                    return from_home(self.lookup, req.listing), ChatMemory(
                        listing=callbacks.encode_list(req.listing) if req.listing.families else None)
                return self.discover(req.listing), ChatMemory(listing=callbacks.encode_list(req.listing))
            said = req.listing.said or None
            return self.discover(req.listing), ChatMemory(listing=callbacks.encode_search(req.listing), said=said)
        return None

    def _follow_list(self, req: Request, memory: ChatMemory) -> Answer | None:
        """"more" after a search; "more", "only in Ohio", "without a degree" after a ranked list."""
        last = callbacks.decode(memory.listing) if memory.listing else None
        if req.occupations or last is None:
            return None
        if isinstance(last, SearchSpec) and intents.MORE.fullmatch(req.text):
            spec = SearchSpec(last.text, min(SEARCH_MAX_PAGE, last.page + 1)).with_said(memory.said)
            return self.discover(spec), ChatMemory(listing=callbacks.encode_search(spec), said=spec.said or None)
        if isinstance(last, ListSpec):
            refined = listing.refine(last, req.text, req.place.area_code if req.place else None)
            if refined:
                return self.discover(refined), ChatMemory(listing=callbacks.encode_list(refined))
        return None

    def _unsure(self, req: Request, memory: ChatMemory) -> Answer | None:
        unsure = [m for m in req.occupations if not m.confident]
        if not unsure:
            return None
        area = req.place.area_code if req.place else None
        if len(req.occupations) >= 2 and req.intent != "gap" and (
                all(m.groups for m in unsure) or intents.WEIGHS.search(req.text) or names_only(req)):
            return self._generic_comparison(req, area)  # "marketing vs sales"; not "I like writing and reading"
        if req.intent == "moves" and len(req.occupations) == 1 and _described(unsure[0]):
            return self._moves_described(unsure[0], req.text)
        if unsure[0].groups and len(req.occupations) == 1 and req.intent != "gap":
            reply = self.groups.group_card(unsure[0], req.topic or "overview", area)
            if self._unknown_side(req):  # "teacher vs zorblax": the group, and a word on the other side
                reply = self._with_unknown(reply, req, [unsure[0].code], req.topic or "overview", area,
                                           shown=f"“{unsure[0].phrase}”")
            return reply, memory
        return self.groups.did_you_mean(req, unsure[0]), memory

    def _generic_comparison(self, req: Request, area: str | None) -> Answer:
        """"engineer vs architect": a generic side is its usual or largest member, an unsure name its closest
        match, compared with the other side; buttons compare the other members or matches instead."""
        mentions = req.occupations[:MAX_COMPARE]
        codes = list(dict.fromkeys(m.code for m in mentions))
        topic = req.topic or "overview"
        reply = self.jobs.for_codes(topic, codes, area)
        rows = []
        for m in mentions:
            if m.confident:
                continue
            rest = [c for c in codes if c != m.code]
            for other in [c for c in m.candidates if c.code not in codes][:3]:
                label = f"{m.phrase[:20]}: {other.title}"[:60]
                rows.append([Button(label, callbacks.encode(topic if topic in callbacks.PREFIX else "overview",
                                                            [*rest, other.code], area))])
        names = ", ".join(f"“{esc(m.phrase[:40])}” as {esc(m.title.lower())}"
                          f" ({'the most common' if m.groups else 'the closest match'})"
                          for m in mentions if not m.confident)
        note = f"<i>Compared {names}; the others are below.</i>\n\n"
        return (Reply(note + reply.text, rows + reply.buttons, reply.picture),
                ChatMemory(codes=codes, topic=topic, area=area))

    def _move_follow_up(self, req: Request, memory: ChatMemory) -> Answer | None:
        """"cashier", then "how do I get promoted?": the moves from the job talked about."""
        if req.occupations or not memory.codes or req.intent not in ("unknown", "topic") or not is_move(req.text):
            return None
        return self._moves_from(memory.codes[0], req.text)

    def _advice(self, req: Request, memory: ChatMemory) -> Answer | None:
        """Career advice no occupation data answers ("how do I ask for a raise"): said so, with what can help.
        Asked of the model only for what the rules did not read (never for a follow-up such as "and skills?").
        A question about work that names no job and no word that could be one ("is the military a good career
        path", "how do i get a raise") is advice too, not "I couldn't find an occupation called …"."""
        unread = req.intent == "unknown" or (req.intent == "topic" and (req.unresolved or not memory.codes))
        meaning = self.engine.meaning
        if not unread or req.occupations or meaning is None or len(req.text.split()) < 3:
            return None
        route = meaning.route(req.text)
        if route is not None and route.intent == "advice":
            return Reply(texts.ADVICE, self.example_buttons()), memory
        about = about_work(req.text) or (route is not None and route.intent != "other" and route.score >= CAREER_FLOOR)
        plain = all(_everyday(phrase, meaning.is_word) for phrase in req.unresolved)
        if about and plain and not memory.codes and (req.intent == "unknown" or req.unresolved):
            return Reply(texts.ADVICE, self.example_buttons()), memory
        return None

    def _topic_follow_up(self, req: Request, memory: ChatMemory) -> Answer | None:
        if req.intent != "topic":
            return None
        if req.unresolved:
            return Reply(texts.unknown(req.unresolved), self.example_buttons()), memory
        if not memory.codes:
            return Reply(texts.NO_JOB_YET, self.example_buttons()), memory
        if self.lookup.profiles(memory.codes) is None:  # the jobs talked about are gone (a new data release)
            return Reply(texts.FORGOTTEN, self.example_buttons()), ChatMemory()
        topic = req.topic or memory.topic or "overview"
        if req.place and not req.topic:
            topic = "salary"
        area = (req.place.area_code if req.place else None) or memory.area
        return self.jobs.for_codes(topic, memory.codes, area), ChatMemory(codes=memory.codes, topic=topic, area=area)

    def _add(self, req: Request, memory: ChatMemory) -> Answer | None:
        if req.intent != "add":
            return None
        codes = list(dict.fromkeys(memory.codes + [m.code for m in req.occupations]))[-MAX_COMPARE:]
        topic = memory.topic if memory.topic and memory.topic != "overview" else "overview"
        area = (req.place.area_code if req.place else None) or memory.area
        return self.jobs.for_codes(topic, codes, area), ChatMemory(codes=codes, topic=topic, area=area)

    def _moves(self, req: Request, memory: ChatMemory) -> Answer | None:
        codes = [m.code for m in req.occupations]
        if req.intent != "moves" or len(codes) != 1:
            return None
        return self._moves_from(codes[0], req.text)

    def _moves_described(self, held: Mention, text: str) -> Answer:
        """Moves from a job the person described ("washing dishes at a diner, how do I move up"): the reading
        taken is said, and the next closest jobs are a tap away."""
        (reply, memory) = self._moves_from(held.code, text)
        note = (f"<i>I took “{esc(held.phrase)}” to mean {esc(wording.in_sentence(held.title))}. Not your job? "
                "Pick it from the first buttons or name it.</i>\n\n")
        rows = [[Button(f"My job is: {c.title}"[:60], callbacks.encode("related", [c.code]))]
                for c in held.candidates if c.code != held.code][:2]
        return Reply(note + reply.text, rows + reply.buttons, reply.picture, reply.results), memory

    def _moves_from(self, code: str, text: str) -> Answer:
        """The career moves from one job ("jobs like cashier that pay more", or "how do I get promoted" after it)."""
        return moves_reply(self.lookup, code, wants_more_pay(text)), ChatMemory(codes=[code], topic="related")

    def _gap(self, req: Request, memory: ChatMemory) -> Answer | None:
        codes = [m.code for m in req.occupations]
        if req.intent != "gap" or len(codes) != 2:
            return None
        a, b = self.lookup.profiles(codes)
        return self.jobs.gap(a, b), ChatMemory(codes=codes, topic="gap")

    def _browse(self, req: Request, memory: ChatMemory) -> Answer | None:
        if req.intent != "browse":
            return None
        return self.browser.for_words(req.text, [m.code for m in req.occupations]), memory

    def _jobs(self, req: Request, memory: ChatMemory) -> Answer | None:
        codes = [m.code for m in req.occupations]
        if not codes:
            return None
        topic = req.topic or "overview"
        area = req.place.area_code if req.place else None
        reply = self.jobs.for_codes(topic, codes, area)
        said = wage_said(req.text) if topic == "salary" and len(codes) == 1 else None
        profiles = self.lookup.profiles(codes) if said else None
        line = beside_pay(profiles[0], said.yearly, said.hourly) if said and profiles else None
        if line and len(line) + 2 + len(reply.text) <= MAX_TEXT:  # "is 15 an hour good for a cna": where 15 an
            # hour falls among the job's wages
            reply = replace(reply, text=line + "\n\n" + reply.text)
        lead = next((m for m in req.occupations if m.generic), None)
        if lead and len(codes) == 1:
            reply = self.groups.with_others(reply, lead, topic, area)
        if req.same_occupation:
            names = wording.join_words([f"“{esc(p[:60])}”" for p in dict.fromkeys(req.named)])
            reply = Reply(f"{names} name the same occupation, {esc(req.occupations[0].title.lower())}.\n\n"
                          + reply.text, reply.buttons, reply.picture)
        if req.place and req.place.others:
            topic_key = topic if topic in callbacks.PREFIX else "overview"
            rows = [[Button(f"In {name}"[:60], callbacks.encode(topic_key, codes, code)) for code, name in
                     req.place.others[:3]]]
            note = f"<i>{esc(req.place.name)}: other places of that name are below.</i>\n\n"
            reply = Reply(note + reply.text, rows + reply.buttons, reply.picture)
        if self._unknown_side(req):
            reply = self._with_unknown(reply, req, codes, topic, area)
        return reply, ChatMemory(codes=codes, topic=topic, area=area)

    def _unknown_side(self, req: Request) -> bool:
        """A name not understood stands as a side of the question ("welder vs blorfington") and is no everyday
        words ("is there a state test or just a school": words of the question, not a job's name)."""
        return bool(req.unresolved) and req.intent in ("job", "compare") and self._separated(req) \
            and not (self.engine.meaning and self.engine.meaning.is_word(req.unresolved[0]))

    @staticmethod
    def _separated(req: Request) -> bool:
        """A comparison or a move was asked with an unknown name as one side ("welder vs blorfington", "move from
        welder to blorf"), not an "or" elsewhere ("i have patience and want to teach kids with autism or …")."""
        if intents.GAP.search(req.text) or intents.BETWEEN.search(req.text):
            return True
        return _stands_as_side(req.unresolved[0], req.text)  # the first part not understood: later ones are
        # more often words of the question ("is there a state test or just a school")

    def _with_unknown(self, reply: Reply, req: Request, codes: list[str], topic: str, area: str | None,
                      shown: str | None = None) -> Reply:
        """Say which name was not understood, keep what was (``shown``: how to call it, when not its titles), and
        offer the closest titles for it."""
        missed = req.unresolved[0]
        rows = []
        for cand in self.engine.matcher.match(missed, limit=3, floor=60.0):
            if cand.code not in codes:
                rows.append([Button(f"Compare with {cand.title}"[:60],
                                    callbacks.encode("overview", [*codes, cand.code][:MAX_COMPARE], area))])
        hint = " Did you mean one of these?" if rows else " Try another name for it."
        shown = shown or wording.join_words([m.title.lower() for m in req.occupations])
        note = f"<i>I couldn't find an occupation called “{esc(missed[:60])}”, so here is only {esc(shown)}.{hint}</i>"
        note += "\n\n"
        return Reply(note + reply.text, rows + reply.buttons, reply.picture)

    # --- the welcome's examples ---------------------------------------------------------------
    def example_buttons(self) -> list[list[Button]]:
        """The welcome's examples as buttons, resolved through the real understanding (no hard-coded codes)."""
        if self._examples is None:
            rows = []
            for example in texts.EXAMPLES:
                req = self.engine.understand(example)
                if not req.codes:
                    continue
                topic = req.topic if req.topic in callbacks.PREFIX else "overview"
                if req.intent == "gap":
                    topic = "gap"
                area = req.place.area_code if req.place else None
                rows.append([Button(example[:60], callbacks.encode(topic, req.codes[:MAX_COMPARE], area))])
            self._examples = rows
        return self._examples


def _described(mention: Mention) -> bool:
    """A job read from a description by meaning (its candidates match no title), not an unsure title ("what
    could a bus driver switch to": a school or a transit driver is asked)."""
    return not mention.groups and bool(mention.candidates) and not any(c.alias for c in mention.candidates)


def _everyday(phrase: str, is_word: Callable[[str], bool]) -> bool:
    """Words no job is called: every one an everyday word, or two-thirds or more of three or more ("find remote
    legit": "legit" is slang the model's vocabulary lacks); "blorfington" is a name the bot does not know."""
    words = phrase.split()
    known = sum(1 for w in words if is_word(w) or w in STOP)
    return known == len(words) or (len(words) >= 3 and known / len(words) >= 2 / 3)


_SMALL = r"(?:(?:an?|the|become|be|being)\s+){0,2}"


def _stands_as_side(missed: str, text: str) -> bool:
    """The unknown name is one side of a comparison: beside "vs", "or", "compared to", or after "compare … with/to/
    and" ("compare welder with a blorfington", "should i be a welder, or become a blorf")."""
    name = r"[\s-]+".join(re.escape(w) for w in missed.split())  # "blorf-ington" was read as "blorf ington"
    return bool(re.search(
        rf"(?:\bvs\.?|\bversus|\bor|\bcompared?(?:\s+(?:to|with))?)\s+{_SMALL}{name}\b"
        rf"|\b{name}\s+(?:vs\b|versus\b|or\b|compared?\b)"
        rf"|\bcompare\b.*\b(?:with|to|and)\s+{_SMALL}{name}\b", text, re.I))
