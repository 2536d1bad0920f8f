"""The intents table: every phrasing rule that decides what a message asks, in one place.

Each row is an intent (or a detail of one), the pattern that recognises it, what it means and an example it
must match (tests/understanding/test_intents.py checks every row). The understander
(``bot/understanding/understander.py``) applies them in its decision order; details of a ranked-list request
(metric, education, pay floor) are read by ``bot/understanding/listing.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    intent: str
    pattern: re.Pattern[str]
    means: str
    example: str

HELP = re.compile(r"^\s*(/?help|what can you do\??|how does this work\??|\?+)\s*$", re.I)
GREETING = re.compile(r"^\s*(hi|hello|hey|hiya|howdy|good (morning|afternoon|evening)|yo|greetings|start)\b[\s!.]*$",
                       re.I)
THANKS = re.compile(r"^\s*(thanks?( you)?|thx|ty|cheers|great|cool|ok(ay)?|nice)\b[\s!.]*$", re.I)
_WHOSE = r"(?:my|his|her|their|this|that|the|our|ur|your)"
_EXACTLY = r"(?:(?:actual|official|real|proper|correct|right|exact|technical)\s+)?"
NAME_ONLY = re.compile(
    r"^\W*(?:(?:so|ok|okay|hey|hi|um|hmm|quick\s+question)\W+)?(?:"
    r"(?:what(?:'?s|\s+is|\s+would\s+be)|wat\s+is|whats)\s+(?:"
    r"" + _WHOSE + r"\s+" + _EXACTLY + r"(?:(?:job|work|position|role|occupation)\s+(?:title|name|called)|title)"
    r"|(?:the\s+)?" + _EXACTLY + r"(?:(?:job|work)\s+)?(?:title|name)\s+(?:for|of)\s+" + _WHOSE
    + r"\s+(?:job|work|position|role|occupation))"
    r"|what\s+(?:do|would)\s+(?:you|u|people)\s+call\s+" + _WHOSE + r"\s+(?:job|work|position|role)"
    r"|what\s+would\s+" + _WHOSE + r"\s+" + _EXACTLY + r"(?:job|work|position|role)(?:\s+title)?\s+be(?:\s+called)?)"
    r"(?:\s+(?:called|officially|exactly|then|even))?(?:\s+(?:lol|lmao|haha|pls|please|thx|thanks))?\W*$", re.I)
"""The whole message asks for a job's name and says nothing of the work ("what is my official job title"): there
is nothing to name yet, so the bot asks what the work is (never a job called "official" or "title")."""
GAP = re.compile(r"\b(?:move|switch|transition|go|change|get)\s+from\s+(.+?)\s+(?:to|into)\s+(.+)", re.I)
ADD = re.compile(r"^\s*(?:and\s+)?(?:add|include|plus|also|compare (?:it |them )?(?:with|to|against))\s+(.+)", re.I)
BETWEEN = re.compile(r"\bdifferences?\s+between\s+(.+?)\s+and\s+(.+)", re.I)
BROWSE = re.compile(r"\b(browse|list|show)\b.*\b(jobs|occupations|careers|family)\b|^\s*/?browse\b", re.I)
SPECIALIST = re.compile(r"^\s*(?:an?\s+|the\s+)?(?P<job>[a-z]+)\s+(?:who|that)\s+"
                        r"(?!(?:wants?|is|was|has|needs?|makes?|earns?|pays?|gets?)\b)[a-z]+s\b", re.I)
"""A job's word and what the worker does ("therapist who uses music with patients"): a specialty the word alone
does not name, when the word is a job's (the understander checks) and no section is asked."""
_IS_A = r"(?!\s+(?:is|are|was|were|works?\s+as|worked\s+as)\s+(?:an?|the)\b)"
"""After "who": what someone is ("the lady at my bank who is a teller") names a job; a description says what they do."""
DESCRIBE = re.compile(
    r"\b(?:someone|somebody|people|ppl|folks|(?:a|the)\s+(?:person|guy|gal|lady|woman|man|one|ones|dude|worker|workers))"
    r"\s+(?:who|that)\b" + _IS_A +
    r"|\b(?:get|gets|getting|got)\s+paid\s+to\s+(?!(?:be|do|start|train|learn|go|work|attend|study)\b)\w+"
    r"|\b(?:the|a)\s+(?:person|people|ppl|guy|lady|woman|man|worker|folks)\s+(?:\w+\s+){1,3}?who\b" + _IS_A + r"\s+\w+"
    r"|\bwhat\s+(?:do\s+you\s+call|is\s+(?:it|that|this)\s+called)\b"
    r"|\bwhat(?:'?s|\s+is)\s+(?:my|this|the|that)\s+job\s+called\b|\b(?:the\s+)?name\s+(?:of|for)\s+(?:the\s+|a\s+|this\s+)?job\b"
    r"|\b(?:a|any|the)\s+(?:job|career|work)s?\s+(?:where|that|with|outdoors|\w+ing)\b"
    r"|^\s*(?:job|career|work)\s+(?:where|that|which|(?!(?:hunting|searching|seeking|planning|shadowing|training"
    r"|counsell?ing|sharing|during|listings?|openings?|offering|interviewing|applying)\b)\w+ing)\b"
    r"|\bi\s+(?:really\s+)?(?:like|love|enjoy|am\s+good\s+at|i'?m\s+good\s+at|want\s+to\s+work)\b"
    r"|\b(?:jobs?|careers?)\s+for\s+(?:people|ppl|folks|someone|somebody|a\s+person|those|introverts|extroverts"
    r"|retirees|students|teens|teenagers|seniors|veterans|moms|parents|immigrants)\b|\bwhat\s+(?:job|jobs|career|careers)\s+(?:is|are|can|should|for|fit)\b"
    r"|\b(?:jobs?|careers?)\s+(?:that|where)\s+(?:i|you)\b|\bjobs?\s+(?:involving|working\s+with|with)\b"
    r"|\b(?:jobs?|careers?)\s+(?:that|which)\s+involves?\b", re.I)
