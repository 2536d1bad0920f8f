"""Finding the occupations a message names: its parts ("nurse vs paramedic"), exact title spans (longest
first), then fuzzy titles on the words left over. Unknown words never become a job; outside a job context
("my cat is sick") a one-word alias or a misspelt title counts only when it is all the message says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from bot.understanding import groups, intents, normalize
from bot.understanding.decide import WEAK_HEADS, Decider, Decision, Generic
from bot.understanding.matcher import EXACT, KIND_RANK, Candidate, Matcher
from bot.understanding.request import Mention
from bot.understanding.words import FAMILY_WORDS, mapping, words_with

if TYPE_CHECKING:
    from knowledge.rows import OccupationFact

MAX_TOKENS = 300
MAX_SPAN = 7
CURATED_EVIDENCE = KIND_RANK["lexicon"]

TOPIC_OF = mapping("topic_words.tsv")
"""Words that ask about a section (or, with `-`, only about jobs): never part of a job's name."""
STOP = words_with("message_words.tsv", "stop")
CONTEXT_WORDS = words_with("message_words.tsv", "context")
"""Words that make a message about jobs, so a lone or misspelt word in it may be read as a job title."""
FILLER = STOP | set(TOPIC_OF)
_STRONG_SEP = re.compile(r"\s+(?:vs\.?|versus|v\.|compared\s+(?:to|with)|against)\s+|\s*\bvs\.?\s*", re.I)
_WEAK_SEP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|(?<![\d/])(?<!\b\w)\s*/\s*(?!\w\b)", re.I)
"""Separators of jobs in a list; a slash beside a digit or a single letter joins ("$22/hr", "OTR/L", "w/o")."""
_SPLITTING = re.compile(f"({_WEAK_SEP.pattern})", re.I)
"""The same separators, kept in the split (``_titled_pieces`` joins two pieces across an "and")."""
_AND = re.compile(r"\s+(?:and|&)\s+", re.I)
Span = tuple[int, int, Mention]
_COWORKERS = frozenset({"co worker", "co workers", "coworker", "coworkers", "boss", "bosses"})
"""Someone one works with or for, not a job (O*NET files "CO Worker", a telephone company's central office worker,
under telecommunications equipment installers; the Census index "Boss" under production supervisors)."""
_TIME_UNITS = frozenset({"hr", "hrs", "yr", "yrs"})
_PER = frozenset({"per", "an", "a"})
_WORKERS = WEAK_HEADS - {"hand", "help"}
"""Words for workers that name no job on their own ("the employees", "hires more workers"); hands and help are
also other things ("prosthetic hands", "the help desk")."""
_WORKING_IN = re.compile(r"^\s*(?:(?:torn\s+|choosing\s+|deciding\s+|stuck\s+)?between\s+)?"
                         r"(?:(?:should|could|would|can|do)\s+(?:i|you)\s+"
                         r"|(?:i|you)\s+(?:want|wanna|should|could)\s+(?:to\s+)?|maybe\s+)?(?:try(?:ing)?\s+to\s+)?"
                         r"(?:working|work|a\s+(?:job|career)|jobs?|careers?|going|go|get|getting|something|anything)"
                         r"\s+(?:in|into|with)\s+", re.I)
"""Words before a field's name that leave it the field ("working in restaurants", "try to get into healthcare",
"something in nursing")."""
_CLAUSE_END = re.compile(r"\s+[-–—]\s+|[,?!:;]|\.(?:\s|$)|\s+(?=(?:which|what|whats|how)\b)", re.I)


