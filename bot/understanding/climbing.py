"""Moving up from the job one holds: the words of climbing, which job is held, and the job described when none
is named ("been washing dishes at a diner for a year, how do I move up" → dishwashers).

Read before a list, a tool or a major can claim a word ("cnc machinist, how do i level up": CNC is also a
tool); a job only described is guessed by meaning only after those have had their turn, and only from words
that say what the person does ("which jobs have the best promotion opportunities" describes no job held).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.understanding import intents, normalize
from bot.understanding.matcher import EXACT, Candidate
from bot.understanding.mentions import CONTEXT_WORDS, RESIDUAL, SAYING, STOP, content_words, is_slang
from bot.understanding.request import Intent, Mention
from bot.understanding.words import FAMILY_WORDS

if TYPE_CHECKING:
    from bot.understanding.meaning import Meaning

LADDER_WORDS = re.compile(r"\b(?:get(?:ting)?\s+)?promoted\b|\bnext\s+(?:steps?|rung|level)\b|\badvance\b"
                          r"|\bpromotions?\s+(?=work|happen)"
                          r"|\bcareer\s+ladder\b|\bprogress(?:ion)?\b|\b(?:move|moving|level|step)\s+up\b"
                          r"|\bwork\s+\w+\s+way\s+up\b", re.I)
"""Ladder words that are never part of a job's name ("promotions manager" is one)."""
_SPELL = re.compile(r"\s+for\s+(?:like\s+|about\s+|over\s+)?(?:a|an|\d+|one|two|three|four|five|six|several|many"
                    r"|a\s+few)\s+(?:\w+\s+)?(?:years?|months?|weeks?|seasons?|yrs?)\b", re.I)
_ASKING = re.compile(r"(?:[,.;:!?]\s*|\s+|^)(?:so\s+|but\s+|and\s+)?(?:how|what|where|when|which|can|could|should|would"
                     r"|is|are|any|whats|what's)\b.*$", re.I)
_HOLDING = re.compile(r"^\s*(?:i'?ve\s+been|i\s+have\s+been|been|i'?m|im|i\s+am|currently|right\s+now"
                      r"|i\s+work(?:\s+(?:at|in|as))?|i\s+do)\s+", re.I)
"""A question's own words, how long the job has been held and "I've been": cut from the words that describe
the job ("been washing dishes at a diner for a year, how do i move up" → "washing dishes at a diner")."""
_FIRST_PERSON = re.compile(r"\b(?:i\s+work|i'?m\s+an?|im\s+an?|i\s+am\s+an?|i'?ve\s+been|ive\s+been|been\s+\w+ing"
                           r"|i\s+do\s+\w+ing)\b|^\s*i\s+(?!(?:want|wanna|need|would|like|love|think|feel|hate|have"
                           r"|had|was|am|just|really|dont|don'?t|can|could|will|wish|hope|know|heard|read|saw|got)\b)"
                           r"[a-z]{3,}\b|^\s*i\s+do\s+(?!not\b|nothing\b)[a-z]{3,}\b", re.I)
_NOT_HELD = re.compile(r"\b(?:jobs?|careers?|occupations?|roles?|skills?|which|what|how)\b", re.I)
"""Words that say the text before the climbing words asks rather than describes the job held."""
_DEGREE = re.compile(r"\b(?:degree|major|diploma|bachelor'?s|master'?s)\b", re.I)
"""A degree the question is about ("what can I do with a cybersecurity degree")…"""
_LACKS = re.compile(r"\b(?:no|without|w/o|any|(?:do\s*n'?t|never)\s+(?:have|had|got)|have\s+no|lack(?:ing)?)\s+"
                    r"(?:an?\s+|any\s+)?(?:college\s+|uni(?:versity)?\s+|4[\s-]year\s+|high\s+school\s+)?"
                    r"(?:degree|diploma)\b", re.I)
"""…not one it lacks ("no degree", "i dont have a degree", "i have no college degree")."""
_LEADS = re.compile(r"\b(?:supervis\w*|manag\w*|lead\w*|boss\w*|oversee\w*|in\s+charge|foreman|head|run(?:s|ning)?"
                    r"|own(?:s|er)?|business|hir(?:e|ing)|fir(?:e|ing)|employ\w*)\b", re.I)