ASKS_NAME = re.compile(
    r"\bwhat(?:'?s|\s+is|\s+would\s+be)\s+(?:his|her|their|my|this|that)\s+"
    r"(?:actual\s+|official\s+|real\s+|proper\s+|correct\s+|right\s+)?(?:job\s+|work\s+)?"
    r"(?:title|name|profession|occupation)\b"
    r"|\bwhat(?:'?s|\s+is|\s+would\s+be)\s+the\s+(?:actual|official|real|proper|correct|right)\s+(?:job\s+)?"
    r"(?:title|name)\b(?!\s+(?:of|for)\b)|\bwould\s+(?:his|her|their|my)\s+job\s+be\s+called\b"
    r"|\bwhat\s+would\s+(?:his|her|their|my)\s+(?:job\s+)?(?:title|name)\s+be\b"
    r"|\bwhat\s+(?:do|should|would|can)\s+(?:i|he|she|they)\s+(?:put|write|say)\s+(?:down\s+)?(?:as|for)\s+(?:my|his|her|their)\s+"
    r"(?:job|occupation|title|profession)\b"
    r"|\bwhat(?:'?s|\s+is)\s+(?:he|she|they|(?:his|her|their|my|this|the|that)\s+(?:job|position|role))\s+"
    r"(?:actually\s+|officially\s+|really\s+)?called\b"
    r"|\bwhat(?:'?s|\s+is)\s+(?:that|this)\s+(?:job\s+)?officially\b"
    r"|\bis\s+there\s+a\s+(?:name|word|title|job\s+title)\s+for\s+(?:this|that|it|what)\b"
    r"|\b(?:job|actual|official|real|proper)\s+(?:job\s+)?(?:name|title)\s+for\s+(?:this|that|it)\b"
    r"|\b(?:official|proper|real|actual)\s+(?:job\s+)?title\s*\?*\s*$"
    r"|\bwhat\s+(?:role|position|profession|occupation)\s+is\s+(?:that|this|it)\b"
    r"|\bwhich\s+(?:profession|occupation)\s*[?.!]*\s*$"
    r"|\bwhat\s+(?:kind|type|sort)\s+of\s+\w+\s+is\s+(?:that|this|it|he|she)\b"
    r"|\bwhat\s+is\s+(?:that|this)\s+kind\s+of\s+\w+\s+called\b"
    r"|\bwhat\s+category\s+(?:does|would)\s+(?:that|this|it)\s+fall\s+under\b", re.I)
"""Asking the name of work just described ("… what is her job title", "… is there a name for this"): a
description when the rest of the message says the work."""
PERSON_DOING = re.compile(
    r"^\s*(?:(?:the|a|that|this)\s+)?(?:person|guy|gal|lady|woman|man|dude|worker)\s+(?:behind|in|at|on|from|inside"
    r"|under|up|out)\s+(?:\w+\s+){0,4}?(?!(?:working|training|becoming|studying|saying|making|earning|getting)\b)"
    r"\w{3,}ing\b"
    r"|^\s*(?:(?:the|a|that|this)\s+(?:one|ones)|(?:(?:the|a|that|this)\s+)?(?:person|guy|gal|lady|woman|man|dude|people"
    r"|ppl|folks|worker|workers))\s+(?:who|that|(?!(?:working|making|earning|getting|starting|studying|becoming|training"
    r"|saying|going|trying|looking|thinking|wanting)\b)\w{3,}ing)\b", re.I)
