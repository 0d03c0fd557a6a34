# ruff: noqa: E501 (examples are whole messages, kept on one line)
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
            # Fondness in the same sentence makes it teasing: "you're ridiculous, and I adore you".
            r"(?![^.!?\n]*\b(?:endearing|adorable|adore|i love (?:it|you|that)|love you)\b)"
        ),
        "guards": ["negation", "playful"],
        "examples": ["you're a disgrace", "you're a waste of space"],
        "counterexamples": ["You're ridiculous, and I adore you."],
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
        "examples": ["you idiot, you told your mum everything"],
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
        "examples": ["you pathetic little man"],
    },
    {
        "id": "contempt.pathetic",
        "says": "insult",
        "regex": (
            r"\b<SSTART>(?:pathetic|disgusting|unbelievable|ridiculous|hilarious|"
            r"priceless)\s*[.!]"
        ),
        "guards": ["negation", "playful"],
        "examples": [
            "Is that supposed to be an apology? Pathetic.",
            "Says the man who hid thirty grand of debts. Pathetic.",
        ],
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
        "examples": ["what a joke you are", "what an idiot I married"],
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
        "examples": ["You disgust me.", "you disgust me honestly"],
    },
    {
        "id": "contempt.real-ly-mature",
        "says": "mock",
        "regex": (
            r"\b(?:real(?:ly)? mature|very mature|so mature)\b(?!\s+(?:of you to|way|"
            r"approach))"
        ),
        "guards": ["negation"],
        "examples": ["wow real mature, slamming the door", "oh so now it's my fault. real mature."],
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
        "examples": ["Nice one genius, you locked us out again."],
    },
    {
        "id": "contempt.slow-clap",
        "says": "mock",
        "patterns": ["slow clap"],
        "counterexamples": ["The band played a slow song and we all clapped."],
        "guards": ["negation"],
        "examples": ["Slow clap. Really impressive work with the dinner."],
    },
    {
        "id": "contempt.eye-roll",
        "says": "mock",
        "regex": r"\beye ?roll\w*\b\*?",
        "guards": ["negation"],
        "examples": ["*eye roll* here we go, the martyr act again"],
    },
    {
        "id": "contempt.rolls-eyes",
        "says": "mock",
        "regex": r"\*rolls eyes\*",
        "guards": ["negation"],
        "examples": ["*rolls eyes* here we go"],
    },
    {
        "id": "contempt.eye-roll-emoji",
        "says": "mock",
        "regex": r"\U0001f644",
        "guards": ["negation"],
        "examples": ["🙄 ok", "🙄🙄🙄 sure you were 'working late'"],
    },
    {
        "id": "contempt.lo-l-ok",
        "says": "mock",
        "regex": r"\blo+l,?\s+(?:ok|okay|sure|right|whatever)\b",
        "guards": ["negation"],
        "examples": ["lol ok. I'm done here.", 'lol ok. sure you were "just at the gym"'],
    },
    {
        "id": "contempt.yeah-right",
        "says": "mock",
        "patterns": ["yeah right"],
        "counterexamples": ["Yeah, turn left at the lights."],
        "guards": ["negation"],
        "examples": ['yeah right. you, "working late". sure.'],
    },
    {
        "id": "contempt.oh-sure",
        "says": "mock",
        "regex": r"\boh,? (?:sure|please|poor (?:you|baby|thing|little you))\b",
        "guards": ["negation"],
        "examples": [
            "oh poor you, it must be so hard being you",
            "Oh poor baby, did someone have a hard day at the office? 🙄",
        ],
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
        "examples": ["boo hoo. cry me a river"],
    },
    {
        "id": "contempt.cry-me-a-river",
        "says": "mock",
        "patterns": ["cry me a river"],
        "counterexamples": ["That film made me cry so much."],
        "guards": ["negation"],
        "examples": ["cry me a river mate", "boo hoo. cry me a river"],
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
        "examples": [
            "🙄🙄🙄 sure you were 'working late'",
            'lol ok. sure you were "just at the gym"',
        ],
    },
    {
        "id": "contempt.good-luck-with-that",
        "says": "mock",
        "patterns": ["good luck with that"],
        "counterexamples": ["Good luck with the interview today!"],
        "guards": ["negation"],
        "examples": ["Good luck with that, you've never finished anything in your life."],
    },
    {
        "id": "contempt.dont-make-me-laugh",
        "says": "mock",
        "patterns": ["(don't|dont|do not) make me laugh $"],
        "guards": ["negation"],
        "examples": ["You, faithful? Don't make me laugh."],
        "counterexamples": ["Don't make me laugh during the meeting!"],
    },
    {
        "id": "contempt.thats-rich",
        "says": "mock",
        "regex": (
            r"\b(?:that's|thats) (?:rich|a laugh|hilarious|cute)\b(?!\s+(?:of you to|"
            r"idea))"
        ),
        "guards": ["negation"],
        "examples": [
            "Coming from the person who cheated on me with Sam? That's rich.",
            "oh that's rich coming from someone who gambled our savings away",
        ],
    },
    {
        "id": "contempt.is-that-the-best",
        "says": "mock",
        "regex": r"\bis that (?:the best you can do|supposed to be an apology)\b",
        "guards": ["negation"],
        "examples": ["Is that supposed to be an apology? Pathetic."],
    },
    {
        "id": "contempt.you-call-that-an",
        "says": "mock",
        "patterns": ["you call (that|this) an apology"],
        "counterexamples": ["Do you call that a pancake? \ud83d\ude04"],
        "guards": ["negation"],
        "examples": ["You call that an apology? My dog apologises better."],
    },
    {
        "id": "contempt.do-you-even-hear",
        "says": "mock",
        "patterns": ["(do|can) you even hear yourself"],
        "counterexamples": ["Can you hear me? The line is bad."],
        "guards": ["negation"],
        "examples": [
            "Do you even hear yourself? You sound insane.",
            "do you even hear yourself? you're being completely hysterical",
        ],
    },
    {
        "id": "contempt.listen-to-yourself",
        "says": "mock",
        "patterns": ["listen to yourself"],
        "examples": ["Listen to yourself."],
        "counterexamples": ["Listen to your body and rest today."],
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
        "patterns": ["grow (up|a pair|some balls) !(to|into|in|together|with|so|and be|around)"],
        "guards": ["negation", "playful"],
        "examples": ["Grow up."],
        "counterexamples": ["Grow up to be as kind as your mum, okay?"],
    },
    {
        "id": "contempt.oh-here-comes-the",
        "says": "mock",
        "regex": (
            r"\b(?:oh\s+)?(?:here|there) (?:comes|goes) the (?:victim|drama|martyr|"
            r"waterworks|tears)\b"
        ),
        "guards": ["negation"],
        "examples": ["oh here comes the victim again"],
    },
    {
        "id": "contempt.the-waterworks",
        "says": "mock",
        "patterns": ["the waterworks"],
        "examples": ["Here come the waterworks."],
        "counterexamples": ["The water works again, the plumber fixed it."],
        "guards": ["negation"],
    },
    {
        "id": "contempt.turn-off-the-waterworks",
        "says": "mock",
        "patterns": ["turn off the waterworks"],
        "examples": ["Turn off the waterworks."],
        "counterexamples": ["Turn off the water at the mains before you go."],
        "guards": ["negation"],
    },
    {
        "id": "contempt.crocodile-tears",
        "says": "mock",
        "patterns": ["crocodile tears"],
        "examples": ["Spare me the crocodile tears."],
        "counterexamples": ["We saw real crocodiles at the zoo today."],
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
        "examples": [
            "Mr Perfect strikes again",
            "lol ok mr honesty, who was it that lied about the loans for a year?",
        ],
    },
    {
        "id": "contempt.are-you-even-capable",
        "says": "mock",
        "regex": (
            # "Are you even capable of ..." judges what they do: criticism (its own rule).
            r"\bare you (?:even|actually|seriously) (?:that stupid|that dense)\b"
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
        "patterns": ["who (the hell)? do you think you are"],
        "examples": ["Who the hell do you think you are?"],
        "counterexamples": ["Who do you think will win tonight?"],
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
        "examples": [
            "Wow, what a hero, you emptied the dishwasher. Want a medal?",
            "Oh well done, you managed to take the bins out. Want a medal?",
        ],
    },
    {
        "id": "contempt.you-think-youre-so",
        "says": "mock",
        "regex": (
            r"\byou think (?:you're|youre|you are|ur) so (?:clever|smart|funny|special|"
            r"great|perfect|superior|clever don't you)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "You think you're so clever. Go ahead and leave, see how far you get. I'll make sure you never see a penny of that house."
        ],
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
        "examples": ["you absolute waste of space"],
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
        "examples": ["must be nice to just switch off whenever you feel like it"],
    },
    {
        "id": "contempt.spare-me-a",
        "says": "mock",
        "regex": r"\bspare me\b(?!\s+(?:a|some|the (?:time|details)|five|ten)\b)",
        "guards": ["negation"],
        "examples": ["Spare me the tears."],
    },
    {
        "id": "contempt.cute-that-you-think",
        "says": "mock",
        "regex": (
            r"\b(?:cute|adorable|sweet|funny|hilarious|precious) (?:that|how) (?:you|u) "
            r"(?:think|thought|believe|expect|reckon)\b"
        ),
        "guards": ["negation"],
        "examples": ["cute that you think I'd believe that"],
    },
    {
        "id": "contempt.look-who-s-finally",
        "says": "mock",
        "regex": (
            r"\blook (?:who(?:'s| has| is)?|what the cat) (?:finally |decided|bothered|"
            r"remembered|dragged|graced)"
        ),
        "guards": ["negation"],
        "examples": ["Oh look who finally decided to come home. How lovely of you."],
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
        "examples": ["lmao ok whatever you say champ"],
    },
    {
        "id": "contempt.wow-what-a-hero",
        "says": "mock",
        "regex": (
            r"\b(?:wow|oh wow|ooh|well done),? (?:what a|such a) (?:hero|saint|legend|"
            r"gentleman|martyr|catch)\b"
        ),
        "guards": ["negation"],
        "examples": ["Wow, what a hero, you emptied the dishwasher. Want a medal?"],
    },
    {
        "id": "contempt.the-martyr-act",
        "says": "mock",
        "patterns": ["(the|your) martyr act"],
        "counterexamples": ["The martyr in that film was so brave."],
        "guards": ["negation"],
        "examples": ["*eye roll* here we go, the martyr act again"],
    },
    {
        "id": "contempt.oh-shut-up",
        "says": "insult",
        "regex": r"\b<CSTART>(?:oh |just |so |now |and |well )?shut (?:up|it)\s*(?:\.+|$|\n)",
        "guards": ["negation", "playful"],
        "examples": ["Shut up.", "Just shut up."],
    },
    {
        "id": "contempt.shut-up-shut-up",
        "says": "insult",
        "regex": r"\b(?:shut up[,!]?\s+){1,3}shut up\b",
        "guards": ["negation", "playful"],
        "examples": ["shut up shut up shut up"],
    },
    {
        "id": "contempt.so-shut-up-and",
        "says": "insult",
        "regex": r"\b(?:so|just|now|and|oh) shut up\b(?!\s+(?:and (?:listen|let)|about))",
        "guards": ["negation", "playful"],
        "examples": ["Well you cheated with Chris so shut up"],
    },
    {
        "id": "contempt.shut-your-mouth",
        "says": "insult",
        "regex": r"\bshut (?:your|ur) (?:mouth|face|trap|gob|pie ?hole)\b",
        "guards": ["negation", "playful"],
        "examples": ["nobody asked for your opinion, just shut your mouth"],
    },
    {
        "id": "contempt.nobody-asked-for-you",
        "says": "insult",
        "regex": (
            r"\b(?:nobody|no one|noone) (?:asked (?:for )?(?:you|u|your|ur)|cares what "
            r"(?:you|u) (?:think|say))\b"
        ),
        "guards": ["negation", "playful"],
        "examples": ["nobody asked for your opinion, just shut your mouth"],
    },
    {
        "id": "contempt.graced-us-with-your",
        "says": "mock",
        "patterns": ["(grace|graced) (us|me|everyone) with (your|ur) presence"],
        "counterexamples": ["Thank you for being with us tonight, your presence meant a lot."],
        "guards": ["negation"],
        "examples": ["Kind of you to finally grace us with your presence"],
    },
    {
        "id": "contempt.nice-of-you-to",
        "says": "mock",
        "regex": (
            r"\b(?:nice|kind|good|lovely|sweet|decent|big) of (?:you|u) to (?:finally|"
            r"eventually|actually bother|bother|deign)\b"
        ),
        "guards": ["negation"],
        "examples": ["Kind of you to finally grace us with your presence"],
    },
    {
        "id": "contempt.must-be-lovely-to",
        "says": "mock",
        "regex": r"\bmust be (?:lovely|great|wonderful|fun) (?:to|being|having)\b",
        "guards": ["negation"],
        "examples": ["must be lovely having nothing to do all day"],
    },
    {
        "id": "contempt.thinking-youre-so-genius",
        "says": "mock",
        "regex": (
            r"\bthinking (?:you're|youre|you are|ur) (?:so |some kind of |some sort of |a "
            r")(?:genius|clever|smart|expert|hero|big shot|superior|special)\b"
        ),
        "guards": ["negation"],
        "examples": ["look at you, thinking you're some kind of genius lmao"],
    },
    {
        "id": "contempt.dont-strain-yourself",
        "says": "mock",
        "patterns": ["(don't|dont) (strain|exert|overexert) yourself"],
        "examples": ["Oh, don't strain yourself."],
        "counterexamples": ["Don't strain your back lifting that box."],
        "guards": ["negation"],
    },
    {
        "id": "contempt.don-t-put-yourself",
        "says": "mock",
        "regex": r"\bdon'?t (?:put yourself out|break a sweat)\b",
        "guards": ["negation"],
    },
    # --- added in coach2: patterns, not regexes ---
    {
        "id": "contempt.why-are-you-such-a-name",
        "says": "insult",
        "patterns": [
            "why (are|r) @YOU (such|always)? (a|an|the) @INSULT_ADJ? @INSULT_NOUN",
            "why (are|r) @YOU so (pathetic|disgusting|worthless|useless|spineless|gutless|vile|stupid|dumb)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "Why are you such a pathetic liar?",
            "why r u such a coward",
            "Why are you so pathetic about this?",
        ],
        "counterexamples": ["Why are you such a good listener?", "why are you so sad tonight?"],
    },
    {
        "id": "contempt.youre-a-pathetic-name",
        "says": "insult",
        "patterns": [
            "@YOURE (such|nothing but|just|only)? (a|an) (absolute|complete|total|real|fucking)? @INSULT_ADJ @INSULT_NOUN",
            "@YOU (absolute|complete|total|fucking)? @INSULT_ADJ{1,2} @INSULT_NOUN",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "you're a lying cheat and everyone knows it",
            "ur such a lying snake",
            "you pathetic lying rat",
        ],
        "counterexamples": [
            "I'm not saying you're a pathetic liar.",
            "my boss called me a pathetic liar today",
        ],
    },
    {
        "id": "contempt.youre-a-name",
        "says": "insult",
        "patterns": [
            "@YOURE (such|nothing but|just|only)? (a|an) (absolute|complete|total|real|fucking|big|massive|huge|lying|cheating)? (liar|cheat|cheater|loser|idiot|moron|joke|coward|fraud|failure|creep|pig|snake|rat|waste of space|piece of work|piece of shit|disappointment|embarrassment|clown|narcissist|psycho|child|baby) !(to|at|for|about|when|if|with|in|on|of)",
        ],
        "guards": ["negation", "playful"],
        "examples": ["You're a liar.", "honestly ur a fraud", "You are a fraud."],
        "counterexamples": [
            "you're not a liar",
            "you're a joke to them, not to me",
            "haha you're such a child 😂 love you",
        ],
    },
    {
        "id": "contempt.cool-story",
        "says": "mock",
        "patterns": [
            "^^ (cool|nice|great|lovely) story (bro|babe|mate|dude|hun)? $$",
            "(wow|oh) (what a|such a|big) (shocker|surprise) $$",
            "(what a|such a) (shocker|surprise) $$",
            "(congratulations|congrats|well done|good job|great job|bravo|nice going|nice work|slow clap) @YOU (managed to|really|finally|successfully|actually)? (~screw|~mess|~ruin|~break|~blow|~fuck|~wreck)",
        ],
        "guards": ["negation"],
        "examples": [
            "cool story bro",
            "Congratulations, you managed to screw up the one thing you had to do. Bravo.",
            "you forgot again. wow, what a shocker",
        ],
        "counterexamples": [
            "cool story, tell me more later! 😊 love you",
            "Congratulations, you got the job!",
        ],
    },
    {
        "id": "contempt.poor-victim",
        "says": "mock",
        "patterns": [
            "(here we go|oh look|oh great|and here comes|cue|here comes) (again)? (the|poor)? (poor|little)? (victim|sob story|pity party)",
            "(the|poor) (poor|little)? victim (again|act|routine|card|mode)",
        ],
        "guards": ["negation"],
        "examples": ["Oh, here we go, the poor victim again.", "cue the pity party"],
        "counterexamples": ["I don't want to be the victim here, I want us to talk."],
    },
    {
        "id": "contempt.cant-stand-the-sight",
        "says": "disgust",
        "patterns": [
            "(can't|cannot|can barely) even (~stand|~bear|~stomach) (you|u|the sight of you|being near you)",
            "(~look at|~see|~be near) (you|u) without (feeling|wanting|getting) (sick|disgusted|to throw up|to vomit|to puke|to be sick)",
        ],
        "guards": ["negation"],
        "examples": ["I can't even look at you without feeling sick."],
        "counterexamples": ["I can't even look at you without smiling 😊"],
    },
    {
        "id": "contempt.who-would-want-you",
        "says": "insult",
        "patterns": [
            "who (would|could|will|is going to) (ever|possibly|actually)? (~want|~love|~date|~marry|~put up with|~stand|~fancy|~touch) (you|u|someone like you)",
            "@YOURE lucky (anyone|anybody|someone|that anyone|i|i even|i still|i ever) (even|still|ever)? (~put up with|~want|~love|~stay with|~stay|~come back|~marry|~touch|~look at|~bother with)",
        ],
        "guards": ["negation", "playful"],
        "examples": ["Honestly, who would ever want you?", "You're lucky anyone puts up with you."],
        "counterexamples": [
            "Who wouldn't want you? You're wonderful.",
            "you're lucky i love you so much 😘",
        ],
    },
    {
        "id": "contempt.did-i-hurt-your-feelings",
        "says": "mock",
        "patterns": [
            "(aw|aww|awww|oh|ooh|ohh|oops) (did|have|has) (i|that|someone|somebody) (hurt|upset|offended|bruised|wounded) (your|ur) (little|poor|precious|fragile|delicate)? (feelings|ego|pride|heart)",
            "grow (a|some) (spine|pair|backbone|thicker skin)",
            "(no one|nobody|noone) (even)? (cares|asked|gives a)",
            # "Gold star." said to them, not a child's "got a gold star for reading".
            "^^ gold star (for you)? $$",
            "(want a cookie|want a gold star|want a trophy|want a prize|want a round of applause|give yourself a pat on the back|gold star for (you|u))",
            "(since|because|as) (that's|it's|thats|its) (fine|okay|ok|allowed|normal|acceptable) (apparently|now apparently)",
            "(oh)? (so)? now (you|u) (care|(want to|wanna|decide to|feel like) (talk|care|listen|be nice|help|be honest|apologise|apologize))",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "aww did i hurt ur feelings 🥺 grow a spine",
            "omg shut up no one cares",
            "Good for you. Really. Gold star.",
            "Maybe I should start lying about bills too, since that's fine apparently.",
            "oh so NOW u want to talk. after ignoring me all week",
        ],
        "counterexamples": [
            "Did I hurt your feelings? I'm so sorry, tell me.",
            "I'm not saying no one cares.",
            "jake got a gold star for reading today, make a fuss of him when u get in",
        ],
    },
    {
        "id": "contempt.spoilt-child",
        "says": "insult",
        "patterns": [
            "@YOURE (just|such|nothing but|like)? (a|an) (spoilt|spoiled|big|overgrown|petulant|whiny|sulky|sulking|entitled|selfish)? (child|baby|toddler|brat|teenager|kid)",
            "(i'm|i am|im) (so)? (embarrassed|ashamed|disgusted) (to be|that i'm|that i am|to have been|i'm) (seen with|married to|with|associated with|related to|in a relationship with) (you|u)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "You are a spoilt child who has never had to face consequences.",
            "I'm embarrassed to be seen with you.",
        ],
        "counterexamples": [
            "you're such a baby 😂 love you",
            "I'm not saying you're a spoilt child.",
        ],
    },
    {
        "id": "contempt.short-insult",
        "says": "insult",
        "patterns": [
            "^^^ (@INSULT_NOUN|pathetic|unbelievable|disgusting|as if|get lost|piss off|sod off|go away|get out|get a grip|sure you did|sure you will|yeah right) $$$",
        ],
        "guards": ["negation", "playful"],
        "examples": ["Idiot.", "As if.", "Get lost."],
        "counterexamples": ["Idiot 😂 love you", "go away, you're making me laugh 😂"],
    },
    {
        "id": "contempt.are-you-really-this-stupid",
        "says": "insult",
        "patterns": [
            "(are|r) @YOU (really|actually|seriously|just|always)? (this|that|so) (stupid|dumb|thick|dense|clueless|pathetic|useless|slow|blind|deaf|incompetent)",
            "is there anything @YOU (actually|can|ever|can actually)? (do|get) right",
            "(can|can't|cant|cannot) @YOU (ever)? do anything right",
            "why would (anyone|anybody|someone) (ever)? (~believe|~trust|~respect|~want|~love|~listen to) (you|u|a word you say|anything you say)",
            "do @YOU ever (shut up|stop talking|stop complaining|stop whining|stop moaning)",
            "(ugh|oh|great|wonderful) (you|u) again $$",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "Are you really this stupid or just pretending?",
            "Is there anything you actually do right?",
            "Why would anyone believe a word you say?",
            "do u ever shut up",
            "Ugh, you again.",
        ],
        "counterexamples": ["Why would anyone want you to change? You're lovely 😍"],
    },
    {
        "id": "contempt.sarcastic-praise",
        "says": "mock",
        "patterns": [
            "(oh)? (great|brilliant|fantastic|wonderful|perfect|amazing|lovely) (another|more|yet another) (brilliant|genius|great|wonderful|amazing|fantastic) (idea|plan|move|decision|suggestion)",
            "(from|says|thanks|ok|okay|well done|nice one|sure thing) (the)? (genius|einstein|sherlock|mastermind|captain obvious|expert)",
            "(wow|oh|gee|well) (thanks|thank you) (so much|a lot|ever so much|so very much)? for",
            "(thanks|thank you) for nothing",
            "because @YOURE (such|so) (a|an)? (expert|genius|saint|angel|perfect|authority|role model|paragon|model husband|model wife|great listener)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "Oh great, another brilliant idea from the genius.",
            "wow thanks so much for remembering, truly touched",
            "Sure, because you're such an expert on relationships.",
        ],
        "counterexamples": [
            "Thanks so much for remembering, it means a lot.",
            "Oh great, another day at the beach! 😊",
        ],
    },
    {
        "id": "contempt.you-should-be-thanking-me",
        "says": "insult",
        "patterns": [
            "@YOU should be (thanking|grateful to|grateful that|thankful that|thankful|grateful) (me|i)",
            "no wonder (your|ur|he|she|they|nobody|no one|everyone) .. (left|leaves|cheated|dumped|hates|can't stand|likes|loves|wants|avoids) (you|u)",
            "@YOURE (so|too|such a|really|fucking|getting)? (ugly|fat|old and|repulsive|gross|hideous) (to|for|that|and|now|these days|$)",
            "(you'll|you will|you'd|you would|you're never|you are never) (never)? (going to)? find (anyone|anybody|someone|another) (else)? (who|that|to|like|better|as)",
            "go (cry|crying|run|running|whine|moan|complain|cry home) (back)? to (your|ur) (mum|mom|mother|mummy|mommy|sister|friends|therapist|dad|daddy)",
            "^^ (jog on|cry more|cry about it|grow a brain|get a brain|tell it to someone who cares|tell someone who cares|nobody asked|no one asked|who asked) $$",
            "(so|oh)? (honesty|trust|loyalty|respect|fidelity|the truth) (matters|counts|is important) (now|all of a sudden|suddenly)",
            "(acting|behaving) like (a|an) (spoilt|spoiled|big|overgrown|petulant|whiny|sulky)? (child|baby|toddler|brat|teenager|kid)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "You should be thanking me for staying.",
            "No wonder your first husband left you.",
            "You're too ugly to get anyone else anyway.",
            "You'll never find anyone who puts up with you like I do.",
            "Go cry to your mother then.",
            "Jog on.",
            "Oh, honesty matters now? Didn't seem to matter before.",
            "You're acting like a child.",
        ],
        "counterexamples": [
            "You'll never find anyone who loves you more than I do 🥰",
            "The kids are acting like such babies about bedtime, haha.",
        ],
    },
    {
        "id": "contempt.look-at-the-state-of-you",
        "says": "disgust",
        "patterns": [
            "look at the state of (you|u|yourself)",
            "^^ (ew|eww|ewww|yuck|gross) (just ew)? $$",
            "(ok|okay|sure|alright|calm down|relax|whatever|chill) (drama queen|snowflake|psycho|crybaby|cry baby)",
        ],
        "guards": ["negation"],
        "examples": ["Look at the state of you.", "ew. just ew.", "lmao ok drama queen"],
        "counterexamples": ["Look at the state of this kitchen, haha, party was fun."],
    },
    {
        "id": "contempt.bottomless-pit",
        "says": "insult",
        "patterns": [
            "@YOURE (a|an|such a|just a) (bottomless pit|black hole|drain|walking disaster|sad case|lost cause|basket case|nightmare of a|waste)",
            "i (honestly|really|genuinely|actually)? feel sorry for (you|u) $",
            "^^ get real $$",
            "(lectured|judged|told off|criticised|criticized|questioned|taught) by (someone|somebody|a person) like (you|u)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "You're a bottomless pit of complaints and I'm sick of it.",
            "and honestly I feel sorry for you.",
            "Get real.",
            "I'm done being lectured by someone like you.",
        ],
        "counterexamples": ["I feel sorry for you having to work on Sunday, that's rubbish."],
    },
    # Issue 17, unseen wording: the structure of a sneer rather than its spelled-out words.
    {
        "id": "contempt.short-sneer",
        "says": "mock",
        "patterns": [
            # A whole reply that is one scornful word: nothing else around it to soften it.
            "^^^ (oh)? (bless|yawn|tragic|shocker|big man|such a hero|my hero|what a hero|what a catch|poor you|the drama|oh the drama|how original|how brave|so brave|honestly pathetic|sad really|sad honestly|sad tbh) $$$",
            # "ok clown", "sure loser": a name thrown after a shrug.
            "^^ (ok|okay|k|sure|right|yeah|whatever|bye|night|cheers|thanks|alright) (then)? (@INSULT_NOUN|clown|genius|einstein|sherlock|champ|sweetie|sweetheart|princess|big man|hero) $$",
            # "Lazy asshole!": a name and nothing else.
            "^^^ (@INSULT_ADJ|you|u)? (asshole|arsehole|dickhead|loser|clown|idiot|moron|coward|liar|cheat|hypocrite) $$$",
        ],
        "guards": ["negation", "playful"],
        "examples": ["Yawn.", "ok clown", "Lazy asshole!", "Oh, the drama.", "Big man."],
        "counterexamples": [
            "Bless you, that's so kind.",
            "ok see you at 6",
            "haha ok clown love you",
        ],
    },
    {
        "id": "contempt.of-the-year",
        "says": "mock",
        "patterns": [
            # Praise as a jab: a title nobody means, or a fuss nobody would make.
            "(father|mother|husband|wife|partner|boyfriend|girlfriend|dad|mum|mom|son|daughter) of the year !(award|nomination|again|to me|in my eyes|honestly though)",
            "(someone|somebody) (call|ring|alert|phone) the (news|papers|press|media|newspapers)",
            "(i'll|i will|ill|let me|i should|better|quick) (alert|call|ring|phone|tell) the (press|media|papers|newspapers)",
            "(call|alert|stop) the (papers|press|presses|media)",
            "(shall|should) i (frame it|frame that|throw you a parade|throw a party|bake you a cake|get you a medal|give you a medal)",
            "(whatever|if it) (helps|makes) (you|u) (sleep|feel better) at night",
            "bless (your|ur) (heart|little heart|cotton socks)",
            "nice of (you|u) to (show up|turn up|join us|grace us|finally|bother|remember|wake up)",
            "(congrats|congratulations|well done|bravo) on being (the @WORST|a @INSULT_NOUN|an @INSULT_NOUN|such a @INSULT_NOUN)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "father of the year over here",
            "wow ur home before midnight, someone call the news",
            "ill alert the press",
            "whatever helps u sleep at night sweetie",
            "bless ur heart, u tried",
            "nice of u to show up",
            "congrats on being the worst husband in the postcode",
            "Oh well done, you managed to load the dishwasher. Shall I frame it?",
        ],
        "counterexamples": [
            "You won dad of the year award at the school fete, I'm so proud.",
            "Bless you, hope your cold clears up.",
            "It was so nice of you to come to my mum's today.",
            "I read before bed, it helps me sleep at night.",
        ],
    },
    {
        "id": "contempt.you-think-anyone",
        "says": "mock",
        "patterns": [
            # Who would ever want you: the threat of being unlovable.
            "(nobody|no one|noone|no other (man|woman|guy|girl)) (else)? (would|will|could|wld|is going to|is gonna|would ever|will ever|could ever) (ever)? (love|want|put up with|stay with|marry|date|touch|have|fancy) (you|u) $",
            "@YOURE (so)? lucky (to have me|i (stayed|stay|put up with you)|anyone (puts up|put up|would have|wants) (with)? (you|u))",
            # Your feelings do not count: mocking tears or hurt.
            "(that's|thats|it's|its|how) (adorable|cute|sweet|precious|funny) (that)? (you|u) (think|thought|believe|expect) !(of|about)",
            "(save me|enough of|cut) the (tears|waterworks|drama|theatrics|sob story|violins|act|speech|lecture|crocodile tears|tragic face)",
            "(you|u) (really|actually|honestly)? think (anyone|anybody|people|i|someone) (believes|believe|buys|buy|falls for|fall for) (you|u|that|this|your|ur)",
            "god forbid (you|u) (~lift|~do|~help|~think|~say|~pick|~clean|~cook|~ask|~get|~put|~take|~make)",
            "(is|was) that the best (excuse|lie|story|you could|you can|apology) (you|u)? (could|can|came up with|come up with)?",
            "(did|do) (you|u) (think of|come up with|work out|figure out|think up) (that|this) (all)? by (yourself|urself)",
            "(do|did) (you|u) (practise|practice|train|try) (being|to be) (this|that|so)",
            "(i'd|i would|id|let me|shall i) (explain|say|spell) it (out)? (more slowly|slower|slowly|for you)",
            "(keep going|carry on|go on|please continue) this is (very|so|really|highly|most)? (entertaining|amusing|funny|hilarious)",
            "imagine being (this|that|so) (dense|thick|stupid|dumb|pathetic|clueless|useless|insecure|petty|selfish|lazy|fragile|needy|desperate|sad)",
            "(thanks|thank you) for the (# word|one word|two word|three word|1 word|3 word|essay|lecture|sermon|speech|tedtalk|ted talk) .. (very|so|really) (moving|touching|inspiring|helpful|insightful)",
            "(my|your|ur) (mother|mum|mom|dad|father|family|friends|sister|brother) (warned me about|never trusted|never liked|was right about) (you|u)",
            # Their feeling echoed back as a question, then mocked: "oh, you're tired? from what".
            "^^ (oh|aww|aw|ohh) @YOURE (feeling)? (tired|hurt|sorry|upset|sad|busy|exhausted|stressed|offended|angry|annoyed|jealous) ? (poor thing|poor baby|poor you|from what|diddums|boo hoo)",
            "^^ (well|oh)? (that|this) (fixes|solves) everything $$",
            "should (have|'ve|of) listened to (my|your) (mother|mum|mom|dad|father|family|friends|sister|brother) .. about (you|u)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "nobody else wld put up w u, u know that right",
            "No one will ever want you.",
            "You're lucky to have me.",
            "That's adorable, you think you get a say.",
            "Enough of the tears, you know they stopped working years ago.",
            "u think anyone believes u",
            "God forbid you lift a finger.",
            "Is that the best excuse you could come up with? I expected more creativity.",
            "Did you think of that all by yourself?",
            "Do you practise being this useless or does it come naturally?",
            "I'd explain it more slowly for you but I'm not sure that would help.",
            "Keep going, this is very entertaining.",
            "imagine being this dense",
            "thanks for the 3 word reply, very moving",
            "My father never trusted you, either",
            "Oh, you're tired? From what, exactly? Scrolling?",
            "oh ur sorry? well that fixes everything",
        ],
        "counterexamples": [
            "No one will ever love you like I do.",
            "I'm so lucky to have you.",
            "It's cute that you think of me when you hear that song.",
            "Do you think anyone believes the weather app anymore?",
            "I'm not saying no one would want you, I'm saying I do.",
            "My mum never liked anchovies either.",
            "Oh, you're tired? How about I do bath time tonight.",
        ],
    },
    {
        # Was stonewalling.here-we-go-again: every labelled line that says it is an eye-roll
        # at the other person (contempt), none a refusal to talk.
        "id": "contempt.here-we-go-again",
        "says": "mock",
        "patterns": ["here we go again"],
        "guards": ["negation"],
        "examples": ["Here we go again.", "🙄🙄🙄 here we go again w the waterworks"],
        "counterexamples": ["I'm not saying here we go again, I'm listening."],
    },
    {
        "id": "contempt.your-little-world",
        "says": "mock",
        "patterns": [
            # Making small what they say or feel: "your little stories", "oh, a speech".
            "(your|ur) (precious|sad)? little (fantasy|world|stories|story|tantrum|tantrums|games|feelings|drama|speech|episode|outburst|meltdown|crusade|rant|theories|act|lies|excuses)",
            "^^^ (oh|ooh|wow|great|here comes) (a|an|another) (speech|essay|lecture|sermon|novel|ted talk) $$$",
            "(nice|great|lovely|cute) (essay|speech|sermon|lecture) !(at|for|about|today|yesterday|last)",
            "must be nice (to|being|living|having) !(a break|some time|home)",
            "(on|off|down from|get off|climb down from) (your|that|ur) high horse",
            "(want|need) me to (draw|spell|get) (you)? (a|it|out)? (picture|diagram|dictionary|out)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "must be nice living in ur little fantasy world",
            "Oh, a speech.",
            "nice essay did u get ur mum to help",
            "I love it when you climb up on that high horse.",
            "Do you want me to get a dictionary so you can look it up?",
        ],
        "counterexamples": [
            "Your little sister called, she wants to borrow the car.",
            "Nice speech at the wedding today, everyone loved it.",
            "It must be nice to have a break after this week, enjoy it.",
        ],
    },
]
