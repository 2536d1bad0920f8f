"""Jobs named in passing as someone else's: the people of one's own life ("my mom's a nurse and keeps telling me
to be a sonographer, what do they make"), people who said something ("a pilot i know says they're short staffed"),
and fields one studied. When another job is named, these are not the job asked about."""

from __future__ import annotations

import re

from bot.understanding import climbing, intents, normalize
from bot.understanding.passing import bare
from bot.understanding.request import Mention

_OWNER = r"\b(?:my|his|her|our|their)\s+"
_BESIDE = (r"(?:(?!(?:job|jobs|career|careers|work|dream|future|ideal|goal|own|position|role|is|was|are|were|has|had|"
           r"does|did|said|says|say|told|tells|thinks|thought|wants|keeps|knows|swears|mentioned|recommends|works|"
           r"worked|makes|made|an?|the)\b)[\w'’]+\s+){0,2}?")
"""Up to two words between "my" and a job that is someone's ("my dogs vet", "my stats professor", "my family
doctor"), none a word of one's own work ("my dream job", "my own") nor a verb ("my coach said physical therapists
…": the coach is someone's, the therapists are asked about)."""
_NOT_ONES_OWN = r"(?!\s+(?:job|jobs|career|work|position|role|gig|apprenticeship|shift|shifts|business|pay|salary)\b)"
"""…unless the words name one's own work ("my cashier job", "my nursing career", "my welding job pays 20"); a
credential is not ("i have my nursing license, how do i become a nurse practitioner")."""
_PERSON = (r"(?:mom|mum|mommy|mother|dad|daddy|father|parents?|brother|bro|sister|sis|uncle|aunt|auntie|cousin|"
           r"friend|buddy|bff|neighbou?r|grandpa|grandma|granny|grandmother|grandfather|granddad|husband|hubby|"
           r"wife|boyfriend|girlfriend|bf|gf|fianc[eé]e?|son|daughter|kid|partner|roommate|boss|manager|coworker|"
           r"co-worker|stepdad|stepmom|nephew|niece|classmate|in-law|in\s+law)s?")
_HOLDS = r"(?:['’]s|\s+is|\s+was|\s+works\s+as|\s+worked\s+as|\s+used\s+to\s+be)\s+(?:(?:an?|the)\s+)?"
"""A person of one's life holding a job: "my mom's a nurse", "my friends brother is a software engineer"."""
_SAID = (r"\s+(?:(?!(?:if|when|because|but|and|so|since|while|though|although|cause|cuz|or|whether)\b)[\w'’]+\s+)"
         r"{0,7}?(?:says|said|say|thinks|thought|told|tells|keeps|kept|mentioned|swears|swore|seems|"
         r"recommends|recommended|hired|hates|hated|knows|wants|(?:is|are)\s+hiring)\b")
"""Someone who said something ("a pilot i know says", "the doctor who read my xrays said", "the english teacher at
my school says", "the owner of the restaurant i bus tables at says"), no comma, stop or new clause between ("how
do i become a pharmacist when everybody in my family says …" asks of the pharmacist)."""
_STUDIED = (r"\b(?:ba|bs|ma|ms|bsc|msc|phd|degree|degrees|major|majoring|minor|sophomore|junior|senior|freshman|"
            r"studying|studied|bachelors?|masters?|bachelor's|master's|class(?:es)?)\s+(?:in|of)\s+")
"""A field one studies ("im a sophomore in geography", "a BA in history") is no job asked about."""


_SCHOOL = r"\s+(?:school|program|programs|classes|courses)\b"
_WITHOUT = (r"\b(?:without|skip(?:ping)?|instead\s+of|no|not|never|do\s*n'?t|did\s*n'?t|before|after)\s+"
            r"(?:[\w'’]+\s+){0,3}?")
"""A school or program named by its field and gone without ("without going to architecture school", "if i dont get
into ot school", "can you skip law school"): where one studies, not a job asked about."""
_ALONGSIDE = (r"\b(?:volunteer(?:s|ed|ing)?|work(?:s|ed|ing)?|shadow(?:s|ed|ing)?|help(?:s|ed|ing)?"
              r"|assist(?:s|ed|ing)?|intern(?:s|ed|ing)?)\s+"
              r"(?:with|alongside|under|for)\s+(?:a|an|the|my|our|some)\s+(?:[\w'’]+\s+)?")