"""A person placed somewhere and doing something ("the lady in court typing every word", "person behind the
pharmacy counter counting pills"): a description when no job is named for certain ("a lady at church is working
as a nurse" asks about nurses)."""
WHO_DOES = re.compile(r"^\s*(?:and\s+)?who\s+(?!(?:are|is|am|was|were|made|created|built|wrote|won|invented)\b)"
                      r"(?:\w+s|can|could|would|will|does|do|gets?|helps?)\b", re.I)
_RUNS_IT = (r"\bbe(?:come)?\s+(?:the|a)\s+(?:guy|gal|person|one|lady|woman|man|boss)\s+(?:who\s+)?(?:runs?|running"
            r"|leads?|leading|oversees|overseeing)\s+(?:(?:the|my|our|this)\s+(?:\w+\s+)?(?:crew|team|shift|store|floor"
            r"|kitchen|site|department|place|shop|line|unit|warehouse|office|restaurant|boat|bar|branch|project"
            r"|jobsite)|it)\b")
RUNS_IT = re.compile(_RUNS_IT, re.I)
"""Becoming the one who runs the work ("how to become the guy running the crew"): a rank above one's own job, said
as who holds it, not another job to become."""
_WAY_UP = (r"\b(?:a|the|any)\s+way\s+up\b"
           r"|\bwhere\s+(?:can|could|do|should)\s+(?:i|u|you)\s+go\s+from\s+here\b"
           r"|\bup\s+from\s+here\b|\bwhat\s+do\s+(?:\w+\s+){1,3}become\b"
           r"|\b(?:get|move|make\s+it)\s+to\s+(?:senior|journeyman)\b(?!\s+[a-z])|\bmake\s+journeyman\b(?!\s+[a-z])"
           r"|\bhow\s+do\s+promotions\b|\bpromotions?\s+(?:work|happen)\b"
           r"|\bwhere\s+(?:can|could|does|will|would|might)\s+(?:this|it|that)\s+(?:possibly\s+|even\s+|actually\s+)"
           r"(?:go|lead)\b|\blead\s+any\s*where\b|\bupward\s+(?:path|mobility|move|moves)\b|\baim\s+higher\b"
           r"|\bwhat'?s\s+the\s+ceiling\b|\bwhat\s+(?:does|would)\s+(?:growth|a\s+step\s+up)\s+(?:even\s+)?look\s+like\b"
           r"|\bany\s+(?:room\s+for\s+)?advancement\b|\bwhat'?s\s+above\s+(?:this|that|me)\b"
           r"|\b(?:wanna|want\s+to|trying\s+to|how\s+(?:do|can)\s+i)\s+promote\b"
           r"(?!\s+(?:my|our|the|a|an|your|it|this|his|her|their)\b)"
           r"|\b(?:anything|something|somewhere|climb)\s+higher\b(?!\s+(?:than|education|ed|degree|up\s+on))"
           r"|\b(?:jobs?|positions?|roles?|something|anything|what'?s|whats)\s+(?:is\s+|are\s+)?(?:right\s+)?above"
           r"\s+(?:me|mine|this|that|my\s+(?:job|role|position|level))\b"
           r"|\b(?:path|paths|way|career)\s+upwards?\b"
           r"|\bgrow\s+(?:from|out\s+of|past|beyond)\s+(?:here|my\s+(?:job|role|position))\b"
           r"|\b(?:better|higher)\s+(?:position|title|role)\s+for\s+me\b(?!\s+than)|\bnext\s+higher\s+(?:title|position|role)\b"
           r"|\b(?:i|me)\b[^.?!]{0,20}?\b(?:get|want|find|land)\s+(?:a\s+)?(?:better|higher)\s+(?:title|role)\b")
"""More ways up: "where can i go from here", "whats up from here", "what do surg techs become", "get to senior", "get to
journeyman", "how do promotions work", "wanna promote", "where could this possibly lead", "does that lead anywhere",
"any upward path", "aim higher", "whats the ceiling", "what does growth look like", "what's above this", "anything
higher i can work toward", "what jobs above me", "a career path upward", "become the guy running the crew" (``RUNS_IT``,
read by ``climbing.climbs`` for one's own job only)."""
_SAME_FIELD = (r"\b(?:something|anything|jobs?|careers?|gigs?|positions?|roles?)\s+(?:\w+\s+){0,3}in\s+"
               r"(?:the\s+|my\s+)?same\s+"
               r"(?:field|line\s+of\s+work|industry)\b")
SAME_FIELD = re.compile(_SAME_FIELD, re.I)
"""Another job in the field one works in ("security guard, want something better paying in the same field"): a
move from the job held, never a list of the field's jobs."""
_JOBS_ALIKE = (r"(?<!\bthe\s)(?<!\bthis\s)\b(?:jobs?|careers?|occupations?|work)\s+"
               r"(?:like|similar\s+to|related\s+to|close\s+to)\b"
               r"|\b(?:similar|related)\s+(?:jobs?|careers?|occupations?)\b"
               r"|" + _SAME_FIELD)
