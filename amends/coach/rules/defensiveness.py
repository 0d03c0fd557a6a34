# ruff: noqa: E501 (examples are whole messages, kept on one line)
"""Defensiveness: denial, excuses and the counter-complaint ("yeah but you ...").

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

KIND = "defensiveness"

RULES: list[dict[str, object]] = [
    {
        "id": "defensiveness.its-not-really-my",
        "says": "not_my_fault",
        "regex": (
            r"\b(?:<ITS>\s+not|it wasn't|it wasnt|that wasn't|that wasnt|this isn't|this "
            r"isnt|it isn't|it isnt|that isn't|that isnt)\s+(?:really\s+|even\s+|"
            r"exactly\s+|entirely\s+|all\s+)?(?:my fault|on me|my problem|my "
            r"responsibility)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:so|now|and|if)\s*$",
        "examples": [
            "its not my fault the train was late!!",
            "it's not my fault the train was cancelled is it",
        ],
    },
    {
        "id": "defensiveness.i-didnt-even-do",
        "says": "not_my_fault",
        "regex": (
            r"\b(?:i|me)\s+(?:<DIDNT>|haven't|havent|have not|never)\s+(?:even\s+)?(?:do|"
            r"did|done)\s+(?:anything|nothing)\s+wrong\b"
        ),
        "guards": ["negation"],
        "examples": [
            "I didn't do anything wrong. I was just talking to her.",
            "I didn't do anything wrong, I just went for one drink with work people",
        ],
    },
    {
        "id": "defensiveness.i-did-nothing-wrong",
        "says": "not_my_fault",
        "regex": r"\b(?:i|<IVE>)\s+(?:did|done)\s+nothing\s+wrong\b",
        "guards": ["negation"],
        "examples": ["I DID NOTHING WRONG. NOTHING."],
    },
    {
        "id": "defensiveness.im-not-the-bad",
        "says": "not_my_fault",
        "regex": r"\b<IM>\s+not\s+the\s+(?:bad guy|villain|problem|one (?:who|that)\b)",
        "guards": ["negation"],
        "examples": [
            "I'm not the one who forgot to book the vet.",
            "I'm not the one who left the gate open, so don't look at me.",
        ],
    },
    {
        "id": "defensiveness.dont-blaming-me",
        "says": "not_my_fault",
        "patterns": ["(don't|dont|stop|quit) blaming (me|this on me|it on me)"],
        "examples": ["Stop blaming me for everything."],
        "counterexamples": ["Stop blaming yourself, it wasn't your fault."],
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.dont-blame-me",
        "says": "not_my_fault",
        "patterns": ["(don't|dont) blame (me|this on me|it on me)"],
        "counterexamples": ["Don't blame yourself, love."],
        "guards": ["negation"],
        "examples": ["Don't blame me for this, I wasn't even home."],
    },
    {
        "id": "defensiveness.why-are-you-blaming",
        "says": "not_my_fault",
        "patterns": ["why (are|r) (you|u) (blaming|attacking) me"],
        "examples": ["Why are you attacking me?"],
        "counterexamples": ["Why are you blaming yourself? It wasn't you."],
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.why-is-it-always",
        "says": "not_my_fault",
        "patterns": ["(why|how) is (it|this|that|everything) always? my fault"],
        "counterexamples": ["How is it my turn to cook again? \ud83d\ude04"],
        "guards": ["negation"],
        "examples": [
            "how is this my fault?? i told you the time twice",
            "how is it my fault that your sister didn't get invited",
        ],
    },
    {
        "id": "defensiveness.so-now-its-all",
        "says": "not_my_fault",
        "regex": (
            r"\b(?:so|and) (?:now )?(?:it's|its|this is|everything's|everythings|"
            r"everything is) (?:all )?my fault(?: now)?\b"
        ),
        "guards": ["negation"],
        "examples": ["So now it's all my fault? Great.", "oh so now it's my fault. real mature."],
    },
    {
        "id": "defensiveness.its-always-my-fault",
        "says": "not_my_fault",
        "patterns": ["(it's|its|everything's|everything is) always my fault"],
        "examples": ["It's always my fault with you."],
        "counterexamples": ["It's not always your fault, and it's not always mine."],
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.i-cant-do-anything",
        "says": "not_my_fault",
        "patterns": ["i (can't|cant|cannot) do anything right !(now|away|this minute)"],
        "examples": ["I can't do anything right in your eyes, can I."],
        "counterexamples": ["I can't do anything right now, I'm driving."],
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.nothing-i-do-is",
        "says": "not_my_fault",
        "patterns": ["nothing i do is ever? good? enough"],
        "counterexamples": ["Nothing I do at work is ever finished, it's endless."],
        "guards": ["negation"],
        "examples": ["nothing i do is ever good enough for you"],
    },
    {
        "id": "defensiveness.yeah-but-you",
        "says": "counter",
        "regex": (
            r"\b(?:yeah|yes|yea|yeh|ya|yah|ok|okay|sure|right|fine|well),?\s+but\s+(?:you|"
            r"u|what about)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "ya but you also forgot the gas bill so",
            "yes but you didn't tell me it was tonight!",
        ],
    },
    {
        "id": "defensiveness.what-about-you",
        "says": "counter",
        "regex": r"\bwhat about (?:you|u|when you|the time you|all the times you|your)\b",
        "guards": ["negation"],
        "examples": [
            "well what about when you forgot my birthday?",
            "Me? What about you and your constant texting at dinner?",
        ],
    },
    {
        "id": "defensiveness.youre-not-exactly-perfect",
        "says": "counter",
        "regex": (
            r"\b<YOURE>\s+(?:not|hardly|no)\s+(?:exactly\s+)?(?:perfect|a saint|an angel|"
            r"innocent|blameless)(?:\s+either)?\b"
        ),
        "guards": ["negation"],
        "examples": [
            "You're hardly perfect yourself.",
            "yeah well you're not exactly perfect yourself",
        ],
    },
    {
        "id": "defensiveness.you-do-it-too",
        "says": "counter",
        "regex": (
            r"\b<YOU>\s+(?:do|did)\s+(?:it|that|the same(?: thing)?)\s+(?:too|all the "
            r"time|as well)\b"
        ),
        "guards": ["negation"],
        "examples": ["Well you do the same thing all the time so"],
    },
    {
        "id": "defensiveness.at-least-i-dont",
        "says": "counter",
        "regex": (
            r"\bat least i (?:don't|dont|didn't|didnt|never|wasn't|wasnt|am not|'m not|"
            r"haven't|havent|do|did|try|tried|actually)\b"
            # "At least I never cheated" points at their betrayal: a trump card, not this.
            r"(?!\s+(?:(?:ever|once|even)\s+)?(?:slept|sleep|cheat|cheated|gamble|gambled|hid|hide|"
            r"lie|lied|kiss|kissed|shag|shagged|had an affair|have an affair|did a|go behind|"
            r"went behind|sext|sexted|text my ex|texted my ex)\b)"
        ),
        "guards": ["negation"],
        "examples": [
            "at least i actually show up for the kids",
            "at least I don't spend every night on the sofa scrolling",
        ],
        "counterexamples": ["At least I never cheated. Keep that in mind before you start."],
    },
    {
        "id": "defensiveness.i-m-not-the",
        "says": "counter",
        "regex": r"\bi'?m not the one who\b",
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.im-not-the-one",
        "says": "counter",
        "regex": r"\bim not the one who\b",
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.and-you-re-perfect",
        "says": "counter",
        "regex": r"\b(?:and|but) (?:you|u)'?re (?:perfect|so perfect|innocent)\b",
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.look-whos-talking",
        "says": "counter",
        "patterns": ["look who's talking"],
        "examples": ["Look who's talking."],
        "counterexamples": ["I'm not saying look who's talking, I'm just tired."],
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.you-started-it",
        "says": "counter",
        "patterns": ["(you|u) started it"],
        "counterexamples": ["I'm not saying you started it."],
        "guards": ["negation"],
        "examples": ["You started it, you were the one who brought up money."],
    },
    {
        "id": "defensiveness.you-do-way-worse",
        "says": "counter",
        "regex": r"\b<YOU>\s+(?:do|did) (?:way )?worse\b",
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.i-was-literally-only",
        "says": "excuse",
        "regex": (
            r"\bi was (?:(?:literally|honestly|actually|simply)\s+)?(?:only|just) "
            r"(?:trying|joking|kidding|being honest|helping|teasing|having fun|having a "
            r"laugh|messing|blowing off steam)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "I was literally just trying to help, god forbid",
            "i was just joking, you're taking it the wrong way",
        ],
    },
    {
        "id": "defensiveness.i-had-no-other",
        "says": "excuse",
        "patterns": ["i had no other? choice"],
        "counterexamples": ["I had no idea you'd planned all this, thank you."],
        "guards": ["negation"],
        "examples": [
            "I had no choice, the boss kept me late",
            "I had no choice, my boss wanted it done by Monday.",
        ],
    },
    {
        "id": "defensiveness.i-couldnt-help-it",
        "says": "excuse",
        "patterns": ["i couldn't help it"],
        "examples": ["I couldn't help it, she kept messaging me."],
        "counterexamples": ["I couldn't help smiling when I saw your message."],
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.what-was-i-supposed",
        "says": "excuse",
        "patterns": ["what (was|am) i (supposed|meant) to do"],
        "counterexamples": ["What am I supposed to bring on Saturday, wine or dessert?"],
        "guards": ["negation"],
        "examples": [
            "yeah but you stopped touching me, what was I supposed to do",
            "It's not my fault the train was late, what was I supposed to do?",
        ],
    },
    {
        "id": "defensiveness.i-already-said-im",
        "says": "excuse",
        "regex": r"\bi (?:already|literally|just) (?:said|told you) (?:i'm |im |i am )?sorry\b",
        "guards": ["negation"],
        "examples": ["i already said sorry, what more do you want from me"],
    },
    {
        "id": "defensiveness.how-many-times-do",
        "says": "excuse",
        "regex": r"\bhow many times do i (?:have|need) to (?:say|apologi[sz]e|tell you)\b",
        "guards": ["negation"],
        "examples": [
            "how many times do i have to apologise",
            "I said I'm sorry. How many times do I have to say it?",
        ],
    },
    {
        "id": "defensiveness.what-more-do-you",
        "says": "excuse",
        "regex": r"\bwhat more do you want(?: from me)?\b",
        "guards": ["negation"],
        "examples": ["i already said sorry, what more do you want from me"],
    },
    {
        "id": "defensiveness.im-only-human",
        "says": "excuse",
        "patterns": ["(i'm|im|i am) only human"],
        "examples": ["I'm only human, you know."],
        "counterexamples": ["You're only human, go easy on yourself."],
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.i-dont-have-to",
        "says": "excuse",
        "regex": (
            r"\bi (?:don't|dont|do not) (?:have|need) to (?:explain|justify) (?:myself|"
            r"anything)\b"
        ),
        "guards": ["negation"],
        "examples": ["I don't have to justify myself to you every time I go out."],
    },
    {
        "id": "defensiveness.i-have-nothing-to",
        "says": "excuse",
        "patterns": ["i have nothing to (apologise|apologize|be sorry) for"],
        "counterexamples": ["I have nothing to wear to the wedding."],
        "guards": ["negation"],
        "examples": ["I have nothing to apologise for, I did exactly what we agreed"],
    },
    {
        "id": "defensiveness.im-not-going-to",
        "says": "excuse",
        "patterns": ["(i'm|im|i am) not (going to|gonna) (apologise|apologize)"],
        "examples": ["I'm not going to apologise for that."],
        "counterexamples": ["I'm going to apologise to your mum tomorrow, I was rude."],
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.its-not-like-i",
        "says": "excuse",
        "regex": r"\b(?:it's|its|it is) not like i\b",
        "guards": ["negation"],
        "examples": ["its not like i meant to forget"],
    },
    {
        "id": "defensiveness.i-never-said-that",
        "says": "excuse",
        "regex": r"\bi never said that\b",
        "guards": ["negation"],
        "examples": [
            "I never said that. I'd never say that.",
            "I never said that. You're making things up again.",
        ],
    },
    {
        "id": "defensiveness.i-didnt-say-that",
        "says": "excuse",
        "regex": r"\bi didn't say that\b",
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.i-didnt-say-that-2",
        "says": "excuse",
        "regex": r"\bi didnt say that\b",
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.i-was-tired-ok",
        "says": "excuse",
        "regex": r"\bi was (?:tired|stressed|busy|exhausted|drunk),? (?:ok|okay|alright|so)\b",
        "guards": ["negation"],
        "examples": ["I was tired, okay? I'd been up since five."],
    },
    {
        "id": "defensiveness.give-me-a-break",
        "says": "excuse",
        "regex": r"\b(?:give me|cut me) (?:a break|some slack)\b",
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.sorry-ok",
        "says": "excuse",
        "regex": r"\bsorry,? (?:ok|okay|alright)\s*\?",
        "guards": ["negation"],
        "examples": [
            "I'm sorry, ok? I was tired, I'd had a long day, and you were on at me the second I walked in."
        ],
    },
    {
        "id": "defensiveness.dont-act-like-youre",
        "says": "excuse",
        "regex": (
            r"\b(?:don't|dont) act like (?:you're|youre|you are|ur) (?:innocent|perfect|a "
            r"saint|blameless|the victim)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "Don't act like you're innocent in all this. You stopped talking to me years ago. If you'd given a damn about how I was feeling I wouldn't have looked for it somewhere else."
        ],
    },
    {
        "id": "defensiveness.i-was-only-minutes",
        "says": "excuse",
        "regex": (
            r"\bi (?:was|am|'m) only (?:\w+ )?(?:minutes|minute|a bit|a little|slightly|"
            r"an hour|half an hour)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "i was only 10 minutes late, calm down",
            "I was ONLY five minutes late, why are you making a federal case out of it",
        ],
    },
    {
        "id": "defensiveness.excuse-me-for-trying",
        "says": "excuse",
        "regex": r"\bexcuse me for (?:trying|breathing|caring|living|having|wanting)\b",
        "guards": ["negation"],
        "examples": [
            "well excuse me for trying to help",
            "excuse me for trying to do something nice",
        ],
    },
    {
        "id": "defensiveness.not-a-mind-reader",
        "says": "excuse",
        "regex": r"\bnot a mind reader\b",
        "guards": ["negation"],
        "examples": ["sorry, but I'm not a mind reader"],
    },
    {
        "id": "defensiveness.i-do-everything-around",
        "says": "excuse",
        "regex": r"\bi (?:do|did) everything (?:around here|for you|in this house)\b",
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.sorry-that-you-feel",
        "says": "non_apology",
        "regex": (
            r"\bsorry (?:that\s+)?(?:you feel|you felt|you're so|youre so|you think|if "
            r"you (?:feel|felt|were|got|took|think|are)|if (?:that|it) (?:upset|hurt|"
            r"offended)|you see it|you took it)\b"
        ),
        "guards": [],
        "examples": [
            "I'm sorry you feel that way.",
            "I'm sorry if you felt hurt. That's all I can say.",
        ],
        "counterexamples": [
            "I said sorry you feel that way. That's not an apology. I'm sorry I hurt you."
        ],
    },
    {
        "id": "defensiveness.not-my-fault",
        "says": "not_my_fault",
        "regex": r"\b<CSTART>not my fault\b",
        "guards": ["negation"],
        "not_after": r"(?:so|now|and|if)\s*$",
        "examples": ["Not my fault you didn't read the message"],
    },
    {
        "id": "defensiveness.none-of-this-is",
        "says": "not_my_fault",
        "regex": r"\bnone of (?:this|that|it) (?:is|was) (?:my fault|on me)\b",
        "guards": ["negation"],
        "not_after": r"(?:so|now|and|if)\s*$",
    },
    {
        "id": "defensiveness.dont-put-it-on",
        "says": "not_my_fault",
        "regex": (
            r"\b(?:don't|dont|do not|stop trying to) (?:put|pin|blame|dump) (?:it|this|"
            r"that|everything|all of (?:it|this)) on me\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:so|now|and|if)\s*$",
        "examples": [
            "Don't put this on me, I wasn't even there.",
            "That wasn't me, that was the bank's mistake, don't put it on me.",
        ],
    },
    {
        "id": "defensiveness.that-wasnt-me-who",
        "says": "not_my_fault",
        "regex": (
            r"\b(?:that|it) (?:wasn't|wasnt|was not) (?:me|even me)\b(?!\s+(?:who (?:was|"
            r"got) hurt|that got hurt))"
        ),
        "guards": ["negation"],
        "not_after": r"(?:so|now|and|if)\s*$",
        "examples": ["That wasn't me, that was the bank's mistake, don't put it on me."],
    },
    {
        "id": "defensiveness.thats-not-fair-i",
        "says": "not_my_fault",
        "regex": (
            r"\b(?:that's|thats|that is|it's|its) (?:not|so not|hardly) fair,? (?:i|i'm|"
            r"im|i've|ive)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:so|now|and|if)\s*$",
        "examples": ["That's not fair, I do loads round here and you know it"],
    },
    {
        "id": "defensiveness.i-do-everything-round",
        "says": "not_my_fault",
        "regex": (
            r"\bi (?:do|did) (?:everything|loads|so much|all the \w+|most of the \w+|more "
            r"than you)\s+(?:round|around|in|for) (?:here|this house|you|us)\b"
        ),
        "guards": ["negation"],
        "not_after": r"(?:so|now|and|if)\s*$",
    },
    {
        "id": "defensiveness.i-was-going-to",
        "says": "excuse",
        "regex": r"\bi was (?:going|gonna|about) to tell (?:you|u)\b",
        "guards": ["negation"],
        "examples": ["I was going to tell you!! You just found out first."],
    },
    {
        "id": "defensiveness.what-more-do-you-2",
        "says": "excuse",
        "regex": r"\bwhat (?:more|else) do (?:you|u) want\b",
        "guards": ["negation"],
        "examples": ["I've apologised like ten times already, what else do you want"],
    },
    {
        "id": "defensiveness.sorry-for-existing",
        "says": "excuse",
        "regex": r"\bsorry for (?:existing|breathing|living|being alive)\b",
        "guards": ["negation"],
        "examples": ["well sorry for existing I guess"],
    },
    {
        "id": "defensiveness.i-was-drunk-i",
        "says": "excuse",
        "regex": (
            r"\bi was (?:drunk|wasted|hammered|tipsy|pissed|high|off my face|tired|"
            r"stressed|exhausted|knackered)\b,?\s+(?:i|so i|and i)\s+(?:didn't|didnt|did "
            r"not|don't|dont|couldn't|couldnt)\s+(?:know|mean|realise|realize|think|"
            r"remember)\b"
        ),
        "guards": ["negation"],
        "examples": ["I was drunk, I didn't know what I was saying"],
    },
    {
        "id": "defensiveness.i-had-no-other-2",
        "says": "excuse",
        "regex": r"\bi had no (?:other )?(?:choice|option)\b",
        "guards": ["negation"],
    },
    {
        "id": "defensiveness.and-you-ve-never",
        "says": "counter",
        "regex": (
            r"\b(?:and|oh and|like|as if) (?:you|u)(?:'ve|ve| have)? "
            r"never\b[^.!?\n]{0,40}\?"
        ),
        "guards": ["negation"],
        "examples": ["And you've never forgotten anything? Come on."],
    },
    {
        "id": "defensiveness.you-have-to-admit",
        "says": "counter",
        "regex": (
            r"\b(?:you have to|you've got to|youve got to|you gotta|you've gotta) admit "
            r"(?:you|that you|u)\b(?!\s+(?:drove|made|pushed|forced))"
        ),
        "guards": ["negation"],
        "examples": ["ok I'm sorry but you have to admit you were being annoying too"],
    },
    {
        "id": "defensiveness.youre-the-one-who",
        "says": "counter",
        "regex": (
            r"\b<YOURE>\s+the one who (?:started|began|kicked off|was shouting|was "
            r"yelling)\b"
        ),
        "guards": ["negation"],
    },
    # --- added in coach2: patterns, not regexes ---
    {
        "id": "defensiveness.how-was-i-supposed-to-know",
        "says": "not_my_fault",
        "patterns": [
            "how (was|am|were|would) i (supposed|meant|expected) to (~know|~remember|~guess|~tell|read your mind|~see that coming)",
            "^^ (that's|that is|it's|it is|its)? not on me $$",
            "^^ (it)? (wasn't|was not) me $$",
        ],
        "guards": ["negation", "playful"],
        "examples": ["How was I supposed to know? Nobody told me.", "Not on me.", "wasnt me"],
        "counterexamples": [
            "I know how I was supposed to know, and I'm sorry I didn't check.",
            "wasnt me 😂 it was the dog",
        ],
    },
    {
        "id": "defensiveness.apologised-a-hundred-times",
        "says": "not_my_fault",
        "patterns": [
            "(i've|i have|i|ive) (already)? (~apologise|~apologize|said sorry|said i'm sorry|said im sorry) (a hundred|a thousand|a million|so many|like a hundred|# |too many|enough) times?",
            "(i've|i have|i|ive) (already)? (~apologise|~apologize|said sorry|said i'm sorry) (enough|already) $$",
        ],
        "guards": ["negation"],
        "examples": ["I've apologised a hundred times, when are you going to get over it?"],
        "counterexamples": [
            "I know I've apologised many times, and I'll keep showing you instead."
        ],
    },
    {
        "id": "defensiveness.stop-accusing-me",
        "says": "not_my_fault",
        "patterns": [
            "(stop|quit) (accusing|blaming|attacking|interrogating|nagging|having a go at|picking on) me",
            "@YOURE (attacking|accusing|blaming|interrogating|ganging up on|having a go at|picking on) me",
            "but (you|u) (were|was|did|do|are|said|forgot|went|do it|did it) .. (too|as well|also|first)",
            # "I was busy!" answers a complaint; "I'm so tired" alone says how one is.
            "^^^ i was (so|just|really)? (busy|working|tired|at work|exhausted|stressed) (!|.|ok|okay)? $$$",
            "^^^ (i'm|im|i am) (so|just|really)? (busy|working|at work) (!|.|ok|okay)? $$$",
        ],
        "guards": ["negation"],
        "examples": [
            "i didnt do anything, stop accusing me",
            "You're attacking me for no reason.",
            "Yes I was late, but you were late last week too.",
            "I was busy!",
        ],
        "counterexamples": [
            "I'm not saying you're attacking me.",
            "I was busy, sorry! Calling you now.",
            "I'm so tired lol",
        ],
    },
    {
        "id": "defensiveness.what-do-you-want-from-me",
        "says": "not_my_fault",
        "patterns": [
            "what (do|else do|more do) (you|u) want from me",
            "^ i ... what (do|did) (you|u) expect",
            "(it's|its|it is) not like (you're|ur|you are|you were|youre) (perfect|a saint|an angel|innocent|blameless|any better|so perfect)",
            "(you|u) (need to|have to|gotta|should) stop (punishing|blaming|attacking|judging) me",
            "(stop|quit) (going on|banging on|harping on|moaning|whining|nagging) (about it|about this|at me)?",
        ],
        "guards": ["negation"],
        "examples": [
            "what do u want from me, i said sorry",
            "I work sixty hours a week, what do you expect?",
            "It's not like you're perfect.",
            "I know I hurt you. But you need to stop punishing me for it.",
            "I already told you I'm handling it, stop going on.",
        ],
        "counterexamples": ["I'm not saying you need to stop punishing me."],
    },
    {
        "id": "defensiveness.ive-done-everything",
        "says": "not_my_fault",
        "patterns": [
            "(i've|i have|ive) (already)? done everything (you asked|you wanted|i can|i could|possible|right)?",
            "(more times than i can count|a hundred times|a thousand times|so many times) .. (sorry|apologi*|told you|said)",
            "(i've|i have|i) (said|told you) (it|this|sorry|that) (a hundred|a thousand|four|five|so many|too many|# |more) times",
            "(i'm|im|i am) (so|sick and)? tired of being (treated like|the bad guy|the villain|blamed|accused|punished|interrogated|lectured|made to feel)",
            "(i've|i have|ive) paid for (it|that|this) (every|enough|a thousand|over and over|ever since)",
            "(apparently|so) (i'm|im|i am) the (bad guy|villain|monster|problem) (now|here|again)?",
            "what else (can|could|am) i (possibly)? (say|do|supposed to say|supposed to do)",
            "what else i (can|could) (possibly)? (say|do)",
            "i (don't|do not) think i did anything (that|so)? (bad|wrong|terrible|awful)",
            "(things|stuff|something) i (didn't|did not|never) (even)? do",
            "(you|u) (were|are|was) the one (who|that) (~go through|~read|~start|~snoop|~check|~bring|~yell|~shout|~look)",
        ],
        "guards": ["negation"],
        "examples": [
            "I've done everything you asked, what more do you want.",
            "I've said sorry more times than I can count.",
            "I told you this four times.",
            "i'm so tired of being treated like a criminal in my own home.",
            "I made one mistake, years ago, and I've paid for it every single day since.",
            "so apparently i'm the bad guy now. cool.",
            "I don't know what else I can possibly say to make you believe me.",
            "I don't think I did anything that bad.",
            "me apologising for things I didn't even do",
            "u were the one who went through my phone",
        ],
        "counterexamples": [
            "I know I haven't done everything I could, and I want to.",
            "I'm not saying I'm tired of being asked, ask me anything.",
        ],
    },
    # Issue 17, unseen wording: the shapes a defence takes, not its spelled-out sentences.
    {
        "id": "defensiveness.you-do-the-same",
        "says": "counter",
        "patterns": [
            # A complaint answered with the other's record: "you're the one who ...".
            "^^ (hang on|hold on|wait|excuse me|um|erm|oh please) (you're|you are|youre|ur|you were|u were) the one (who|that) !(makes|make|made|keeps|kept|i love|i want|i chose|i choose|was hurt|got hurt|who was hurt)",
            "(you|u) do the (exact|very)? same (thing)? (with|w|on|when|to)",
            "(it's|its|it is) not like (you've|you have|youve|uve) (been)? (perfect|a saint|an angel|innocent|blameless|squeaky clean)",
            "(you're|you are|youre|ur) making (out|it sound|it seem) (like|as if) (i'm|im|i am|i was|i've|ive|i'm the only)",
            "some of us (work|have jobs|have to work|actually work|have a job)",
            "why (would|do|did|should) (you|u) believe (her|him|them|her word|his word|anyone|everyone|your|my|so-and-so) .. over me",
            "(you're|you are|youre|ur) twisting my words",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "Hang on, you're the one who wanted to take the loan out in the first place.",
            "u do the exact same thing w ur phone",
            "It's not like you've been perfect either.",
            "You're making out like I'm the only one who's ever made a mistake.",
            "i was busy!! some of us work",
            "Why would you believe so-and-so over me?",
            "That's not what I meant, you're twisting my words.",
        ],
        "counterexamples": [
            "You're the one who makes me laugh every single day.",
            "You do the same thing I do when you're nervous, it's sweet.",
        ],
    },
    {
        "id": "defensiveness.i-just-didnt-mention-it",
        "says": "excuse",
        "patterns": [
            # A reason offered in place of owning it: "I didn't lie, I just didn't mention it".
            "i (didn't|did not|never) (lie|hide it|hid it|hide anything|hid anything|lie to you) .. i (just|only|simply) (didn't|did not|never|forgot to) (mention|tell|bring|show|say)",
            "if (you'd|youd|you had|u had|you would have|u would have) (just|only)? (~ask|~tell) (me)? .. i (would have|would've|'d have|wouldve|would of) (told|said|explained)",
            "(you|u) (could|could've|couldve|could have|could of) (just)? (asked|said something|told me|said so|checked)",
            "(it|that) (was|wasn't|wasnt|was not) (his|her|their|your mum's|your mom's|dave's|my mate's|not my)? idea .. not mine",
            "(it|that)? (wasn't|wasnt|was not) (even)? my idea",
            "(everyone|everybody|anyone|anybody) (would have|would've|wouldve|would of) done the same",
            "^^ (everyone|everybody) (forgets|makes mistakes|slips up) (stuff|things)? (sometimes)? $$",
            "(i'm|im|i am) (a human being|human) not a (robot|machine|mind reader|superhero)",
            "i (can't|cant|cannot) (be everywhere|be in two places) (at once|at the same time)?",
            "i (can|could) never (do anything right|please you|win with you|get it right|do right by you) !(but|and i)",
            "(i'm|im|i am|i've been|ive been) (fed up|sick|tired) of being (the villain|the bad guy|blamed|treated like the|made out to be|the only one)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "I didn't lie, I just didn't mention it.",
            "If you'd asked me straight out, I would have told you.",
            "i mean u could of just asked",
            "It was his idea to go back to the hotel bar, not mine.",
            "wasnt my idea to go to the pub, blame dave",
            "I was under a lot of pressure, anyone would have done the same.",
            "everyone forgets stuff sometimes",
            "i cant be everywhere at once",
            "I can never do anything right!!!",
            "I'm fed up of being the villain.",
        ],
        "counterexamples": [
            "If you had asked me then I would have said it was your fault. I was wrong, it was my choice.",
            "I didn't lie to you about the money and I'm sorry I hid the card.",
            "It was my idea and I'm sorry it went so wrong.",
            "I'm not saying anyone would have done the same, I chose it.",
            "I can't read your mind, so please tell me what you need, I want to help.",
        ],
    },
    {
        "id": "defensiveness.i-was-busy-excuse",
        "says": "excuse",
        "patterns": [
            # Circumstances put first, unowned: the guard lets "..., but that's no excuse" through.
            "i (had|have|'ve got|ve got|got) (a lot|so much|loads|too much|a ton) on my /(?:plate|mind)(?![^\n]*(?:no excuse|not an excuse|sorry|my fault|took it out on))/",
            "(i was|i've been|ive been|i am|i'm|im) under (a lot of|so much|too much|loads of|huge|massive|a ton of|serious) /(?:pressure|stress)(?![^\n]*(?:no excuse|not an excuse|sorry|my fault|took it out on))/",
            "(you|u) know how my (boss|manager|job|work|mum|mom|dad|family) (is|gets|can be)",
            "(i've|i have|ive|i) (already)? (~apologise|~apologize|said sorry) (like)? (# |five|ten|a dozen|so many|several) times",
            "^^^ (i forgot|i was busy|i was tired|i was working|i was drunk|i messed up|i said sorry|nobody told me|no one told me) (ok|okay|alright|all right)? $$$",
            "^^^ (it just happened|i was (so|really|badly|very)? drunk|i had my reasons|it was (just)? a joke|everybody does it|everyone does it|i was horny) $$$",
            "so sue me",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "I had a lot on my plate that month, you know I did.",
            "I've been under so much pressure, I wasn't thinking straight.",
            "u know how my boss is, i couldnt leave",
            "i already apologised like 5 times",
            "I forgot, okay?",
            "Nobody told me.",
            "It just happened.",
            "Geez! I forgot, alright?! So sue me.",
        ],
        "counterexamples": [
            "I had a lot on my plate, but that's no excuse, and I'm sorry.",
            "I was under so much pressure at work and I took it out on you. I'm sorry.",
            "I forgot the milk, sorry, I'll grab some on the way home.",
        ],
    },
    {
        "id": "defensiveness.well-you-never",
        "says": "counter",
        "patterns": [
            # A reply that turns the complaint around before hearing it.
            "^^ well @YOU (never|didn't|don't|did not|do not|weren't|wasn't) !(miss|need|have to|have|worry|lose) *",
            # ... unless the same message owns it ("yes, but I did it, and I'm sorry").
            "^^ (ok|okay|yeah|yes|yea|well|fine) but (like)? i (did|do|have|already|paid|cleaned|cooked|made|took|picked|sorted|booked) /\\w+(?![^\\n]*(?:sorry|my fault|no excuse))/",
            "i (literally|already|clearly) told (you|u) $",
            "^^ (oh|wow)? so (now)? (it's|its|it is) (all)? (me|on me) (now|then)? !(who|that|and)",
            "^^ now (it's|its|it is) (all)? (my fault|on me)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "well u never said no to the holiday so",
            "Well, you weren't exactly warm when I got home either.",
            "ok but like i did the shopping so",
            "i was at the gym?? i literally told u",
            "Oh, so it's me?",
            "Now it's my fault.",
        ],
        "counterexamples": [
            "Well, you didn't miss much, the film was terrible.",
            "Yes, but I did it and I'm sorry, there's no but really.",
            "So it's me who's picking the kids up today?",
        ],
    },
    {
        "id": "defensiveness.im-not-that",
        "says": "not_my_fault",
        "patterns": [
            # The charge denied outright, unless the same message says what hurts instead.
            "^^ (i'm|im|i am) not (@TRAIT|unreliable|insensitive|a liar|a bad person|the problem) /\\w+(?![^\\n]*\\b(?:scared|afraid|worried|hurt|sad|miss you|love you|sorry)\\b)/",
            "i (only|just) had (#|a couple|a few|one|two|three) (of)? (drinks|pints|beers|glasses|wines)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "I'm not demanding, I barely ever ask you for anything.",
            "i only had 2 drinks chill",
        ],
        "counterexamples": [
            "I'm not jealous, I'm scared of losing you.",
            "I'm not saying I only had two drinks, I had too many.",
        ],
    },
]