"""Someone one works beside ("i volunteer with a vet tech at the shelter", "i shadowed under a dentist")."""
_SCHOOLS = frozenset({"school", "college", "academy"})
"""Last words of a job's name that is a school ("law school" for lawyers): gone without, it needs no _SCHOOL after."""
_HAVE_MY = r"\bi\s+(?:have|got|hold)\s+my\s+"
_HELD_CREDENTIAL = r"(?:\s+(?:license|licence|cert|certificate|certification))?(?:\s+(?:already|now))?\s*(?:[,.;:!?]|$)"
"""A credential held ("steps to become a paramedic? i have my emt-b already"): the way in, not a second job (not "i
have my nurse friend")."""


_MINE = (r"(?:\b(?:i'?m|im|i\s+am)\s+(?:currently\s+|just\s+|only\s+|still\s+)?|\bcurrently\s+|\bi\s+work\s+as\s+)"
         r"(?:an?\s+|the\s+)?")
_MINE_NOW = r"(?:\s+(?:rn|now|right\s+now|currently|atm|by\s+day|for\s+now))?(?!\s+(?:and|but)\s+(?:i\s+)?want)"
"""One's own job said in passing ("im a waitress but curious, what do real estate agents earn", "… worth it? im a
cashier rn"), when the message moves toward no job (``climbing.toward_another``): then the job held is context, not
a second job asked about ("i'm a nurse, how do i become a nurse practitioner" is the way from one to the other)."""


_WEIGHS_MINE = re.compile(r"\b(?:is|are|be|being|a)\s+(?:[\w'’]+\s+){0,3}?(?:better|worse)\b"
                          r"|\b(?:easier|harder|safer|fewer)\b|\b(?:better|worse|more|less)\s+than\b|\bthan\s+me\b"
                          r"|\bthe\s+same\b|\bstack\s+up\b|\bupgrade\b|\b(?:vs\.?|versus|against)\s+mine\b"
                          r"|\bhow\s+much\s+more\b|\b(?:make|makes|pay|pays|earn|earns)\s+(?:more|less)\b|\bcompared?\b",
                          re.I)
"""Words that weigh one's own job against the other ("im a cashier, is being a bank teller a better job", "im a
welder, how much more do pipefitters make", "is an lpn harder", "do nurses get paid the same", "pay vs mine")."""


def asked_jobs(mentions: list[Mention], text: str) -> list[Mention]:
    """The jobs asked about, without those named as someone else's when another job is named: "my guidance
    counselor keeps pushing machinist", "my brother in law swears crane operators make 50 an hour", "how much do
    crane operators make, my friends dad is a foreman", "whats the outlook for librarians, the english teacher at my
    school says libraries are dying", "i have a BA in history.. to be a librarian do you need a masters".
    A person's own title ("my coach", "my brother") goes first; a job someone holds or speaks from stays when the
    message sets it against another ("my sister is a dentist, do hygienists make more than her") or names it
    again ("my mom is a nurse, how much do nurses make")."""
    others = [m for m in mentions if not _relative(m, text)]  # "how much does my brother make": no clergy
    if others or not any(_holds_the_title(m, text) for m in mentions):
        mentions = others  # "my brother is a pastor": the pastor, named by the same code, went with the brother
    if len({m.code for m in mentions}) < 2 or _weighs(mentions, text):  # "my NP's pay compared to a doctor"
        return mentions
    kept = [m for m in mentions if not m.phrase or _leaving(m, text) or not _persons(m, text)] or mentions
    if len({m.code for m in kept}) < 2 or _weighs(mentions, text, _SET_AGAINST):
        return kept
    kept = [m for m in kept if not m.phrase or not _anothers(m, text) or _said_again(m, text)] or kept
    if len({m.code for m in kept}) < 2 or climbing.toward_another(text):
        return kept
    if _WEIGHS_MINE.search(text):
        return _in_the_question(kept, text)  # "… the pay is trash now compared to the 90s, what do truckers …"
    kept = [m for m in kept if not _mine(m, text) or _said_again(m, text)] or kept
    return _in_the_question(kept, text)


_OF_A_JOB = re.compile(r"\b(?:make|makes|earn|earns|paid|pay|salary|wage|do\s+all\s+day|duties|skills?|certs?|license"
                       r"|licen[cs]ed|degree|school|training|hired\s+as|work\s+as|become|be\s+an?|outlook|demand|future"
                       r"|average|do\s+(?:they|you|u)\s+do|actually\s+do)\b"
                       r"|\bwhat\s+do\s+(?:[\w'’]+\s+){1,3}get\b", re.I)
"""Words of a question about a job's work, pay or way in ("what certs do i need to get hired as …", "what do truckers
average"), not about a person ("how do i deal with a rude doctor")."""
_BECOMING = re.compile(r"\b(?:to\s+be(?:come)?|become|becoming|hired\s+as|work\s+as)\s+an?\b", re.I)
"""A question of becoming another job ("as a line cook, what skills do i need to be a chef"): the way from the one
named before to it, both jobs kept."""
QUESTION_WORDS = 3
"""Words of an asking sentence at least, for the one job it names to be the one asked about."""
_REFERS_BACK = re.compile(r"\b(?:it|that|this|them|they|those|both|either|one|he|she|him|her)\b", re.I)