"""Jobs like another ("jobs like cashier", "similar careers", "something better paying in the same field"): a move
(MOVE), of any pay unless asked (ALIKE); "what is the job like" asks about the job."""
LADDER = re.compile(r"\bwhat(?:'?s|\s+(?:comes|is))\s+(?:next\s+)?after\b|\bmov(?:e|ing)\s+up\b|\bcareer\s+ladder\b"
                    r"|\bpromot(?:ed|ion|ions)\b|\bgrow\s+into\b|\bcareer\s+(?:ladder|path)\s+(?:for|from)\b"
                    r"|\b(?:advanc(?:e|ing|ement)|climb(?!\s+(?:on|onto|into|over|down|up\s+(?:on|to|the|a)|poles?|trees?|roofs?"
                    r"|towers?|ladders?|walls?|rocks?)\b)|level\s+up)\b|\bwhere\s+(?:do|can|could|should)\s+(?:i|you)\s+go\s+from\b"
                    r"|\bstep\s+up\b|\bnext\s+(?:career\s+)?(?:moves?|level|rung|steps?)\b|\bprogress(?:ion)?\b|\bwhat'?s\s+next\b"
                    r"|\bget(?:ting)?\s+ahead\b|\bwork\s+(?:my|your|their|his|her)\s+way\s+up\b|\bcareer\s+(?:ladder|growth)\b"
                    r"|\bwhere\s+(?:can|could|does|will)\s+(?:this|it|that)\s+(?:go|lead)\b|\bpath\s+up\b"
                    r"|\bgrow\s+(?:from\s+here|in\s+(?:my|this|the)\s+(?:job|role|career|field))\b"
                    r"|\bwhat'?s\s+above\b|(?<=\w)[\s,.;:!?-]+where\s+(?:do|can|could|should)\s+(?:i|you)\s+go\s*(?:[?.!]|$|\s+next\b)"
                    r"|\bget\s+to\s+(?:senior|lead|principal|staff|management|manager|supervisor)\b|" + _WAY_UP +
                    r"|\bmake\s+(?:sergeant|lieutenant|captain|detective|partner|foreman|chief|lead|supervisor|manager)\b",
                    re.I)
"""Words of a career's ladder; "where can i go" ends a message that said something first ("rdh 10 yrs, where can i
go"; "where should i go" alone is chatter)."""
CLIMB = re.compile(r"\b(?:get(?:ting)?\s+)?promot(?:ed|ion)\b|\bclimb\s+(?:the\s+)?(?:ladder|ranks)\b"
                   r"|\bcareer\s+ladder\b|\b(?:move|moving|step)\s+up\b|\bgrow\s+into\b|\bnext\s+(?:career\s+)?(?:steps?|moves?|level|rung)\b"
                   r"|\blevel\s+up\b|\bwhat(?:'?s|\s+(?:comes|is))\s+(?:next\s+)?after\b"
                   r"|\bget(?:ting)?\s+ahead\b|\bwork\s+(?:my|your|their|his|her)\s+way\s+up\b"
                   r"|\bwhat\s+comes\s+next\b|\bnext\s+(?:role|job|position)\b|\bwhat\s+next\b"
                   r"|\b(?:can|do|should|could)\s+i\s+go\s+up\b|\bgo\s+up\s+from\b"
                   r"|\bhigher\s+(?:positions?|jobs?|roles?|levels?|up)\b|\bmore\s+senior\b|\bmore\s+responsibility\b"
                   r"|" + _WAY_UP + r"|\bmake\s+(?:sergeant|lieutenant|captain|detective|foreman|lead)\b",
                   re.I)
"""Words of climbing from the job one holds, read before a list, a tool or a major can claim a word: a narrower
set than LADDER, which also holds "career growth" and "advancement" ("highest paying jobs with career growth" is
a list). "Do wages go up" asks about pay, not a move."""
VERSUS = re.compile(r"\b(?:vs\.?|versus)(?!\w)", re.I)
"""Two sides set against each other by name: a comparison, never a ranked list."""
THAN = re.compile(r"^\W*(?:is|are|would|will)\s+(?!.*\b(?:pays?|paying|earn|anything|something|nothing)\s+(?:\w+\s+)?"
                  r"(?:better|worse)\b)[^.?!]*?(?P<sep>\s+(?:an?\s+)?(?:better|worse|safer|easier|harder)\s+(?:\w+\s+)?"
                  r"(?:than|then)\s+)", re.I)
