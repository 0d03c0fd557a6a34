# ruff: noqa: E501 (examples are whole messages, kept on one line)
"""I-statements: the writer names their own feeling or need.

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

KIND = "i_statement"

RULES: list[dict[str, object]] = [
    {
        "id": "i_statement.i-still-feel-so",
        "says": "i_statement",
        "regex": (
            r"\bi\s+(?:(?:still|sometimes|often|really|just|always|honestly|kind of|"
            r"do)\s+)?(?:feel|felt|am feeling|'m feeling|m feeling|was feeling|have been "
            r"feeling|'ve been feeling|ve been feeling|get|got|don't feel|dont feel|do "
            r"not feel|didn't feel|didnt feel|still feel|sometimes feel|often feel|just "
            r"feel|really feel)\s+(?:(?:so|really|very|a bit|a little|quite|kind of|kinda|"
            r"pretty|incredibly|deeply|completely|totally|more|less|extremely|a lot|super|"
            r"too|so so|very very|like i'?m|like im|really really|somewhat|terribly|"
            r"increasingly)\s+){0,2}(?:hurt|sad|scared|afraid|frightened|anxious|lonely|"
            r"alone|unseen|invisible|ignored|unheard|unimportant|rejected|betrayed|angry|"
            r"upset|frustrated|overwhelmed|ashamed|embarrassed|humiliated|confused|lost|"
            r"worried|insecure|unsafe|safe|exhausted|disappointed|heartbroken|crushed|"
            r"devastated|jealous|uneasy|nervous|torn|numb|small|stupid|disrespected|taken "
            r"for granted|left out|let down|abandoned|unloved|unwanted|neglected|pushed "
            r"away|shut out|raw|sick|broken|relieved|grateful|hopeful|happy|loved|close|"
            r"closer|connected|better|worse|awful|terrible|horrible|guilty|on edge|"
            r"panicky|panicked|dismissed|unappreciated|hopeless|helpless|empty|"
            r"disconnected|distant|alone in|like a fool|like an idiot|like i'?m|like im|"
            r"(?:a (?:wave|pang|rush|surge|bit) of|so much|such) \w+|like nobody|like no "
            r"one|like i (?:don't|dont|can't|cant|have|am|was|need)|mad|furious|resentful|"
            r"bitter|trapped|stuck|drained|tired|thankful|touched|reassured|calmer|calm|"
            r"terrified|petrified|shaky|fragile|vulnerable|exposed|tense|like crying|like "
            r"giving up|ready|unsure|ambivalent|conflicted|overlooked|second best|"
            r"replaced|humiliated|foolish|naive|stupid for|so much|wary|cautious|guarded|"
            r"emotional)\b"
        ),
        "guards": [],
        "examples": ["I feel grateful that you stayed.", "i feel stupid for crying at that advert"],
    },
    {
        "id": "i_statement.it-really-hurts-me",
        "says": "i_statement",
        "regex": (
            r"\b(?:it|this|that)\s+(?:really\s+|still\s+|just\s+)?(?:hurts|hurt|scares|"
            r"scared|worries|worried|upsets|upset|frightens|stings|stung|breaks my heart|"
            r"broke my heart)\s+(?:me\s+)?(?:so much\s+|a lot\s+)?(?:when|that|because|to "
            r"(?:think|know|see|hear))\b"
        ),
        "guards": [],
        "examples": [
            "It scares me when you go quiet for days.",
            "It scares me when you drive off after a row.",
        ],
    },
    {
        "id": "i_statement.when-you-i-feel",
        "says": "i_statement",
        "regex": (
            r"\bwhen\s+(?:you|u)\b<SHORTGAP>,?\s*i\s+(?:feel|felt|get|got|start to feel|"
            r"start feeling)\b"
        ),
        "guards": [],
        "examples": [
            "When you said that I felt really small.",
            "When you came home late without texting, I felt scared something had happened.",
        ],
    },
    {
        "id": "i_statement.what-i-really-need",
        "says": "i_statement",
        "regex": (
            r"\b(?:what )?i (?:really |just |still )?need\s+(?:right now\s+|most\s+|from "
            r"you\s+)?(?:is\s+)?(?:to feel|to know|to hear|some|a little|a bit|"
            r"reassurance|time|space|honesty|you to|us to|help|more|to talk|to be|a hug|a "
            r"break|a minute|a moment)\b"
        ),
        "guards": [],
        "examples": [
            "What I need right now is a hug, not a solution.",
            "i need you to be honest with me even when it's ugly",
        ],
    },
    {
        "id": "i_statement.im-so-scared-that",
        "says": "i_statement",
        "regex": (
            r"\b<IM>\s+(?:(?:so|really|very|a bit|a little|still|quite|just|pretty|"
            r"honestly|feeling|getting)\s+){0,2}(?:scared|afraid|worried|hurt|sad|anxious|"
            r"lonely|frightened|terrified|struggling|hurting|exhausted|heartbroken|"
            r"ashamed|confused|overwhelmed|upset|frustrated|angry|nervous|insecure|"
            r"jealous|tired|drained|furious|gutted|annoyed|irritated|cross|sad|lonely|"
            r"disappointed)\s*(?:that|of|because|too|about|when|and|right now|today|"
            r"tonight|since|by|,|\.|$)"
        ),
        "guards": [],
        "examples": ["I'm so tired of feeling like this.", "I'm hurt. I'm not angry, just hurt."],
    },
    {
        "id": "i_statement.im-too-angry-to",
        "says": "i_statement",
        "regex": (
            r"\b<IM>\s+(?:too|so) (?:angry|upset|hurt|tired|overwhelmed|wound up|worked "
            r"up) to\b"
        ),
        "guards": [],
        "examples": [
            "im too wound up to talk properly, gonna walk the dog and then lets try again",
            "I'm too angry to talk well right now. Can we talk tonight after the kids are down?",
        ],
    },
    {
        "id": "i_statement.i-find-it-really",
        "says": "i_statement",
        "regex": (
            r"\bi (?:find it|found it) (?:really |so |very )?(?:hard|difficult|painful|"
            r"scary)\b"
        ),
        "guards": [],
        "examples": ["I find it really hard when plans change last minute."],
    },
    {
        "id": "i_statement.i-d-really-like",
        "says": "i_statement",
        "regex": (
            r"\bi(?:'d| would|d) (?:really )?(?:like|love) (?:us|it if|for us|you to|to "
            r"feel|some|to talk)\b"
        ),
        "guards": [],
        "examples": [
            "I'd like us to have one evening a week with no screens.",
            "I'd like to talk about the affair sometime this week. It still hurts sometimes and I don't want to hide that from you.",
        ],
    },
    {
        "id": "i_statement.i-miss-feeling",
        "says": "i_statement",
        "regex": r"\bi (?:miss|missed) (?:feeling|the way|how|when)\b",
        "guards": [],
        "examples": ["I miss the way we used to talk before bed."],
    },
    {
        "id": "i_statement.im-still-feeling-so",
        "says": "i_statement",
        "regex": (
            r"\b<IM>\s+(?:(?:still|really|just|honestly|kind of|a "
            r"bit)\s+)?feeling\s+(?:(?:so|really|very|a bit|a little|quite|kind of|kinda|"
            r"pretty|super|too)\s+){0,2}<EMOTIONS>"
        ),
        "guards": [],
        "examples": [
            "i'm feeling fragile today, please be gentle with me",
            "I'm feeling a bit lost at the moment and I could do with a cuddle.",
        ],
    },
    {
        "id": "i_statement.it-makes-me-feel",
        "says": "i_statement",
        "regex": (
            r"\b(?:it|this|that) (?:makes|made) me (?:feel )?(?:(?:so|really|a bit|"
            r"very)\s+)?<EMOTIONS>"
        ),
        "guards": [],
        "examples": [
            "It makes me sad that we don't laugh like we used to.",
            "it made me feel so small when you laughed at my idea in front of your parents",
        ],
    },
    {
        "id": "i_statement.i-feel-like-your",
        "says": "i_statement",
        "regex": (
            r"\bi (?:feel|felt) like (?:your|a|an|the) (?:\w+ ){0,2}?(?:flatmate|"
            r"housemate|stranger|lodger|maid|servant|cleaner|afterthought|option|burden|"
            r"fool|idiot|outsider|ghost|child|nobody|spare part)\b"
        ),
        "guards": [],
        "examples": ["Tonight I felt like your flatmate, not your wife."],
    },
    {
        "id": "i_statement.still-feeling-so-emotions",
        "says": "i_statement",
        "regex": (
            r"\b<SSTART>(?:still\s+|just\s+)?feeling\s+(?:(?:so|really|very|a bit|a "
            r"little|quite|kind of|kinda|pretty|super)\s+){0,2}<EMOTIONS>"
        ),
        "guards": [],
        "examples": ["feeling really low today tbh 😔"],
    },
]
