"""Jobs by tool: the O*NET technology examples a phrase names ("excel" → Microsoft Excel) and the occupations
where they are central.

**Names.** An example is found under its key ("c++") and a product also without its vendor (a word or two that
starts 2+ product names: "Microsoft Excel" → excel, "The MathWorks MATLAB" → matlab), without generic endings
("SAP software" → sap), by a trailing acronym its words spell ("Hypertext markup language HTML" → html), without
spaces ("quick books"), and, where no other name has the key, by the word the product goes by ("StataCorp Stata" →
stata, "IBM SPSS Statistics" → spss). Generic examples ("Accounting software") keep their full key only; generic
words alone ("software", "data", "microsoft") name nothing. A vendor names its other products only when it is an
example itself (sap → SAP software, SAP Business Objects…); a product brings its editions (AutoCAD Civil 3D…).

**Ambiguous words.** One-word keys that are ordinary English — written in lower case in some example ("word
processing software"), a word of an occupation's title ("truck", "chef"), in ``AMBIGUOUS``, or under 3 letters —
name a tool only in a tool slot (``find(…, ambiguous=True)``: "jobs that use word"), never in "word jobs"; such
words are never derived from a longer name (no "truck" for CoPilot Truck). python, excel, java are not ambiguous.

**Centrality.** O*NET does not say how much a job is about a tool it lists; the store's ``lift`` (per
occupation and example) is a tf-idf of the example's kind of tool in the job: examples of that kind it lists ×
ln(occupations / occupations using the kind). A match counts weight × lift / its largest lift in any job, weight
= (1 if hot else 0.5) × √(jobs listing it / jobs listing the most listed match), so editions and minor products
count less; a job scores its best match + half the others (Excel and Word, AutoCAD and Civil 3D); ties go to
more jobs. On 10 tools × 6–10 occupations an adviser would name (JavaScript, Revit, QuickBooks, SAP, Excel,
AutoCAD, Photoshop, Python, SQL, Word) the top 8 held 41 of 71; lift / n^0.25 (n = examples the job lists) 36,
lift / √n 33, hot / √n alone 2 (cardiology technicians first for JavaScript). O*NET 30.1's "hot" is per example,
alike in every occupation. Military occupations (55-) and those without a published wage are left out.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from knowledge.store import Store

# Word lists read better as text (SIM905 prefers list literals).
ENDINGS = frozenset("software system systems application applications program programs suite platform".split())  # noqa: SIM905
GENERIC = ENDINGS | frozenset("""data database databases tool tools app apps computer computers web online internet
management microsoft it package packages solution solutions service services server""".split())  # noqa: SIM905
AMBIGUOUS = frozenset("""outlook teams slack zoom epic notes go basic sketch paint publisher numbers pages keynote
mail maps sheets docs forms drive calendar chrome edge photos access word project office windows""".split())  # noqa: SIM905
_SMALL = frozenset("the a an and or of for to in on by with at as com net org".split())  # noqa: SIM905
_TRAILING = ENDINGS | frozenset("""programming language coding skills skill experience knowledge tools tool apps app
spreadsheets spreadsheet certification expert""".split())  # noqa: SIM905
OTHERS = 0.5
MAX_FAMILY = 20
_TOKEN = re.compile(r"[A-Za-z0-9+#]+")
_proper = re.compile(r"[A-Z0-9]").match  # a word as product names spell it: "Excel", "3ds Max"
_LATER_PROPER = re.compile(r"[^A-Za-z0-9+#][A-Z0-9]")
_ACRONYM = re.compile(r"[A-Z]{3,8}")
_LOWER_WORD = re.compile(r"(?<=[^\nA-Za-z0-9+#])[a-z]{3,}(?![A-Za-z0-9+#])")
_SENTENCE_CASE = re.compile(r"(?m)^([A-Z][a-z]+)(?![A-Za-z0-9+#])(?=.*[^A-Za-z0-9+#\n](?!(?:software|systems?|"
                            r"applications?|programs?|suite|platform|the|and|for|with|com|net|org)(?![a-z]))"
                            r"[a-z]{3,}(?![A-Za-z0-9+#]))")
EDITIONS = frozenset("enterprise pro professional server cloud studio suite design desktop online".split())  # noqa: SIM905
BIG_VENDOR = 8
"""A vendor with this many products in the list (Adobe, Oracle, Autodesk) names its products by their word."""
_PARTS = re.compile(r"\s*(?:,|\band\b|\bor\b|/|&|(?<!\+)\+(?![+\w]))\s*")


def _named_kind(ws: list[str], common: set[str]) -> str | None:
    """One capitalised word before a generic ending, written in lower case nowhere ("Workday software",
    "Procore software"): a product's name or a kind of software ("Animation software") no list tells apart, so
    it names the example in a tool slot only ("jobs that use workday", not "workday jobs")."""
    if len(ws) == 2 and ws[1].lower() in ENDINGS and ws[0][:1].isupper() and ws[0][1:].islower():
        word = ws[0].lower()
        return word if word not in common else None
    return None


def key(text: str) -> str:
    """A name or phrase as a lookup key: lower case, words of letters, digits, + and # ("c++", "c#")."""
    return " ".join(_TOKEN.findall(text)).lower()