_BOSS = re.compile(r"\b(?:Supervisors|Managers)\b")
BOSS_MARGIN = 0.05
"""A job described in words that lead no one ("i mow lawns for a landscaping company") is the work itself when its
doers come within this of their supervisors or managers."""
_TRAILING_LINK = re.compile(r"\s+(?:and|but|so|,)\s*$", re.I)
HELD_FLOOR = 0.6
"""A job described in a question about moving up ("washing dishes at a steakhouse") is this close to its
occupation (title, description and half its closest task); "in my career" alone comes no closer than 0.45."""
MAX_HELD_PHRASE = 60


def holds(text: str) -> bool:
    """Says which job the person holds, in the first person ("i work at a daycare", "been waitressing for 6
    years"): then the job described is read before a list can claim "better paying"."""
    return bool(_FIRST_PERSON.search(text))


_OWN_JOB_FIRST = re.compile(r"^\W*(?:i'?m|im|i\s+am|i\s+work|i'?ve\s+been|been)\b|^\W*(?:[\w'’-]+\s+){0,3}[\w'’-]+"
                            r"(?:\s+here)?\s*[,.]", re.I)
"""A message that opens with one's own job ("im a framer", "roofers helper, …", "carpenters helper here, …")."""
_RELATIVE = re.compile(r"\b(?:my|his|her)\s+(?:dad|mom|father|mother|uncle|aunt|brother|sister|cousin|boss|friend"
                       r"|husband|wife|grandpa|grandma)\b", re.I)
_OTHERS_RISE = re.compile(r"\b(?:(?:my|his|her|their|our)\s+(?:[\w'’]+\s+)?[\w'’]+|he|she|they|someone|somebody"
                          r"|everyone|everybody)\s+(?:just\s+|recently\s+|finally\s+)?(?:got|was|been|gets|is\s+getting)"
                          r"\s+promoted\b", re.I)
"""Someone else's promotion ("my coworker got promoted to one"): no move of one's own asked."""


def climbs(text: str) -> bool:
    """Words of climbing, not of becoming ("what's the next step to become a welder" is the path; becoming "the guy
    running the crew" is a rank, a climb), nor someone else's ("what does a logistician do all day, my coworker got
    promoted to one")."""
    text = _OTHERS_RISE.sub(" ", text)
    runs = intents.RUNS_IT.search(text) is not None and (_OWN_JOB_FIRST.search(text) is not None or holds(text)) \
        and not _RELATIVE.search(text)  # "roofers helper, how do i become the guy running the crew"; not "… like
    # my dad"
    return (runs or bool(intents.CLIMB.search(text))) and not intents.BECOME.search(intents.RUNS_IT.sub(" ", text))


def held(mentions: list[Mention]) -> Mention | None:
    """Of the jobs in a question about moving up ("cashier at walmart, how do i get promoted", "welder, want to
    make more. inspector? supervisor?"), the one the person holds: named by an exact title, in several words
    ("elementary school teacher" before "admin"), not a short abbreviation ("otr trucker"), the first; None
    if no job is certain enough."""
    mentions = [m for m in mentions if not m.phrase.lower().endswith(("school", "college"))]  # "without going to
    if not mentions:  # law school": a school is the way on, never the job held
        return None
    best = min(mentions, key=lambda m: (m.score < EXACT, is_slang(m), content_words(m.phrase) < 2, mentions.index(m)))
    return best if best.confident or best.score >= EXACT else None