def _in_the_question(mentions: list[Mention], text: str) -> list[Mention]:
    """Of several jobs in a message whose one sentence (or clause) asks, the one job named in that sentence ("i have a
    help desk job now. what certs do i need to get hired as a cybersecurity analyst", "everyone at work says PM this
    PM that. what do project managers actually do"); not when the question weighs jobs or points back at one."""
    if len({m.code for m in mentions}) < 2 or climbing.climbs(text) or intents.LADDER.search(text) \
            or climbing.toward_another(text) or _BECOMING.search(text):
        return mentions  # "teacher's aide in a 2nd grade classroom. whats the path up from para": the job held;
        # "as a cashier, what skills do i need to be a teller": the way from the one to the other
    asked = intents.asked_part(text)
    if asked is None or len(asked.split()) < QUESTION_WORDS or intents.WEIGHS.search(asked) \
            or _WEIGHS_MINE.search(asked) or _REFERS_BACK.search(asked) or not _OF_A_JOB.search(asked):
        return mentions  # "Plumber? nah. thinking hvac": a name alone asks nothing of it; "im a nurse. how do i
        # deal with a rude doctor" asks nothing of the doctor's work
    inside = [m for m in mentions if m.phrase and re.search(r"\b" + _forms(m)[1], asked, re.I)]
    if any(_heads_said(m, asked) for m in mentions if m not in inside):
        return mentions  # "im a nurse. what do doctors and nurses make": the nurses are asked about too
    if len({m.code for m in inside}) != 1 or any(climbing.is_rank(m.phrase) for m in inside) \
            or not any(m.confident or m.groups for m in inside):
        return mentions  # "apprentice electrician, fastest way to journeyman and then master?": a rank, no job;
        # "… what do lab techs make": a name several jobs share, not read alone
    return inside


def _mine(mention: Mention, text: str) -> bool:
    """The job is the asker's own, said in passing ("im a waitress but curious, …", "(currently the receptionist)")."""
    words, name = _forms(mention)
    return bool(words) and re.search(_MINE + name + _MINE_NOW, text, re.I) is not None


_BARE_WEIGHING = {"vs", "vs.", "versus", "compare", "compared", "between"}


def _weighs(mentions: list[Mention], text: str, pattern: re.Pattern = intents.WEIGHS) -> bool:
    """Does the message weigh jobs against each other? "vs" and "compared" weigh the words beside them: in "my
    brother is a welder, union vs non union" or "… make 50 an hour. is that real? union vs non union" no job."""
    named = {w for m in mentions if m.phrase for w in normalize.raw_tokens(bare(m.phrase))}
    for found in pattern.finditer(text):
        if found.group().casefold() not in _BARE_WEIGHING:
            return True
        before = [w for w in normalize.raw_tokens(text[:found.start()]) if w not in _SMALL][-1:]
        after = [w for w in normalize.raw_tokens(text[found.end():]) if w not in _SMALL][:1]
        if named & set(before + after):
            return True
    return False


_SMALL = frozenset({"a", "an", "the", "to", "with", "my", "his", "her", "their", "being", "as", "of"})


_SET_AGAINST = re.compile(
    r"\b(?:or|vs\.?|versus|than|switch)\b|\bfrom\s+(?:[\w'’]+\s+){1,3}?to\b"
    r"|\bwhat\s+about\s+(?:being|becoming)\b|\bis\s+(?:an?\s+)?\w+(?:\s+\w+)?\s+better\b"
    r"|\b(?:be|become)\s+(?:an?\s+)?(?:\w+\s+){1,3}?instead\b"
    r"|\b(?:should|would|could|can|does|did)\s+(?:she|he)\b|\b(?:she|he)\s+(?:\w+\s+){0,2}?(?:become|be|move|go)\b"
    r"|\bwants\s+to\s+(?:become|be|move|switch|go)\b|\b(?:for|than)\s+(?:him|her|them)\b"
    r"|\b(?:his|her|their)\s+(?:job|level|position|role)\b|\bwhat\s+(?:she|he)\s+(?:is|does)\b", re.I)
"""Words that set two jobs against each other, or move someone else from one to the other ("should she become a
pharmacist", "would he make more as a diesel tech", "my husband is a welder and wants to become an inspector",
"i'm an lpn, how do i become what she is", "should i be a hygienist instead"): neither job is only someone
else's. One's own wish ("my dad is a pilot so i want to be an air traffic controller"), what someone says ("he says
electricians make more") and a better shop ("what about working at costco instead") are not."""


