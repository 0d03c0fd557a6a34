# ruff: noqa: E501 (examples are whole messages, kept on one line)
"""Repair attempts: a bid to calm things or reconnect, including a break with a
promise to come back.

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

KIND = "repair_attempt"

RULES: list[dict[str, object]] = [
    {
        "id": "repair_attempt.ill-come-back-in",
        "says": "break",
        "regex": (
            r"\b(?:<ILL>|i'?ll be|ill be)\s+(?:come back|be back|come home|call you|text "
            r"you|talk to you|find you|message you|get back to you|come find you|pick "
            r"this up|back)\b<SHORTGAP>\b(?:in (?:\d+|a|an|ten|twenty|thirty|fifteen|five|"
            r"half|a few|an hour|couple)|after|when|once|later|tonight|tomorrow|this "
            r"evening|in the morning|soon|after (?:a|my|i))\b"
        ),
        "guards": [],
        "examples": [
            "I need to go for a walk, I'll be back in half an hour and then I want to finish this"
        ],
    },
    {
        "id": "repair_attempt.can-we-please-talk",
        "says": "break",
        "regex": (
            r"\b(?:can|could) we\s+(?:please\s+)?(?:talk|pick this up|finish this|come "
            r"back to (?:this|it)|continue|discuss (?:it|this))\s+(?:about (?:it|"
            r"this)\s+)?(?:later|tonight|tomorrow|in the morning|after|when|once|in (?:a|"
            r"an|\d+|ten|twenty|half))\b"
        ),
        "guards": [],
        "examples": [
            "I still think about Dan sometimes and it hurts. Can we talk tonight?",
            "I'm too angry to talk well right now. Can we talk tonight after the kids are down?",
        ],
    },
    {
        "id": "repair_attempt.then-i-ll-come",
        "says": "break",
        "regex": r"\bthen\s+(?:i'?ll|ill|i will)\s+(?:come back|be back|talk|come find you)\b",
        "guards": [],
    },
    {
        "id": "repair_attempt.i-ll-come-back",
        "says": "break",
        "regex": r"\b(?:i'?ll|ill|i will)\s+come back and (?:we can|we'll|talk|finish|keep)\b",
        "guards": [],
    },
    {
        "id": "repair_attempt.can-i-please-have",
        "says": "break",
        "regex": (
            r"\b(?:can|could|may) i (?:please )?(?:have|take|get) (?:a|ten|five|twenty|"
            r"some|a few|fifteen|half an)\s+(?:\w+\s+)?(?:minutes?|break|moment|breather|"
            r"hour)\b"
        ),
        "guards": [],
        "examples": [
            "I'm getting overwhelmed. Can I have ten minutes on my own? I'll come back, I promise, I'm not walking away from you."
        ],
    },
    {
        "id": "repair_attempt.can-we-please-take",
        "says": "break",
        "regex": (
            r"\b(?:can|could|should|shall) we\s+(?:please\s+)?(?:take|have)\s+(?:a|five|"
            r"ten|some|twenty|a few)\s+(?:\w+\s+)?(?:break|breather|pause|time ?out|"
            r"minutes?|moment|step back|breath)\b"
        ),
        "guards": [],
        "examples": ["can we take a five minute break? i want to keep talking but i'm shaking"],
    },
    {
        "id": "repair_attempt.let-s-take-a",
        "says": "break",
        "regex": (
            r"\blet'?s\s+(?:take|have)\s+(?:a|five|ten|some|twenty|a "
            r"few)\s+(?:\w+\s+)?(?:break|breather|pause|time ?out|minutes?|moment|step "
            r"back|breath)\b"
        ),
        "guards": [],
        "examples": ["let's take a breather and talk after dinner"],
    },
    {
        "id": "repair_attempt.im-going-to-take",
        "says": "break",
        "regex": (
            r"\b<IM>\s+(?:going to|gonna|gunna)?\s*(?:take|taking|go for|going "
            r"for)\s+(?:a|some)\s+(?:quick\s+|short\s+|little\s+)?(?:break|walk|breather|"
            r"minute|time out|timeout|space)\b<GAP>\b(?:i'?ll|ill|i will|then|back|come "
            r"back|and then)\b[^.!?\n]{0,60}"
        ),
        "guards": [],
        "examples": ["I'm taking a break, I'll come back in 20 minutes."],
    },
    {
        "id": "repair_attempt.i-dont-want-to",
        "says": "repair",
        "regex": (
            r"\bi (?:don't|dont|do not) want (?:to fight|us to fight|to argue|to lose you|"
            r"this to|to keep fighting|to hurt you)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "I don't want to fight with you tonight.",
            "Can we start again? I don't want to fight with you.",
        ],
    },
    {
        "id": "repair_attempt.i-hate-fighting",
        "says": "repair",
        "regex": r"\bi hate (?:fighting|arguing|it when we fight|when we fight)\b",
        "guards": ["negation"],
        "examples": ["I hate fighting with you. Can we reset?"],
    },
    {
        "id": "repair_attempt.we-re-on-the",
        "says": "repair",
        "regex": r"\bwe(?:'re| are|re) on the same (?:team|side)\b",
        "guards": ["negation"],
        "examples": ["We're on the same team, remember?", "We're on the same team here, remember?"],
    },
    {
        "id": "repair_attempt.im-on-your-side",
        "says": "repair",
        "regex": r"\b<IM>\s+on your side\b",
        "guards": ["negation"],
        "examples": [
            "Let's figure this out together, I'm on your side.",
            "I'm on your side, even when it doesn't feel like it.",
        ],
    },
    {
        "id": "repair_attempt.let-s-start-over",
        "says": "repair",
        "regex": (
            r"\blet'?s\s+(?:start over|start again|try (?:again|that again)|calm down|"
            r"slow down|pause|figure (?:this|it) out|work (?:this|it) out|work on (?:this|"
            r"it)|talk (?:about it |about this )?(?:later|tonight|tomorrow|calmly|"
            r"properly)|hug|reset|not fight|both (?:breathe|calm)|sit down|go for a walk|"
            r"rewind|try to understand|find a way|get through this|not go to bed angry|be "
            r"kind|be gentle|not do this)\b"
        ),
        "guards": ["negation"],
        "examples": ["let's try that again, i was snippy", "Let's not go to bed angry. Come here."],
    },
    {
        "id": "repair_attempt.sorry-that-came-out",
        "says": "repair",
        "regex": (
            r"\bsorry,? (?:that|i) (?:came out wrong|didn't mean (?:it|that)|didnt mean|"
            r"said that badly)\b"
        ),
        "guards": ["negation"],
        "examples": ["Sorry, that came out wrong. Let me try again."],
    },
    {
        "id": "repair_attempt.that-came-out-way",
        "says": "repair",
        "regex": (
            r"\b(?:that|it) came out (?:way |so |much |a lot |far |really )?(?:wrong|"
            r"harsher|harsh|meaner|worse|badly|nastier|ruder|colder)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "Sorry, that came out way harsher than I meant",
            "That came out meaner than I meant, and it's on me. Can we try again?",
        ],
    },
    {
        "id": "repair_attempt.let-me-try-that",
        "says": "repair",
        "regex": r"\blet me (?:try|say) (?:that|it|this) again\b",
        "guards": ["negation"],
    },
    {
        "id": "repair_attempt.can-i-try-that",
        "says": "repair",
        "regex": r"\bcan i (?:try|say) (?:that|it|this) again\b",
        "guards": ["negation"],
    },
    {
        "id": "repair_attempt.can-i-please-start",
        "says": "repair",
        "regex": (
            r"\b(?:can|could) (?:i|we) (?:please )?(?:start|try) (?:that|this|over|"
            r"again)\b"
        ),
        "guards": ["negation"],
        "examples": ["can we start again? i hate this", "Can we start over? I came in hot."],
    },
    {
        "id": "repair_attempt.can-i-hug-you",
        "says": "repair",
        "regex": r"\bcan i (?:hug|hold) you\b",
        "guards": ["negation"],
        "examples": ["can i hug you"],
    },
    {
        "id": "repair_attempt.come-here",
        "says": "repair",
        "regex": r"\bcome here\b",
        "guards": ["negation"],
        "examples": ["Let's not go to bed angry. Come here."],
    },
    {
        "id": "repair_attempt.i-want-to-understand",
        "says": "repair",
        "regex": (
            r"\bi want to (?:understand|hear you|listen|fix this|work on this|make this "
            r"work|get through this|hear your side|know how you feel|be there for you|get "
            r"this right)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "I want to understand what you're feeling. Help me understand.",
            "you always interrupt me. i want to fix this but you have to let me finish.",
        ],
    },
    {
        "id": "repair_attempt.im-not-going-anywhere",
        "says": "repair",
        "regex": r"\b<IM>\s+not going anywhere\b",
        "guards": ["negation"],
        "examples": [
            "I'm not going anywhere. We'll get through this.",
            "Take all the time you need, I'm not going anywhere",
        ],
    },
    {
        "id": "repair_attempt.we-ll-get-through",
        "says": "repair",
        "regex": r"\bwe(?:'ll| will|ll) get through this\b",
        "guards": ["negation"],
        "examples": ["I'm not going anywhere. We'll get through this."],
    },
    {
        "id": "repair_attempt.i-miss-you",
        "says": "repair",
        "regex": r"\bi miss (?:you|us)\b",
        "guards": ["negation"],
        "examples": ["I miss us.", "I miss us. Can we talk this weekend, just us?"],
    },
    {
        "id": "repair_attempt.truce",
        "says": "repair",
        "regex": r"\btruce\b",
        "guards": ["negation"],
        "examples": ["truce? i'll make tea", "hey. truce? I'll make tea 🫖"],
    },
    {
        "id": "repair_attempt.help-me-understand",
        "says": "repair",
        "regex": r"\bhelp me understand\b",
        "guards": ["negation"],
        "examples": ["I want to understand what you're feeling. Help me understand."],
    },
    {
        "id": "repair_attempt.what-do-you-need",
        "says": "repair",
        "regex": r"\bwhat do you need(?: from me)?(?: right now)?\b",
        "guards": ["negation"],
        "examples": ["What do you need from me right now?"],
    },
    {
        "id": "repair_attempt.i-love-you-and",
        "says": "repair",
        "regex": r"\bi love you\b<SHORTGAP>\b(?:and i|i want|we can|we'll|let's|please)\b",
        "guards": ["negation"],
        "examples": ["Let's pause. I love you and I'll come find you in a bit."],
    },
    {
        "id": "repair_attempt.can-we-please-just",
        "says": "repair",
        "regex": (
            r"\b(?:can|could) we (?:please )?(?:just )?(?:talk|sit down|stop|reset|go "
            r"back|try again|hug|make up|be on the same|go for a walk|have a "
            r"cuddle)\b(?!\s+(?:about (?:your|ur|what you|you)|talk))"
        ),
        "guards": ["negation"],
        "examples": [
            "I hate fighting with you. Can we reset?",
            "can we please just sit down and talk properly",
        ],
    },
    {
        "id": "repair_attempt.im-listening",
        "says": "repair",
        "regex": r"\b<IM>\s+(?:listening|here for you|here)\b(?!\s+(?:and|but)\s+you)",
        "guards": ["negation"],
        "examples": ["I'm listening. Take your time."],
    },
    {
        "id": "repair_attempt.i-still-want-us",
        "says": "repair",
        "regex": r"\bi (?:still )?(?:want|choose) (?:us|this|you|to make this work)\b",
        "guards": ["negation"],
        "examples": [
            "i still choose us. even on the bad days",
            "Can we talk about the gambling debts tonight? I feel anxious when the bills come and I want us to plan it together.",
        ],
    },
    {
        "id": "repair_attempt.can-we-find-a",
        "says": "repair",
        "regex": r"\bcan we find a way\b",
        "guards": ["negation"],
    },
    {
        "id": "repair_attempt.how-about-we",
        "says": "repair",
        "regex": r"\bhow about we\b",
        "guards": ["negation"],
        "examples": ["How about we go for a walk and talk there?"],
    },
    {
        "id": "repair_attempt.i-m-willing-to",
        "says": "repair",
        "regex": r"\bi'?m willing to\b",
        "guards": ["negation"],
    },
    {
        "id": "repair_attempt.im-willing-to",
        "says": "repair",
        "regex": r"\bim willing to\b",
        "guards": ["negation"],
    },
    {
        "id": "repair_attempt.ill-ring-you-when",
        "says": "break",
        "regex": (
            r"\b(?:<ILL>|i'?ll)\s+(?:ring you|phone you|bell you|message you|find you|be "
            r"home)\b<SHORTGAP>\b(?:when|after|once|later|tonight|in (?:a|an|\d+)|and we|"
            r"by \d+)\b"
        ),
        "guards": [],
        "examples": ["Going for a walk. I'll ring you when I'm back and we'll sort it."],
    },
    {
        "id": "repair_attempt.ill-be-back-by",
        "says": "break",
        "regex": (
            r"\b(?:<ILL>|i'?ll)\s+be back by (?:\d+|ten|nine|eight|seven|six|lunch|dinner|"
            r"tea)\b"
        ),
        "guards": [],
        "examples": [
            "I'm going to step outside for a bit to cool off. I'll be back by 9 and we can finish talking."
        ],
    },
    {
        "id": "repair_attempt.hit-pause",
        "says": "break",
        "regex": r"\b(?:hit|press|push) pause\b",
        "guards": [],
        "examples": ["Hey. Can we hit pause and come back to this after a cup of tea?"],
    },
    {
        "id": "repair_attempt.come-back-to-this",
        "says": "break",
        "regex": (
            r"\bcome back to (?:this|it)\b<SHORTGAP>\b(?:later|after|tomorrow|tonight|in "
            r"(?:a|an|\d+)|when)\b"
        ),
        "guards": [],
        "examples": ["Hey. Can we hit pause and come back to this after a cup of tea?"],
    },
    {
        "id": "repair_attempt.let-s-take-five",
        "says": "break",
        "regex": r"\blet'?s (?:take|have) (?:five|ten|a minute|a sec|a breather)\b",
        "guards": [],
        "examples": ["let's take five and have a cuppa, then try again x"],
    },
    {
        "id": "repair_attempt.then-we-can-try",
        "says": "break",
        "regex": r"\bthen (?:we can |we'll |let's |lets )?try again\b",
        "guards": [],
        "examples": [
            "let's take five and have a cuppa, then try again x",
            "im too wound up to talk properly, gonna walk the dog and then lets try again",
        ],
    },
    {
        "id": "repair_attempt.let-s-stop-tonight",
        "says": "break",
        "regex": (
            r"\blet'?s (?:stop|pause|leave it|park (?:it|this)|call it a "
            r"night)\b<SHORTGAP>\b(?:tonight|for now|and (?:try|talk|pick)|till|until)\b"
        ),
        "guards": [],
        "examples": [
            "I think we're both tired. Let's stop for tonight and try again tomorrow, I love you."
        ],
    },
    {
        "id": "repair_attempt.come-and-sit-with",
        "says": "repair",
        "regex": r"\bcome (?:and )?(?:sit|lie|cuddle|snuggle) (?:with|next to|by) me\b",
        "guards": ["negation"],
        "examples": ["Come sit with me?", "Let's not go to bed angry, come sit with me"],
    },
    {
        "id": "repair_attempt.i-want-us-to",
        "says": "repair",
        "regex": r"\bi want us to be (?:okay|ok|alright|good)\b",
        "guards": ["negation"],
        "examples": ["I want us to be okay. Can we try this again, slower?"],
    },
    {
        "id": "repair_attempt.need-a-break-back",
        "says": "break",
        "regex": (
            r"\b(?:need|needs|taking|take|having|have|going for|gonna take|gonna go "
            r"for)\s+(?:a|some|\d+|five|ten|fifteen|twenty|half an "
            r"hour)\s+(?:\w+\s+){0,2}?(?:break|breather|walk|space|time ?out|(?:mins?|"
            r"minutes) (?:to (?:cool|calm|breathe|think|settle)|alone|on my "
            r"own))\b<SHORTGAP>\b(?:back in|be back|then (?:i'?m|im|we|i'?ll|let'?s)|and "
            r"then (?:i'?m|im|we|i'?ll|let'?s))\b"
        ),
        "guards": [],
        "examples": ["I need a break, back in 20", "need 15 mins to cool off then I'm all yours"],
    },
    {
        "id": "repair_attempt.can-we-please-rewind",
        "says": "break",
        "regex": (
            r"\b(?:can|could|shall) we (?:please )?(?:rewind|redo (?:that|this)|try "
            r"(?:that|this) (?:again|over)|do (?:that|this) (?:again|over))\b"
        ),
        "guards": [],
        "examples": ["can we rewind 10 mins and try that convo again lol"],
    },
    # --- added in coach2: patterns, not regexes ---
    {
        "id": "repair_attempt.pause-and-talk-later",
        "says": "break",
        "patterns": [
            "(can|could|shall) we (pause|take a break|take a breather|take five|stop for now|stop for a bit) and (talk|come back|pick this up|pick it up|try again|finish) (later|after|tomorrow|tonight|in|when)",
        ],
        "guards": ["negation"],
        "examples": ["can we pause and talk after i put the kids down? not ignoring u, promise"],
        "counterexamples": ["We can't pause and talk later, the bus is here."],
    },
]