class MentionFinder:
    def __init__(self, matcher: Matcher, decider: Decider, facts: dict[str, OccupationFact]) -> None:
        self.matcher = matcher
        self.decider = decider
        self.facts = facts
        self._group_members: dict[tuple[str, ...], list[str]] = {}

    def split(self, text: str) -> list[str]:
        """Parts that each name one occupation: strong separators always, 'and'/'or'/',' unless a title."""
        parts: list[str] = []
        than = intents.THAN.search(text)  # "is manufacturing a better bet than retail": two sides
        sides = [text[:than.start("sep")], text[than.end("sep"):]] if than else [text]
        for strong in (piece for side in sides for piece in _STRONG_SEP.split(side)):
            if not strong.strip():
                continue
            if self._is_title(strong):
                parts.append(strong)
                continue
            parts += self._titled_pieces(strong)
        return parts or [text]

    def _titled_pieces(self, strong: str) -> list[str]:
        """A part cut at 'and'/'or'/',', two neighbouring pieces kept whole when 'and' makes them a title
        ("medical billing and coding or nursing": two sides; "paramedic or firefighter" stays two)."""
        cut = _SPLITTING.split(strong)  # pieces and, between them, the separators
        pieces: list[str] = []
        for i in range(0, len(cut), 2):
            if pieces and i >= 2 and _AND.fullmatch(cut[i - 1]) and self._is_title(pieces[-1] + cut[i - 1] + cut[i]):
                pieces[-1] += cut[i - 1] + cut[i]
            else:
                pieces.append(cut[i])
        return [p for p in pieces if p and p.strip()]

    def _is_title(self, text: str) -> bool:
        words = [w for w in normalize.tokens(text) if w not in FILLER or w in ("and", "or")]
        return bool(self.matcher.exact(words))

    def find(self, part: str, context: bool) -> tuple[list[Mention], list[str], list[str]]:
        """Occupations in one part, the phrases that matched nothing, and the words no title claimed.

        Outside a job context ("my cat is sick", "reboot the router") a one-word alias or a misspelt title
        counts only when it is all the message says; with context ("router salary") it always counts."""
        raw = normalize.raw_tokens(part)[:MAX_TOKENS]
        used = [False] * len(raw)
        spans = self._exact_spans(raw, used)
        titled = [(i, n) for i, n, _ in spans if n > 1]
        if not any(TOPIC_OF.keys() & set(raw[i:i + n]) for i, n in titled) and not (titled and WORKPLACE & set(raw)):
            # the whole message as one title, unless an exact one holds a topic word (without "school", "year 5 as
            # an elementary school teacher" would be "5 elementary teacher") or names the job before where it is
            # done ("medical assistant at a family practice"; "teacher at an elementary school" is read whole)
            whole = self._whole(raw, context)
            if whole is not None:
                return whole
        spans = [self._misspelt_before(raw, used, s) for s in spans]
        covered = all(u for w, u in zip(raw, used, strict=True) if w not in FILLER and len(w) > 1)
        if not context and not covered:
            loose = [s for s in spans
                     if s[1] == 1 and not self._asked_workers(raw, s[0]) and not _named_as_work(raw, s[0])]
            for i, _, _ in loose:
                used[i] = False
            spans = [s for s in spans if s not in loose]
        missed = self._fuzzy_runs(raw, used, spans, context)
        unused = [w for w, u in zip(raw, used, strict=True) if not u]
        return [m for _, _, m in sorted(spans, key=lambda s: s[0])], missed, unused

    def _whole(self, raw: list[str], context: bool) -> tuple[list[Mention], list[str], list[str]] | None:
        """All the content words together as one (misspelt or unlisted) title, when that is certain."""
        content = [w for w in raw if w not in FILLER]
        person = next((i for i, w in enumerate(content) if i and w in PERSON_WORDS), None)
        if person is not None:
            content = content[:person]  # "the loss prevention guy at a store": the one who does loss prevention
        content_words = normalize.tokens(" ".join(content))
        if not content or max(len(w) for w in content) < 4 or self.decider.exact(content_words) \
                or (len(content_words) == 2 and self._worker(content_words)):  # "dental hygiene": hygienists
            return None
        if len(content_words) > 1 and not all(w in self.matcher.postings or self.matcher.correct(w)
                                               for w in content_words):
            return None  # "nurses weekends lol": a word no title has, nor one a letter off, is no title's
        whole = self.decider.words(content_words)
        if context or _standalone(content):
            head = self._opening_title(raw, content, whole)
            if head is not None:  # "do air trafic controllers make good money": the title, not "… good"
                taken, sure = head
                return [self.mention(" ".join(taken), sure)], [], [w for w in raw if w not in taken]
        if whole.confident and (context or _standalone(content)):
            rest = [w for w in raw if w in FILLER]
            return [self.mention(" ".join(content), whole)], [], rest
        return None

    def _opening_title(self, raw: list[str], content: list[str], whole: Decision) -> tuple[list[str], Decision] | None:
        """The first content words, up to a small word of the message, when they make a certain title and all the
        words together make none, or a farther one ("air trafic controllers" 98, "air trafic controllers good" 85;
        "electricans" 98, "electricans good" unsure). A title of one word must be seven letters or more."""
        if not 2 <= len(content) <= OPENING_WORDS or (whole.confident and whole.best.score >= EXACT):
            return None  # a longer message is a description as often as a question ("hands the surgeon …")
        for head in _heads(content, raw, OPENING_WORDS):
            sure = self.decider.words(normalize.tokens(" ".join(head)))
            if whole.confident:
                if sure.confident and sure.best.score > whole.best.score:
                    return head, sure
            elif sure.best is not None and CLOSE_HEAD <= sure.best.score < EXACT:
                return head, sure  # "do electricans make good money": "did you mean electricians?" (a title
                # spelt right is left to the rules for one word outside a job's context: "posters for companies")
        return None

    def _exact_spans(self, raw: list[str], used: list[bool]) -> list[Span]:
        """Exact titles, longest spans first; the words they claim are marked used."""
        canon = [[] if w == "entry" and raw[j + 1:j + 2] == ["level"] else normalize.tokens(w, drop_seniority=False)
                 for j, w in enumerate(raw)]  # "entry level data analyst": a rank, not data entry
        spans: list[Span] = []
        for n in range(min(MAX_SPAN, len(raw)), 0, -1):
            # spans that start with a small word go after the others of their length: "a vet tech" is a vet tech
            for i in sorted(range(len(raw) - n + 1), key=lambda j: raw[j] in STOP):
                span = raw[i:i + n]
                if any(used[i:i + n]) or (span[-1] in STOP and not (n == 2 and span[-1] == "work")) \
                        or all(w in FILLER for w in span):  # "social work" is a field: social workers
                    continue
                words = [c for ws in canon[i:i + n] for c in ws if c not in normalize.SENIORITY]
                if not words or (len(words) == 1 and len(words[0]) < 2) or (n == 1 and span[0] in QUESTION_ADVERBS):
                    continue
                if n == 1 and span[0] in _TIME_UNITS and i and (raw[i - 1].isdigit() or raw[i - 1] in _PER):
                    continue  # "$22/hr", "15 per hr": an hour, not human resources
                if (n == 1 and (words[0] in _WORKERS or (words[0] == "hand" and _hands_of_people(raw, i))
                                or _not_workers(raw, i))) or " ".join(span) in _COWORKERS \
                        or (n == 2 and span[1] == "mechanics" and _not_workers(raw, i + 1)):  # "body mechanics"
                    used[i:i + n] = [True] * n  # "the employees at work", "my co-worker says": no job said, and
                    continue  # "postal workers" leaves "postal" to be read alone
                found = self.decider.exact(words)
                if not found and n == len(words) in (2, 3) and span[0] not in STOP and span[0] not in LINKS \
                        and not span[-1].endswith("ings"):  # "replaced by recordings": things, no recorders
                    found = self._worker(words)  # "software engineering", "social work", "air traffic control"
                if found and n > 2 and _straddles(span, found):
                    continue
                if found and n == 1 and found.generic and found.generic.field and i + 1 < len(raw) \
                        and self._names_a_kind(raw[i + 1]):
                    continue  # "pharmacy techncian": a trade's name before a noun only says which kind
                if span[0] in STOP and not (n > 1 and found and found.candidates
                                            and found.candidates[0].evidence <= CURATED_EVIDENCE
                                            and (span[0] in ("a", "an", "the")
                                                 or normalize.raw_tokens(found.candidates[0].alias)[:1] == span[:1])):
                    continue  # "it" starts a title only in a curated one that starts so ("IT guy"; "in tech" is no
                    # "OR Tech", whose "or" the title keys drop as a small word)
                if found:
                    spans.append((i, n, self.mention(" ".join(span), found)))
                    used[i:i + n] = [True] * n
        return spans

    def _misspelt_before(self, raw: list[str], used: list[bool], span: Span) -> Span:
        """A one-word title with misspelt words of its own before it ("do air trafic controllers really make six
        figures": the air traffic controllers, not "controllers" and "air trafic"): the whole, when one letter or
        so off a title for certain."""
        i, n, _ = span
        if n != 1:
            return span
        for k in range(MISSPELT_BEFORE, 0, -1):
            before = raw[max(i - k, 0):i]
            if len(before) < k or any(used[i - k:i]) or any(w in FILLER for w in before) \
                    or max(len(w) for w in before) < 4:
                continue
            found = self.decider.words(normalize.tokens(" ".join([*before, raw[i]])))
            if found.confident and found.best is not None and CLOSE_HEAD <= found.best.score < EXACT:
                used[i - k:i] = [True] * k
                return i - k, k + 1, self.mention(" ".join(raw[i - k:i + 1]), found)
        return span

    def _asked_workers(self, raw: list[str], i: int) -> bool:
        """A job's noun in the plural as the subject of a question ("do welders make bank", "are electricians
        still needed") names workers even where nothing else says the message is about jobs; as an object
        ("fixes printers", "making posters") it does not. So do workers someone speaks of ("my uncle says welders
        make bank")."""
        word = raw[i]
        canon = normalize.tokens(word)
        return ((0 < i <= 2 and raw[0] in QUESTION_OPENERS) or (i > 0 and raw[i - 1] in _HEARD)) \
            and word.endswith("s") and len(canon) == 1 \
            and canon[0] != word and canon[0] in self.matcher.head_words_set \
            and bool(_ASKS_OF_WORKERS.search(" ".join(raw[i + 1:])))

    @staticmethod
    def _names_a_kind(after: str) -> bool:
        """Does the word after a trade's name make it say which kind of something ("pharmacy techncian",
        "programming PLCs")? Not a small word, a field noun ("roofing company") or an adverb of the question
        ("is plumbing still worth it", "is roofing actually a good job"): there the trade is asked about."""
        return after not in FILLER and after not in FIELD_NOUNS and after not in QUESTION_ADVERBS \
            and after not in _SAID_OF_A_TRADE

    def _worker(self, words: list[str]) -> Decision | None:
        """A field of work said by its activity or subject, where the title names the worker: "software
        engineering" is a software engineer, "social work" a social worker, "data science" a data scientist,
        "firefighting" a firefighter. Only an exact title counts."""
        if not words:
            return None
        first = self.decider.exact(words[:-1]) if words[-1] == "work" and len(words) > 1 else None
        if first and first.generic and first.generic.field:
            return None  # "electrical work" is the trade's: electricians, not "electrical workers"
        for form in worker_forms(words[-1]):
            found = self.decider.exact(words[:-1] + normalize.tokens(form))
            if found:
                return found
        return None

    def _fuzzy_runs(self, raw: list[str], used: list[bool], spans: list[Span], context: bool) -> list[str]:
        """Fuzzy titles in the stretches no exact title claimed (added to ``spans``); the phrases that
        matched nothing, said in a job context."""
        missed: list[str] = []
        for start, run in _runs(raw, used):
            content = [w for w in run if w not in FILLER and w not in QUESTION_ADVERBS and not w.isdigit()]  # "pilots
            # still": no still; "pays me 12 an hour": no 12
            if not content or max(len(w) for w in content) < 4 or _workplace(raw, start, run):
                continue
            found = self.decider.words(normalize.tokens(" ".join(content)))
            alone = not spans and content == [w for w in raw if w not in FILLER] and _standalone(content)
            if (context or (alone and found.confident)) and len(content) > 1 \
                    and not (found.confident and found.best.score >= EXACT):
                # "dental hygenist … besides scraping teeth", "air trafic controllers make good money": a misspelt
                # title opens a run of other words
                content, found = self._leading(content, run, found)
            if found.candidates and (context or (alone and found.confident)):
                for j, w in enumerate(run):
                    used[start + j] = used[start + j] or w in content
                spans.append((start, len(run), self.mention(" ".join(content), found)))
            elif context:  # outside a job context, unknown words are just words, not a job we lack
                missed.append(" ".join(content))
        return missed

    def _leading(self, content: list[str], run: list[str], found: Decision) -> tuple[list[str], Decision]:
        """The first words of a run that make a title for certain (three, two, or one long word) before a small
        word ("dental hygenist … what do they…"; "pharmacy techncian assistent" is read whole), else the run."""
        if content[0].endswith("ing") or run[0] in ("who", "that", "which"):
            return content, found  # "working with kids who…", "programming PLCs", "the worker who paints the
            # lines": what is done, not a title
        for head in _heads(content, run, LEADING):
            if max(len(w) for w in head) >= 4:
                sure = self.decider.words(normalize.tokens(" ".join(head)))
                if sure.confident and not (found.confident and sure.best.score <= found.best.score):
                    return head, sure
        return content, found

    @staticmethod
    def _field_clause(part: str) -> tuple[str, list[str], int]:
        """The clause a field would be named in, its words, and where they stop ("finance for someone…")."""
        clause = _WORKING_IN.sub("", _CLAUSE_END.split(part.strip(), maxsplit=1)[0])  # "tech - which is…"
        words = normalize.raw_tokens(clause)  # "working in restaurants": restaurants
        return clause, words, next((i for i, w in enumerate(words) if w in LINKS and i > 0), len(words))

    def outside_field(self, part: str, mentions: list[Mention]) -> bool:
        """Are all the jobs found in a part named after its field's clause ("the skilled trades for someone who
        likes working with their hands": "hands")?"""
        _, words, ends = self._field_clause(part)
        head = set(words[:ends])
        return all(not head & set(normalize.raw_tokens(m.phrase)) for m in mentions)

    def field(self, part: str) -> Mention | None:
        """A side of a comparison that names a field of work ("trades vs tech", "healthcare or finance"): its
        SOC major groups as a generic word, largest members first."""
        clause, words, ends = self._field_clause(part)
        content = _the_field([w for w in words[:ends] if (w not in FILLER and w not in FIELD_NOUNS
                                                          and w not in QUESTION_ADVERBS and w != "right")
                              or w in FAMILY_WORDS])  # "retail right now": retail
        # "IT vs engineering"; "medical field", "the trades", "some kind of healthcare job", "general IT": the field
        if len(content) != 1 or (content[0] == "it" and len(words) > 1 and not re.search(r"\bIT\b", clause)):
            return None  # "whats it really like": a pronoun, not IT ("nursing or it" is)
        named_field = content[0] in FAMILY_WORDS or not content[0].endswith("ing")  # not "hiking", "drawing"
        worker = self._worker(normalize.tokens(content[0])) if named_field else None  # "trucking" is truckers
        if worker is not None and not (content[0] in FAMILY_WORDS and worker.best and RESIDUAL in worker.best.title):
            # a catch-all ("manufacturing": a "manufacturer" of Managers, All Other) is never the field's worker
            return self.mention(content[0], worker)
        families = FAMILY_WORDS.get(content[0]) or FAMILY_WORDS.get(content[0].removesuffix("s"))  # "restaurants"
        if not families:
            return None
        generic = Generic(content[0], tuple(f"{f}-0000" for f in families), None)
        lead = [c for c in self._members(generic.groups[:1])  # "healthcare": the largest of its first family
                if RESIDUAL not in self.matcher.titles.get(c, "")][:1]  # (nurses), never a catch-all
        best = [Candidate(lead[0], self.matcher.titles.get(lead[0], lead[0]), content[0], 100.0, True)] if lead else []
        return self.mention(content[0], Decision(best, False, generic, "a field of work"))

    def _members(self, group_codes: tuple[str, ...]) -> list[str]:
        """A group's members, largest first, computed once per group (the store is read-only)."""
        if group_codes not in self._group_members:
            self._group_members[group_codes] = groups.members(group_codes, self.facts)
        return self._group_members[group_codes]

    def mention(self, phrase: str, found: Decision) -> Mention:
        """A mention from a decision; a generic word's candidates are its group's largest members."""
        if found.generic:
            members = self._members(found.generic.groups)
            lead = found.best.code if found.best else None
            codes = ([lead] if lead else []) + [c for c in members if c != lead][:7]
            top = codes[0] if codes else ""
            return Mention(phrase=phrase, code=top, title=self.matcher.titles.get(top, phrase),
                           score=100.0, confident=found.confident, generic=found.generic.word,
                           groups=list(found.generic.groups),
                           candidates=[Candidate(c, self.matcher.titles[c], found.generic.word, 100.0, True)
                                       for c in codes])
        top = found.candidates[0]
        return Mention(phrase=phrase, code=top.code, title=top.title, score=top.score, confident=found.confident,
                       candidates=list(found.candidates))