def _relative(mention: Mention, text: str) -> bool:
    """A person of one's life named as such ("my brother", "my manager"): never the job the word also titles (clergy,
    general and operations managers)."""
    words, name = _forms(mention)
    return len(words) == 1 and re.fullmatch(_PERSON, words[0], re.I) is not None \
        and re.search(_OWNER + r"(?:[\w'’]+\s+)?" + name, text, re.I) is not None


def _holds_the_title(mention: Mention, text: str) -> bool:
    """"my brother is a pastor": the relative holds a job, which shares the relative word's code."""
    words, name = _forms(mention)
    return bool(words) and re.search(_OWNER + name + _HOLDS + r"\w", text, re.I) is not None


def _forms(mention: Mention) -> tuple[list[str], str]:
    """The words of a mention's phrase (no article), and the regular expression that finds them as typed."""
    words = bare(mention.phrase).split()
    return words, r"[\s\-]+".join(map(_typed, words)) + r"\b"


def _persons(mention: Mention, text: str) -> bool:
    """The job is the title of a person of one's life ("my guidance counselor", "my dogs vet") or a field one
    studied ("a BA in history")."""
    words, name = _forms(mention)
    return bool(words) and bool(re.search(_OWNER + _BESIDE + name + _NOT_ONES_OWN, text, re.I)
                                or re.search(_STUDIED + name, text, re.I))


def _anothers(mention: Mention, text: str) -> bool:
    """The job is another person's, a school or a credential: held ("my sister is a dentist" finds "sister dentist":
    read at its last word), a school gone without ("can you skip law school"), a credential held ("i have my
    emt-b"), spoken from ("a pilot i know says", by the title matched: "nurse" in "the nurse who took my blood said
    …"), worked beside ("i volunteer with a vet tech") or met ("the pharmacist at my cvs")."""
    words, name = _forms(mention)
    if not words:
        return False
    last = _typed(words[-1]) + r"\b"
    alias = mention.generic or (mention.candidates[0].alias if mention.candidates else "")
    said = name if not alias or len(alias.split()) >= len(words) else \
        "(?:" + name + "|" + r"\s+".join(map(_typed, alias.split())) + r"\b)"  # "the nurse who took my blood
    # said" (the title matched), "the manager of the bakery down my street says" (the words said)
    if re.search(_WITHOUT + name + ("" if words[-1] in _SCHOOLS else _SCHOOL), text, re.I) \
            or re.search(_HAVE_MY + name + _HELD_CREDENTIAL, text, re.I):
        return True  # a school gone without ("can you skip law school"), a credential held ("i have my emt-b")
    return bool(re.search(_OWNER + r"(?:[\w'’]+\s+){0,2}?" + _PERSON + _HOLDS + r"(?:[\w'’]+\s+){0,2}?" + last,
                          text, re.I)
                or re.search(r"\b(?:the|a|an|my)\s+(?:[\w'’]+\s+)?" + said + _SAID, text, re.I)
                or re.search(r"\b(?:the|a|an)\s+(?:[\w'’]+\s+)?" + name + r"\s+(?:at|from|in)\s+my\b", text, re.I)
                or re.search(_ALONGSIDE + name, text, re.I))


def _heads_said(mention: Mention, text: str) -> int:
    """How often the job's last word is in the text, in the singular, plural or possessive ("nurse" in "… doctors and
    nurses make"); 0 for a word of two letters or fewer."""
    words, _ = _forms(mention)
    head = re.escape(words[-1].lower().removesuffix("s")) if words else ""
    return len(re.findall(r"\b" + head + r"(?:s|es|['’]s)?\b", text, re.I)) if len(head) > 2 else 0


def _said_again(mention: Mention, text: str) -> bool:
    """The job's last word said twice ("my mom is a nurse, how much do nurses make"): asked about as well."""
    return _heads_said(mention, text) >= 2


def _typed(word: str) -> str:
    """A word of a phrase found as it may be typed: the finder drops an apostrophe ("my sister's" finds
    "sisters")."""
    if len(word) > 2 and word.endswith("s") and word[-2].isalpha():
        return re.escape(word[:-1]) + r"['’]?s"
    return re.escape(word)


def _leaving(mention: Mention, text: str) -> bool:
    """One's own work left behind ("leaving my teaching to become a nurse")."""
    return bool(re.search(r"\b(?:leav(?:e|ing)|left|quit(?:ting)?|hate|hating)\s+my\s+" + re.escape(mention.phrase),
                          text, re.I))
