"""The structure of a job title as employers write it: the main phrase, its head word, modifiers, noise.

"Staff Nurse II - ICU Float Pool" → main ``staff nurse``, head ``nurse``, modifier ``icu`` (level, float pool
dropped); "COOK, SHORT ORDER 1" → main ``short order cook``, head ``cook``; "Resident in Cardiothoracic
Surgery" → head ``resident``, modifier ``cardiothoracic surgery``; "Physician (Pulmonology/Critical Care)"
→ head ``physician``, modifier ``pulmonology critical care``. The head decides the family; modifiers
(setting, specialty, unit, product) may narrow it but never replace it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.understanding import normalize

_NOISE_PHRASES = re.compile(
    r"\bfloat\s+pool\b|\bper\s+diem\b|\bfull[\s-]?time\b|\bpart[\s-]?time\b|\bft\s*/\s*pt\b|\bft\b"
    r"|\bpgy[\s-]?\d\b|\bprn\b|\b(?:1st|2nd|3rd|day|night|nights|evening|evenings|weekend|weekends|overnight|rotating)"
    r"\s+shift\b|\bshift\b|\bh-?2b\b|\b(?:seasonal|temporary|temp)\b(?=.*\w)"
    r"|\b(?:req|requisition|job|position)\s*(?:#|no\.?|id)\s*\S+|#\s*\S+|\b[a-z]*\d[\w-]*",
    re.I)
"""Words that say when, how long or which posting, not what the job is (levels are in normalize.SENIORITY)."""
_SEGMENTS = re.compile(r"\s+[-–—|:@]\s+|\s*[|@;]\s*|\s+[-–—]|[-–—]\s+|(?<=[A-Za-z]{3})\s*/\s*(?=[A-Za-z]{3})")
_CODE_PAREN = re.compile(r"\(([^()]*\d[^()]*|[A-Z0-9#\- ]{1,8})\)")
_PREPOSITION = {"of", "in", "for", "at", "to", "on", "with", "from"}
RANKS = frozenset({"chief", "head", "master", "lead", "senior", "sr", "junior", "jr", "executive", "principal",
                   "general", "first", "second", "third"})
"""Words that say a job's rank, not what it is: never the word that names the job beside its head."""


@dataclass(frozen=True, slots=True)
class TitleParts:
    main: list[str]  # canonical words of the main phrase, natural order, noise dropped
    head: str | None  # the word that names the job's family
    modifiers: list[list[str]] = field(default_factory=list)  # other segments: unit, specialty, setting

    @property
    def words(self) -> list[str]:
        """Main phrase and modifiers together (modifiers first, as they would be written before the head)."""
        return [w for m in self.modifiers for w in m if w not in self.main] + self.main


def strip_noise(text: str) -> str:
    return _NOISE_PHRASES.sub(" ", _CODE_PAREN.sub(" ", text))


def parse(text: str) -> TitleParts:
    text = strip_noise(text)
    base, inner = normalize.split_parenthetical(text)
    segments = [s for s in _SEGMENTS.split(base) if normalize.tokens(s)]
    if not segments:
        return TitleParts([], None, [normalize.tokens(i) for i in inner if normalize.tokens(i)])
    first, *rest = segments
    main, extra = _uninvert(first)
    inner = [i for i in inner if not _restates(i, main)]
    modifiers = [w for w in (extra, *(normalize.tokens(s) for s in rest), *(normalize.tokens(i) for i in inner))
                 if w]
    return TitleParts(main, head_of(main), modifiers)


def _restates(inner: str, main: list[str]) -> bool:
    """'Physical Therapy Aide (PTA)', 'Die Repair Technician (Die Repair Tech)': the parenthesis only says
    the title again, as an abbreviation or a short form; it adds nothing to match on."""
    words = normalize.tokens(inner)
    if not words or set(words) <= set(main):
        return True
    compact = re.sub(r"[^A-Za-z]", "", inner)
    initials = "".join(w[0] for w in main if w not in normalize.STOPWORDS)
    return compact.isupper() and len(compact) <= 6 and compact.lower() in (initials, initials[:len(compact)])


def _uninvert(segment: str) -> tuple[list[str], list[str]]:
    """'Cook, short order' → (['short', 'order', 'cook'], []): a comma after a short first part inverts the
    title, as in O*NET's and the DOT's style. 'Nurse, ICU, nights' keeps later commas as modifiers."""
    parts = [p for p in segment.split(",") if normalize.tokens(p)]
    if len(parts) < 2:
        return normalize.tokens(segment), []
    first = normalize.tokens(parts[0])
    second = normalize.tokens(parts[1])
    rest = [w for p in parts[2:] for w in normalize.tokens(p)]
    if len(first) <= 2 and len(second) <= 3:
        return second + first, rest
    return first, second + rest


def head_of(words: list[str], known: frozenset[str] | None = None) -> str | None:
    """The head word: the last word before a preposition ('director of nursing' → director), else the
    last word ('seafood processing line worker' → worker). With ``known`` head words, a preposition counts
    only after one of them ('live-in nanny' is a nanny)."""
    for i, w in enumerate(words):
        if w in _PREPOSITION and i > 0 and i + 1 < len(words) and (known is None or words[i - 1] in known):
            return words[i - 1]
    content = [w for w in words if w not in normalize.STOPWORDS]
    return content[-1] if content else None
