"""Threats: intimidation or coercion, including threats of self-harm as leverage.

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

KIND = "threat"

RULES: list[dict[str, object]] = [
    {
        "id": "threat.or-else",
        "says": "threat",
        "regex": r"\bor else\b(?!\s+(?:we|i'?ll be|maybe|what))",
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.you-ll-regret-it",
        "says": "threat",
        "regex": (
            r"\b<YOU>(?:'ll|ll| will| are going to|'re going to|re going to|'re gonna|re "
            r"gonna| are gonna)\s+(?:regret (?:it|this|that)|be sorry|pay for (?:this|"
            r"that|it))\b"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.ill-make-you-pay",
        "says": "threat",
        "regex": r"\b<ILL>\s+make (?:you|u)\s+(?:pay|regret|sorry|suffer)\b",
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.ill-make-your-life",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+make (?:your|ur) life (?:a\s+)?(?:living\s+)?(?:hell|misery|"
            r"miserable)\b"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.ill-take-the-kids",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+(?:take|get|keep) (?:the kids|the children|the house|everything|"
            r"the dog|custody|you for everything|every penny|half)\b(?!\s+(?:to|for|out|"
            r"swimming|with me to|today|tomorrow|this|on|from school|in))"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.ill-make-sure-you",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+make sure (?:you|u) (?:never|don't|dont|won't|wont|regret|pay|"
            r"lose|get nothing)\b"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.ill-make-sure-everyone",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+make sure (?:everyone|everybody|the whole|they all|your (?:boss|"
            r"family|mum|mom|kids|friends))\b"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.try-it-and-see",
        "says": "threat",
        "regex": r"\btry (?:it|me|that) and see what happens\b",
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.see-what-happens-to",
        "says": "threat",
        "regex": r"\bsee what happens (?:to you|if you)\b",
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.you-ll-never-see",
        "says": "threat",
        "regex": (
            r"\b<YOU>(?:'ll|ll| will)\s+never see (?:the kids|the children|your (?:kids|"
            r"children|son|daughter)|them|the dog) again\b"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.ill-tell-everyone",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+(?:tell|call|email|message|text) (?:everyone|everybody|the kids|"
            r"the children|your (?:boss|work|mum|mom|mother|dad|father|family|parents|"
            r"friends|sister|brother|church|kids))\b"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.ill-post-the-everyone",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+(?:post|send|show|share|leak|forward|publish)\s+(?:the|your|those|"
            r"these|it|them|everything|everyone|the photos|the messages|the screenshots|"
            r"pictures)\b<SHORTGAP>\b(?:everyone|online|facebook|instagram|your|the whole|"
            r"the world|people|friends|family|boss|group)\b"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.ill-ruin-you",
        "says": "threat",
        "regex": r"\b<ILL>\s+(?:ruin|destroy|end) (?:you|u|your|ur)\b",
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.watch-your-back",
        "says": "threat",
        "regex": r"\bwatch (?:your back|yourself)\b",
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.watch-what-happens",
        "says": "threat",
        "regex": r"\bwatch what happens\s*(?:[.!]|$|if|when|to)",
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.dont-make-me-do",
        "says": "threat",
        "regex": r"\b(?:don't|dont) make me\s+(?:do|come|hurt|tell|call|go|get)\b",
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.you-dont-want-to",
        "says": "threat",
        "regex": (
            r"\byou (?:don't|dont) want to (?:see|know) what (?:i'?ll|ill|i will|i can|"
            r"i'm capable)"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.ill-kill-you",
        "says": "threat",
        "regex": r"\b<ILL>\s+(?:kill|hurt|harm|smash|hit) (?:you|u|your)\b",
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.last-warning",
        "says": "threat",
        "regex": r"\b(?:last|final) warning\b",
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.ill-drain-the-accounts",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+(?:drain|empty|clean out) (?:the|our|"
            r"your)\s+(?:\w+\s+)?accounts?\b"
        ),
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.you-ll-get-nothing",
        "says": "threat",
        "regex": r"\b<YOU>(?:'ll|ll| will)\s+(?:get|be left with) nothing\b",
        "guards": ["negation", "playful"],
    },
    {
        "id": "threat.ill-kill-myself",
        "says": "self_harm",
        "regex": (
            r"\b<ILL>\s+(?:kill|hurt|harm|cut|end)\s+(?:myself|me|it all|my life|"
            r"everything)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "threat.ill-do-something-if",
        "says": "self_harm",
        "regex": (
            r"\b<ILL>\s+(?:do something|take (?:all )?(?:the|my) pills|jump|"
            r"overdose)\b<SHORTGAP>(?:\bif\b|\bwhen\b|\bunless\b|\bbecause\b|$)"
        ),
        "guards": ["negation"],
    },
    {
        "id": "threat.i-wont-be-here",
        "says": "self_harm",
        "regex": (
            r"\bi (?:won't|wont|will not)\s+(?:be (?:here|around|alive)|survive|make "
            r"it)\s+(?:if|when|unless|by|tomorrow)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "threat.i-dont-know-what",
        "says": "self_harm",
        "regex": r"\bi (?:don't|dont) know what i'?ll do to myself\b",
        "guards": ["negation"],
    },
    {
        "id": "threat.i-cant-promise-i",
        "says": "self_harm",
        "regex": (
            r"\bi (?:can't|cant) promise i (?:won't|wont) (?:hurt|do something to) "
            r"myself\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "threat.my-blood-will-be",
        "says": "self_harm",
        "regex": r"\bmy blood (?:will be )?on your hands\b",
        "guards": ["negation"],
    },
    {
        "id": "threat.blood-on-your-hands",
        "says": "self_harm",
        "regex": r"\bblood on your hands\b",
        "guards": ["negation"],
    },
    {
        "id": "threat.it-ll-be-on",
        "says": "self_harm",
        "regex": (
            r"\b(?:it'?ll|itll|it will) be (?:on you|your fault) if (?:i|something "
            r"happens)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "threat.if-you-leave-i",
        "says": "self_harm",
        "regex": (
            r"\bif (?:you|u) (?:leave|go|walk out|end this|leave "
            r"me)\b<SHORTGAP>\b(?:i'?ll|ill|i will)\s+(?:die|kill|end|hurt|not be|do "
            r"something)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "threat.keep-and-see-what",
        "says": "threat",
        "regex": (
            r"\b(?:keep|try|test|push|do|say|touch)\b<SHORTGAP>\band (?:see|watch) what "
            r"happens\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "threat.keep-this-up-and",
        "says": "threat",
        "regex": (
            r"\b(?:keep (?:this|it|that|pushing|going|on)(?: up)?|do (?:that|it) again|"
            r"say (?:that|it) again|one more (?:word|time))\b<SHORTGAP>\band\s+(?:i'?m|im|"
            r"i am|you'?ll|you will|ull|i'?ll|ill|i will)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "threat.ill-make-sure-the",
        "says": "threat",
        "regex": r"\b<ILL>\s+make sure (?:the kids|the children|they|people|the whole)\b",
        "guards": ["negation"],
    },
    {
        "id": "threat.ill-stop-paying-if",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+(?:stop paying|cut (?:you )?off|change the locks|kick you out|"
            r"throw you out|freeze (?:the|our|your))\b<SHORTGAP>\b(?:if|unless)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "threat.i-ve-got-no",
        "says": "self_harm",
        "regex": (
            r"\b(?:i'?ve got|ive got|i have|there's|theres|there is|i've|ive) no "
            r"(?:reason|point) (?:to|in) (?:be alive|being alive|living|live|going on|"
            r"carry on|carrying on)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "threat.dont-bother-coming-home",
        "says": "threat",
        "regex": r"\b(?:don't|dont|do not) (?:bother|even think about) coming (?:home|back)\b",
        "guards": ["negation"],
    },
    {
        "id": "threat.sleep-with-one-eye",
        "says": "threat",
        "regex": r"\bsleep with one eye open\b",
        "guards": ["negation"],
    },
]
