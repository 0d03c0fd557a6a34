# ruff: noqa: E501 (examples are whole messages, kept on one line)
"""Responsibility: the writer owns what they did.

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

KIND = "responsibility"

RULES: list[dict[str, object]] = [
    {
        "id": "responsibility.that-was-all-on",
        "says": "responsibility",
        "regex": (
            r"\b(?:that|it|this|the affair|what happened|all of (?:this|that|it)|this "
            r"mess|the lying|the blame|the choice|the decision|what i did|that one|this "
            r"one)(?:\s+was|\s+is|'s|s|\s+were)\s+(?:all\s+|entirely\s+|completely\s+|"
            r"totally\s+|100%\s+|fully\s+|solely\s+|only\s+)?(?:on me|my fault|my "
            r"responsibility|my choice|my decision|my doing|my mistake|mine|my own fault|"
            r"mine to own|mine alone|my own doing|my own choice)\b(?!\s*(?:now|\?|, is it|"
            r", apparently))"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bso|\bnow|\bif|\bthat|\bsaying|\bsay|\bthink)\s*$",
        "examples": [
            "It's on me. I chose to keep it secret.",
            "That was my fault, I forgot to pay the bill.",
        ],
    },
    {
        "id": "responsibility.i-was-completely-wrong",
        "says": "responsibility",
        "regex": (
            r"\b(?:i\s+was|i\s+am|i'm|im)\s+(?:completely\s+|totally\s+|so\s+|really\s+|"
            r"the one\s+)?(?:wrong|in the wrong|responsible|to blame|out of line|unfair|"
            r"selfish|dishonest|being selfish|being defensive|being unfair|being a jerk|"
            r"being an idiot|being cruel|harsh|cruel|mean|a coward|an idiot|an ass|a jerk|"
            r"out of order|who (?:broke|lied|cheated|did|hurt|chose))\b(?!\s+(?:to "
            r"(?:think|trust|believe)|about you))"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": ["I was out of line last night.", "I'm to blame for where we are."],
    },
    {
        "id": "responsibility.im-the-selfish-one",
        "says": "responsibility",
        "regex": r"\b(?:i'm|im|i am) the (?:selfish|guilty|dishonest|unfair) one\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": ["I'm the selfish one here, not you."],
    },
    {
        "id": "responsibility.im-the-one-who",
        "says": "responsibility",
        "regex": (
            r"\b(?:i'm|im|i am|i was) the one (?:who|that) (?:broke|lied|cheated|hurt|"
            r"messed|screwed|ruined|betrayed|did|chose|kept|hid|went)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
    },
    {
        "id": "responsibility.i-wasnt-listening",
        "says": "responsibility",
        "regex": (
            r"\bi (?:wasn't|wasnt|was not) (?:listening|fair|honest|there for you|paying "
            r"attention|being fair|being honest)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": ["You're right, I wasn't listening. I was thinking about work."],
    },
    {
        "id": "responsibility.i-regret-lying",
        "says": "responsibility",
        "regex": (
            r"\bi (?:regret|'m sorry for|m sorry for|am sorry for) (?:lying|cheating|"
            r"hiding|betraying|hurting|breaking|deceiving|going behind)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "I regret lying to you. I told myself it would protect you but it only protected me. I'm never going to hide things from you again."
        ],
    },
    {
        "id": "responsibility.i-had-no-right",
        "says": "responsibility",
        "regex": r"\bi had no right\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": ["I'm sorry for what I said about your family, I had no right."],
    },
    {
        "id": "responsibility.i-took-you-for",
        "says": "responsibility",
        "regex": r"\bi took you for granted\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": ["I'm sorry. I took you for granted for years."],
    },
    {
        "id": "responsibility.i-should-ve-backed",
        "says": "responsibility",
        "regex": (
            r"\bi should(?:'ve| have)\s+(?:backed|listened|told|been honest|stood|asked|"
            r"checked|called|supported|protected|believed|trusted|stopped|come to you|"
            r"talked to you)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "That one's on me, I should have checked the date.",
            "You were right about my mum, I should have backed you up.",
        ],
    },
    {
        "id": "responsibility.sorry-that-i-said",
        "says": "responsibility",
        "regex": (
            r"\b(?:sorry|regret) (?:that )?(?:i said|i called you|for saying|for calling "
            r"you)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "I'm sorry I said you were crazy. You weren't. I was trying to cover myself and that was cruel. I hope you can forgive me for that."
        ],
    },
    {
        "id": "responsibility.i-n-and-that",
        "says": "responsibility",
        "regex": (
            r"\bi\b[^.!?\n]{0,60}\band that was (?:cruel|wrong|unfair|selfish|unkind|mean|"
            r"out of line|cowardly|dishonest|not okay|not ok)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "I went behind your back and that was wrong.",
            "I'm sorry I said you were crazy. You weren't. I was trying to cover myself and that was cruel. I hope you can forgive me for that.",
        ],
    },
    {
        "id": "responsibility.i-take-full-responsibility",
        "says": "responsibility",
        "regex": (
            r"\bi take (?:full |complete |all the |total |100% |some )?(?:responsibility|"
            r"the blame|ownership|accountability)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": ["I take full responsibility for what I did."],
    },
    {
        "id": "responsibility.i-own-that",
        "says": "responsibility",
        "regex": r"\bi own (?:that|this|it|what i did|my part|my choices?|up to)\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "I own what I did with the texts, all of it",
            "I own what I did. There's no excuse for it.",
        ],
    },
    {
        "id": "responsibility.i-shouldnt-have-said",
        "says": "responsibility",
        "regex": (
            r"\bi (?:shouldn't|shouldnt|should not|should never|should've never|should "
            r"have never)\s+(?:have\s+)?(?:said|done|lied|cheated|gone|kept|hidden|hid|"
            r"texted|let|spoken|snapped|yelled|shouted|walked|called|made|put|started|"
            r"gambled|spent|taken|treated|blamed|ignored|dismissed|left|broken|deleted|"
            r"gone behind)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "I shouldn't have said that in front of your mum.",
            "That was on me, I shouldn't have snapped at you in front of your sister.",
        ],
    },
    {
        "id": "responsibility.i-hurt-you",
        "says": "responsibility",
        "regex": (
            r"\bi (?:hurt|betrayed|deceived|lied to|failed|wronged|humiliated|abandoned) "
            r"you\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": ["I hurt you, and I know that.", "i'm sorry i hurt you. please forgive me"],
    },
    {
        "id": "responsibility.i-let-you-down",
        "says": "responsibility",
        "regex": r"\bi let you down\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": ["You're right to be angry. I'm sorry, I let you down."],
    },
    {
        "id": "responsibility.i-made-a-terrible",
        "says": "responsibility",
        "regex": (
            r"\bi (?:made|make) (?:a |the )?(?:terrible |huge |big |stupid |awful |"
            r"selfish |horrible |bad |serious |massive )?(?:mistake|choice|decision)s?\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "I made a terrible choice and you're the one paying for it.",
            "I'm sorry. I was in a really dark place and I made a terrible decision. I know that's not your burden.",
        ],
    },
    {
        "id": "responsibility.i-messed-up",
        "says": "responsibility",
        "regex": (
            r"\bi (?:messed|screwed|fucked|stuffed|mucked) (?:up|that up|this up|it up|"
            r"everything up)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": ["i messed up. no excuses.", "i screwed up with the money, i know"],
    },
    {
        "id": "responsibility.i-broke-your-trust",
        "says": "responsibility",
        "regex": (
            r"\bi (?:broke|betrayed|destroyed|damaged|shattered) (?:your|our) (?:trust|"
            r"marriage|relationship|family|vows|heart|promise)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "No excuses from me. I broke your trust.",
            "I broke your trust and I have to earn it back.",
        ],
    },
    {
        "id": "responsibility.i-lied-because-you",
        "says": "responsibility",
        "regex": (
            r"\bi (?:lied|cheated|lied to you|cheated on you|chose to|was the one|kept it "
            r"from you|hid it|hid the|went behind your back|broke my promise|broke the "
            r"promise|overreacted|snapped at you|yelled at you|shouted at you|ignored you|"
            r"dismissed you|did that to you|did this to us|did this|did "
            r"that)\b(?!\s+(?:because (?:you|u)|if))"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "I overreacted about the bins. My bad.",
            "It's on me. I chose to keep it secret.",
        ],
    },
    {
        "id": "responsibility.there-s-no-excuse",
        "says": "responsibility",
        "regex": r"\bthere(?:'s| is|s) no excuse\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "I own what I did. There's no excuse for it.",
            "There's no excuse for what I did. I'm hoping for your forgiveness one day, when you're ready.",
        ],
    },
    {
        "id": "responsibility.i-have-no-excuse",
        "says": "responsibility",
        "regex": r"\bi (?:have|had) no excuse\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
    },
    {
        "id": "responsibility.it-was-never-your",
        "says": "responsibility",
        "regex": (
            r"\b(?:it|this|that|none of (?:this|that|it))\s*(?:was|is|'s|s)\s+(?:never\s+|"
            r"not\s+)(?:your fault|on you|because of you)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "I felt lonely, but instead of telling you I went to someone else. That's not your fault."
        ],
    },
    {
        "id": "responsibility.it-wasnt-your-fault",
        "says": "responsibility",
        "regex": (
            r"\b(?:it|this) (?:wasn't|wasnt|isn't|isnt) (?:your fault|on you|because of "
            r"you)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
    },
    {
        "id": "responsibility.none-of-this-was",
        "says": "responsibility",
        "regex": (
            r"\bnone of (?:this|that|it) (?:was|is) (?:ever )?(?:your fault|on you|"
            r"because of you)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": ["None of this was your fault. I need you to hear that."],
    },
    {
        "id": "responsibility.you-didnt-deserve-this",
        "says": "responsibility",
        "regex": (
            r"\byou (?:didn't|didnt|did not) (?:deserve|do anything to deserve) (?:this|"
            r"that|it|any)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "you didn't deserve any of this",
            "I was unkind to you at dinner, and you didn't deserve it.",
        ],
    },
    {
        "id": "responsibility.you-did-nothing-wrong",
        "says": "responsibility",
        "regex": r"\byou did nothing (?:wrong|to deserve)\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": ["The lying was all me. You did nothing wrong."],
    },
    {
        "id": "responsibility.that-was-my-choice",
        "says": "responsibility",
        "regex": r"\b(?:that|it) (?:was|is) (?:my|a) (?:choice|decision),? not yours\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
    },
    {
        "id": "responsibility.entirely-my-fault",
        "says": "responsibility",
        "regex": (
            r"\b<SSTART>(?:(?:entirely|totally|completely|all|100%) )?my (?:fault|mistake|"
            r"bad)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bso|\bnow|\bif|\bsaying|\bsay|\bthink|\bnot)\b[^.!?\n,]{0,12}$",
        "examples": ["My fault. I should have rung.", "I overreacted about the bins. My bad."],
    },
    {
        "id": "responsibility.entirely-my-fault-2",
        "says": "responsibility",
        "regex": (
            r"\b(?:entirely|totally|completely|all) my (?:fault|mistake|"
            r"doing)\b(?!\s*(?:now\b|\?))"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bso|\bnow|\bif|\bsaying|\bsay|\bthink|\bnot)\b[^.!?\n,]{0,12}$",
    },
    {
        "id": "responsibility.on-my-shoulders-not",
        "says": "responsibility",
        "regex": r"\bon my (?:shoulders|head|conscience),? not (?:yours|you)\b",
        "guards": ["negation"],
        "not_after": r"(?:\bso|\bnow|\bif|\bsaying|\bsay|\bthink|\bnot)\b[^.!?\n,]{0,12}$",
        "examples": [
            "I know what I did broke something between us and that's on my shoulders, not yours."
        ],
    },
    {
        "id": "responsibility.i-dropped-the-ball",
        "says": "responsibility",
        "regex": r"\bi (?:dropped the ball|blew it|got it (?:so )?wrong|was in the wrong)\b",
        "guards": ["negation"],
        "not_after": r"(?:\bso|\bnow|\bif|\bsaying|\bsay|\bthink|\bnot)\b[^.!?\n,]{0,12}$",
        "examples": ["I dropped the ball on the school forms. Entirely my mistake."],
    },
    {
        "id": "responsibility.that-was-so-wrong",
        "says": "responsibility",
        "regex": (
            r"\b(?:that|it|what i did)\s+was\s+(?:so\s+|really\s+|completely\s+|"
            r"totally\s+)?(?:wrong|a violation|unfair|cruel|out of order|out of line|a "
            r"betrayal|not okay|not ok|selfish|disrespectful|unkind|mean|a lie|"
            r"dishonest)\b(?:\s+of me\b|,?\s+and i know (?:it|that)\b)"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "That was a violation and I know it.",
            "I'm sorry I snapped at you this morning. That was out of order of me.",
        ],
    },
    {
        "id": "responsibility.i-took-it-out",
        "says": "responsibility",
        "regex": r"\bi took (?:it|that|my \w+|everything|all of (?:it|that)) out on (?:you|u)\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": [
            "ok so I've been thinking about last night and I know I said some awful stuff and I'm really sorry, I was stressed about work but that's not an excuse, I took it out on you and that wasn't fair, can we talk tonight?"
        ],
    },
    {
        "id": "responsibility.i-n-and-that-2",
        "says": "responsibility",
        "regex": (
            r"\bi\b[^.!?\n]{0,60}\band (?:that|it) (?:wasn't|wasnt|was not) (?:fair|okay|"
            r"ok|right|kind)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
        "examples": ["I owe you an apology, I was rude to your sister and that wasn't fair"],
    },
    # --- added in coach2: patterns, not regexes ---
    {
        "id": "responsibility.that-wasnt-fair-of-me",
        "says": "responsibility",
        "patterns": [
            "(sorry|apologise|apologize) .. (that|it) (wasn't|was not|wasnt) (fair|okay|ok|right|kind) (of me|to you)?",
            "i was (so|really|too)? (short|harsh|rude|unfair|mean|snappy|cold|dismissive|cruel|nasty) (with|to|towards) (you|u)",
        ],
        "guards": ["negation"],
        "examples": ["im sorry i was short w u earlier, that wasnt fair"],
        "counterexamples": ["I'm not saying I was rude to you."],
    },
    {
        "id": "responsibility.my-stuff-to-work-on",
        "says": "responsibility",
        "patterns": [
            "(that's|that is|it's|it is) (my|on me|mine) (stuff|thing|issue|problem|work|baggage)? to (work on|fix|deal with|sort out|own)",
            "(sorry|apologise|apologize) .. (that|it) was (unfair|wrong of me|out of order|out of line|uncalled for|low|cruel|not okay|not ok|not fair)",
        ],
        "guards": ["negation"],
        "examples": [
            "I feel jealous when you text him, and I know that's my stuff to work on.",
            "I'm sorry, that was unfair.",
        ],
        "counterexamples": ["That's not my stuff to work on."],
    },
    {
        "id": "responsibility.sorry-my-fault",
        "says": "responsibility",
        "patterns": [
            "^^ (sorry|i'm sorry|im sorry) (my fault|my bad|that's on me|on me|that was on me) $$"
        ],
        "guards": ["negation"],
        "examples": ["Sorry, my fault."],
        "counterexamples": ["Sorry, was that my fault? I thought you had it."],
    },
]