def described(text: str, meaning: Meaning, titles: dict[str, str], task_weight: float,
              until: int | None = None, told: bool = False) -> Mention | None:
    """The job the words before the climbing words describe ("been waitressing for 6 years, what could I grow
    into" → waiters), with the next closest as candidates; None when they ask rather than describe ("which jobs
    have the best promotion", "how to level up my excel skills") or no occupation comes close."""
    climb = min((m for m in (rx.search(text) for rx in (intents.CLIMB, intents.PAYS_MORE, intents.LADDER)) if m),
                key=lambda m: m.start(), default=None)  # the first of "… move up", "… make more", "… what's next"
    if until is None and climb is None:
        return None
    said = _ASKING.sub("", _SPELL.sub("", text[:climb.start() if until is None else until])).strip(" ,.;:-?!")
    said = _TRAILING_LINK.sub("", said)  # "i work at a daycare and …"
    before = _HOLDING.sub("", said)  # shown without "I've been"
    words = [w for w in normalize.raw_tokens(before) if w not in STOP and w not in CONTEXT_WORDS and len(w) > 2]
    if not words or (_NOT_HELD.search(before) and not told):  # ``told``: the words tell one's own work (climbing.told)
        return None
    best = meaning.occupations(said, limit=3, task_weight=task_weight)
    if not best or best[0][1] < HELD_FLOOR:
        return None
    if not _LEADS.search(said):  # "i mow lawns for a landscaping company": the work itself, not its supervisors
        doers = [(c, s) for c, s in best if not _BOSS.search(titles.get(c, "")) and s >= best[0][1] - BOSS_MARGIN]
        best = doers + [b for b in best if b not in doers]
    code, score = best[0]
    candidates = [Candidate(c, titles.get(c, c), "", round(s * 100, 1), False) for c, s in best]
    return Mention(phrase=" ".join(before.split())[:MAX_HELD_PHRASE], code=code, title=titles.get(code, code),
                   score=round(score * 100, 1), confident=False, candidates=candidates)


ASPIRES = re.compile(r"\b(?:want|wanna|hoping|hope|trying|plan(?:ning)?|would\s+like|like)\s+to\s+(?:be(?:come)?|get"
                     r"\s+into|move\s+(?:up|into)|run|open|start|own|have\s+my\s+own)\b|\bwant\s+my\s+own\b"
                     r"|\b(?:how\s+(?:do|can|could|would)\s+i|could\s+i|can\s+i)\s+(?:become|get\s+(?:to\s+be|into))\b",
                     re.I)
"""A wish to become something else ("i do data entry all day, how do i become an analyst", "i mow lawns for a
landscaping company, want to run a crew"): after words that say the job held, the way on from it."""


_REPORTED = re.compile(r"\b(?:" + "|".join(sorted(SAYING)) + r"|told\s+me|tells\s+me)\b"
                       r"(?!\s+(?:that\s+)?(?:i|me|you|u|to)\b)[^.?!,;]*", re.I)
"""What someone else says, to the end of its clause; not advice ("my counselor said i should look at jobs like …
that pay more", "she told me to look for …": the request, relayed)."""


def without_reported(text: str) -> str:
    """The message without what someone else says ("… my buddy says the guys in the back make more")."""
    return _REPORTED.sub(" ", text)


def moving_on(text: str, named: int) -> bool:
    """A question about moving on from a job ("jobs like X that pay more"; with several jobs named, "what do
    welders move into, inspector? supervisor?") unless it weighs them ("X or Y, which pays more" compares);
    never "how to become"."""
    text = without_reported(text)  # "… my buddy says the guys in the back make more": his words, no move asked
    if intents.BECOME.search(text) or _DEGREE.search(_LACKS.sub(" ", text)):
        return False  # "what can I do with a cybersecurity degree" asks about the degree's job, not moves
    if named <= 1:
        return is_move(text)
    # "truck driver or electrician: which pays more / more room for advancement?" compares; "forklift operator,
    # want to earn more" and "welder … inspector? supervisor?" move
    return is_move(text) and not intents.WEIGHS.search(text)


def climbs_or_earns_more(text: str) -> bool:
    """Words of climbing or of earning more ("what's next", "how can i make more"), not of jobs alike ("similar
    jobs" asks for related jobs)."""
    text = _OTHERS_RISE.sub(" ", text)
    return bool(intents.PAYS_MORE.search(text) or intents.LADDER.search(text))


def is_move(text: str) -> bool:
    text = _OTHERS_RISE.sub(" ", text)
    return bool(intents.MOVE.search(text) or intents.PAYS_MORE.search(text) or intents.LADDER.search(text))


def wants_more_pay(text: str) -> bool:
    """Pay more is the default for a move up; jobs alike with no word of pay or climbing ("jobs like being a
    firefighter", "similar careers to a librarian"), "any pay" or "even if it pays less" keep all."""
    if intents.ANY_PAY.search(text):
        return False
    return not intents.ALIKE.search(text) or bool(
        intents.PAYS_MORE.search(text) or intents.LADDER.search(text) or intents.CLIMB.search(text))


