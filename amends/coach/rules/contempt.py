"""Contempt: insults, mockery, sneering sarcasm and disgust.

Rules as data (see docs/coach.md, "How to add a rule"). Each record:

- ``id``: stable, ``<kind>.<words>``; it is what a flag's ``rule_id`` says, and what the
  report counts.
- ``says``: the key of its explanation and suggestion in ``wording.py``.
- ``patterns``: phrases in the coach's small pattern language (``rulelang.py``), or
  ``regex``: one regular expression (with ``<MACRO>`` words from ``lexicon.py``), for rules
  not yet rewritten as patterns.
- ``guards``: ``negation`` (skip "I'm not saying ..."), ``playful`` (skip plain teasing);
  quotations and reported speech are always masked. ``not_after``: skip when these words
  come just before.
- ``examples`` / ``counterexamples``: messages the rule must / must not flag with this id
  (tests/coach/test_coach_rule_examples.py runs them all).
"""

KIND = "contempt"

RULES: list[dict[str, object]] = [
    {
        "id": "contempt.youre-insults",
        "says": "insult",
        "regex": (
            r"\b(?:<YOURE>|<YOU>\s+(?:are being|were|look|sound|act like|acting like|seem|"
            r"really are|truly are|honestly are))\s+<INT><INSULTS>"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "contempt.you-stupid-vocative",
        "says": "insult",
        "regex": (
            r"\b(?:you|u)\s+(?:(?:stupid|pathetic|selfish|lying|fucking|useless|"
            r"ungrateful|disgusting|little|absolute|complete|total|cheating|spineless|"
            r"sad)\s+){0,2}<VOCATIVE>"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "contempt.you-pathetic-little-man",
        "says": "insult",
        "regex": (
            r"\byou\s+(?:pathetic|sad|useless|spineless|selfish|disgusting|lying|cheating|"
            r"miserable|horrible|vile)\s+(?:little\s+|old\s+)?(?:man|woman|boy|girl|"
            r"person|thing|creature|excuse)\b"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "contempt.pathetic",
        "says": "insult",
        "regex": (
            r"\b<SSTART>(?:pathetic|disgusting|unbelievable|ridiculous|hilarious|"
            r"priceless)\s*[.!]"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "contempt.what-an-idiot",
        "says": "insult",
        "regex": (
            r"\bwhat (?:an?|a complete|a total|a fucking)\s+(?:idiot|joke|loser|moron|"
            r"clown|child|baby|coward|waste of space|pathetic excuse|disgrace|"
            r"embarrassment)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.you-make-me-sick",
        "says": "disgust",
        "regex": (
            r"\b(?:<YOU>\s+(?:make|makes) me (?:sick|want to (?:throw up|vomit|puke|be "
            r"sick))|<YOU>\s+disgust me|<IM>\s+(?:so\s+)?disgusted (?:by|with) <YOU>|"
            r"<CANT>\s+(?:even\s+)?stand (?:you|u|the sight of you|looking at you|being "
            r"near you)|sick of (?:the sight of|looking at) you)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.real-ly-mature",
        "says": "mock",
        "regex": (
            r"\b(?:real(?:ly)? mature|very mature|so mature)\b(?!\s+(?:of you to|way|"
            r"approach))"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.nice-one-genius",
        "says": "mock",
        "regex": (
            r"\b(?:nice one|great job|well done|good job|bravo|congrats|congratulations|"
            r"nice going|way to go),?\s+(?:genius|einstein|sherlock|hero|champ|mr|miss|"
            r"your majesty|princess|big man|tough guy)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.slow-clap",
        "says": "mock",
        "regex": r"\bslow clap\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.eye-roll",
        "says": "mock",
        "regex": r"\beye ?roll\w*\b\*?",
        "guards": ["negation"],
    },
    {
        "id": "contempt.rolls-eyes",
        "says": "mock",
        "regex": r"\*rolls eyes\*",
        "guards": ["negation"],
    },
    {
        "id": "contempt.eye-roll-emoji",
        "says": "mock",
        "regex": r"\U0001f644",
        "guards": ["negation"],
    },
    {
        "id": "contempt.lo-l-ok",
        "says": "mock",
        "regex": r"\blo+l,?\s+(?:ok|okay|sure|right|whatever)\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.yeah-right",
        "says": "mock",
        "regex": r"\byeah,? right\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.oh-sure",
        "says": "mock",
        "regex": r"\boh,? (?:sure|please|poor (?:you|baby|thing|little you))\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.poor-little-you",
        "says": "mock",
        "regex": r"\bpoor little (?:you|me|baby)\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.boo-hoo",
        "says": "mock",
        "regex": r"\bboo[- ]?hoo\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.cry-me-a-river",
        "says": "mock",
        "regex": r"\bcry me a river\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.wa-h-wa-h",
        "says": "mock",
        "regex": r"\bwa+h wa+h\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.sure-you-did",
        "says": "mock",
        "regex": r"\bsure you (?:did|were|are|do|will)\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.good-luck-with-that",
        "says": "mock",
        "regex": r"\bgood luck with that\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.dont-make-me-laugh",
        "says": "mock",
        "regex": r"\bdon't make me laugh\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.dont-make-me-laugh-2",
        "says": "mock",
        "regex": r"\bdont make me laugh\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.thats-rich",
        "says": "mock",
        "regex": (
            r"\b(?:that's|thats) (?:rich|a laugh|hilarious|cute)\b(?!\s+(?:of you to|"
            r"idea))"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.is-that-the-best",
        "says": "mock",
        "regex": r"\bis that (?:the best you can do|supposed to be an apology)\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.you-call-that-an",
        "says": "mock",
        "regex": r"\byou call (?:that|this) an apology\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.do-you-even-hear",
        "says": "mock",
        "regex": r"\b(?:do|can) you even hear yourself\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.listen-to-yourself",
        "says": "mock",
        "regex": r"\blisten to yourself\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.get-a-life",
        "says": "mock",
        "regex": r"\bget a (?:life|grip)\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.grow-up",
        "says": "mock",
        "regex": r"\bgrow (?:up|a pair|some balls)\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.oh-here-comes-the",
        "says": "mock",
        "regex": (
            r"\b(?:oh\s+)?(?:here|there) (?:comes|goes) the (?:victim|drama|martyr|"
            r"waterworks|tears)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.the-waterworks",
        "says": "mock",
        "regex": r"\bthe waterworks\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.turn-off-the-waterworks",
        "says": "mock",
        "regex": r"\bturn off the waterworks\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.crocodile-tears",
        "says": "mock",
        "regex": r"\bcrocodile tears\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.mr-perfect",
        "says": "mock",
        "regex": (
            r"\b(?:mr|mrs|miss|little miss|saint) (?:perfect|innocent|righteous|honest|"
            r"honesty|responsible|reliable|faithful|moral|high and mighty|holier than "
            r"thou|know[- ]it[- ]all)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.are-you-even-capable",
        "says": "mock",
        "regex": (
            r"\bare you (?:even|actually|seriously) (?:capable|able|that stupid|that "
            r"dense)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.how-stupid-are-you",
        "says": "mock",
        "regex": r"\bhow (?:stupid|dumb|thick|dense) (?:are you|can you be|do you think)\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.who-the-hell-do",
        "says": "mock",
        "regex": r"\bwho (?:the hell )?do you think you are\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.want-a-medal",
        "says": "mock",
        "regex": (
            r"\b(?:want|do you want) a (?:medal|trophy|gold star|round of applause|"
            r"cookie)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.you-think-youre-so",
        "says": "mock",
        "regex": (
            r"\byou think (?:you're|youre|you are|ur) so (?:clever|smart|funny|special|"
            r"great|perfect|superior|clever don't you)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.youre-so-funny-when",
        "says": "mock",
        "regex": (
            r"\b(?:<YOURE>|<YOU>\s+look)\s+(?:so\s+|such\s+|really\s+)?(?:funny|hilarious|"
            r"cute|adorable|precious)\s+when\s+<YOURE>\s+(?:upset|angry|mad|crying|sad|"
            r"hurt|jealous|insecure|like this)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.you-absolute-waste-of",
        "says": "insult",
        "regex": (
            r"\b(?:you|u)\s+(?:(?:absolute|complete|total|utter|fucking|bloody|pathetic|"
            r"sad|useless|stupid|little)\s+){1,2}(?:waste of (?:space|oxygen|skin|air)|"
            r"joke|failure|disgrace|embarrassment|pillock|prat|plonker|wanker|tosser|git|"
            r"knob|idiot|loser|moron|mess|child|baby|clown|coward|liar|bastard|bitch|"
            r"cow)\b"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "contempt.you-waste-of-space",
        "says": "insult",
        "regex": r"\b(?:you|u)\s+waste of (?:space|oxygen|skin|air)\b",
        "guards": ["negation", "playful"],
    },
    {
        "id": "contempt.it-must-be-nice",
        "says": "mock",
        "regex": r"\b(?:it )?must be nice (?:to|being|having)\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.spare-me-a",
        "says": "mock",
        "regex": r"\bspare me\b(?!\s+(?:a|some|the (?:time|details)|five|ten)\b)",
        "guards": ["negation"],
    },
    {
        "id": "contempt.cute-that-you-think",
        "says": "mock",
        "regex": (
            r"\b(?:cute|adorable|sweet|funny|hilarious|precious) (?:that|how) (?:you|u) "
            r"(?:think|thought|believe|expect|reckon)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.look-who-s-finally",
        "says": "mock",
        "regex": (
            r"\blook (?:who(?:'s| has| is)?|what the cat) (?:finally |decided|bothered|"
            r"remembered|dragged|graced)"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.ok-champ",
        "says": "mock",
        "regex": (
            r"\b(?:ok|okay|sure|right|yeah|whatever you say|whatever),? (?:champ|genius|"
            r"einstein|sherlock|hero|princess|your majesty|big man|tough guy|sunshine|"
            r"mate|sweetheart)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.wow-what-a-hero",
        "says": "mock",
        "regex": (
            r"\b(?:wow|oh wow|ooh|well done),? (?:what a|such a) (?:hero|saint|legend|"
            r"gentleman|martyr|catch)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.the-martyr-act",
        "says": "mock",
        "regex": r"\b(?:the|your) martyr act\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.oh-shut-up",
        "says": "insult",
        "regex": r"\b<CSTART>(?:oh |just |so |now |and |well )?shut (?:up|it)\s*(?:\.+|$|\n)",
        "guards": ["negation", "playful"],
    },
    {
        "id": "contempt.shut-up-shut-up",
        "says": "insult",
        "regex": r"\b(?:shut up[,!]?\s+){1,3}shut up\b",
        "guards": ["negation", "playful"],
    },
    {
        "id": "contempt.so-shut-up-and",
        "says": "insult",
        "regex": r"\b(?:so|just|now|and|oh) shut up\b(?!\s+(?:and (?:listen|let)|about))",
        "guards": ["negation", "playful"],
    },
    {
        "id": "contempt.shut-your-mouth",
        "says": "insult",
        "regex": r"\bshut (?:your|ur) (?:mouth|face|trap|gob|pie ?hole)\b",
        "guards": ["negation", "playful"],
    },
    {
        "id": "contempt.nobody-asked-for-you",
        "says": "insult",
        "regex": (
            r"\b(?:nobody|no one|noone) (?:asked (?:for )?(?:you|u|your|ur)|cares what "
            r"(?:you|u) (?:think|say))\b"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "contempt.graced-us-with-your",
        "says": "mock",
        "regex": r"\bgraced? (?:us|me|everyone) with (?:your|ur) presence\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.nice-of-you-to",
        "says": "mock",
        "regex": (
            r"\b(?:nice|kind|good|lovely|sweet|decent|big) of (?:you|u) to (?:finally|"
            r"eventually|actually bother|bother|deign)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.must-be-lovely-to",
        "says": "mock",
        "regex": r"\bmust be (?:lovely|great|wonderful|fun) (?:to|being|having)\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.thinking-youre-so-genius",
        "says": "mock",
        "regex": (
            r"\bthinking (?:you're|youre|you are|ur) (?:so |some kind of |some sort of |a "
            r")(?:genius|clever|smart|expert|hero|big shot|superior|special)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "contempt.dont-strain-yourself",
        "says": "mock",
        "regex": r"\b(?:don't|dont) (?:strain|exert|overexert) yourself\b",
        "guards": ["negation"],
    },
    {
        "id": "contempt.don-t-put-yourself",
        "says": "mock",
        "regex": r"\bdon'?t (?:put yourself out|break a sweat)\b",
        "guards": ["negation"],
    },
]