def dedupe(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in mentions:
        if m.code not in seen:
            seen.add(m.code)
            out.append(m)
    return out


LINKS = frozenset({"at", "for", "from", "with", "into", "to", "as", "in", "on", "by"})
"""Words that link two phrases of a sentence: a title spans one only if its own name has it ("attorney at law")."""


def _straddles(span: list[str], found: Decision) -> bool:
    """Does the span run across a link the matched title does not have? "medical assistant at a family practice":
    "assistant at a family" is no family assistant (the key drops the small words)."""
    inner = set(span[1:-1]) & LINKS
    if not inner or not found.candidates:
        return False
    return not inner <= set(normalize.raw_tokens(found.candidates[0].alias))


WORKPLACE = frozenset({"at", "@"})
_SAID_OF_A_TRADE = frozenset({"gonna", "gunna", "going", "dying", "dead", "good", "bad", "hard", "easy", "worth",
                              "stable", "safe", "boring", "fun", "better", "worse", "easier", "harder"})
"""Words after a trade's name that say something of it, never which kind it is ("is accounting gonna be a dead
career", "is welding hard")."""
FIELD_NOUNS = frozenset({"field", "company", "firm", "business", "industry", "sector", "trade", "school", "career"})
"""Nouns after a trade's name that leave it the trade ("nursing field", "roofing company"), unlike "pharmacy tech"."""
SAYING = frozenset({"says", "said", "thinks", "swears", "claims"})
"""Verbs of someone else's words ("my uncle says …"): workers spoken of here, reported speech in climbing.py."""
_HEARD = SAYING | {"heard", "hear"}
QUESTION_OPENERS = frozenset({"do", "does", "are", "can", "will", "would", "should", "how", "why", "what", "were"})
_ASKS_OF_WORKERS = re.compile(
    r"\b(?:make|earn|get\s+paid|paid)\s+(?:bank|money|good|decent|a\s+lot|six|\$?\d|much|enough|more|less|well)\b"
    r"|\b(?:still\s+)?(?:needed|in\s+demand|hiring)\b|\b(?:old|young|men|women|guys|dudes|female|male)\b"
    r"|\b(?:just|only)\s+\w+\s+(?:\w+\s+){0,3}all\s+day\b", re.I)
"""What the rest of a question asks of workers named in the plural ("do welders make bank", "are electricians still
needed", "are most farmers old", "do cashiers just scan stuff all day"), unlike "do printers still use ink" or "will
the brewers make the playoffs"."""
QUESTION_ADVERBS = frozenset({"still", "even", "actually", "really", "worth", "ever", "always", "also", "just", "now",
                              "nowadays", "anymore", "today", "honestly", "truly", "seriously", "generally",
                              "usually", "typically", "currently", "overall", "definitely", "necessarily"})
"""Adverbs that follow the subject of a question ("is welding still …"): never a noun a trade's name qualifies."""
PERSON_WORDS = frozenset({"guy", "guys", "gal", "gals", "lady", "ladies", "dude", "person", "people", "folks", "ppl"})
"""Everyday words for whoever does the work, after what they do ("loss prevention guy")."""
LEADING = 3
"""A run of words no title claimed may open with a misspelt title of at most this many words."""
OPENING_WORDS = 4
"""A message of at most this many content words may open with a misspelt title ("do air trafic controllers make good
money": four)."""
CLOSE_HEAD = 95.0
"""A misspelt title opening a message this close (one letter off) is asked about ("did you mean…") even unsure."""
MISSPELT_BEFORE = 2
"""Words before a one-word title that may be its own misspelt words ("air trafic controllers")."""
RESIDUAL = ", All Other"
"""How a residual (catch-all) occupation's title ends."""


def _workplace(raw: list[str], start: int, run: list[str]) -> bool:
    """Words after "at" say where someone works ("medical assistant at a family practice", "cashier at walmart"):
    never a job guessed from them (an exact title there still counts)."""
    i = start + next(j for j, w in enumerate(run) if w not in FILLER)
    while i > 0 and raw[i - 1] in STOP and raw[i - 1] not in WORKPLACE:
        i -= 1
    return i > 0 and raw[i - 1] in WORKPLACE


def _heads(content: list[str], words: list[str], most: int) -> Iterator[list[str]]:
    """The first content words (at most ``most``, fewer than all, longest first) that a small word follows in
    ``words``: where a misspelt title may end ("air trafic controllers | make good money"). One word alone must be
    seven letters or more."""
    for n in range(min(most, len(content) - 1), 0, -1):
        head = content[:n]
        after = words.index(head[-1]) + 1
        if after < len(words) and words[after] in FILLER and (n > 1 or len(head[0]) >= 7):
            yield head


def _standalone(content: list[str]) -> bool:
    """Can these words, said with no job context, be read as a misspelt title? A few words, yes; one
    short word ("forget", "thanks") is more likely just a word."""
    return len(content) <= 4 and (len(content) > 1 or len(content[0]) >= 7)


_CLAUSE_BREAKS = frozenset({"but", "because", "cause", "cuz", "though", "although"})
"""Words that end one clause and start another: no title spans them ("nursing but i kinda want to be a teacher")."""


def _runs(words: list[str], used: list[bool]) -> list[tuple[int, list[str]]]:
    """Stretches of words no exact title claimed, with their start position, none across a clause's end."""
    runs: list[tuple[int, list[str]]] = []
    for i, (w, u) in enumerate(zip(words, used, strict=True)):
        if u or w in _CLAUSE_BREAKS:
            continue
        if runs and runs[-1][0] + len(runs[-1][1]) == i:
            runs[-1][1].append(w)
        else:
            runs.append((i, [w]))
    return runs


_WORKER_ENDINGS = (("ing", ("", "er", "e", "ant", "or")), ("ce", ("tist",)), ("ogy", ("ogist",)),
                   ("ry", ("", "er", "ist", "rian")), ("cy", ("cist",)), ("ure", ("",)), ("ics", ("icist", "ician")),
                   ("ism", ("ist",)), ("ment", ("r", "er")), ("ign", ("igner",)), ("y", ("ian",)), ("ic", ("ician",)),
                   ("art", ("artist",)), ("apy", ("apist",)), ("ene", ("enist",)), ("omy", ("omist",)),
                   ("rol", ("roller",)))
"""How the name of a field becomes its worker's: engineering → engineer, nursing → nurse, consulting →
consultant, science → scientist, psychology → psychologist, dentistry → dentist, carpentry → carpenter, pharmacy
→ pharmacist, architecture → architect, physics → physicist, logistics → logistician, journalism → journalist,
management → manager, development → developer, design → designer, history → historian, art → artist, music
→ musician, therapy → therapist, hygiene → hygienist, phlebotomy → phlebotomist, air traffic control → air traffic
controller; social work → social worker."""


FIELD_MODIFIERS = frozenset({"kind", "sort", "type", "general", "desk", "some", "any", "whole", "industry", "sector",
                             "area", "world", "related", "based", "stuff", "thing", "things", "regular", "normal",
                             "skilled", "the", "career", "careers", "job", "jobs", "work", "field", "these", "days",
                             "something", "anything", "doing"})
"""Words beside a field's name that leave it the field ("some kind of healthcare job", "an office desk job",
"something medical", "doing construction")."""


def _the_field(content: list[str]) -> list[str]:
    """The one field the content words name, the others only modifiers of it ("some kind of healthcare job":
    healthcare); otherwise the words as they are."""
    fields = [w for w in content if w in FAMILY_WORDS]
    if len(content) > 1 and len(fields) == 1 and all(w in FIELD_MODIFIERS for w in content if w not in fields):
        return fields
    return content


_DOCUMENTS = frozenset({"help", "api", "google", "user", "technical", "product", "project", "legal", "shared",
                        "online", "reference", "developer", "support", "software", "word", "writing"})
_LIVING_SOMEWHERE = frozenset({"home", "homes", "nursing", "building", "apartment", "city", "town", "local", "area",
                               "county", "community", "facility", "elderly", "senior", "getting", "help", "helping",
                               "feed", "feeding", "assist", "assisting", "bathe", "bathing", "with", "permanent"})


_SUBJECTS_OF_MECHANICS = frozenset({"quantum", "fluid", "classical", "celestial", "orbital", "statistical", "soil",
                                    "rock", "game", "body", "newtonian", "continuum", "solid", "structural"})
"""Words before "mechanics" that make it a subject, not workers ("quantum mechanics", "body mechanics for nurses")."""


def _not_workers(raw: list[str], i: int) -> bool:
    """Words that are things, people or doings here, not jobs: "help docs" (documents, not doctors), "nursing home
    residents", "getting residents out of bed" (the people living there, not resident physicians), "the judge i
    intern for", "quantum mechanics"."""
    before = raw[i - 1] if i else ""
    if raw[i] == "intern" and before in ("i", "we", "they", "to"):
        return True  # "the judge i intern for": a verb
    if raw[i] == "mechanics" and (before in _SUBJECTS_OF_MECHANICS or raw[i + 1:i + 2] == ["of"]):
        return True  # "quantum mechanics", "the mechanics of how taxes work": a subject
    return (raw[i] == "docs" and before in _DOCUMENTS) or (raw[i] == "residents" and (
        before in _LIVING_SOMEWHERE or raw[i + 1:i + 2] == ["of"]))


_AS_WORK = (("get", "into"), ("become", "a"), ("become", "an"), ("career", "in"), ("pushing",), ("suggesting",),
            ("suggested",), ("recommending",), ("recommended",), ("become",))
"""Words before a lone word that name it as work to take up ("how do i get into journalism", "my guidance counselor
keeps pushing machinist"): a job, where a word alone is a word as often ("posters for companies")."""


def _named_as_work(raw: list[str], i: int) -> bool:
    """Is the word at ``i`` named as work to take up (``_AS_WORK`` before it)?"""
    return any(tuple(raw[max(i - len(before), 0):i]) == before for before in _AS_WORK)


def _hands_of_people(raw: list[str], i: int) -> bool:
    """"hands-on", "with my hands": hands, not hired hands."""
    return raw[i + 1:i + 2] == ["on"] or (i > 0 and raw[i - 1] in ("my", "your", "his", "her", "their", "our"))


def worker_forms(word: str) -> list[str]:
    """The worker nouns a field's word may stand for (only exact titles are ever taken from them)."""
    forms = ["worker"] if word == "work" else []
    for ending, replacements in _WORKER_ENDINGS:
        if word.endswith(ending) and (len(word) > len(ending) + 2 or word == ending):
            forms += [word[: len(word) - len(ending)] + r for r in replacements]
    return [f for f in dict.fromkeys(forms) if f != word and len(f) > 3]


def content_words(phrase: str) -> int:
    """The words of a phrase that are not small words ("a nurse" has one)."""
    return len([w for w in normalize.raw_tokens(phrase) if w not in STOP])


def is_slang(mention: Mention) -> bool:
    """A job named only by a short abbreviation typed in lower case ("rn", "otr"): chat slang as often ("learning
    revit rn" is right now), so it does not stop a tool named in the same message from being read."""
    return mention.phrase.islower() and len(mention.phrase.replace(" ", "")) <= 3