"""A question that sets one job against another ("is manufacturing a better bet than retail", "is nursing harder
than teaching"), not a move to what pays better than one's own ("is there anything that pays better than a
paralegal") nor a remark ("my boss is worse than my last one")."""
WEIGHS = re.compile(r"\b(?:vs\.?|versus|compared?|between)\b|\b(?:which|or)\b.*\b(?:more|better|higher|best)\b"
                    r"|\bwhich\s+(?:one|job|career|of\s+(?:them|the\s+two)|is|would|pays)\b[^.?!]*?"
                    r"\b(?:easier|harder|safer|steadier|less|happier|worse)\b"
                    r"|" + THAN.pattern +
                    r"|\b(?:which|what|who)\s+(?:pays?|earns?|makes?)\s+(?:more|better)\b[^.?!]*\bor\b"
                    r"|^\s*should\s+i\b.*\bor\b|\b(?:who|which)\s+(?:one\s+)?(?:makes|earns|pays|gets)\b.*\bor\b", re.I)
"""Words that weigh one job against another: "X or Y, which pays more", "should I go into X or Y" compare rather
than move ("im a welder should i move up to supervisor or inspector" moves: the job held comes first)."""
ALIKE = re.compile(_JOBS_ALIKE + r"|\b(?:kinda|kind\s+of|sort\s+of)\s+like\b"
                   r"|\b(?:other|similar)\s+(?:jobs|careers|occupations)\s+(?:that\s+)?(?:use|need)\s+(?:the\s+)?same\b",
                   re.I)
"""Jobs alike ("jobs like a firefighter", "similar careers"): all of them, unless pay is asked for."""
MOVE = re.compile(
    _JOBS_ALIKE
    + r"|(?<!\bor\s)\b(?:move|switch|transition|change|pivot|go(?!\s+(?:in)?to\s*(?:[,.;!?]|$)))\s+(?:in)?to\b"
    r"(?!\s+(?:them|him|her|me|us|you|it|bed|sleep|church|says|said|every|each)\b)"  # "couples go to them when
    # they fight", "the owner of the gym i go to says …"; "what can a nurse move into" moves
    r"(?!\s+(?:a|an|the)?\s*\w+\s+(?:vs|versus)\b)(?!\s+(?:\w+\s+)?(?:school|college|university|uni|class|classes|bootcamp)\b)"
    r"|\bwhat\s+(?:else\s+)?(?:can|could|should)\s+(?:a|an|i|you)\b.*\b(?:do|move|switch|become|transition)\b", re.I)
PAYS_MORE = re.compile(r"\b(?:pays?|paying|paid)\s+(?:more|better)\b|\b(?:higher|better)\s+(?:salary|pay|paying|"
                       r"wages?|income)\b|\bmore\s+(?:money|\$|cash)(?!\w)"
                       r"|\b(?:i|im|i'm|me)\b[^.?!,]{0,25}?\b(?:want|need|wanna|looking\s+for)\s+more\s+pay\b(?!\s+than)"
                       r"(?![^.?!]*\b(?:or|vs)\b)|\bhow\s+(?:do|can|could)\s+i\s+(?:get|make|earn)\s+more\s+pay\b"
                       r"|\b(?:something|a\s+job|jobs?|a\s+position|a\s+gig|work)\s+with\s+more\s+pay\b(?!\s+than)"
                       r"|\bearn\s+more\b|\b(?:make|making)\s+more(?=\s*(?:[?.!,;]|$|\s+(?:money|cash|\$)))", re.I)
ANY_PAY = re.compile(r"\b(?:any|regardless\s+of|even\s+if\s+(?:it\s+)?pays?\s+less|lower\s+pay|less\s+money|"
                     r"pays?\s+less)\b", re.I)