@dataclass(frozen=True, slots=True)
class ToolUse:
    """An occupation that uses a tool, with the figures a result line shows."""

    code: str
    title: str
    tool: str  # the matched O*NET example that weighs most for this occupation
    hot: bool
    annual_median: int | None
    growth_pct: float | None
    top_coded: bool = False  # the median is above OEWS's top code and not published
    hourly_median: float | None = None  # OEWS publishes only hourly wages for some (actors, dancers)
    score: float = 0.0


class ToolIndex:
    def __init__(self, store: Store) -> None:
        self._db = store.db
        rows = self._db.execute("SELECT name, count(*), max(hot) FROM skills WHERE kind = 'technology' "
                                "AND code NOT LIKE '55-%' GROUP BY name").fetchall()
        self._count = {name: n for name, n, _ in rows}
        self._hot = {name: bool(hot) for name, _, hot in rows}
        self._jobs = {r[0]: r[1:] for r in self._db.execute(
            "SELECT o.code, o.title, s.annual_median, instr(coalesce(s.top_coded, ''), 'annual_median') > 0, "
            "u.growth_pct, s.employment, s.hourly_median FROM occupations o JOIN salary s ON s.code = o.code "
            "LEFT JOIN outlook u ON u.code = o.code WHERE coalesce(s.annual_median, s.annual_mean, s.hourly_median, "
            "s.hourly_mean) IS NOT NULL OR s.top_coded LIKE '%annual%'")}
        self._build_keys()

    def _build_keys(self) -> None:
        text = "\n" + "\n".join(self._count)
        common = set(_LOWER_WORD.findall(text)) - _SMALL | {w.lower() for w in _SENTENCE_CASE.findall(text)}
        common |= {w for job in self._jobs.values() for w in key(job[0]).split() for w in (w, w.removesuffix("s"))}
        tokens = {name: _TOKEN.findall(name.removeprefix("The ")) for name in self._count}
        leads: Counter[str] = Counter()
        for ws in tokens.values():  # a vendor starts 2+ names that go on capitalised: "Autodesk Revit"
            if len(ws) > 1 and _proper(ws[1]):
                leads.update([ws[0].lower(), f"{ws[0]} {ws[1]}".lower()][:2 if len(ws) > 2 and _proper(ws[2]) else 1])
        self.vendors = {v for v, n in leads.items() if n >= 2}
        self._aliases: dict[str, set[str]] = defaultdict(set)
        for name, ws in tokens.items():
            self._aliases[" ".join(ws).lower()].add(name)
            vendor = ws[0].lower() in self.vendors  # "Salesforce software" is a product, "Social media software" not
            if len(ws) > 1 and (vendor or ws[-1].lower() in ENDINGS or ws[-1].isupper()) and (not ws[0][1:].islower() or
                    _LATER_PROPER.search(name) or (vendor and ENDINGS.issuperset(ws[1:]))):
                for alias in _derived(ws, self.vendors, common):
                    self._aliases[alias].add(name)
        late: dict[str, set[str]] = defaultdict(set)
        slot_only: set[str] = set()
        for name, ws in tokens.items():
            for alias in _product_word(ws, self.vendors):
                if alias not in self._aliases and alias not in common and alias not in GENERIC:
                    late[alias].add(name)
            for alias in (_slot_word(ws, leads), _named_kind(ws, common)):
                if alias and alias not in self._aliases and alias not in GENERIC | _SMALL:
                    late[alias].add(name)
                    slot_only.add(alias)
        self._aliases.update(late)
        self._keys = sorted((" ".join(ws).lower(), name) for name, ws in tokens.items())
        self._compact = {k.replace(" ", ""): v for k, v in self._aliases.items()}
        self._ambiguous = {k for k in self._aliases if " " not in k and (k in common or k in AMBIGUOUS or len(k) < 2)}
        self._ambiguous |= slot_only

    def find(self, phrase: str, ambiguous: bool = True) -> list[str]:
        """The examples the phrase names, best first: those it names exactly (its full name, then hot ones, then
        the most listed), then their editions and the vendor's other products; "excel and word" names both.
        ``ambiguous=False`` when the phrase may be an ordinary word ("word jobs"): ambiguous keys name nothing."""
        k = key(phrase)
        for names in (self._lookup(c, ambiguous) for c in (_variants(k) if k else ())):
            if names:
                return names
        parts = [p for p in _PARTS.split(phrase) if p.strip()]
        found = [self.find(p, ambiguous) for p in parts] if len(parts) > 1 else []
        # "excel and word" names both; "plumber or an office" names no tool: "plumber" is none
        return list(dict.fromkeys(n for names in found for n in names)) if found and all(found) else []

    def hot(self, name: str) -> bool:
        """Is the example a hot technology (O*NET: frequently listed in employers' job postings)?"""
        return self._hot.get(name, False)

    def _lookup(self, k: str, ambiguous: bool) -> list[str]:
        names = self._aliases.get(k) or self._compact.get(k.replace(" ", ""))
        if not names or (not ambiguous and k in self._ambiguous):
            return []
        first = sorted(names, key=lambda n: (key(n) != k, not key(n).startswith(k), not self._hot[n],
                                             -self._count[n], n))
        family = {n for f in first for _, n in self._prefixed(key(f) + " ")}
        if k in self.vendors:
            family.update(n for _, n in self._prefixed(k + " "))
        rest = sorted(family - names, key=lambda n: (not self._hot[n], -self._count[n], n))
        return first + rest[:MAX_FAMILY]

    def _prefixed(self, prefix: str) -> list[tuple[str, str]]:
        i = bisect.bisect_left(self._keys, (prefix, ""))
        return self._keys[i:bisect.bisect_left(self._keys, (prefix + "\uffff", ""), i)]

    def occupations(self, names: list[str] | tuple[str, ...], limit: int | None = None) -> list[ToolUse]:
        """Occupations that list any of these examples, those where they are most central first (see above)."""
        names = [n for n in dict.fromkeys(names) if n in self._count]
        if not names:
            return []
        widest = max(self._count[n] for n in names)
        weight = {n: (1.0 if self._hot[n] else 0.5) * (self._count[n] / widest) ** 0.5 for n in names}
        rows = [r for r in self._db.execute(
            "SELECT code, name, coalesce(lift, 0), hot FROM skills WHERE kind = 'technology' "
            f"AND name IN ({', '.join('?' * len(names))})", names) if r[0] in self._jobs]
        top = {n: max((r[2] for r in rows if r[1] == n), default=0) or 1 for n in names}  # each match's largest lift
        parts: dict[str, list[tuple[float, str, bool]]] = defaultdict(list)
        for code, name, lift, hot in rows:
            parts[code].append((weight[name] * lift / top[name], name, bool(hot)))
        best = {c: max(p) for c, p in parts.items()}
        score = {c: best[c][0] + OTHERS * (sum(x[0] for x in parts[c]) - best[c][0]) for c in parts}
        ranked = sorted(score, key=lambda c: (-score[c], -(self._jobs[c][4] or 0), self._jobs[c][0]))[:limit]
        return [ToolUse(code=c, title=self._jobs[c][0], tool=best[c][1], hot=best[c][2],
                        annual_median=self._jobs[c][1], growth_pct=self._jobs[c][3], top_coded=bool(self._jobs[c][2]),
                        hourly_median=self._jobs[c][5], score=round(score[c], 3)) for c in ranked]