_HOLDS_AS = re.compile(r"(?:\b(?:i'?m|im|i\s+am|as|been|currently|now|i\s+work(?:\s+as)?|i\s+do|doing)\s+"
                       r"(?:an?\s+|the\s+)?(?:(?!(?:in|into|to|for|about|interested|thinking|considering|looking|going"
                       r"|trying|wanting|not|becoming|studying|getting|hoping)\b)\w+\s+){0,2}$)|^\s*(?:(?:a|an|the)\s+)?$",
                       re.I)
"""The words before a job's name say the person holds it: "i'm a 5th grade …", "as a …", "i work helpdesk", or
nothing (the message opens with the job: "hr assistant, want to become …")."""
_HELD_AFTER = re.compile(r"^\s*(?:(?:here|now|rn\b)|(?:for\s+)?\d+\s*(?:yrs?|years?|months?)\b|i\s+want|want"
                         r"|wanna|looking|trying|thinking)", re.I)
"""Or the words after it: "graphic designer 3 years, …", "LPN here", "hr assistant want to …"."""
_TOWARD = re.compile(r"\b(?:becom(?:e|ing)|be|get\s+(?:in)?to|move\s+(?:up\s+)?(?:in)?to|promoted\s+to|path\s+to"
                     r"|way\s+to|steps?\s+to|go\s+(?:in)?to|(?:go|going|went)\s+back\s+(?:to\s+school\s+)?for|switch\s+to"
                     r"|make\s+(?:it\s+)?to|(?:work|climb)\s+(?:my\s+way\s+)?"
                     r"up\s+to)\s+(?:(?:an?|the)\s+)?(?:\w+\s+){0,2}$|(?:->|→)\s*$|\bmake\s+$", re.I)
"""The words before the other job's name say it is the one wanted: "becoming principal", "the path to … controller",
"work up to controller", "make sergeant", "going back for np", "-> management"."""
_MOVES_TOWARD = re.compile(r"\b(?:wan(?:t|ts|na|ting)\s+(?:to\s+)?(?:be|become|move|switch|go)|becom(?:e|ing)"
                           r"|switch(?:ing)?|leav(?:e|ing)\s+for|mov(?:e|ing)\s+(?:up\s+)?(?:to|into)|get\s+into"
                           r"|(?:thinking|dreaming)\s+(?:of|about)\s+being)\b", re.I)


def toward_another(text: str) -> bool:
    """Does the message move toward a job anywhere ("… but want to be a guard at a prison", "thinking of becoming
    …", "leaving for firefighting")? Then a head word said again may name the job wanted, not the one held, and
    one's own job named in passing is not context (``asides``). Wider than ``ASPIRES`` (a wish said after the job
    held) and ``_TOWARD`` (the words just before the job wanted)."""
    return bool(_MOVES_TOWARD.search(text))


_RATES = re.compile(r"\b(?:better|worse|than|easier|harder|vs)\b", re.I)
"""Words that weigh the two ("i'm a teacher, is it better to be a nurse") rather than ask the way from one."""
_ALTERNATIVE = re.compile(r"\s*[,?]?\s*or\b", re.I)
_PAST = re.compile(r"\b(?:wanted|used|dreamed|planned)\s+to\s+(?:be(?:come)?|get\s+into)\s+(?:(?:an?|the)\s+)?$", re.I)
"""A wish given up ("as a kid i wanted to be an astronaut, now im an accountant") is no job wanted."""