MORE = re.compile(r"\s*(?:more|next|next page|show more|more please)[\s.!]*", re.I)
BECOME = re.compile(
    r"\bhow\s+(?:do|can|would|could|should|does|did)\s+(?:i|you|u|ya|one|someone|somebody|a\s+person|people)\s+"
    r"(?:become|be|get\s+into|get\s+(?:a\s+)?job\s+as|start\s+(?:a\s+career\s+)?as|train\s+(?:to\s+be|as))\b"
    r"|\b(?:go\s+about|start|begin)\s+becoming\b"
    r"|\bhow\s+to\s+(?:become|be|get\s+into|start\s+as|train\s+as|qualify\s+as)\b"
    r"|\b(?:steps?|path|pathway|route|roadmap|way)\s+(?:to|into|for)\s+(?:becom(?:e|ing)|be|being|work(?:ing)?\s+as)\b"
    r"|\bhow\s+(?:do|can|would|could)\s+(?:i|you|u|one)\s+get\s+(?:it|one|that)\s*(?:$|[?.!,]|\s+(?:and|or)\b)"
    r"|\bwhat\s+(?:do|does|would|will)\s+(?:i|you|one|someone|it)\s+(?:need|take)\s+to\s+(?:become|be)\b"
    r"|\b(?:requirements?|qualifications?)\s+(?:to|for)\s+(?:becom(?:e|ing)|be|being)\b"
    r"|\bi\s+want\s+to\s+(?:become|be)\s+an?\b"
    r"|\bcan\s+(?:i|you|u|someone)\s+(?:still\s+|even\s+|ever\s+)?become\s+an?\b"
    r"|\bhow\s+(?:do|can|would)\s+(?:i|you|one)\s+get\s+(?:my\s+|a\s+|your\s+)?(?:\w+\s+)?(?:license|licence|"
    r"certificate|certification|certified|licensed)\b|\bhow\s+long\s+is\s+(?:the\s+)?(?:school|schooling|training)\b"
    r"|\bhow\s+(?:do\s+(?:i|you)\s+|to\s+|can\s+i\s+)get\s+(?:in|started|my\s+foot\s+in(?:\s+the\s+door)?)\b"
    r"(?!\s+(?:in|to|into|with|at)\b)|\bwhere\s+(?:do|should|would|can)\s+i\s+(?:even\s+)?start\b",
    re.I)
ABOUT_JOBS = re.compile(r"\bwhat (?:(?:exactly|even|really|actually|else) )?(?:does|do|did|would) .+ do\b"
                        r"|\bhow much\b.*\b(?:make|earn|get)\b|\bv\.\s", re.I)
HOLDS_HERE = re.compile(r"^\W*(?!(?:i|i'?m|im|we|you|u|he|she|they|it|it'?s|its|so|ok|okay|hi|hey|hello|nobody|anyone"
                        r"|everyone|someone|who|what|is|are|was|am|been|not|no|yes|me|my|the|this|that)\b)"
                        r"(?P<job>[a-z][\w/&'.-]*(?:\s+[\w/&'.-]+){0,5}?)\s+(?:here|\d{1,2}\s*\+?\s*(?:yrs?|years?))\b",
                        re.I)
"""A message that opens with the job one holds: "LPN here, …", "carpenter 10 yrs, …", "real estate agent 3 yrs":
about work when a word of ``job`` is a title ("party here tonight" is not)."""
DUTIES = re.compile(r"\bwhat (?:(?:exactly|even|really|actually|else) )?(?:does|do|would) "
                    r"(?![^,.?!;]*?\b(?:have|has|need|needs|got)\s+to\s+do\s+to\s+(?:get\s+(?:licensed|certified|hired"
                    r"|started|in\b|into|a\s+(?:license|job|cert))|become|be\s+an?\b|qualify|apply))[^,.?!;]+? do\b"
                    r"(?!\s+(?:you|u|i|they|we|he|she|it|people)\b)"
                    r"|\bwhat\s+(?:he|she|they|you|u)\s+(?:actually\s+|really\s+)?(?:does|do)\s+(?:at|for)\s+work\b"
                    r"|\bday\s+in\s+the\s+life\b|\b(?:\w+['’]s|their|his|her)\s+(?:work\s*)?day\s+(?:like|look\s+like)\b"
                    r"|^\s*(?:do|does)\s+[^,.?!;]+?\s+(?:just|only|really|actually)\s+\w+\s+[^,.?!;]*?\ball\s+day\b",
                    re.I)
"""'What does a welder do', 'what he does at work', 'a day in the life of a welder', 'do pharmacy techs just count
pills all day' (not 'what does a welder earn and do you need college': a second question)."""
PAY_FIGURE = re.compile(r"\$?\b\d{1,3}(?:[.,]\d{1,3})?\s*(?:k\b|(?:an?|per|/)\s*(?:hour|hr|year|yr)\b)", re.I)
"""A wage said as a figure ("15 an hour", "$22/hr", "60k"): the message is about a job's pay."""
_NOT_PAY = (r"(?!\s+(?:\w+\s+)?(?:salary|salaries|pay|paying|money|wages?|income|living|hourly|rate|raise|amount"
            r"|starting|paycheck)\b)")
GOOD_AT = re.compile(r"\b(?:what|which)\s+(?:\w+\s+){0,3}?(?:makes?|made)\s+(?:(?:someone|somebody|you|u|a\s+person"
                     r"|people|ppl|one|them)\s+(?:an?\s+)?(?:really\s+)?|a\s+)(?:good|great|successful)\b" + _NOT_PAY +
                     r"|\b(?:need|needs|have|has|gotta|got)\s+to\s+be\s+(?:really\s+)?(?:good|great)\s+(?:at|with)\b"
                     r"|\b(?:be|being|get|getting)\s+(?:really\s+)?good\s+at\s+(?:it|this|that|the\s+job)\b"
                     r"|^\W*what\s+(?:does|do|would|should)\s+(?:an?\s+)?[\w\s'-]{2,40}?\s+(?:need|have)\s+to\s+know\b"
                     r"(?!\s+(?:to|before|if|how|when)\b)(?!\s+(?:about|for)\s+(?:\w+\s+){0,2}?(?:school|program|college|exams?"
                     r"|tests?|license|licence|cert\w*|classes|degree|safety)\b)", re.I)
