# ruff: noqa: E501 (examples are whole messages, kept on one line)
"""Validation: the writer shows they understand the partner's feelings.

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

KIND = "validation"

RULES: list[dict[str, object]] = [
    {
        "id": "validation.i-can-understand-why",
        "says": "validation",
        "regex": (
            r"\bi\s+(?:can\s+|do\s+|totally\s+|completely\s+|really\s+|fully\s+|"
            r"absolutely\s+|can totally\s+|can really\s+|now\s+)?(?:understand|see|get|"
            r"hear|know|tell)\s+(?:why|how|that|what|how (?:much|hard|badly|"
            r"\w+))\s+(?:you|u|this|that|it|what i did)\b"
        ),
        "guards": ["negation"],
        "examples": ["I can see why that hurt you.", "I understand why you're upset."],
    },
    {
        "id": "validation.what-youre-feeling-is",
        "says": "validation",
        "regex": (
            r"\bwhat (?:you're|youre|you are|you were) feeling (?:is|was|makes) (?:so |"
            r"completely |totally )?(?:understandable|valid|normal|sense|fair|okay|"
            r"ok)\b(?!\s+(?:think|thought|always|never))"
        ),
        "guards": ["negation"],
        "examples": ["what you're feeling is completely understandable"],
    },
    {
        "id": "validation.that-makes-total-sense",
        "says": "validation",
        "regex": r"\b(?:that|it) makes (?:total |complete |perfect |so much |a lot of )?sense\b",
        "guards": ["negation"],
        "examples": [
            "That makes sense. I'd be hurt too.",
            "That makes total sense, I'd be fuming too",
        ],
    },
    {
        "id": "validation.you-have-every-right",
        "says": "validation",
        "regex": r"\b<YOU>\s+(?:have|had|'ve got|ve got)\s+every right\b",
        "guards": ["negation"],
        "examples": [
            "You have every right to be angry with me",
            "You have every right to be angry with me.",
        ],
    },
    {
        "id": "validation.you-have-a-right",
        "says": "validation",
        "regex": r"\b<YOU>\s+(?:have|had)\s+(?:a|the) right to (?:be|feel)\b",
        "guards": ["negation"],
    },
    {
        "id": "validation.youre-right",
        "says": "validation",
        "regex": (
            r"\b(?:<YOURE>|you were|u were)\s+(?:right|not wrong|allowed to|completely "
            r"right|totally right|so right|absolutely right|entitled to (?:feel|"
            r"be))\b(?!\s+about (?:the|that|this) (?!way))(?!\s*,?\s*(?:as always|as "
            r"usual|i'?m always|im always|i'?m the worst|i'?m a terrible|everything is "
            r"my))"
        ),
        "guards": ["negation"],
        "examples": [
            "you're right to be upset about it, I'd feel the same",
            "You're right to be angry. I'm sorry, I let you down.",
        ],
    },
    {
        "id": "validation.your-feelings-about-this",
        "says": "validation",
        "regex": (
            r"\byour (?:feelings|anger|hurt|reaction|pain)(?: (?:about|over) (?:this|that|"
            r"it))? (?:is|are|makes?) (?:totally |completely |so |really )?(?:valid|sense|"
            r"understandable|fair|completely valid|totally valid)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "your feelings about this are totally valid",
            "Your feelings are valid, even the messy ones.",
        ],
    },
    {
        "id": "validation.i-hear-you",
        "says": "validation",
        "regex": r"\bi hear you\b",
        "guards": ["negation"],
        "examples": [
            "I hear you. It's been a lot.",
            "ok I hear you. Let's talk properly tonight once the kids are asleep",
        ],
    },
    {
        "id": "validation.of-course-you-re",
        "says": "validation",
        "regex": (
            r"\bof course (?:you(?:'re| are|re| feel| felt| would| were)|u)\b(?!\s+(?:say|"
            r"think|do|believe|want|take)\b)"
        ),
        "guards": ["negation"],
        "examples": [
            "of course you're worried, it's your mum",
            "of course you're scared, after everything",
        ],
    },
    {
        "id": "validation.anyone-would-feel",
        "says": "validation",
        "regex": r"\banyone would (?:feel|be)\b",
        "guards": ["negation"],
        "examples": [
            "anyone would feel betrayed",
            "you're not overreacting. anyone would be upset by that.",
        ],
    },
    {
        "id": "validation.i-d-feel-the",
        "says": "validation",
        "regex": (
            r"\bi(?:'d| would|d) (?:feel|be) (?:the same|exactly the same|upset|angry|"
            r"hurt|furious|devastated)(?: too)?\b"
        ),
        "guards": ["negation"],
        "examples": ["I'd be furious in your shoes.", "That makes sense. I'd be hurt too."],
    },
    {
        "id": "validation.that-must-have-been",
        "says": "validation",
        "regex": (
            r"\b(?:that|this|it) (?:must|would|must've|must have) (?:have )?(?:been|be|"
            r"hurt|feel|felt)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "That must have been awful, finding out like that.",
            "I can imagine how lonely that must have felt. I feel sad that I didn't see it.",
        ],
    },
    {
        "id": "validation.thank-you-for-telling",
        "says": "validation",
        "regex": (
            r"\bthank (?:you|u) for (?:telling|sharing|being honest|saying|explaining|"
            r"trusting|letting|listening|being patient|hearing|your honesty|opening up|"
            r"coming back)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "Thank you for telling me how you feel.",
            "thank u for being honest with me, I know it wasn't easy",
        ],
    },
    {
        "id": "validation.youre-completely-justified",
        "says": "validation",
        "regex": r"\b<YOURE>\s+(?:completely |totally )?justified\b",
        "guards": ["negation"],
    },
    {
        "id": "validation.its-okay-to-feel",
        "says": "validation",
        "regex": (
            r"\b(?:it's|its|it is) (?:okay|ok|understandable|normal|fair|natural|alright) "
            r"(?:to|that you|for you to|if you) (?:feel|be|still|are|need|want|not)\b"
        ),
        "guards": ["negation"],
        "examples": ["It's okay to still be angry."],
    },
    {
        "id": "validation.its-completely-okay-to",
        "says": "validation",
        "regex": (
            r"\b(?:it's|its|it is) (?:completely |totally |perfectly |so |really )(?:okay|"
            r"ok|understandable|normal|fair|natural|reasonable) (?:to|that (?:you|u)|for "
            r"(?:you|u) to|if (?:you|u))\b"
        ),
        "guards": ["negation"],
        "examples": ["It's completely understandable that you don't trust me yet"],
    },
    {
        "id": "validation.thats-fair",
        "says": "validation",
        "regex": (
            r"\b(?:that's|thats|that is) (?:fair|a fair point|understandable|valid|"
            r"totally fair|really fair|completely understandable)\b"
        ),
        "guards": ["negation"],
        "examples": ["that's fair. i'd want to know too"],
    },
    {
        "id": "validation.i-get-why",
        "says": "validation",
        "regex": r"\bi get (?:why|that you|it,? and|how)\b",
        "guards": ["negation"],
    },
    {
        "id": "validation.i-can-imagine",
        "says": "validation",
        "regex": r"\bi can imagine\b",
        "guards": ["negation"],
        "examples": [
            "I can imagine how lonely that must have felt. I feel sad that I didn't see it."
        ],
    },
    {
        "id": "validation.it-sounds-like-you",
        "says": "validation",
        "regex": (
            r"\b(?:it )?(?:sounds|seems|looks) like (?:you|u)(?:'re|re| are| were| felt| "
            r"feel| must| had|'ve been| have been| really)\b"
        ),
        "guards": ["negation"],
        "examples": ["It sounds like you felt really alone in that."],
    },
    {
        "id": "validation.thats-a-completely-reasonable",
        "says": "validation",
        "regex": (
            r"\b(?:that's|thats|that is|it's|its|it is) (?:a )?(?:completely |totally |"
            r"perfectly |really )?(?:reasonable|understandable|valid|normal|fair|natural) "
            r"(?:thing |way )?to (?:feel|be|want|ask)\b"
        ),
        "guards": ["negation"],
        "examples": ["That's a completely reasonable thing to feel."],
    },
    {
        "id": "validation.youre-not-being-unreasonable",
        "says": "validation",
        "regex": (
            r"\b<YOURE>\s+not (?:being )?(?:unreasonable|overreacting|wrong|dramatic|"
            r"silly|paranoid|too sensitive)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "You're not being unreasonable, I see it now.",
            "ur not being dramatic, that was genuinely a lot",
        ],
    },
    {
        "id": "validation.youve-got-every-right",
        "says": "validation",
        "regex": r"\b(?:you've|youve|you have|u have|you had)\s+(?:got\s+)?every right\b",
        "guards": ["negation"],
        "examples": ["You've every right to be upset with me."],
    },
    {
        "id": "validation.that-sounds-so-hard",
        "says": "validation",
        "regex": (
            r"\b(?:that|it) sounds (?:so |really |really really |incredibly |very |super "
            r")?(?:hard|awful|rough|tough|horrible|stressful|exhausting|scary|painful|"
            r"lonely|frustrating|upsetting|difficult|rubbish|shit|crap)\b"
        ),
        "guards": ["negation"],
        "examples": ["that sounds really hard babe ❤️"],
    },
    # Written in the pattern language (rulelang.py).
    {
        "id": "validation.your-perception-is-sound",
        "says": "validation",
        "patterns": [
            "(i don't think|i don't believe|nobody thinks|no one thinks) @YOURE being? @PERCEPTION",
            "@YOURE not being? (crazy|imagining it|imagining things|making it up)",
            "you were never @PERCEPTION",
        ],
        "guards": [],
        "examples": [
            "I don't think you're overreacting, it was a lot.",
            "you're not crazy, you saw what you saw",
            "you were never paranoid. you were right.",
        ],
        "counterexamples": [
            "I don't think you're listening to me.",
            "you're not making any sense",
        ],
    },
    # --- added in coach2: patterns, not regexes ---
    {
        "id": "validation.anyone-would-be-upset",
        "says": "validation",
        "patterns": [
            "i (get|understand) (it|that|why) .. (you'd|youd|ud|you would|anyone would|i would|i'd) be (upset|angry|hurt|mad|sad|furious|scared) (too)?",
            "(thank you|thanks) for (telling|trusting) me (with this|that)?",
        ],
        "guards": ["negation"],
        "examples": ["i get it, ud be upset too if i did that", "Thanks for telling me."],
        "counterexamples": ["I don't get why you'd be upset about that."],
    },
]