def toward(text: str, mentions: list[Mention]) -> tuple[Mention, Mention | None] | None:
    """A job held and another wanted ("im a 5th grade teacher thinking about becoming principal", "want to be a
    fire captain someday, im a firefighter now", "admin assistant, want to become an executive assistant to a
    ceo"): (held, wanted), the first job named as wanted (None when several are: "supervisor or inspector");
    None when the message weighs jobs ("nurse or teacher, which pays more") or does not say which is held."""
    if len({m.code for m in mentions}) < 2 or intents.WEIGHS.search(text) or _RATES.search(text):
        return None
    lowered = text.lower()

    def placed_end(m: Mention) -> int:
        return lowered.find(m.phrase.lower()) + len(m.phrase)

    placed = sorted(((lowered.find(m.phrase.lower()), m) for m in mentions if m.phrase and m.phrase.lower() in lowered),
                    key=lambda placed_m: placed_m[0])
    for start, held_m in placed:
        end = start + len(held_m.phrase)
        if _ALTERNATIVE.match(lowered[end:]) or not (held_m.confident or held_m.score >= EXACT):
            continue  # "chemist or go into engineering": two ways, neither held
        if not (_HOLDS_AS.search(lowered[:start]) or _HELD_AFTER.match(lowered[end:])):
            continue
        wanted = [m for at, m in placed
                  if m.code != held_m.code and _TOWARD.search(lowered[:at]) and not _PAST.search(lowered[:at])]
        if wanted:  # "should i move up to supervisor or inspector": several wanted, the moves from the one held
            several = len({m.code for m in wanted}) > 1 and _ALTERNATIVE.match(lowered[placed_end(wanted[0]):])
            return held_m, None if several else wanted[0]
    return None


def way(pair: tuple[Mention, Mention | None]) -> tuple[Intent, list[Mention]]:
    """From a job held to one wanted: the way (skills gap) between them; to a catch-all ("-> management") or a
    field ("… switch to tech"), the moves up from the job held ("doctor" is a group: the way to physicians)."""
    held, wanted = pair
    if wanted is None or wanted.phrase.lower() in FAMILY_WORDS or any(g.endswith("-0000") for g in wanted.groups):
        return "moves", [held]  # "teacher here looking to switch to tech"
    return ("moves", [held]) if RESIDUAL in wanted.title and not wanted.groups else ("gap", [held, wanted])


_TOLD_END = re.compile(intents.SENTENCE_END.pattern + r"|,\s*(?=(?:so\s+|but\s+|and\s+)?(?:how|what|whats|what'?s"
                       r"|where|which|is|are|any|can|could|should|does|do)\b)", re.I)
"""Where the first sentence of a message ends: at a sentence's end (``intents.SENTENCE_END``), or at a comma before
a question."""
_OWN_WORK = re.compile(r"\bi\s+(?!(?:want|wanna|need|would|like|love|enjoy|enjoyed|prefer|dream|think|feel|hate|have"
                       r"|had|was|am|just|really|dont|don'?t|can|cant|can'?t|could|will|wish|hope|know|heard|read|saw"
                       r"|got|should|might|may|mean|guess|also|only|never|used|still|keep|kinda|wonder|tried|try|get)\b)"
                       r"[a-z]{2,}\b"
                       r"|\bmy\s+(?:job|work)\s+is\b|^\s*(?:i'?ve\s+been|ive\s+been|been)\s+\w+ing\b", re.I)
"""Words that tell the work one does, in the first person ("i ring people up at target", "overnight i do rounds",
"my job is basically sticking needles in arms", "been cleaning guest rooms")."""


_PASTIME = re.compile(r"\b(?:hobby|hobbies|for\s+fun|free\s+time|spare\s+time|just\s+for\s+me|side\s+hustle"
                      r"|on\s+the\s+side|used\s+to|i\s+was|former(?:ly)?|retired|quit|laid\s+off)\b"
                      r"|^\s*i\s+(?:really\s+)?(?:enjoy|like|love|prefer)\b", re.I)
"""Words that make what one does a pastime, a liking or past work, not the job held ("i do photoshop as a hobby, can
that turn into a job", "i teach piano as a side hustle", "i enjoy cooking.", "i used to be a nurse.")."""