"""What it takes to be good at a job ("what makes someone good at nursing", "what do i need to be good at for graphic
design", "what does a bookkeeper need to know"): its skills, though "makes" and "need" ask pay and the path
elsewhere."""
SALARY = re.compile(r"\bhow much\b|\b(?:make|makes|earn|earns|pull|pulls|bring\s+home|clear|gets?\s+paid)\s+(?:\w+\s+)?"
                    r"(?:per|an?|each|every)\s+(?:hour|hr|year|yr|week|month)\b|\bgets?\s+per\s+(?:hour|hr)\b|\bmake\b(?!\s+(?:someone|somebody|you|me|people|them|him|her|it|a\s+difference|sure"
                    r"|friends|things|stuff|decisions)\b)|" + PAY_FIGURE.pattern, re.I)

WORTH_IT = re.compile(
    r"\b(?:is|are)\s+(?:it\s+)?(?:being\s+|becoming\s+|getting\s+into\s+)?(?:an?\s+)?[\w\s'-]{1,40}?\s+"
    r"(?:(?:an?|the)\s+)?(?:good|great|decent|solid|smart|bad|viable|wise|realistic)\s+"
    r"(?:career|careers|job|jobs|living|choice|path|option|field|trade|move|idea|gig)\b"
    r"|\b(?:is|are)\s+(?:\w+\s+){1,5}?(?:really\s+|even\s+|actually\s+)?worth\s+it\b", re.I)
_WORTH_IT_WORDS = re.compile(r"\bworth\s+it\b", re.I)
_CLAUSE_AFTER = re.compile(r"\s+(?:if|because|cause|cuz|since|when|but|though|although|and\s+i|my|i|im|i'm)\b"
                           r"|[,;]", re.I)
"""Whether a job is worth it ("is welding a good career", "is being a chef worth it"): an overview, whatever a clause
after it mentions ("… if i hate school", "… at my age", "… im in culinary school"); ``asking_clause`` cuts those.
A sentence after it is left to ``asked_part``: "… a good career? how much do they make" asks the pay too."""


def asking_clause(text: str) -> str:
    """The words of a "worth it" question, from the start of its sentence to the end of its clause ("worth it" itself
    asks no pay), else the whole text."""
    worth = WORTH_IT.search(text)
    if worth is None:
        return text
    after = _CLAUSE_AFTER.search(text, worth.end())
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, worth.start())), default=0)  # "… college is a
    # scam... is electrician honestly a good career": the sentence that asks, not those before it
    if start == 0 and after is None:
        return text
    return _WORTH_IT_WORDS.sub(" ", text[start:after.start() if after else len(text)])


INTENTS: tuple[Rule, ...] = (
    Rule('help', HELP, 'the whole message asks what the bot can do', 'what can you do?'),
    Rule('greeting', GREETING, 'the whole message is a greeting', 'good morning'),
    Rule('thanks', THANKS, 'the whole message thanks or acknowledges', 'thanks!'),
    Rule('name', NAME_ONLY, "the whole message asks a job's name, the work unsaid", 'what is my official job title?'),
    Rule('gap', GAP, 'moving from one job to another: the skills gap', 'move from cashier to accountant'),
    Rule('add', ADD, 'a follow-up adding jobs to the comparison', 'add registered nurse'),
    Rule('compare', BETWEEN, 'the difference between two jobs', 'difference between a nurse and a paramedic'),
    Rule('browse', BROWSE, 'browsing a job family', 'browse office jobs'),
    Rule('search', DESCRIBE, "a description of work, not a job's name", 'someone who fixes teeth'),
    Rule('search', WHO_DOES, "who does some work: a description", 'who plans weddings'),
    Rule('moves', MOVE, "jobs close to one's own", 'what can a nurse move into'),
    Rule('moves', LADDER, "moving up from a job", 'what comes after being a line cook'),
    Rule('moves', CLIMB, "climbing from the job one holds, before lists", 'cnc machinist, how do i level up'),
    Rule('moves', PAYS_MORE, 'a move that pays more', 'jobs like cashier that pay better'),
    Rule('more', MORE, 'the whole message asks for the next page of a list', 'more please'),
    Rule("path", BECOME, "the path into a job (the topic 'path')", "how do I become an electrician"),
    Rule("duties", DUTIES, "what a job's work is (the topic 'duties')", "what does a phlebotomist do"),
    Rule("salary", SALARY, "what a job pays (the topic 'salary')", "how much do welders make"),
    Rule("worth it", WORTH_IT, "whether a job is worth it: the overview, whatever a later clause says",
         "is welding a good career if i hate school"),
    Rule("any pay", ANY_PAY, "a move that may pay less", "jobs like nurse even if it pays less"),
    Rule("about jobs", ABOUT_JOBS, "a phrasing about jobs: a lone word in it may be a job title",
         "how much do they make"),
)
"""Every rule: small talk is read from here (``SMALL_TALK``); the rest are used by name in the
understander's decision order (``bot/understanding/understander.py``), which this table documents and tests."""
SMALL_TALK = tuple(r for r in INTENTS if r.intent in ("help", "greeting", "thanks", "name"))

