# ruff: noqa: E501 (examples are whole messages, kept on one line)
"""Blame-shifting: making the hurt partner responsible for the writer's betrayal.

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

KIND = "blame_shifting"

# Words after a "because you ..." that show the writer owning the act ("... and I was
# weak. That's on me."): then the sentence is an explanation owned, not blame. A
# look-ahead over the rest of the sentence and the next one, added to the rules that
# give a reason in the partner.
_OWNED_AFTER = (
    r"(?![^\n]{0,150}\b(?:i was (?:weak|selfish|wrong|stupid|scared|a coward|cowardly)|"
    r"(?:my|mine) (?:fault|choice|responsibility|decision|doing)|on me|i chose|"
    r"i take (?:full )?responsibility|i own (?:it|that|this)|not (?:because of )?(?:you|"
    r"your fault)|no excuse|not an excuse|(?:was|is) (?:cowardly|wrong|on me))\b)"
)

RULES: list[dict[str, object]] = [
    {
        "id": "blame_shifting.you-made-me-to",
        "says": "blame",
        "regex": (
            r"\b<YOU>\s+(?:made|make|forced|pushed|drove|drive|push|force|"
            r"left)\s+me\s+(?:to\s+|into\s+)?(?:do (?:it|this|that)|cheat|lie|drink|"
            r"gamble|look elsewhere|go elsewhere|go looking|stray|feel like i had to|no "
            r"choice|no other choice|(?:straight )?(?:into|to) (?:her|his|someone|"
            r"somebody|another|the arms|it|this|drink|the bottle)|away)\b"
        ),
        "guards": ["negation"],
        "examples": ["you drove me to it, honestly", "you left me no choice but to hide it"],
        "counterexamples": [
            "I used to say you drove me to it. You didn't. I made every one of those choices."
        ],
    },
    {
        "id": "blame_shifting.look-at-what-you",
        "says": "blame",
        "regex": r"\b(?:look|see|now look) (?:at )?what <YOU>\s+made me do\b",
        "guards": ["negation"],
        "examples": ["look what you made me do", "Look what you made me do."],
    },
    {
        "id": "blame_shifting.youre-the-reason-i",
        "says": "blame",
        "patterns": [
            "@YOURE the (only|whole|real|main)? (reason|cause) (why)? i (started|ended up|stopped|turned|felt|went|began|got|had to|needed|did|~@BETRAY_VERB)",
            "@YOURE the (only|whole|real|main)? (reason|cause) (why)? (this happened|this all happened|for this|it happened|we're here|we're in this mess|it all went wrong)",
        ],
        "guards": ["negation"],
        "examples": ["You're the reason I started gambling in the first place, all that pressure."],
        "counterexamples": [
            "You're the reason I believe in us again.",
            "you're the reason I smile",
        ],
    },
    {
        "id": "blame_shifting.its-all-your-own",
        "says": "blame",
        "patterns": [
            "(it's|its|it is|it was|this is|this was|that's|thats) (all|partly|just as much|also|really|half)? @YOUR (own)? fault (too|as well|as much as|that i|i|we|this happened)",
        ],
        "guards": ["negation", "playful"],
        "counterexamples": ["It's your fault I'm addicted to this show now 😂"],
        "examples": ["It's your fault too, you stopped caring long before I did anything."],
    },
    {
        "id": "blame_shifting.you-only-have-yourself",
        "says": "blame",
        "regex": r"\b(?:you|u)\s+(?:only have|have only|have got only)\s+yourself to blame\b",
        "guards": ["negation"],
        "examples": ["honestly you only have yourself to blame"],
    },
    {
        "id": "blame_shifting.blame-yourself",
        "says": "blame",
        "regex": r"\bblame yourself\b",
        "guards": ["negation"],
    },
    {
        "id": "blame_shifting.what-did-you-expect",
        "says": "blame",
        "regex": (
            r"\bwhat (?:did|do|else did|else do) (?:you|u) expect(?: me to "
            r"do)?\s*(?:,\s*)?(?:when|if|after|with|from me when)\s+(?:you|u|ur|your)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "what did you expect when you were never home",
            "what did you expect when you spent every night at the gym",
        ],
    },
    {
        "id": "blame_shifting.if-only-you-i",
        "says": "blame",
        "regex": (
            r"\b(?:if|when)\s+(?:only\s+)?(?:you|u|anyone|someone|somebody|anybody|my "
            r"(?:wife|husband|partner)|she|he)\b<GAP>\b(?:i|this|it|none of (?:this|"
            r"it))\s*(?:<WOULDNT>|might not|wouldn't've)(?:\s+have|\s+of|'ve|"
            r"ve)?\s+(?:\w+\s+){0,2}?(?:cheated|strayed|gone (?:looking|elsewhere|behind|"
            r"to|out|off)|looked (?:elsewhere|for|somewhere|at (?:anyone|anybody|someone|"
            r"her|him|another))|lied|done (?:it|this|that|any of (?:it|this))|needed|need "
            r"to (?:look|go|find|turn)|had to|turned to|started|hidden|hid|gambled|drunk|"
            r"drank|texted|messaged|slept|fallen|felt the need|been tempted|reached out|"
            r"happened|wandered|betrayed|hurt you|kept (?:it|secrets)|sought|searched|"
            r"found (?:someone|comfort))\b"
        ),
        "guards": ["negation"],
        "examples": [
            "if u gave me any affection at all i wouldnt of looked at anyone",
            "If you hadn't been so cold I never would have needed someone else.",
        ],
    },
    {
        "id": "blame_shifting.i-wouldnt-have-cheated",
        "says": "blame",
        "regex": (
            r"\b(?:i|this|it|none of (?:this|it))\s*(?:<WOULDNT>)(?:\s+have|'ve|"
            r"ve)?\s+(?:\w+\s+){0,2}?(?:cheated|strayed|gone (?:looking|elsewhere)|looked "
            r"(?:elsewhere|for)|lied|done (?:it|this|that)|needed (?:someone|anyone|her|"
            r"him|attention)|had to|turned to|hidden|hid|gambled|happened|wandered|"
            r"reached out)\b<GAP>\bif\s+(?:only\s+)?(?:you|u|anyone|someone|somebody|"
            r"you'd|youd)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "I wouldn't have lied if you didn't freak out every single time",
            "I wouldn't have had to hide the money if you didn't freak out every time I spent anything",
        ],
    },
    {
        "id": "blame_shifting.if-only-you-none",
        "says": "blame",
        "regex": (
            r"\bif\s+(?:only\s+)?(?:you|u|you'd|youd)\b<GAP>\bnone of (?:this|it) "
            r"would(?:'ve| have|ve) happened\b"
        ),
        "guards": ["negation"],
        "examples": [
            "if you had been there for me none of this would of happened",
            "if u had just answered ur phone none of this would've happened",
        ],
        "counterexamples": [
            "I used to say that if you hadn't gone back to work so soon, none of this would have happened. That was me dodging it. I did this."
        ],
    },
    {
        "id": "blame_shifting.i-only-cheated-because",
        "says": "blame",
        "regex": (
            r"\bi (?:only |just |probably )?(?:cheated|strayed|lied|looked elsewhere|went "
            r"looking|drank|got drunk|started drinking|snapped|yelled|shouted|lost it|"
            r"spent (?:it|the money)|did (?:it|that|what i did)|texted (?:her|him)|hid "
            r"(?:it|the money)|gambled|kept it from you|turned to (?:her|him|someone|"
            r"drink)|found someone)\b<SHORTGAP>\b(?:because|cause|cos|coz|since|"
            r"bc)\s+(?:you|u|of you|ur|your)\b(?!\s+(?:deserved (?:better|more)|trusted "
            r"me|loved me))" + _OWNED_AFTER
        ),
        "guards": ["negation"],
        "examples": [
            "I only lied because you'd have gone mental",
            "i only drank because you kept starting fights",
        ],
        "counterexamples": [
            "I hid it because your opinion matters so much to me, and that was cowardly.",
        ],
    },
    {
        "id": "blame_shifting.you-pushed-me-away",
        "says": "blame",
        "regex": (
            r"\b<YOU>\s+(?:pushed|drove|shoved)\s+me\s+(?:away|into (?:her|his|someone|"
            r"the arms|it|this|drink)|to (?:it|this|her|him|someone|drink|the edge))\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "blame_shifting.you-made-me-feel",
        "says": "blame",
        "regex": (
            r"\b<YOU>\s+made me feel (?:so\s+|really\s+)?(?:alone|lonely|invisible|"
            r"unwanted|unloved|ignored|worthless|like nothing)\b<SHORTGAP>\b(?:that i|so "
            r"i|i ended up|i went|i found|i turned|i needed)\b"
        ),
        "guards": ["negation"],
        "examples": ["you made me feel so alone that I ended up talking to her"],
    },
    {
        "id": "blame_shifting.so-i-went-and",
        "says": "blame",
        "regex": (
            r"\b(?:so|and so|that's why|thats why|which is why) i (?:went (?:and "
            r")?(?:found|looked)|went looking|found someone|looked elsewhere|turned to "
            r"(?:someone|her|him|drink)|strayed|cheated|had to look)\b" + _OWNED_AFTER
        ),
        "guards": ["negation"],
        "examples": [
            "Nobody in this house gave a damn about me, so I went and found someone who did."
        ],
        "counterexamples": [
            "I felt lonely, so I went looking for attention elsewhere, and I chose that. It's on me.",
        ],
    },
    {
        "id": "blame_shifting.it-takes-two",
        "says": "blame",
        "regex": r"\bit takes two\b",
        "guards": ["negation"],
        "examples": [
            "It takes two to wreck a marriage you know",
            "It takes two. You checked out of this marriage first.",
        ],
    },
    {
        "id": "blame_shifting.you-made-it-so",
        "says": "blame",
        "regex": (
            r"\b<YOU>\s+made it (?:so |too |really )?easy (?:for me )?to (?:lie|cheat|"
            r"hide|stray|gamble|look elsewhere)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "Honestly you made it so easy for me to lie. You never ask, you never check, you never care."
        ],
    },
    {
        "id": "blame_shifting.you-made-it-so-2",
        "says": "blame",
        "regex": (
            r"\b<YOU>\s+made it (?:so |too |really )?(?:impossible|hard|difficult) (?:for "
            r"me )?to (?:be honest|tell you(?: the truth)?|come clean|open up to you)\b"
        ),
        "guards": ["negation"],
        "examples": ["you made it impossible to be honest with you"],
    },
    {
        "id": "blame_shifting.you-checked-out-first",
        "says": "blame",
        "regex": (
            r"\b<YOU>\s+(?:checked out|gave up|stopped (?:trying|caring|loving me|"
            r"touching me|wanting me)|pulled away|left me)\b<SHORTGAP>\b(?:first|long "
            r"before|before i)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "It takes two. You checked out of this marriage first.",
            "It's your fault too, you stopped caring long before I did anything.",
        ],
    },
    {
        "id": "blame_shifting.you-stopped-what-was",
        "says": "blame",
        "regex": (
            r"\b<YOU>\s+(?:stopped|never|weren't|werent|wouldn't|wouldnt|didn't|"
            r"didnt)\b<GAP>\bwhat (?:was|else was|am|else am) i (?:supposed|meant) to do\b"
        ),
        "guards": ["negation"],
        "examples": ["yeah but you stopped touching me, what was I supposed to do"],
    },
    {
        "id": "blame_shifting.if-you-had-been",
        "says": "blame",
        "regex": (
            r"\b(?:if|had)\s+(?:you|u)\s+(?:had\s+)?(?:been|given|shown|paid|made|treated|"
            r"loved|noticed|listened)\b<SHORTGAP>\b(?:i|we)\s+(?:wouldn't|wouldnt|would "
            r"not|would never)\s+be\s+(?:here|in this mess|in this situation)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "blame_shifting.a-real-wife-would",
        "says": "blame",
        "regex": (
            r"\b(?:a|any) (?:real|better|good|normal|decent)\s+(?:wife|husband|partner|"
            r"man|woman|girlfriend|boyfriend)\s+would(?:'ve| have)?\s+(?:noticed|known|"
            r"been|given|made|satisfied|kept)\b"
        ),
        "guards": ["negation"],
        "examples": ["A better wife would have noticed something was wrong."],
    },
    {
        "id": "blame_shifting.you-werent-there-so",
        "says": "blame",
        "regex": (
            r"\b<YOU>\s+(?:weren't|werent|were never|wasn't|wasnt|never were)\s+(?:there|"
            r"around|home|available|interested)\b<SHORTGAP>\b(?:so|what did you|of course "
            r"i|no wonder)\b"
        ),
        "guards": ["negation"],
        "examples": ["You weren't there for me so I found someone who was."],
    },
    {
        "id": "blame_shifting.no-wonder-i-cheated",
        "says": "blame",
        "regex": r"\bno wonder i\s+(?:cheated|strayed|looked|went|lied|needed|turned)\b",
        "guards": ["negation"],
        "examples": ["no wonder i looked elsewhere, you treated me like a flatmate"],
    },
    {
        "id": "blame_shifting.if-only-you-none-2",
        "says": "blame",
        "regex": (
            r"\b(?:if|had)\s+(?:only\s+)?(?:you|u|you'd|youd)\b<GAP>\bnone of (?:this|it|"
            r"that) (?:would|wouldve|would've)(?:'ve| have|ve| "
            r"of)?\s+(?:ever\s+)?happened\b"
        ),
        "guards": ["negation"],
        "examples": ["Had you been more affectionate none of this would have happened."],
    },
    {
        "id": "blame_shifting.you-cant-be-surprised",
        "says": "blame",
        "regex": (
            r"\b(?:you|u) (?:can't|cant|cannot|shouldn't|shouldnt) (?:be|act) "
            r"(?:surprised|shocked)\b"
        ),
        "guards": ["negation"],
        "examples": ["When you stop having sex with someone for a year you can't be surprised."],
    },
    {
        "id": "blame_shifting.some-of-this-is",
        "says": "blame",
        "regex": (
            r"\b(?:some|part|half|most|a lot) of (?:this|it|that|the blame) (?:is|was|'s) "
            r"on (?:you|u)\b"
        ),
        "guards": ["negation"],
        "examples": ["Some of this is on you too, you know. You weren't exactly there."],
    },
    {
        "id": "blame_shifting.this-is-on-you",
        "says": "blame",
        "regex": r"\b(?:this|it|that) (?:is|was|'s) on (?:you|u) too\b",
        "guards": ["negation"],
    },
    {
        "id": "blame_shifting.you-made-it-that",
        "says": "blame",
        "regex": (
            r"\b<YOU>\s+made (?:it|me|home|things) (?:that way|like (?:this|that)|this "
            r"way)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "I went to the casino because home felt like a prison, and you made it that way."
        ],
    },
    {
        "id": "blame_shifting.you-practically-handed-me",
        "says": "blame",
        "regex": (
            r"\b<YOU>\s+(?:(?:practically|basically|pretty much|literally|as good as|all "
            r"but|might as well have|may as well have)\s+)?(?:handed|pushed|drove|threw|"
            r"sent|shoved|gave)\s+me\s+(?:(?:straight|right)\s+)?(?:(?:over\s+)?to (?:her|"
            r"him|someone|somebody|another)|at (?:her|him)|into (?:her|his|their|"
            r"someone'?s|another) (?:arms|bed)|out (?:the|of the) (?:door|house))\b"
        ),
        "guards": ["negation"],
        "examples": ["you handed me to her on a plate", "You practically drove me out the door"],
    },
    {
        "id": "blame_shifting.this-is-just-as",
        "says": "blame",
        "regex": (
            r"\b(?:this|it|that)(?: is|'s|s| was)\s+(?:just\s+)?(?:as much\s+)?on (?:you|"
            r"u) as much as (?:me|it is on me|mine)\b"
        ),
        "guards": ["negation"],
        "examples": ["this is on you as much as me. you stopped trying years ago"],
    },
    # Written in the pattern language (rulelang.py).
    {
        "id": "blame_shifting.if-you-werent-i-wouldnt-have",
        "says": "blame",
        "patterns": [
            "if @YOU ... i (wouldn't|would never|might not|would not) have? @BETRAYED",
            "i (wouldn't|would never|would not) have? @BETRAYED .. if @YOU",
        ],
        "guards": ["negation"],
        "examples": [
            "If you weren't so cold and unloving, I wouldn't have had the affair.",
            "if u were ever home i wouldnt of had a fling",
            "I would never have gone behind your back if you had listened to me.",
        ],
        "counterexamples": [
            "I'm not saying that if you were warmer I wouldn't have cheated.",
            "If you need anything tonight, I'm here.",
            "If you asked me, I wouldn't have chosen that restaurant.",
        ],
    },
    {
        "id": "blame_shifting.you-are-the-reason-i",
        "says": "blame",
        "patterns": [
            "(i|i only|only) (~@BETRAY_VERB|did (it|that|what i did)) (because|cause|coz|since) /(?:you|u|ya)"
            + _OWNED_AFTER
            + "/",
            "(it|this|that|none of this)? (wouldn't|would not|would never|never would) have happened (if|had) @YOU",
            "your (own)? fault (that)? i (~@BETRAY_VERB|did (it|that|what i did))",
        ],
        "guards": ["negation"],
        "not_after": r"\b(?:not|never|isn't|wasn't|isnt|wasnt)\s+$",
        "examples": [
            "I only went to her because you shut me out.",
            "wouldnt have happened if u gave me any attention",
            "ur fault i did it",
        ],
        "counterexamples": [
            "I lied because I was scared, not because of you.",
            "I'm not saying I cheated because you were distant.",
            "You're the reason I smile every day.",
        ],
    },
    {
        "id": "blame_shifting.if-you-didnt-i-wouldnt-need",
        "says": "blame",
        "patterns": [
            "if @YOU ... i (wouldn't|would not|would never|wouldnt) (need|have|feel the need|have needed|have had) to (~@BETRAY_VERB)",
            "@YOU (have to|need to|should|must|gotta|got to|can) (take|own|accept) (some|your|part of the|half the|your share of the)? (responsibility|blame) for (why|what) i (did|~@BETRAY_VERB)",
            "what (was|am) i (supposed|meant) to do (when|if|with) @YOU",
            "@YOU ... what (did|do) @YOU (expect|think would happen|think was going to happen)",
        ],
        "guards": ["negation"],
        "examples": [
            "If you didn't nag me all the time, I wouldn't need to hide things from you.",
            "You have to take some responsibility for why I strayed.",
            "What was I supposed to do when you never wanted to be touched?",
            "u were so cold to me for months what did u expect",
        ],
        "counterexamples": [
            "I'm not saying you should take some responsibility for why I strayed.",
            "I take responsibility for what I did.",
        ],
    },
    {
        "id": "blame_shifting.your-own-fault-you-found-out",
        "says": "blame",
        "patterns": [
            "(it's|its|it is|it was|that's) your (own)? fault (that)? @YOU (found out|saw|read|know|looked|saw it)",
            "@YOU (shouldn't|should not|should never) have (gone through|looked at|read|checked|snooped) (my|through my)",
        ],
        "guards": ["negation"],
        "examples": [
            "It's your own fault you found out that way, you shouldn't have gone through my phone."
        ],
        "counterexamples": ["It's not your fault you found out that way."],
    },
    {
        "id": "blame_shifting.this-is-what-happens-when-you",
        "says": "blame",
        "patterns": [
            "(this|that) is what happens (when|if) @YOU (~ignore|~neglect|~push|~treat|~stop|~refuse|never|don't|won't|~nag|~shut|~choose|~put|~reject|~starve)",
            "not my fault (that)? @YOURE (always|so|upset|angry|unhappy|insecure|jealous|miserable|lonely)",
            "@YOU made me (feel)? (so)? (lonely|alone|unwanted|invisible|unloved|neglected|rejected) .. i (had to|needed to|went|turned|found|looked|ended up)",
            "^^^ (it's|its|all)? your (own)? fault (!|.)? $$$",
        ],
        "guards": ["negation"],
        "examples": [
            "This is what happens when you ignore your husband for a year.",
            "its not my fault ur always upset",
            "u made me feel so alone i had to find someone",
            "Your fault.",
        ],
        "counterexamples": [
            "It's not your fault.",
            "This is what happens when you leave the milk out, it goes off!",
        ],
    },
    {
        "id": "blame_shifting.you-begged-me-to",
        "says": "blame",
        "patterns": [
            "if @YOU ... i (wouldn't|would not|would never|wouldnt) (~@BETRAY_VERB)",
            "what (did|do) @YOU (expect|think would happen|think was going to happen) (when|if|after) @YOU",
            "@YOU (practically|basically|literally|pretty much|all but)? (begged|asked|told|wanted|forced|pushed|dared) me to (find someone|find somebody|look for someone|go to her|go to him|go to someone|sleep with|cheat|stray|look elsewhere|go elsewhere)",
            "^^ (you|u) (asked for it|had it coming|deserved it|brought this on yourself|brought it on yourself) $$",
        ],
        "guards": ["negation"],
        "examples": [
            "if u werent always nagging maybe i wouldnt drink",
            "What did you think would happen when you stopped sleeping with me?",
            "u practically begged me to find someone else",
            "You asked for it.",
        ],
        "counterexamples": [
            "If you need me, I won't drink tonight, promise.",
            "I'm not saying you asked for it.",
        ],
    },
    {
        "id": "blame_shifting.she-understood-me",
        "says": "blame",
        "patterns": [
            "(she|he|they|nina|her|him) (understood|listened to|noticed|saw|cared about|paid attention to|gave me|wanted|appreciated|made time for) me .. (you|u) (never|didn't|wouldn't|couldn't|don't|stopped)",
            "@YOU made me (this|so|that) (angry|mad|crazy|jealous|suspicious|paranoid|cold|distant|way|bitter)",
            "^^ @YOU made me (do it|do this|like this|this way)? $$",
            "i needed (someone|somebody|something|attention|affection|comfort|love) .. (and|but) (you|u) (were|was) (never|not|always) (there|around|available|home|interested)",
            "(we|i|this) (wouldn't|would not|would never|wouldnt) (be here|be in this mess|be having this conversation|be fighting) if @YOU",
            "(act|acting|pretend|pretending) (like|as if|that) (you|u) (had|have) (nothing|no part) (to do with it|to do with this|in it|in this)",
        ],
        "guards": ["negation"],
        "examples": [
            "She understood me in a way you never bothered to.",
            "You made me this angry, so don't act surprised.",
            "You made me.",
            "I needed someone to talk to and you were never available.",
            "We wouldn't be here if you had just trusted me.",
            "I'm not proud of it, but don't act like you had nothing to do with it.",
        ],
        "counterexamples": [
            "She listened to me and I should have come to you instead. That's on me."
        ],
    },
    {
        "id": "blame_shifting.its-on-you-that-i",
        "says": "blame",
        "patterns": [
            "(it's|its|it is|that's|thats) on (you|u) (that)? i",
            "(a man|a woman|a person|anyone|a husband|a wife) can only (be ignored|be rejected|be neglected|take so much|go so long|be pushed away) (for so long|so much|so many times)?",
        ],
        "guards": ["negation"],
        "examples": ["its on u that i went looking tbh", "A man can only be ignored for so long."],
        "counterexamples": ["It's on me that I went looking, not on you."],
    },
    {
        "id": "blame_shifting.if-you-trusted-me-we-wouldnt",
        "says": "blame",
        "patterns": [
            "if @YOU ... (we|i|this|it) (wouldn't|would not|would never|wouldnt) (be here|be in this mess|be having this conversation|be fighting|have happened)",
            "(pretend|pretending|act|acting) (like|as if|that)? (you|u) (had|have) (nothing|no part) (to do with it|to do with this|in it|in this)",
        ],
        "guards": ["negation"],
        "examples": [
            "maybe if u trusted me for once we wouldn't be here.",
            "I'm not going to pretend you had no part in it.",
        ],
        "counterexamples": ["If you need me, I won't be here until six, sorry!"],
    },
    # --- added in coach5 (issue 17): the structure behind blame, not its sentences ---
    {
        # The writer's own act, then its cause placed in the partner: "I relapsed bc you
        # kept bringing it up", "I went back to her because you turned this house into a
        # prison". The cause must follow the act at once: "I lied because I was scared,
        # not because of you" is the writer owning it.
        "id": "blame_shifting.i-did-it-because-you",
        "says": "blame",
        "patterns": [
            "i (only)? (~@BETRAY_VERB|~relapse|~slip|went back to (her|him|them|the casino|the bookies|drinking|gambling)|~start (hiding|lying|drinking|gambling|using|talking to (her|him|someone|somebody))|kept (it|things|secrets|some|money) (back|from you|to myself)?) *{0,3} (because|cause|coz|since) (of)? /(?:you|u)"
            + _OWNED_AFTER
            + "/ !(know|knew)",
            "i (only)? (~@BETRAY_VERB|~relapse|~slip|went back to (her|him|them|the casino|the bookies|drinking|gambling)|~start (hiding|lying|drinking|gambling|using)) *{0,3} (because|cause|coz|since) @YOUR (constant|endless|non-stop|own|little)? (nagging|checking|jealousy|temper|moods|coldness|criticism|control|controlling|suspicion|snooping|spying|lecturing|questioning|anger|silence|silences|attitude|behaviour|behavior|distance|neglect|rules|accusations|paranoia|insecurity|policing)",
            "(@YOUR|you're|youre) (constant|endless|non-stop|own|little)? (nagging|checking|jealousy|temper|moods|coldness|criticism|control|controlling|suspicion|snooping|spying|lecturing|questioning|anger|silence|silences|attitude|behaviour|behavior|distance|neglect|rules|accusations|paranoia|insecurity|policing) (is|was|'s|are|were) (exactly|literally|honestly|basically)? (why i|the reason i|the reason why i|what (made|drove|pushed|forced) me)",
            "@YOU (stopped|quit|gave up) (trying|caring|touching me|talking to me|making an effort|wanting me) .. so i (stopped|gave up|went|found|looked|started|did too)",
            "@YOU .. (so|that) i (had to|needed to) (go around (you|u)|hide (it|things|the|stuff|them)|sneak around|lie to (you|u)|keep (it|things|secrets|stuff) (from (you|u)|quiet|hidden)|look elsewhere|find someone|find somebody)",
            "@YOU made (the|this|that) (choice|decision) for me",
            "@YOU made it (so|too|really)? (easier|easy) (for me)? to (lie|hide|~@BETRAY_VERB) than",
            "i felt (so|really)? (neglected|lonely|unwanted|invisible|ignored|alone|unloved|rejected|starved) .. so i (~seek|~find|~look|~go|~turn|~reach) .. /(?:elsewhere|someone else|somebody else|connection|comfort|attention)"
            + _OWNED_AFTER
            + "/",
        ],
        "guards": ["negation"],
        "not_after": r"\b(?:not|never|isn't|wasn't|isnt|wasnt)\s+$",
        "examples": [
            "i relapsed bc u kept bringing it up, literally",
            "I went back to her because you turned this house into a prison.",
            "ur nagging is why i stay out late",
            "Your constant checking is what made me start hiding things.",
            "u stopped trying so i stopped trying",
            "You kept such a tight grip on the money that I had to go around you.",
            "So in a way you made the choice for me.",
            "You made it easier for me to lie than to tell you the truth.",
            "I felt neglected, so I sought connection elsewhere.",
        ],
        "counterexamples": [
            "I lied because I was scared, not because of you.",
            "I started drinking because I was lonely, and that was my choice.",
            "Your cooking is why I come home early 😊",
            "You were late so I had to tell the kids a story to keep them calm.",
            "I'm not saying I relapsed because of you.",
            "I started drinking again because of your dad's funeral, I couldn't cope, and I should have told you.",
            "I went back to her place because you were away and I was weak. I take full responsibility.",
            "I felt lonely, so I went looking for attention elsewhere, and I chose that. It's on me.",
        ],
    },
    {
        # The partner told to look at themselves for the writer's act: "maybe ask yourself
        # why I felt I had to lie", "look at your part in this", "look in the mirror".
        "id": "blame_shifting.ask-yourself-why-i",
        "says": "blame",
        "patterns": [
            "ask (yourself|urself|yrself) why (i|i'd|i've|i'm)",
            "(look at|think about|own|take responsibility for) (your|ur) (own)? (part|role|share) in (this|it|what happened|all this|all of this)",
            "^^^ (maybe|just|go|try to|try)? (look|looking|take a look) in (the|a) mirror (.|!)? $$$",
            "(maybe|you should|you need to|you might want to|try|go) (look|take a look|have a look) in (the|a) mirror",
            "(this|that) is (exactly)? why (people|i|everyone|nobody|no one) (keep|keeps|hide|hides|lie to|lies to|tell|tells) (things|secrets|stuff|anything)? (from|to)? (you|u)",
            "@YOU (kinda|kind of|sort of|basically)? made (your|ur) (own)? bed",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "maybe ask urself why i felt like i had to lie",
            "I think you need to look at your part in this.",
            "Look in the mirror.",
            "This is exactly why people keep things from you.",
            "u kinda made ur bed here",
        ],
        "counterexamples": [
            "I keep asking myself why I did it, and I have no answer that makes it okay.",
            "I need to look at my part in this, and I am.",
            "I looked in the mirror this morning and didn't like who I saw.",
            "I'm not saying you should ask yourself why I lied.",
            "Ask yourself why I love you so much, silly 😂",
        ],
    },
    {
        # A rule about people in general that excuses the writer: "it's hard to stay
        # faithful to someone who's never there", "when home feels like a courtroom, you
        # find somewhere else to be", "of course I ended up talking to someone else".
        "id": "blame_shifting.hard-to-be-faithful-to",
        "says": "blame",
        "patterns": [
            "(it's|its|it is|it was) (hard|difficult|impossible|not easy) to (be|stay|remain) (faithful|honest|loyal|sober|true|open|interested|attracted) (to|with|around) (someone|somebody|anyone|a (wife|husband|partner|woman|man|person|girlfriend|boyfriend)) (who|that|who's|whos) (is|are|'s)? (never|always|not|doesn't|does not|won't|will not|treats|ignores|makes|can't|barely|hardly|only)",
            "when (someone|somebody|home|your (wife|husband|partner)|a (wife|husband|partner|person)|the person you love) (~make (you|u|people|someone|a person) feel (invisible|unwanted|unloved|alone|lonely|ignored|worthless|like (nothing|furniture|a stranger|a flatmate|a child|a ghost))|~treat (you|u|people|someone) like|~feel like (a|an)|won't|doesn't|never|~ignore|~shut (you|u|people) out) .. (you|u|people|anyone|a person) (find|look for|go looking for) (somewhere|someone|somebody|something|comfort|attention) else",
            "when (someone|somebody|home|your (wife|husband|partner)|a (wife|husband|partner|person)) (~make (you|u|people|someone|a person) feel (invisible|unwanted|unloved|alone|lonely|ignored|worthless|like (nothing|furniture|a stranger|a flatmate|a child|a ghost))|~treat (you|u|people|someone) like|~feel like (a|an)|won't|doesn't|never|~ignore|~shut (you|u|people) out) .. (you|u|people|anyone|a person) (go|~turn|~look) (elsewhere|where (you're|your|you are|they're|they are) (seen|wanted|valued|noticed|appreciated))",
            "(of course|no wonder|naturally) i (ended up|started|went|turned|was) (talking to|texting|seeing|looking|going to|to) (someone|somebody|her|him|elsewhere|another)",
            "(someone|somebody) had to (make me feel|give me|show me|pay attention|listen) .. (and|but) (it|that) (wasn't|was not|wasnt) (going to|gonna) be (you|u)",
        ],
        "guards": ["negation"],
        "examples": [
            "It's hard to stay faithful to someone who's never there.",
            "It's hard to be faithful to a wife who treats you like a flatmate.",
            "when someone makes u feel invisible u go where ur seen",
            "Honestly, when home feels like a courtroom, you find somewhere else to be.",
            "Do you know how lonely it is? Of course I ended up talking to someone else.",
            "Someone had to make me feel wanted, and it wasn't going to be you.",
        ],
        "counterexamples": [
            "It's hard to be honest with someone when you're ashamed, and that's on me, not you.",
            "When someone is sick, you find a way to help.",
            "When someone makes you feel loved you go where you're seen.",
            "It's hard to be honest with someone who you love so much, but I'm trying.",
            "Of course I went to the shop, I promised.",
        ],
    },
    {
        # Questions and shrugs that hand the act back: "what did you expect, after years of
        # being told ...", "don't act surprised that I found company", "you weren't
        # exactly there for me", "I'd have told you if you were someone people could tell".
        "id": "blame_shifting.dont-act-surprised-that-i",
        "says": "blame",
        "patterns": [
            "what (did|do|else did)? @YOU (expect|expected|think would happen) (after (years|months|weeks|all|everything|being|the way)|when @YOU|given (how|the way))",
            "(don't|dont|do not) (act|be|pretend to be) (so)? (surprised|shocked) (that|when|if) i (~@BETRAY_VERB|found|went|looked|started|ended up|kept|turned|strayed)",
            "and then (act|be|get) (shocked|surprised|upset) (when|that) i (can't|cannot|couldn't|~@BETRAY_VERB|found|went|started|ended up)",
            "but @YOU (weren't|were not|wasn't) exactly (there|around|present|available|supportive|interested|easy to talk to|innocent)",
            "(i'd|i would) have (told you|been honest|come clean|said something) .. if (@YOU (were|was) (the (kind|sort|type) of|someone|somebody|more|less|a bit|even a bit|easier|ever|not so)|@YOU (weren't|wasn't|were not|was not) (so|always)|@YOU (didn't|did not|hadn't|had not) (always|~overreact|~explode|~freak|~make|~turn|~react|~go)|honesty|the truth|telling you)",
            "(down to|on) (you|u) as much as (me|mine|it's me|it is me)",
            "@YOU (~provoke|~goad|~bait) me",
            "i (wasn't|wasnt|was not) the one who (made|turned|stopped|pushed|shut|pulled)",
            "@YOURE (too|so) * (,)? (that's|thats|that is|which is) (exactly)? why (we|i) (always|keep|never)? (fight|argue|~lie|~hide|~@BETRAY_VERB)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "idk what u expected when u never wanted me",
            "What did you expect, after years of being told I'm not good enough?",
            "You practically lived at the office, so don't act surprised that I found company.",
            "I'm sorry, I know I messed up, but you weren't exactly there for me.",
            "I'd have told you about the debt if you were the kind of person people could tell things to.",
            "I'd have been honest if honesty didn't come with a week of silence from you.",
            "that's down to you as much as me",
            "You provoked me",
            "i wasnt the one who made home feel like a job interview",
            "You're too sensitive, that's why we always fight.",
        ],
        "counterexamples": [
            "What did you expect after the film? I thought it dragged.",
            "Don't act surprised when I turn up with cake!",
            "I'd have told you if I'd known, I promise.",
            "I'd have told you if you were home, but you were at your mum's, so I'm writing it.",
            "I'm not saying you provoked me. I chose it.",
        ],
    },
]
