# ruff: noqa: E501 (examples are whole messages, kept on one line)
"""Gaslighting: denying or undermining the partner's perception, memory or sanity,
and minimising ("you're being dramatic", "that never happened", "it was just messages").

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

KIND = "gaslighting"

RULES: list[dict[str, object]] = [
    {
        "id": "gaslighting.youre-being-gaslightadj",
        "says": "doubt_mind",
        "regex": (
            r"\b(?:<YOURE>|<YOU>\s+(?:are being|were being|sound|seem|look|get|are "
            r"getting|always get))\s+<INT>(?:being\s+)?<GASLIGHT_ADJ>"
        ),
        "guards": ["negation"],
        "examples": ["ur overreacting as usual", "you're imagining things again"],
    },
    {
        "id": "gaslighting.stop-being-so-dramatic",
        "says": "doubt_mind",
        "patterns": [
            "(stop|quit) being? so? (dramatic|sensitive|paranoid|hysterical|crazy|emotional|overreacting|imagining things|making things up|exaggerating|overthinking)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "stop being so paranoid, she's a colleague",
            "it was nothing, she's just a colleague, stop being so paranoid",
        ],
        "counterexamples": ["Stop being so dramatic 😂 love you, it's just a spider"],
    },
    {
        "id": "gaslighting.its-all-in-your",
        "says": "doubt_mind",
        "patterns": [
            "(it's|its|it is|that's|thats)? all? in your head",
        ],
        "guards": ["negation"],
        "examples": [
            "It's all in your head, babe.",
            "It's all in your head, nobody is flirting with anyone",
        ],
        "counterexamples": ["I know it's not all in your head."],
        "not_after": r"\b(?:not|never|isn't|wasn't)\s+$",
    },
    {
        "id": "gaslighting.you-need-some-help",
        "says": "doubt_mind",
        "patterns": [
            "@YOU (need|should get|should see|need to see|need to get) some? (help|therapy|(your head|your memory|your eyes|your ears) (checked|examined|looked at|tested)|medicat*|your meds|a shrink|a psychiatrist)",
        ],
        "guards": ["negation"],
        "examples": [
            "you need help, seriously. this isn't normal",
            "Honestly you need to get your memory checked, that's not how it went at all",
        ],
        "counterexamples": ["I'm not saying you need help, I'm saying I want to help."],
    },
    {
        "id": "gaslighting.no-one-else-would",
        "says": "doubt_mind",
        "patterns": [
            "(no one|nobody|noone|anyone) else (would|wouldn't|wouldnt|would not) (be|get|feel) (this|so|that|as)? (upset|hurt|bothered|angry|worked up|wound up|offended|jealous|emotional|like this)",
        ],
        "guards": ["negation"],
        "examples": [
            "Nobody else would get upset about this.",
            "no one else would get this worked up over a missed call",
        ],
        "counterexamples": ["I'm not saying no one else would be upset."],
    },
    {
        "id": "gaslighting.everyone-else-thinks-youre",
        "says": "doubt_mind",
        "patterns": [
            "(everyone|everybody) else? (thinks|agrees|says) @YOURE (crazy|overreacting|too|being|mad|nuts|insane)",
        ],
        "guards": ["negation"],
        "examples": ["Everyone thinks you're overreacting, even your own sister."],
        "counterexamples": ["Everyone thinks you're brilliant at your job."],
    },
    {
        "id": "gaslighting.you-always-remember-it",
        "says": "doubt_mind",
        "patterns": [
            "@YOU always? (~remember|~recall) (it|things|everything|that|stuff) wrong",
        ],
        "guards": ["negation"],
        "examples": ["You always remember things wrong, that's the problem."],
        "counterexamples": ["I don't think you remember it wrong at all."],
    },
    {
        "id": "gaslighting.your-memory-s-terrible",
        "says": "doubt_mind",
        "patterns": [
            "(your memory's|your memory is) (terrible|awful|bad|shot|wrong|playing tricks)",
        ],
        "guards": ["negation"],
        "examples": ["I think your memory is playing tricks on you. We never agreed to that."],
        "counterexamples": ["My memory is terrible, remind me tomorrow?"],
    },
    {
        "id": "gaslighting.you-must-have-misheard",
        "says": "doubt_mind",
        "patterns": [
            "@YOU (must have|must've) (misheard|dreamt|dreamed|imagined|misread)",
        ],
        "guards": ["negation"],
        "examples": ["You must have misheard me."],
        "counterexamples": ["I must have misheard you, say it again?"],
    },
    {
        "id": "gaslighting.calm-down-you",
        "says": "doubt_mind",
        "patterns": [
            "calm down (you|u|it's|its|it was|nothing)",
        ],
        "guards": ["negation"],
        "examples": [
            "calm down, it's not that serious",
            "Calm down, you're making a scene over nothing.",
        ],
        "counterexamples": ["Once I calm down, you and I can talk."],
        "not_after": r"\b(?:i|we|i'll|i will|let me|to|once i|when i)\s+$",
    },
    {
        "id": "gaslighting.you-always-get-so",
        "says": "doubt_mind",
        "patterns": [
            "@YOU always? ~get so? confused",
        ],
        "guards": ["negation"],
        "examples": [
            "You know you get confused when you're tired. I never said I'd be home by six."
        ],
        "counterexamples": ["I always get so confused by the bus times."],
    },
    {
        "id": "gaslighting.that-never-happened",
        "says": "deny_memory",
        "regex": (
            r"\b(?:that|it|this|none of that|none of this|that conversation|that "
            r"stuff)\s+(?:never|didn't|didnt|did not|never ever)\s+(?:happened|happen|"
            r"happens)\b(?!\s+(?:to|before|with|at|in|on|for|again|yet|until|like that to|"
            r"since|when))"
        ),
        "guards": ["negation"],
        # Refusing to deny it: "I'm not going to pretend it didn't happen".
        "not_after": (
            r"\b(?:not|never|won'?t|wont|can'?t|cant|stop|no more|no longer)\b[^.!?\n]{0,25}"
            r"pretend\w*(?: that)?\s*$"
        ),
        "counterexamples": [
            "I lied to you for months and I'm not going to pretend it didn't happen."
        ],
        "examples": [
            "that conversation never happened, I'd remember",
            "that never happened. you're imagining things again",
        ],
    },
    {
        "id": "gaslighting.thats-not-how-it",
        "says": "deny_memory",
        "patterns": [
            "(that's|thats|that is|it's|its) not how (it|that|things) (~happen|went|went down)",
        ],
        "guards": ["negation"],
        "examples": [
            "that's not how it happened and you know it",
            "Honestly you need to get your memory checked, that's not how it went at all",
        ],
        "counterexamples": ["I'm not saying that's not how it happened."],
    },
    {
        "id": "gaslighting.thats-not-what-happened",
        "says": "deny_memory",
        "patterns": [
            "(that's|thats|that is|it's|its|that was|that isn't|that wasn't) not? what (happened|really happened|went down)",
        ],
        "guards": ["negation"],
        "examples": ["That's not what happened and you know it."],
        "counterexamples": ["I'm not saying that's not what happened."],
    },
    {
        "id": "gaslighting.you-made-that-up",
        "says": "deny_memory",
        "patterns": [
            "@YOU (~make|are making|'re making|re making) (that|it|this|all of this|all that|the whole thing) up",
        ],
        "guards": ["negation"],
        "examples": ["You made that up and you know it."],
        "counterexamples": ["I'm not saying you made that up."],
    },
    {
        "id": "gaslighting.youre-making-this-into",
        "says": "deny_memory",
        "patterns": [
            "@YOURE (making|turning) (this|it|that) into? (something|a bigger|bigger|more) (it|than it|deal|thing)",
        ],
        "guards": ["negation"],
        "examples": [
            "Look, I'm sorry, but I didn't do anything wrong, you're making this into something it isn't."
        ],
        "counterexamples": ["I'm not saying you're making this into something it isn't."],
    },
    {
        "id": "gaslighting.its-really-not-a",
        "says": "minimise",
        "regex": (
            r"\b(?:<ITS>|it's|its)\s+(?:really\s+)?not\s+(?:a|that|such a|that big of a|"
            r"that big a)\s+(?:big\s+)?(?:deal|big deal)\b(?!\s*(?:if|whether|,? (?:don't|"
            r"dont) (?:stress|worry)|,? no worries|either way|,? (?:we|i)(?:'ll|ll| can| "
            r"could| will)\b|,? (?:these things|it) happens?\b))"
        ),
        "guards": ["negation"],
        "not_after": (
            r"(?:don'?t worry(?: about [^.!?,]{0,25})?|dont worry|no worries|relax|it'?s fine|all good|(?:act|acts|"
            r"acting|acted) like|pretend\w*|as if|as though)[,.!]?\s*$"
            # The partner's own judgement, asked for: "tell me, even if you think it's nothing".
            r"|\b(?:if|when|though|unless) (?:you|u) (?:think|thought|feel|reckon|decide)(?: that)?\s*$"
        ),
        "examples": [
            "its not a big deal why are you making it one",
            "It was just a few texts, it's not a big deal.",
        ],
    },
    {
        "id": "gaslighting.its-no-big-deal",
        "says": "minimise",
        "regex": (
            r"\b(?:<ITS>)\s+(?:no big deal|not that deep|not that serious|"
            r"nothing)(?:\s+to (?:cry|get upset|be upset|worry) about)?\s*(?:[.!?,]|$)"
        ),
        "guards": ["negation"],
        "not_after": (
            r"(?:don'?t worry(?: about [^.!?,]{0,25})?|dont worry|no worries|relax|it'?s fine|all good|(?:act|acts|"
            r"acting|acted) like|pretend\w*|as if|as though)[,.!]?\s*$"
            # The partner's own judgement, asked for: "tell me, even if you think it's nothing".
            r"|\b(?:if|when|though|unless) (?:you|u) (?:think|thought|feel|reckon|decide)(?: that)?\s*$"
        ),
        "examples": [
            "it's not that deep, honestly",
            "it was nothing, she's just a colleague, stop being so paranoid",
        ],
        "counterexamples": ["Tell me when she gets in touch, even if you think it's nothing."],
    },
    {
        "id": "gaslighting.it-was-just-a",
        "says": "minimise",
        "patterns": [
            "(it|that|this) (was|is) (just|only) (a|one) (kiss|text|drink|coffee|lunch|dinner|bit of fun|game|few texts|few messages|few bets|few drinks|little|harmless|stupid|silly|flirt|message|night|mistake|time|bet)",
        ],
        "guards": ["negation"],
        "not_after": (
            r"(?:don'?t worry(?: about [^.!?,]{0,25})?|dont worry|no worries|relax|it'?s fine|all good|(?:act|acts|"
            r"acting|acted) like|pretend\w*|as if|as though)[,.!]?\s*$"
            # The partner's own judgement, asked for: "tell me, even if you think it's nothing".
            r"|\b(?:if|when|though|unless) (?:you|u) (?:think|thought|feel|reckon|decide)(?: that)?\s*$"
        ),
        "examples": [
            "It was just a few texts, it's not a big deal.",
            "it was only a kiss, stop acting like I slept with her",
        ],
        "counterexamples": [
            "It was just a few messages, I said to you for months. It was never just a few messages, and it is my fault.",
            "I know it wasn't just a kiss to you, and I'm sorry.",
        ],
    },
    {
        "id": "gaslighting.just-get-over-it",
        "says": "minimise",
        "patterns": [
            "just? get over it",
        ],
        "guards": ["negation"],
        "not_after": (
            r"(?:don'?t worry(?: about [^.!?,]{0,25})?|dont worry|no worries|relax|it'?s fine|all good|(?:act|acts|"
            r"acting|acted) like|pretend\w*|as if|as though)[,.!]?\s*$"
            # The partner's own judgement, asked for: "tell me, even if you think it's nothing".
            r"|\b(?:if|when|though|unless) (?:you|u) (?:think|thought|feel|reckon|decide)(?: that)?\s*$"
        ),
        "examples": ["Get over it. It was ages ago."],
        "counterexamples": ["I'm not asking you to just get over it."],
    },
    {
        "id": "gaslighting.move-on-already",
        "says": "minimise",
        "patterns": [
            "move on already",
        ],
        "guards": ["negation"],
        "not_after": (
            r"(?:don'?t worry(?: about [^.!?,]{0,25})?|dont worry|no worries|relax|it'?s fine|all good|(?:act|acts|"
            r"acting|acted) like|pretend\w*|as if|as though)[,.!]?\s*$"
            # The partner's own judgement, asked for: "tell me, even if you think it's nothing".
            r"|\b(?:if|when|though|unless) (?:you|u) (?:think|thought|feel|reckon|decide)(?: that)?\s*$"
        ),
        "examples": [
            "Are you seriously still upset about that? It was one message. Move on already."
        ],
        "counterexamples": ["I'm not saying move on already, take your time."],
    },
    {
        "id": "gaslighting.let-it-go-already",
        "says": "minimise",
        "patterns": [
            "let it go already",
        ],
        "guards": ["negation"],
        "not_after": (
            r"(?:don'?t worry(?: about [^.!?,]{0,25})?|dont worry|no worries|relax|it'?s fine|all good|(?:act|acts|"
            r"acting|acted) like|pretend\w*|as if|as though)[,.!]?\s*$"
            # The partner's own judgement, asked for: "tell me, even if you think it's nothing".
            r"|\b(?:if|when|though|unless) (?:you|u) (?:think|thought|feel|reckon|decide)(?: that)?\s*$"
        ),
        "examples": ["Seriously, let it go already."],
        "counterexamples": ["I'm not saying let it go already."],
    },
    {
        "id": "gaslighting.making-a-mountain-out",
        "says": "minimise",
        "patterns": [
            "making a mountain out of a molehill",
        ],
        "guards": ["negation"],
        "not_after": (
            r"(?:don'?t worry(?: about [^.!?,]{0,25})?|dont worry|no worries|relax|it'?s fine|all good|(?:act|acts|"
            r"acting|acted) like|pretend\w*|as if|as though)[,.!]?\s*$"
            # The partner's own judgement, asked for: "tell me, even if you think it's nothing".
            r"|\b(?:if|when|though|unless) (?:you|u) (?:think|thought|feel|reckon|decide)(?: that)?\s*$"
        ),
        "examples": ["Making a mountain out of a molehill, as always."],
        "counterexamples": ["I'm not saying you're making a mountain out of a molehill."],
    },
    {
        "id": "gaslighting.not-that-deep",
        "says": "minimise",
        "patterns": [
            "not that deep",
        ],
        "guards": ["negation"],
        "not_after": (
            r"(?:don'?t worry(?: about [^.!?,]{0,25})?|dont worry|no worries|relax|it'?s fine|all good|(?:act|acts|"
            r"acting|acted) like|pretend\w*|as if|as though)[,.!]?\s*$"
            # The partner's own judgement, asked for: "tell me, even if you think it's nothing".
            r"|\b(?:if|when|though|unless) (?:you|u) (?:think|thought|feel|reckon|decide)(?: that)?\s*$"
        ),
        "examples": ["honestly not that deep"],
        "counterexamples": ["I'm not saying it's not that deep."],
    },
    {
        "id": "gaslighting.why-are-you-still",
        "says": "minimise",
        "patterns": [
            "why (are|r) (you|u) still? (making|turning) (this|it|such a|a) into? a? big? (deal|thing|drama)",
        ],
        "guards": ["negation"],
        "not_after": (
            r"(?:don'?t worry(?: about [^.!?,]{0,25})?|dont worry|no worries|relax|it'?s fine|all good|(?:act|acts|"
            r"acting|acted) like|pretend\w*|as if|as though)[,.!]?\s*$"
            # The partner's own judgement, asked for: "tell me, even if you think it's nothing".
            r"|\b(?:if|when|though|unless) (?:you|u) (?:think|thought|feel|reckon|decide)(?: that)?\s*$"
        ),
        "examples": ["why are you still making this a big deal"],
        "counterexamples": [
            "I'm not asking why are you still making this a big deal, I understand."
        ],
    },
    {
        "id": "gaslighting.its-not-even-cheating",
        "says": "minimise",
        "patterns": [
            "(it's|its|it is|it was|that's|thats|that is|that was|this is|this was) (not|hardly) even? (cheating|an affair|lying)",
        ],
        "guards": ["negation"],
        "not_after": (
            r"(?:don'?t worry(?: about [^.!?,]{0,25})?|dont worry|no worries|relax|it'?s fine|all good|(?:act|acts|"
            r"acting|acted) like|pretend\w*|as if|as though)[,.!]?\s*$"
            # The partner's own judgement, asked for: "tell me, even if you think it's nothing".
            r"|\b(?:if|when|though|unless) (?:you|u) (?:think|thought|feel|reckon|decide)(?: that)?\s*$"
        ),
        "examples": ["It's not even cheating, we never met up."],
        "counterexamples": ["I'm not saying it's not even cheating."],
    },
    {
        "id": "gaslighting.it-wasnt-even-that",
        "says": "minimise",
        "patterns": [
            "it (wasn't|wasnt|was not) even? (that bad|a big deal|cheating|serious)",
        ],
        "guards": ["negation"],
        "not_after": (
            r"(?:don'?t worry(?: about [^.!?,]{0,25})?|dont worry|no worries|relax|it'?s fine|all good|(?:act|acts|"
            r"acting|acted) like|pretend\w*|as if|as though)[,.!]?\s*$"
            # The partner's own judgement, asked for: "tell me, even if you think it's nothing".
            r"|\b(?:if|when|though|unless) (?:you|u) (?:think|thought|feel|reckon|decide)(?: that)?\s*$"
        ),
        "examples": ["It wasn't even cheating, we just talked."],
        "counterexamples": ["I'm not saying it wasn't even that bad."],
    },
    {
        "id": "gaslighting.are-you-crazy",
        "says": "doubt_mind",
        "patterns": [
            "are (you|u) (crazy|insane|nuts|mental|paranoid|delusional|imagining things|hearing things|losing it|losing your mind|out of your mind)",
        ],
        "guards": ["negation"],
        "examples": ["are you crazy? I never touched your phone"],
        "counterexamples": ["I'm not asking are you crazy, I'm asking are you okay."],
    },
    {
        "id": "gaslighting.youre-only-hearing-what",
        "says": "doubt_mind",
        "patterns": [
            "@YOURE (only|just)? (hearing|seeing|remembering) what (you|u) want",
        ],
        "guards": ["negation"],
        "examples": ["nobody said that. you're hearing what you want to hear"],
        "counterexamples": ["I'm not saying you're only hearing what you want."],
    },
    {
        "id": "gaslighting.you-must-have-dreamt",
        "says": "doubt_mind",
        "patterns": [
            "@YOU (must have|must've|probably|obviously)? (dreamt|dreamed|imagined|misheard) (that|it|this|the whole thing)",
        ],
        "guards": ["negation"],
        "examples": [
            "Pretty sure you dreamt that whole conversation",
            "I think you dreamt that, babe, I'd never say something like that.",
        ],
        "counterexamples": ["I must have dreamt it, sorry!"],
    },
    {
        "id": "gaslighting.are-you-sure-youre",
        "says": "doubt_mind",
        "patterns": [
            "are (you|u) sure (you're|youre|you are|ur) not just? being? (a bit|a little|slightly)? (paranoid|dramatic|overreacting|oversensitive|too sensitive|imagining*)",
        ],
        "guards": ["negation"],
        "examples": ["Are you sure you're not just being a bit paranoid again?"],
        "counterexamples": ["I'm not asking are you sure you're not paranoid."],
    },
    {
        "id": "gaslighting.youre-making-this-into-2",
        "says": "doubt_mind",
        "regex": (
            r"\b<YOURE>\s+(?:making|turning|blowing) (?:this|it|that|one \w+|a \w+) "
            r"(?:into|out of) (?:a (?:whole|big|huge|massive)|something|such a|an? "
            r"(?:drama|thing|deal|issue|affair|crisis|scene))"
        ),
        "guards": ["negation"],
        "examples": ["It was one coffee. You're turning it into a whole affair."],
    },
    {
        "id": "gaslighting.so-what-big-deal",
        "says": "minimise",
        "patterns": [
            "^ (so what)? big deal $$",
        ],
        "guards": ["negation"],
        "examples": ["So I had a drink with her, big deal."],
        "counterexamples": ["I'm not saying big deal."],
    },
    {
        "id": "gaslighting.so-what",
        "says": "minimise",
        "patterns": [
            "^ so what ?",
            "^ so what !",
            "^ so what .",
        ],
        "guards": ["negation"],
        "examples": ["I kissed her. So what?"],
        "counterexamples": ["I'm not saying so what."],
    },
    # --- added in coach2: minimising, as patterns ---
    {
        "id": "gaslighting.it-was-just-messages",
        "says": "minimise",
        "patterns": [
            "(it|that|this|they|those|it's|that's|its|thats) (was|is|were|are)? (just|only|merely|literally|simply) (just|only)? @MINOR_THING (lol|lmao|haha|tho|though|honestly|babe|bro|man|mate|dude|chill|relax|ok|okay|nothing else|nothing more|that's all|thats all|calm down){0,2} $",
            "(it|that|this|it's|that's|its|thats) (was|is)? (nothing|nothing more|no more) than @MINOR_THING",
        ],
        "guards": ["negation"],
        "not_after": r"(?:don'?t worry|no worries|(?:act|acts|acting|acted) like|pretend\w*|as if|as though|i know|i thought)[,.!]?\s*$",
        "examples": [
            "it was just messages",
            "Relax, it was only texting.",
            "they were just words, stop",
            "it was nothing more than a bit of flirting",
        ],
        "counterexamples": [
            "I know it wasn't just messages to you.",
            "I'm not saying it was just messages.",
            "it was just messages about the kids' pickup",
        ],
    },
    {
        "id": "gaslighting.never-a-big-deal",
        "says": "minimise",
        "patterns": [
            "(it|that|this|it's|that's|its|thats|it was|that was|was|is) (never|not ever) (been|was)? (a|such a|that|that big of a|that big a|any) big? deal !(to ask|if|when|for you to|to talk|to cry)",
            "^ never (a|such a|that) big deal !(to ask|if|when|for you to|to talk|to cry)",
        ],
        "guards": ["negation"],
        "examples": [
            "it was never a big deal",
            "never a big deal, you just like drama",
            "that's never been that big a deal",
        ],
        "counterexamples": [
            "It's never a big deal to ask me for help.",
            "I never said it was never a big deal.",
        ],
    },
    {
        "id": "gaslighting.meant-nothing-so-why",
        "says": "minimise",
        "patterns": [
            "(it|that|she|he|this|they|those|the affair|the texts|the messages|the kiss|the whole thing) (meant|means|mean) nothing .. (so|why|stop|get over|move on|chill|relax|let it go|not worth)",
            "(it|that|she|he|this|they|the affair|the texts|the messages|the kiss) (didn't|did not|doesn't|does not) mean anything .. (so|why|stop|get over|move on|chill|relax|let it go)",
        ],
        "guards": ["negation"],
        "examples": [
            "it meant nothing so why are you still upset",
            "She meant nothing, so stop going on about it.",
            "it didn't mean anything, why can't you let it go",
        ],
        "counterexamples": [
            "It meant nothing to me, and I know that doesn't make it hurt less.",
            "I'm not saying it meant nothing so you should stop.",
        ],
    },
    {
        "id": "gaslighting.why-are-you-still-upset-about-it",
        "says": "minimise",
        "patterns": [
            "why (are|r) @YOU still (so)? (upset|mad|angry|hurt|crying|sulking|worked up|hung up) (about|over|on) (it|that|this|something|a|one|nothing|such|what|some)",
            "why (are|r|do|does) @YOU still (going on about|on about|bringing it up|bringing this up|bringing that up|harping on|obsessing over|dwelling on|bring it up|bring this up|bring that up)",
            "why (can't|cant|won't|wont) @YOU (just)? (let it go|move on|get over it|drop it)",
        ],
        "guards": ["negation"],
        "examples": [
            "why are you still upset about it, it was months ago",
            "Why do you still bring it up?",
            "why can't you just let it go",
        ],
        "counterexamples": [
            "I understand why you're still upset about it.",
            "I don't know why you're still upset about it and I'd like to understand.",
        ],
    },
    {
        "id": "gaslighting.making-a-big-deal-out-of-nothing",
        "says": "minimise",
        "patterns": [
            "(stop|quit) (making|blowing) (a|such a|this|it|that|everything)? (big|huge|massive|whole)? (deal|fuss|drama|thing|scene) (out of|of|about|over)? (nothing|it|this|that|a|one|everything)",
            "(stop|quit) blowing (this|it|that|everything|things) (up|out of proportion)",
            "@YOURE making (it|this|that) (sound|seem|look) (way|so|much|a lot)? (worse|bigger) than it (was|is)",
        ],
        "guards": ["negation"],
        "examples": [
            "stop making a big deal out of nothing",
            "quit blowing this out of proportion",
            "ur making it sound way worse than it is",
        ],
        "counterexamples": ["I'm not saying you're making it sound worse than it was."],
    },
    {
        "id": "gaslighting.nothing-happened-between",
        "says": "minimise",
        "patterns": [
            "nothing (even|really|actually|ever)? happened (between|with) (us|her|him|them|me and)",
            "(nobody|no one) (even)? (cheated|had an affair|slept with anyone)",
            "^ (it's|that's|its|thats|it is|it was|that was) (not|hardly) (even)? (real|really)? (cheating|an affair) (if|when|because|,|$)",
        ],
        "guards": ["negation"],
        "examples": [
            "nothing even happened between us, we talked",
            "nobody cheated, calm down",
        ],
        "counterexamples": ["I'm not saying nothing happened between us."],
    },
    {
        "id": "gaslighting.you-must-be-confused",
        "says": "doubt_mind",
        "patterns": [
            "@YOU must be (confused|mistaken|imagining things|imagining it|dreaming|mixing things up|mixing it up|remembering it wrong|losing it)",
            "(stop|quit) (acting|being|sounding) (so|like)? @MIND_ADJ",
        ],
        "guards": ["negation", "playful"],
        "examples": ["u must be confused again, i never said that", "stop acting crazy"],
        "counterexamples": [
            "You must be tired after that shift.",
            "I'm not saying you must be confused.",
        ],
    },
    {
        "id": "gaslighting.still-on-about-that",
        "says": "minimise",
        "patterns": [
            "@YOURE (seriously|really|honestly|actually|literally)? still (on|going on|banging on|harping on|moaning|whining|obsessing) about (that|this|it|one|a|some)",
            "(are we|are you|are u|why are we) (really|seriously|honestly|actually)? still (talking|going on|on|banging on|crying|arguing|fighting) about (that|this|it|one|a|some)",
            "when (are|r) @YOU (going to|gonna) (get over it|move on|let it go|drop it|stop bringing it up)",
        ],
        "guards": ["negation"],
        "examples": [
            "ur seriously still on about that?? it was months ago",
            "Are we really still talking about one stupid night?",
            "I've apologised a hundred times, when are you going to get over it?",
        ],
        "counterexamples": ["I know you're still upset about it, and that's okay."],
    },
    {
        "id": "gaslighting.everyone-does-it",
        "says": "minimise",
        "patterns": [
            "(everyone|everybody|people|all guys|all men|all women|half the world|loads of people) (does|do) (it|that|this) (all the time|anyway|these days|nowadays)? $",
            "(it's|its|it is|that's|that is) (completely|totally|perfectly)? normal (to|for) (text|message|flirt|talk to|have|look at|watch)",
        ],
        "guards": ["negation"],
        "examples": ["It was a few messages. People do it all the time."],
        "counterexamples": [
            "Everyone does it differently, and that's fine.",
            "I'm not saying everyone does it.",
        ],
    },
    {
        "id": "gaslighting.short-you-overreact",
        "says": "doubt_mind",
        "patterns": [
            "^^ (so|soo|being|too|way too|always|again|just|bit)? (overreacting|dramatic|paranoid|hysterical|oversensitive|crazy|insecure|emotional) (again|as usual|as always|much|lol)? $$",
        ],
        "guards": ["negation", "playful", "target"],
        "examples": ["Overreacting again.", "so dramatic", "Dramatic much?"],
        "counterexamples": [
            "so dramatic 😂 love you",
            "My sister cried over a parking ticket. So dramatic.",
        ],
    },
    {
        "id": "gaslighting.meant-nothing",
        "says": "minimise",
        "patterns": [
            "^^ (it|she|he|that|they|the kiss|the affair|those texts|the texts|the messages)? (meant|means) (absolutely)? nothing (to me)? $$",
            "(it|that|this|the kiss|the affair|the texts|the messages) (was|is) (only|just|purely) (physical|sex|a physical thing|fun)",
        ],
        "guards": ["negation"],
        "examples": ["Meant nothing.", "the kiss meant nothing", "The affair was purely physical."],
        "counterexamples": ["It meant nothing to me, and I know that doesn't make it hurt less."],
    },
    {
        "id": "gaslighting.nobody-will-believe-you",
        "says": "doubt_mind",
        "patterns": [
            "(nobody|no one|noone) (will|would|is going to|is gonna) (ever)? believe (you|u) (over me)?",
            "technically (it|that) (wasn't|was not|isn't|is not) (cheating|an affair|lying)",
        ],
        "guards": ["negation"],
        "examples": [
            "Nobody will ever believe you over me.",
            "We were on a break anyway, so technically it wasn't cheating.",
        ],
        "counterexamples": ["I'm afraid nobody will believe me."],
    },
    {
        "id": "gaslighting.it-was-one-kiss-get-over-it",
        "says": "minimise",
        "patterns": [
            "(it|that) (was|is) (one|a single|a few|a couple of|some|just some|only some) (kiss|text|texts|message|messages|drink|drinks|dance|coffee|dms|night|date|hug|photo|like|likes|comment|chat|lunch) .. (get over|move on|relax|chill|calm down|so what|big deal|grow up|jeez|god|seriously)",
            "(just|only|merely|simply) (some|a few|a couple of|a couple|like) @MINOR_THING ..? (nothing happened|nothing more|that's all|thats all|chill|relax|calm down|get over)",
            "get over (yourself|urself)",
            "@YOURE (acting|behaving|carrying on|reacting) like (i|it's|it is|this is) (murdered|killed|burned|committed|robbed|shot|the end of the world|a crime|some kind of crime|some huge)",
        ],
        "guards": ["negation"],
        "examples": [
            "it was one kiss get over urself",
            "it was just some dms, nothing happened",
            "You're acting like I murdered someone. It was a drink.",
        ],
        "counterexamples": ["It was one coffee with my sister, want to come next time?"],
    },
    {
        "id": "gaslighting.not-what-i-said",
        "says": "deny_memory",
        "patterns": [
            "(that's|that is|thats) not what i (said|meant|did|wrote) .. (and you know it|you know it|you always|you're|ur|stop)",
            "@YOU (always|only|just)? (~hear|~see|~remember) what (you|u) want (to)?",
            "@YOURE (confusing|mixing) (me|it|this|that|things|us) (up)? with",
            "^^ never happened $$",
        ],
        "guards": ["negation"],
        "examples": [
            "That's not what I said and you know it. You always hear what you want to hear.",
            "I think you're confusing me with your ex.",
            "Never happened.",
        ],
        "counterexamples": ["That's not what I said, sorry, I worded it badly. I meant Tuesday."],
    },
    {
        "id": "gaslighting.youre-twisting-everything",
        "says": "doubt_mind",
        "patterns": [
            "@YOURE (twisting|distorting) (everything|my words|things|it|this|what i said|what happened)",
            "(it was|that was|it's|its|it is) (just|only)? harmless (flirting|fun|banter|chatting|texting|messages|messaging)",
            "(everyone|everybody|all guys|all men|all women|all couples) (flirts|flirt|looks|look|watches porn|watch porn|texts their ex|does that|does it) $",
            "(@YOU|you've|you have|@YOURE) ... (bigger|worse|more serious|more dramatic|a bigger deal) (thing|deal|issue|problem)? than it (ever|really|actually)? (was|is)",
            "^^^ (just|please|omg|god)? (calm down|chill out|relax) (!|.)? $$$",
        ],
        "guards": ["negation"],
        "examples": [
            "You're twisting everything again. I never promised that.",
            "It was harmless flirting. Everyone flirts.",
            "You've made this into a much bigger thing than it ever was.",
            "Calm down.",
        ],
        "counterexamples": [
            "I know it's a bigger deal than it seemed at first, and you're right.",
            "I know I've made it sound smaller than it was, and I'm sorry.",
        ],
    },
    {
        "id": "gaslighting.if-you-loved-me-you-wouldnt",
        "says": "doubt_mind",
        "patterns": [
            "if @YOU (really|truly)? (loved|trusted|cared about|respected) me @YOU (wouldn't|would not|would never|wouldnt) (~ask|~check|~look|~need|~question|~doubt|~go through|be checking|keep asking|be asking|~read|~snoop)",
            "(it|that) (was|is) (just|only)? (a|one) (text|message|kiss|drink|dm|like|chat|hug|photo|coffee) (relax|chill|calm down|so what|get over it|big deal|lol|jeez|bruh|omg|god)",
            "^^^ (nothing|nothing even|literally nothing|nothing ever) happened (!|.)? $$$",
            "(stop|quit) (being|acting like) (such)? (a|an)? (drama queen|crazy person|psycho|lunatic|madwoman|madman|basket case)",
            "@YOURE the (only)? one with the (problem|issue|issues)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "If you loved me you wouldn't ask to see my phone.",
            "bruh it was a text, relax",
            "Nothing happened!",
            "Stop being such a drama queen about it.",
            "You're the one with the problem, everyone can see it.",
        ],
        "counterexamples": [
            "It was a text from mum, relax, all fine 😊",
            "I know I'm the one with the problem here.",
        ],
    },
    {
        "id": "gaslighting.why-are-you-crying-its-nothing",
        "says": "minimise",
        "patterns": [
            "(it's|its|it is|it was) (literally|honestly|really|just)? nothing .. why (are|r) (you|u) (even)? (crying|upset|mad|angry|sulking|so upset|making a fuss)",
            "(stop|quit) (turning|making) (it|this|that|everything) (into)? (a|some)? (conspiracy|drama|big deal|crisis|thing|soap opera|federal case|crime scene|whole thing)",
        ],
        "guards": ["negation"],
        "examples": [
            "its literally nothing why r u crying",
            "It was a second phone for work, stop turning it into a conspiracy.",
        ],
        "counterexamples": ["I'm not saying it's nothing, why are you crying? Tell me."],
    },
    {
        "id": "gaslighting.your-trust-issues",
        "says": "doubt_mind",
        "patterns": [
            "(get help for|deal with|work on|sort out|it's|its|that's|just) your (trust issues|insecurities|insecurity|paranoia|jealousy issues|issues)",
            "@YOU (~make|are making) it sound like",
            "not being able to (let go|let it go|move on|get past it|get over it)",
            "@YOU (need to|have to|should|gotta) (let it go|move on|get past it|get over it|forgive me and move on|get a grip)",
            "every (little|single|tiny)? thing (becomes|turns into|is) (a|an)? (crisis|drama|fight|disaster|big deal|catastrophe|war)",
            "@YOU (~act|~react|~treat me|~carry on) like (i'd|i had|i) (burned|burnt|killed|murdered|committed|ruined|robbed|shot)",
            "(the bit|the part|the parts|the bits) that (suits|suit|fits|fit) your (story|version|narrative)",
        ],
        "guards": ["negation"],
        "examples": [
            "get help for your trust issues because i'm done carrying them.",
            "But you make it sound like I was leading a double life.",
            "this starts being about you not being able to let go.",
            "You need to get a grip and stop treating every mistake like a betrayal.",
            "Every little thing becomes a crisis.",
            "I forgot to text you once and you acted like I'd burned the house down.",
            "not just the bit that suits your story",
        ],
        "counterexamples": [
            "I know I'm the one with trust issues to work on.",
            "I'm not saying you need to move on, take your time.",
        ],
    },
]