def _derived(ws: list[str], vendors: set[str], common: set[str]) -> set[str]:
    """A product's other keys: without its vendor, without generic endings, its acronym and what it spells."""
    stems = [ws] + [ws[n:] for n in (1, 2) if len(ws) > n and _proper(ws[n]) and " ".join(ws[:n]).lower() in vendors]
    for s in stems[:]:
        while len(s) > 1 and s[-1].lower() in ENDINGS:
            s = s[:-1]
            stems.append(s)
    for s in stems[:]:
        if len(s) >= 3 and _ACRONYM.fullmatch(s[-1]) and _spells(s[:-1], s[-1]):
            stems += [s[-1:], s[:-1]]
    keys = {" ".join(s).lower() for s in stems[1:]}
    return {k for k in keys if not (GENERIC | _SMALL).issuperset(k.split()) if " " in k or k in AMBIGUOUS or (
        len(k) > 2 and k not in common and not k.isdigit())}


def _product_word(ws: list[str], vendors: set[str]) -> list[str]:
    """The word a product goes by when its vendor is named after it or its line leads with an acronym:
    "StataCorp Stata" → stata, "Unity Technologies Unity" → unity, "IBM SPSS Statistics" → spss. Used only
    where no other name has the key."""
    if len(ws) < 2:
        return []
    last, first = ws[-1].lower(), ws[0].lower()
    named_after = len(ws) == 2 and first != last and first.startswith(last) and len(last) >= 5  # "StataCorp Stata"
    if named_after or (first == last and len(ws) == 3 and len(last) >= 3):  # "Unity Technologies Unity"
        return [last]
    rest = ws[1:]  # after a vendor only ("ERP software", "SKILL FMEA" are no product lines); 4 capitals, not a
    # word in capitals ("PERMITS", "GEO-SLOPE") nor a 3-letter abbreviation ("Intuit MRI", "Apple DVD")
    if first in vendors and len(rest) >= 2 and len(rest[0]) == 4 and _ACRONYM.fullmatch(rest[0]) \
            and not _spells(rest[1:], rest[0]):
        return [rest[0].lower()]
    return []