SENTENCE_END = re.compile(r"(?<=[.?!])\s+|\s*\n+\s*|\s*(?:\.{2,}|…)\s*")
_ASKING = re.compile(r"^\s*(?:(?:so|and|but|ok|okay|well|then)\s+)?(?:how|hows|how'?s|what|whats|what'?s|wat|which|why"
                     r"|when|where|who|is|are|am|do|does|did|can|could|should|would|will|tell\s+me|any)\b", re.I)
_ASKING_LATE = re.compile(r"^\s*(?:[\w'’]+\s+){1,3}?(?:how|hows|how'?s|what|whats|what'?s|which|why)\s+"
                          r"(?:much|many|long|do|does|did|is|are|would|should|can|kind|sort|type|skills?|degree)\b",
                          re.I)
"""A question a few words into its sentence ("roughly what does a dental assistant get per hour", "ok honestly how much
do …"): read only when no sentence opens with its question."""


def asked_part(text: str) -> str | None:
    """The one sentence of a longer message that asks the question, when only one does: "stay at home mom, kids are
    finally all in school. how much do school bus drivers get paid" asks the pay, whatever the other sentences
    say. None for a message of one sentence, or of several questions."""
    sentences = [s for s in SENTENCE_END.split(text.strip()) if s and any(ch.isalnum() for ch in s)]
    if len(sentences) < 2:  # clauses, then: "i have a degree in nursing, what do nurse practitioners make"
        sentences = [s for s in re.split(r",\s+", text.strip()) if s and any(ch.isalnum() for ch in s)]
    if len(sentences) < 2:
        return None
    asking = [s for s in sentences if s.rstrip().endswith("?") or _ASKING.match(s)] or [
        s for s in sentences if _ASKING_LATE.match(s)]
    if len(asking) > 1:  # "… what certs do i need, sec+? cissp?": a word alone asks nothing more
        asking = [s for s in asking if len(s.split()) > 1] or asking
    return asking[0] if len(asking) == 1 else None

_MACHINES = r"(?:automation|ai|a\.i\.?|robots?|computers)\b"
SAFE_FROM_MACHINES = re.compile(r"\b(?:safe|secure)\b[^.?!]{0,40}?\bfrom\s+" + _MACHINES
                                + r"|\b(?:replaced|taken\s+over)\s+by\s+" + _MACHINES, re.I)
"""Whether machines will take the work ("is accounting safe from ai"): a question about jobs."""
STILL_WANTED = re.compile(r"\bjob\s+(?:security|market)\b|\b(?:even|still)\s+a\s+thing\b|\banymore\b|"
                          r"\b(?:still|even)\s+(?:be\s+)?(?:needed|around|"
                          r"in\s+demand|hiring)\b|\bdying\s+(?:out|job|career|trade|field)\b"
                          r"|" + SAFE_FROM_MACHINES.pattern, re.I)
"""Whether the work still has a future ("are travel agents even a thing anymore", "will cashiers still be needed", "do
plumbers have good job security", "how safe are cashier jobs from automation")."""


_OPENS_QUESTION = re.compile(r"^\s*(?:what|whats|what's|how|hows|is|are|can|should|will|would|why|which)\b", re.I)
NAMES_THE_WORK = re.compile(r"^\s*what(?:'?s|\s+is|\s+would\s+be)?\s+(?:that|this|it|she|he|they)\b"
                            r"|\b(?:call|called|name|title|profession|occupation|position)\b"
                            r"|^\s*(?:what|which)\s+(?:job|career|kind\s+of\s+job|type\s+of\s+job)\s+(?:is|would)\b",
                            re.I)
"""A question of what the work described is ("… whats that job", "what would you call that", "is there a name for
it"), which asks nothing of a job named."""


def asks_of_it(text: str) -> bool:
    """A clause asks something other than the work's name ("my dad drives trucks, whats the pay for truck
    drivers")."""
    return any(_OPENS_QUESTION.match(c) and not NAMES_THE_WORK.search(c) for c in re.split(r"[,.;!?]+", text))
