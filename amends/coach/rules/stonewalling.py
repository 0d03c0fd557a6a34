# ruff: noqa: E501 (examples are whole messages, kept on one line)
"""Stonewalling: refusing to engage ("whatever", "I'm not discussing this").

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

KIND = "stonewalling"

RULES: list[dict[str, object]] = [
    {
        "id": "stonewalling.ok-whatever-man",
        "says": "whatever",
        "regex": (
            r"\b<CSTART>(?:(?:ok|okay|fine|yeah|yep|sure|k|oh)[,.]?\s*)?whatever(?:\s*,?"
            r"\s*(?:man|dude|then|i guess|you say|u say|ok|okay|mate))?\s*(?:[.!?]+|$|\n)"
        ),
        "guards": [],
        "examples": ["whatever", "whatever."],
    },
    {
        "id": "stonewalling.im-not-discussing-this",
        "says": "shutdown",
        "regex": (
            r"\b<IM>\s+(?:not|done)\s+(?:discussing|talking about|doing|having|getting "
            r"into|going over|going through)\s+(?:this|that|it)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["I'm not discussing this.", "Im done talking about this."],
    },
    {
        "id": "stonewalling.im-so-done-talking",
        "says": "shutdown",
        "regex": (
            r"\b<IM>\s+(?:so\s+)?done (?:talking|discussing|with this conversation|here|"
            r"with this\b(?!\s+(?!conversation|discussion|argument|shit|crap|nonsense|"
            r"bs)\w)|listening|explaining)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["lol ok. I'm done here.", "I'm done talking. Seriously done."],
    },
    {
        "id": "stonewalling.i-dont-want-to",
        "says": "shutdown",
        "regex": (
            r"\bi (?:don't|dont|do not) want to (?:talk|hear|discuss|speak)(?: about "
            r"(?:it|this|that|anything|us|you)| it| this| that| anything| to you)?(?: "
            r"(?:anymore|any more|ever|again))?\b(?!\s+(?:to|about|with|until|till|in "
            r"front|right now,? (?:but|can)))"
            # Putting it off to a named time is not a closed door: "not tonight, can we do
            # it Sunday morning?"
            r"(?![^.!?\n]*\b(?:can we|could we|let's|lets|shall we)\b[^.!?\n]*\b(?:tomorrow|"
            r"morning|weekend|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["I don't want to talk about it"],
        "counterexamples": [
            "I don't want to discuss the budget tonight, can we do it Sunday morning?"
        ],
    },
    {
        "id": "stonewalling.i-wont-talk-about",
        "says": "shutdown",
        "regex": (
            r"\bi (?:won't|wont|refuse to|will not) (?:talk|discuss|engage|answer|"
            r"respond)(?: about)?(?: it| this| that)?\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["I refuse to talk about this", "I won't discuss it. Stop asking."],
    },
    {
        "id": "stonewalling.just-leave-me-the",
        "says": "shutdown",
        "patterns": ["just? leave me (the fuck|the hell)? alone"],
        "guards": ["negation"],
        # "Please don't leave me alone" asks for company: the opposite of shutting out.
        "not_after": (
            r"(?:(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}|"
            r"\b(?:don't|dont|do not|never|won't|wont)\s+)$"
        ),
        "examples": ["leave me alone", "leave me alone."],
        "counterexamples": ["Please don't leave me alone tonight, I'm scared."],
    },
    {
        "id": "stonewalling.stop-texting-me",
        "says": "shutdown",
        "patterns": ["(stop|quit|don't|dont) (texting|messaging|calling|text|message|call) me"],
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["stop texting me", "I'm done talking. Don't message me."],
        "counterexamples": ["I'm not saying stop texting me, I love hearing from you."],
    },
    {
        "id": "stonewalling.i-have-nothing-more",
        "says": "shutdown",
        "patterns": ["i (have|got|'ve got|ve got) nothing (more|else)? to say"],
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["I have nothing to say to you"],
        "counterexamples": ["I'm not saying I have nothing to say, I just need a minute."],
    },
    {
        "id": "stonewalling.end-of-discussion",
        "says": "shutdown",
        "patterns": ["end of (discussion|story|conversation)"],
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["End of discussion."],
        "counterexamples": ["I'm not saying end of discussion, I'm saying not tonight."],
    },
    {
        "id": "stonewalling.this-conversation-s-over",
        "says": "shutdown",
        "patterns": ["this? (conversation's|conversation is|conversation) over"],
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["Conversation over."],
        "counterexamples": [
            "I'm not saying this conversation is over, I want to finish it tomorrow."
        ],
    },
    {
        "id": "stonewalling.not-this-again",
        "says": "shutdown",
        "patterns": ["not this again"],
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["not this again"],
        "counterexamples": ["If it's not this again, what is it? Tell me."],
    },
    {
        "id": "stonewalling.not-talking-about-this",
        "says": "shutdown",
        "regex": (
            r"\bnot (?:talking|discussing) (?:about )?(?:this|it|that) (?:anymore|any "
            r"more|again|now)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["not discussing this again", "not discussing this again, end of."],
    },
    {
        "id": "stonewalling.im-not-listening-to",
        "says": "shutdown",
        "regex": (
            r"\b<IM>\s+not listening(?:\s+to\s+(?:this|you|it|any of this|"
            r"your)\b)?(?!\s+to\b)"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["i'm not listening to this anymore"],
    },
    {
        "id": "stonewalling.talk-to-the-hand",
        "says": "shutdown",
        "patterns": ["talk to the hand"],
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["Talk to the hand."],
        "counterexamples": ["I'm not saying talk to the hand, I'm just tired."],
    },
    {
        "id": "stonewalling.dont-even-bother",
        "says": "shutdown",
        "regex": (
            r"\b(?:don't|dont) (?:even )?bother\b(?=\s*(?:[.!?,]|$|replying|answering|"
            r"texting|calling|explaining|apologi|trying|with (?:me|it|that|the)))"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["Don't bother.", "dont bother replying"],
    },
    {
        "id": "stonewalling.just-drop-it",
        "says": "shutdown",
        "regex": r"\b(?:just )?drop it\b(?!\s+(?:off|round|over|in|by|back|at|to|into|on))",
        "guards": ["negation"],
        # Also the writer's own past wish, told against themselves: "I was hoping you'd drop it".
        "not_after": (
            r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$"
            r"|\b(?:hoping|hoped|wanted|wished|prayed|willing)\s+(?:that\s+)?(?:you|u)"
            r"(?:'d|d| would| to)?\s+(?:just\s+)?$"
        ),
        "examples": ["DROP IT", "Just drop it."],
        "counterexamples": [
            "I knew exactly why you were upset. I was hoping you'd drop it, and that was unfair.",
        ],
    },
    {
        "id": "stonewalling.theres-nothing-to-talk",
        "says": "shutdown",
        "regex": r"\b(?:there's|theres|there is) nothing to (?:talk about|discuss)\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["There's nothing to talk about."],
    },
    {
        "id": "stonewalling.we-re-not-talking",
        "says": "shutdown",
        "regex": r"\bwe(?:'re| are|re) not (?:talking about|discussing|doing) this\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["we're not talking about this"],
    },
    {
        "id": "stonewalling.im-muting-you",
        "says": "shutdown",
        "regex": r"\b<IM>\s+(?:muting|blocking|ignoring) you\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
    },
    {
        "id": "stonewalling.talk-to-a-wall",
        "says": "shutdown",
        "regex": r"\btalk to (?:a|the) wall\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
    },
    {
        "id": "stonewalling.can-we-not",
        "says": "shutdown",
        "regex": r"\bcan we not\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
    },
    {
        "id": "stonewalling.i-can-t-be",
        "says": "shutdown",
        "regex": r"\bi can'?t be bothered\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
    },
    {
        "id": "stonewalling.i-cant-be-bothered",
        "says": "shutdown",
        "regex": r"\bi cant be bothered\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
    },
    {
        "id": "stonewalling.say-what-you-want",
        "says": "shutdown",
        "regex": r"\bsay what you (?:want|like)\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
    },
    {
        "id": "stonewalling.think-what-you-want",
        "says": "shutdown",
        "regex": r"\bthink what you (?:want|like)\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
    },
    {
        "id": "stonewalling.believe-what-ever-you",
        "says": "shutdown",
        "regex": r"\bbelieve what(?:ever)? you want\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["Believe what you want, I'm going to bed."],
    },
    {
        "id": "stonewalling.no-comment",
        "says": "shutdown",
        "regex": r"\bno comment\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
    },
    {
        "id": "stonewalling.go-away",
        "says": "shutdown",
        # "rain rain go away" is a nursery rhyme, not a door closing.
        "regex": r"\b(?<!rain )go away\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["Go away."],
        "counterexamples": ["rain rain go away, the kids are climbing the walls"],
    },
    {
        "id": "stonewalling.k",
        "says": "whatever",
        "regex": r"\b<TSTART>(?:k|kk|fine|ok|okay|sure)\s*\.?\s*$",
        "guards": [],
        "examples": ["k", "ok."],
    },
    {
        "id": "stonewalling.we-re-done-here",
        "says": "shutdown",
        "regex": r"\bwe(?:'re| are|re) done (?:here|talking)\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["We're done here."],
    },
    {
        "id": "stonewalling.im-not-engaging-with",
        "says": "shutdown",
        "regex": r"\b<IM>\s+not (?:engaging|dealing) with (?:this|that|it|you)\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["I'm not engaging with this."],
    },
    {
        "id": "stonewalling.im-not-answering-any",
        "says": "shutdown",
        "regex": (
            r"\b<IM>\s+not (?:answering|responding to|replying to) (?:any more|anymore|"
            r"any|your|this|that|these)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": [
            "I'm not replying to this.",
            "Stop. I'm not answering any more questions about it.",
        ],
    },
    {
        "id": "stonewalling.i-dont-want-to-2",
        "says": "shutdown",
        "regex": (
            r"\b(?:i\s+)?(?:don't|dont|do not) want to hear (?:it|this|that|any more|"
            r"anymore|another word)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["don't want to hear it"],
    },
    {
        "id": "stonewalling.not-doing-this-to",
        "says": "shutdown",
        "regex": (
            r"\b<CSTART>not (?:doing|discussing|having) this\b(?!\s+(?:to|because|for|on "
            r"purpose|again (?:to|with)))"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["Not doing this. Goodnight."],
    },
    {
        "id": "stonewalling.i-dont-care-anymore",
        "says": "shutdown",
        "regex": (
            r"\b(?:i |<CSTART>)(?:don't|dont|do not) care (?:anymore|any more|what you "
            r"(?:do|think|say))\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["wat ever. dont care anymore", "i dont care anymore, do what you want"],
    },
    {
        "id": "stonewalling.i-couldnt-care-less",
        "says": "shutdown",
        "regex": r"\bi (?:couldn't|couldnt|could not) care less\b",
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
    },
    {
        "id": "stonewalling.i-cant-do-this",
        "says": "shutdown",
        "regex": (
            r"\b<CSTART>(?:i\s+)?(?:can't|cant|cannot|can not)\s+(?:do|deal with|be "
            r"doing)\s+(?:this|you|any of this)\s+(?:right now|rn|now|"
            r"tonight)\s*[.!,]*\s*(?:bye|goodbye|night|goodnight|done|i'?m out|im out|"
            r"leave me)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["Can't do this right now. Bye."],
    },
    {
        "id": "stonewalling.im-not-interested-in",
        "says": "shutdown",
        "regex": (
            r"\b(?:<IM>\s+)?not interested in (?:this conversation|talking|discussing|"
            r"hearing (?:it|this|that|your|any)|your (?:excuses|explanations|side|opinion|"
            r"apologies|sorry)|any of (?:it|this)|having this)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["Not interested in this conversation. Goodnight."],
    },
    {
        "id": "stonewalling.fine-just-do-what",
        "says": "shutdown",
        "regex": (
            r"\b<CSTART>(?:fine|whatever|ok fine|okay fine)[.,!]*\s+(?:just\s+)?do "
            r"(?:what|whatever) (?:you|u) (?:want|like)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["fine. do what you want. im going to bed"],
    },
    {
        "id": "stonewalling.tell-someone-else-who",
        "says": "shutdown",
        "regex": (
            r"\b(?:tell|talk to|say it to|tell it to|go cry to) (?:someone|somebody|"
            r"anyone)(?: else)? who (?:cares|gives a)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["talk to someone who cares"],
    },
    {
        "id": "stonewalling.i-m-not-talking",
        "says": "shutdown",
        "regex": (
            r"\b<CSTART>(?:i'?m |im )?not (?:talking about|going over|getting into) "
            r"(?:this|it|that)\b(?!\s+(?:to|because|for|with|in front|at|on|right now,? "
            r"(?:but|can)|now,? (?:but|can)))"
        ),
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": ["Yeah nah, not talking about this, I'm off to the pub"],
    },
    # --- added in coach2: patterns, not regexes ---
    {
        "id": "stonewalling.dont-care-as-a-reply",
        "says": "shutdown",
        "patterns": [
            "^^ (i|honestly|frankly|tbh)? (don't|do not) (even)? care (anymore|any more|at all|tbh|honestly)? $$$",
        ],
        "guards": ["negation", "playful"],
        "examples": ["dont care", "Honestly don't care anymore."],
        "counterexamples": ["i don't care, you pick 😊", "I don't care where we eat, surprise me."],
    },
    {
        "id": "stonewalling.not-going-to-answer",
        "says": "shutdown",
        "patterns": [
            "(@IM|i'm|i am) not (going to|gonna)? (~answer|~respond to|~reply to|~dignify|~entertain|~engage with|~justify myself|~explain myself) (that|this|it|you|again|anymore|any more|to you) !(until|till|yet|right now|now|tonight|when|before|today)",
            "i (won't|will not|refuse to|am not going to) (~answer|~respond to|~reply to|~dignify|~entertain|~engage with|~justify myself|~explain myself) (that|this|it|you|again|anymore|any more|to you) !(until|till|yet|right now|now|tonight|when|before|today)",
        ],
        "guards": ["negation"],
        "examples": ["im not gonna answer that", "I refuse to dignify that with a reply."],
        "counterexamples": [
            "I'm not going to answer that until I've thought about it properly, give me an hour."
        ],
    },
    {
        "id": "stonewalling.drop-it",
        "says": "shutdown",
        "patterns": [
            "^^ (enough|ok|okay|k|fine|whatever|bye|seriously) (i'm|im|i am) (so)? done $$",
            "^^ (enough|ok|okay|k|fine|whatever|bye|seriously) . (i'm|im|i am)? (so)? done $$",
            "^^ (enough|ok|okay|k|fine|whatever|bye|seriously) ! (i'm|im|i am)? (so)? done $$",
            "(i'm|im|i am) (so|just|completely|totally)? done (talking|arguing|discussing|explaining) (about this|about it|with you)?",
        ],
        "guards": ["negation", "playful"],
        "examples": ["Enough. I'm done.", "im so done arguing with you"],
        "counterexamples": [
            "Just drop it off at mine later.",
            "I'm done with the dishes, your turn.",
        ],
    },
    {
        "id": "stonewalling.short-closed-door",
        "says": "shutdown",
        "patterns": [
            "^^^ (ok|okay|k|kk|yeah|yea|and|so)? (and|so|so what) ? $$$",
            "(can't be bothered|cannot be bothered|couldn't care less|could care less) (with|about)? (this|it|you|your|any of this|anymore)? !(to|cooking|going|doing|getting|making)",
            "talk to (you|u) never",
            "(i'm|im|i am|i've|ive|i have|i'll|ill|i will) (just)? (blocking|muting|blocked|muted|block|mute) (you|u|your number|ur number)",
            "^^ (blocking|muting) (you|u)",
        ],
        "guards": ["negation"],
        "examples": [
            "ok and?",
            "cba with this tonight",
            "talk to u never",
            "blocking u till u calm down",
        ],
        "counterexamples": [
            "Can't be bothered to cook tonight, pizza? 🍕",
            "I'm not blocking you, I promise.",
        ],
    },
    {
        "id": "stonewalling.yeah-yeah-whatever",
        "says": "whatever",
        "patterns": [
            "(yeah yeah|sure sure|uh huh|mhm|ok ok) (whatever|ok|okay|fine|sure)",
            "^^ (i'm|im|i am)? not listening (to this|to you|anymore|any more)? $$",
            "^^ (so)? over (this|you|this conversation|it) $$$",
        ],
        "guards": ["negation"],
        "examples": ["yeah yeah whatever u say", "Not listening.", "Over it."],
        "counterexamples": ["I'm over it, don't worry, all good now 😊"],
    },
    {
        "id": "stonewalling.not-this-shit-again",
        "says": "shutdown",
        "patterns": [
            "^^ (oh)? (god|christ|ugh|jesus|omg)? not (this|that) (shit|crap|nonsense|rubbish|bs|garbage|conversation|argument|topic)? again",
            "(do|say|think|believe|whatever) (what|whatever)? (you|u) (want|like) i (don't|do not) (even)? care",
            "^^ (don't|do not|dont) (even)? (start|go there) $$",
            "^^^ (i)? (don't|do not) care (bye|whatever|k|ok|goodbye|goodnight) $$$",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "not this shit again",
            "do what u want idc",
            "dont even start",
            "Don't care, bye.",
        ],
        "counterexamples": ["Don't start the film without me!", "oh god not this song again 😂"],
    },
    {
        "id": "stonewalling.not-in-the-mood",
        "says": "shutdown",
        "patterns": [
            "(i'm|im|i am) not in the mood (for this|to talk|to discuss this|for talking|for this conversation)? $$"
        ],
        "guards": ["negation"],
        "examples": ["I'm not in the mood. Later. Maybe."],
        "counterexamples": ["I'm not in the mood for Italian, how about Thai?"],
    },
    {
        "id": "stonewalling.not-my-problem",
        "says": "shutdown",
        "patterns": [
            "^^ (that's|thats|that is|it's|its)? not my (problem|concern|issue) (anymore|any more)? $$"
        ],
        "guards": ["negation", "playful"],
        "examples": ["not my problem lol"],
        "counterexamples": ["Not my problem to solve, luckily 😅"],
    },
    # Issue 17, unseen wording: the door closed on the talk itself, however it is said.
    {
        "id": "stonewalling.said-all-im-going-to",
        "says": "shutdown",
        "patterns": [
            "(i've|i have|ive) (said|told you) (all|everything) (i'm|im|i am|i was) (going to|gonna) (say|tell you)",
            "(i've|i have|ive|i) (got)? nothing (more|else)? to (add|discuss|talk about)",
            "^^ nothing (more|else)? to (discuss|talk about|say|add) $$",
            "(it's|its|it is|this is|that's|thats) not worth (discussing|talking about|arguing about|a conversation|the conversation)",
            "(we're|we are|were) not (going over|going through|discussing|doing|talking about) (this|it|that) again",
            "(i've|i have|ive) heard enough !(good|about|of|from|to|that)",
            "(i've|i have|ive|i) (stopped|stop|quit) listening",
            "(i'm|im|i am) not (reading|opening|looking at) (it|them|your|ur|any of|anything)",
            "(talk|text|message|keep texting|keep talking|talk at me) (all you want|all u want|as much as you (want|like))",
            "(i'm|im|i am|i'll be|ill be) (going to|gonna)? stop (responding|replying|answering|engaging)",
            "(won't|will not|wont) be (discussing|talking about|going over) (it|this|that)",
            "(i'm|im|i am) not (going to|gonna) (keep)? (going over|repeating|arguing about|reliving|discussing|explaining|having) (this|it|that|myself|the same)",
            "^^ (i'm|im|i am) walking away $$",
            # Texting drops the "I'm": "not answering", "not gonna reply to that".
            "^^ (i'm|im|i am)? not (gonna|going to)? (~answer|~reply|~respond|~discuss|~read) (to)? (this|that|it|them|you|any more|anymore|any of it|any of this)? $",
            "(stop|quit) talking to me",
            "(don't|dont) (try to|ever)? (contact|ring) me $",
            "get out of my face",
            "ask (someone|somebody|anyone) (who|that) (cares|gives a)",
            "(don't|dont) care (didn't|didnt) ask",
            "^^ (not today|not now|not ever|not tonight) . (not ever|not tomorrow|never|ever) $$",
            "^^^ (noted|muted|enough|end of|yeah yeah|whatever ok|can't be arsed|cant be arsed) $$$",
        ],
        "guards": ["negation"],
        "not_after": r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
        "examples": [
            "I've said all I'm going to say on the matter.",
            "I've nothing to add.",
            "It's not worth discussing.",
            "We're not going over this again. Ever.",
            "I've heard enough.",
            "You can talk at me all you want, I've stopped listening.",
            "u can keep texting but im not reading them",
            "Don't wait up, and don't ring me.",
            "ask someone who cares",
            "Noted.",
            "Can't be arsed.",
            "not gonna reply to this",
        ],
        "counterexamples": [
            "I've said all I'm going to say tonight, let's pick it up tomorrow after work, I promise.",
            "I've heard enough good things about that place to want to try it with you.",
            "Don't ring me at work, text me instead and I'll call back at lunch.",
            "I'm not saying I've stopped listening, I'm asking for a minute.",
        ],
    },
]