def told(text: str) -> tuple[str, str] | None:
    """A message that first tells the work one does, then asks ("i ring people up at target. how do ppl become team
    leads"): (the sentence that tells, what follows); None when the first sentence tells no work of one's own."""
    parts = _TOLD_END.split(text.strip(), maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return None
    first = parts[0]
    if not (_OWN_WORK.search(first) or holds(first)) or _PASTIME.search(first):
        return None
    return first, text.strip()[len(first):]


def asks_up(text: str, meaning: Meaning | None = None) -> bool:
    """Does what follows the work told ask about moving up from it, by words of climbing or earning more ("how do
    ppl become team leads there", "any upward path from that"), or, given ``meaning``, by meaning (its sentences
    nearest the example questions about moves: "go far where??")?"""
    if intents.CLIMB.search(text) or intents.LADDER.search(text) or intents.PAYS_MORE.search(text):
        return True
    if meaning is None or intents.NAMES_THE_WORK.search(text) or intents.ASKS_NAME.search(text):
        return False  # "… what would my title be" asks what the work is called
    sentences = [s for s in _TOLD_END.split(text.strip()) if len(s.split()) >= 2]
    return any((r := meaning.route(s)) is not None and r.intent == "moves" for s in sentences)


_I_AM = re.compile(r"\b(?:i'?m|im|i\s+am|as|work(?:ing)?\s+as)\s+(?:an?\s+)?$", re.I)
_PLACE = re.compile(r"\b(?:at|in)\s+(?:(?:an?|the|my|our)\s+)?$", re.I)
_SOMEONES = re.compile(r"(?:the|my|our|his|her|their)\s", re.I)
_WORKS = re.compile(r"(?:^|\b(?:i|we))\s*(?:\w+\s+)?(?:an?\s+)?$|\b(?:an?)\s+$", re.I)
"""Before a job's name, the words that make it the thing one works: a doing's direct object ("i drive forklift", "i
run a register", "i do nails") or a thing ("… and a forklift"), never someone else ("i help the dentist")."""


_RANK = re.compile(r"^\s*(?:(?:a|an|the|my|her|his)\s+)?(?:(?:team|shift|crew|store|floor|department|assistant|"
                   r"head|senior|sr|lead)\s+)?(?:lead|leads|supervisors?|managers?|directors?|head|chief|senior|sergeant|sgt"
                   r"|foreman|foremen|superintendents?|master|boss|captain|principal)\b", re.I)
"""A rank one climbs to, said as a rank ("team lead", "shift supervisor", "a supervisor", "lead teacher", "master"),
not another occupation whose title holds a rank's word ("a project manager", "an office manager")."""


AGAINST_MINE = re.compile(r"\b(?:than|as)\s+(?:me|mine|i\s+do|i\s+make)\b|\b(?:vs\.?|versus|against)\s+mine\b", re.I)
"""One's own job set against another ("how do electricians make more than me", "pharmacist pay vs mine")."""


def is_rank(phrase: str) -> bool:
    """The words name a rank one climbs to ("shift supervisor", "master", "team lead")."""
    return bool(_RANK.match(phrase))


def wanted_rank(mention: Mention, text: str) -> bool:
    """A job named after the work told as the rank or the job wanted ("they offered me shift supervisor", "is
    becoming a vet tech the next step")."""
    at = text.lower().find(mention.phrase.lower())
    return is_rank(mention.phrase) or (at > 0 and bool(_TOWARD.search(text[:at].lower())))


def becomes_another(text: str) -> bool:
    """Asks the way to become another job, not a rank ("how do i become a data analyst"; "how do ppl become team
    leads" climbs)."""
    become = intents.BECOME.search(text)
    return become is not None and not _RANK.match(" ".join(text[become.end():].split()[:4]))


def named_held(mention: Mention, told_text: str) -> bool:
    """The job named in the words that tell one's work is the one held: said as one's own ("… im a para", "I'm a
    correctional officer", "as an unarmed guard") or, named for certain, as the thing one works ("i drive a
    forklift"); not someone worked with or for, nor the place, nor one thing of several done ("i help the dentist",
    "hold animals for the techs", "at a family dentist", "… suction, xrays, sterilizing")."""
    lowered = told_text.lower()
    at = lowered.find(mention.phrase.lower())
    if at < 0:
        return False
    before, after = lowered[:at], lowered[at + len(mention.phrase):]
    certain = mention.confident or (mention.score >= EXACT and content_words(mention.phrase) >= 2)  # "general labor"
    if not certain or after.startswith("-"):  # "im a co-manager": part of a compound
        return False
    if _I_AM.search(before):
        return True  # "I'm a correctional officer.", however many titles say it
    if _PLACE.search(before) or _SOMEONES.match(mention.phrase):
        return False
    return bool(_HOLDS_AS.search(before) or _HELD_AFTER.match(after) or _WORKS.search(before))