def _slot_word(ws: list[str], leads: Counter[str]) -> str | None:
    """The word a product goes by, read only in a tool slot ("jobs that use sketchup"): a word in mixed case after
    its vendor or last ("Trimble SketchUp Pro", "Graphisoft ArchiCAD", "McAllister Software Systems AVImark"), a
    name that shares its vendor's first letters ("Xactware Xactimate"), or a capitalised agent noun after a vendor
    of many products ("Adobe Illustrator": also a job's word, so never read outside a tool slot; not "Autodesk
    Mechanical": "I studied mechanical engineering")."""
    if len(ws) < 2:
        return None
    for word in dict.fromkeys([ws[1], ws[-1]]):  # "Trimble SketchUp Pro", "McAllister Software Systems AVImark"
        if len(word) >= 6 and word.isalpha() and _mixed(word):
            return word.lower()
    if len(ws) == 2 and ws[1].lower() in EDITIONS and ws[0].isalpha() and len(ws[0]) >= 5 and _proper(ws[0]):
        return ws[0].lower()  # "Splunk Enterprise", "Mastercam Design": the product before its edition
    word = ws[1]
    if not word.isalpha() or len(word) < 4:
        return None
    vendor, lower = ws[0].lower(), word.lower()
    if len(ws) == 2 and len(word) >= 5 and vendor[:4] == lower[:4] and vendor != lower:
        return lower
    if len(ws) == 2 and _proper(word) and leads[ws[0].lower()] >= BIG_VENDOR and lower.endswith(("or", "er")):
        return word.lower()
    return None


def _mixed(word: str) -> bool:
    """Written in mixed case as only a product's name is: "SketchUp", "ArchiCAD", "AVImark" (not "Revit", "SAP")."""
    return word[0].isupper() and not word.isupper() and word != word.capitalize()


def _spells(ws: list[str], acronym: str) -> bool:
    """The last words' initials spell the acronym: "Hypertext markup language" HTML, "JavaScript Object Notation"
    JSON, "Structured query language" SQL; "Oracle PL" does not spell SQL."""
    return any(ws[-n][0].upper() == acronym[0] and all(w[0].upper() in letters for w in ws[-n:])  # in order
               for n in range(2, min(len(ws), len(acronym)) + 1) for letters in [iter(acronym)])


def _variants(k: str) -> list[str]:
    """The phrase as typed; "ms" read as Microsoft; without a leading "the", a trailing "software", "skills"…"""
    words = k.split()
    if words[0] in ("ms", "msft"):
        words[0] = "microsoft"
    while len(words) > 1 and words[0] in ("the", "a", "an", "some", "advanced", "using", "use"):
        words = words[1:]
    out = [k, " ".join(words)]
    while len(words) > 1 and words[-1] in _TRAILING:
        words = words[:-1]
        out.append(" ".join(words))
    last = out[-1]
    if len(last) > 3 and last[-1].isalpha():  # "quickbook" → quickbooks, "spreadsheets" → spreadsheet
        out.append(last[:-1] if last.endswith("s") else last + "s")
    return list(dict.fromkeys(out))
