# ruff: noqa: E501 (examples are whole messages, kept on one line)
"""Criticism: an attack on who the partner is rather than on something they did
("you always ...", "you never ...", "you're so selfish").

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

KIND = "criticism"

RULES: list[dict[str, object]] = [
    {
        "id": "criticism.you-just-never-even",
        "says": "always",
        "regex": (
            r"\b<YOU>\s+(?:(?:just|literally|honestly|simply|basically|"
            r"seriously)\s+)?(?:never|don't ever|dont ever|do not ever|never ever|never "
            r"once|can never|could never|hardly ever|rarely|can't ever|cant ever|won't "
            r"ever|wont ever)\s+(?:even\s+|actually\s+|really\s+|once\s+|just\s+|bother "
            r"to\s+|bothered to\s+)?<NEVER_DOES>"
            # "You never did anything to deserve it": the partner cleared, not attacked.
            r"(?!\w*\s+(?:anything\s+|a thing\s+)?(?:to deserve|wrong\b|to cause|to make me))"
        ),
        "guards": ["negation"],
        # A relative clause about particular things ("things that you never told me") is
        # a hurt about those things, not a verdict on the person.
        "not_after": (
            r"\b(?:things|stuff|something|anything|everything|secrets)\b[^.!?\n,]{0,25}?"
            r"\bthat\s+$"
        ),
        "examples": ["YOU NEVER LISTEN TO A WORD I SAY", "YOU NEVER CARE ABOUT WHAT I WANT"],
        "counterexamples": [
            "You never did anything to deserve it, and I'm sorry I let you think you had.",
            "It hurts that you told her things about us that you never told me.",
        ],
    },
    {
        "id": "criticism.you-always-have-to",
        "says": "always",
        "regex": (
            r"\b<YOU>\s+(?:always|constantly|keep|kept|forever|continually|just "
            r"always)\s+(?:have to\s+|got to\s+|gotta\s+|need to\s+|just\s+|manage to\s+|"
            r"end up\s+|seem to\s+|find a way to\s+)?<ALWAYS_DOES>"
        ),
        "guards": ["negation"],
        "examples": [
            "you constantly put your friends before me",
            "You always turn up late and act like it's nothing",
        ],
    },
    {
        "id": "criticism.youre-always-so-late",
        "says": "always",
        "regex": (
            r"\b<YOURE>\s+always\s+(?:so\s+)?(?:late|on (?:your|that|the) phone|angry|"
            r"moody|complaining|nagging|criticising|criticizing|yelling|shouting|busy|out|"
            r"away|drunk|distracted|picking|ignoring|lying|playing|blaming|making excuses|"
            r"working|too busy|too tired|tired|the victim|right|somewhere else|on at me|"
            r"judging|looking for)\b"
        ),
        "guards": ["negation", "playful"],
        "examples": [
            "ur always on ur phone when im talking to u",
            "You're always on that phone when I'm talking to you.",
        ],
    },
    {
        "id": "criticism.every-single-time-with",
        "says": "always",
        "regex": r"\bevery (?:single )?time\s+(?:with\s+)?<YOU>\b<SHORTGAP>\b(?:always|never)\b",
        "guards": ["negation"],
    },
    {
        "id": "criticism.youre-traits",
        "says": "trait",
        "regex": (
            r"\b(?:<YOURE>|<YOU>\s+(?:can be|can get|get|were|was|have been|have always "
            r"been|act|are acting|seem|sound|be|become|became|turned "
            r"into))\s+<INT><TRAITS>(?!\s+(?:of me|about me))"
        ),
        "guards": ["negation", "playful"],
        "examples": [
            "You're so self-absorbed it's unreal.",
            "you're hopeless with money, always have been",
        ],
    },
    {
        "id": "criticism.your-selfishness",
        "says": "trait",
        "regex": (
            r"\b<YOUR>\s+(?:<INT>)(?:selfishness|laziness|immaturity|arrogance|coldness|"
            r"carelessness|thoughtlessness|self-absorption|narcissism|stupidity|"
            r"incompetence)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "criticism.what-kind-of-a",
        "says": "trait",
        "regex": (
            r"\bwhat (?:kind|sort) of (?:a\s+)?(?:person|man|woman|partner|husband|wife|"
            r"mother|father|parent|human|human being|boyfriend|girlfriend)\s+(?:does|"
            r"would|says|treats|acts|forgets|lies|behaves)\b"
        ),
        "guards": ["negation"],
        "examples": ["what kind of person forgets their own kid's recital"],
    },
    {
        "id": "criticism.whats-seriously-wrong-with",
        "says": "trait",
        "regex": (
            r"\b(?:what's|whats|what is|there's something|theres something|there is "
            r"something|something's|somethings|something is)\s+(?:seriously\s+|really\s+|"
            r"very\s+)?wrong with (?:you|u)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "There's something wrong with you, honestly. Normal people don't act like this."
        ],
    },
    {
        "id": "criticism.you-only-care-about",
        "says": "care",
        "regex": (
            r"\b<YOU>\s+(?:only|just|only ever|just ever)\s+(?:care|think|"
            r"worry)\s+about\s+(?:yourself|you|your(?:self)?\s+(?:own|needs|feelings|"
            r"image|reputation))\b"
        ),
        "guards": ["negation"],
        "examples": [
            "You only ever think about yourself. Everyone else is just furniture to you.",
            "You cheated on me and now you're worried about me going out with my friends? You only think about yourself.",
        ],
    },
    {
        "id": "criticism.you-dont-even-care",
        "says": "care",
        "regex": (
            r"\b<YOU>\s+(?:<DONT>|never|<DIDNT>|clearly <DONT>|obviously <DONT>|don't "
            r"even|dont even)\s+(?:even\s+|really\s+|actually\s+)?(?:care|give a (?:shit|"
            r"damn|crap|toss|fuck))\s+(?:about\s+(?:me|us|anyone|anybody|anything|nothing|"
            r"a (?:thing|word)|my feelings|how i feel|this family|the kids|what i)|"
            r"(?:what|how) (?:i|this)|at all)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "you dont care about anyone but yourself",
            "i cant beleive u forgot AGAIN. u dont care about nothing i say",
        ],
    },
    {
        "id": "criticism.you-care-more-about",
        "says": "care",
        "regex": (
            r"\b<YOU>\s+care (?:more about|about) (?:your|that|the|him|her|them|work|"
            r"money|everyone|everything)\b<SHORTGAP>\bthan (?:(?:you do )?(?:about "
            r")?(?:me|us)|your family)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "You care more about your phone than about me.",
            "You care more about that bloody car than you do about me.",
        ],
    },
    {
        "id": "criticism.typical-you",
        "says": "trait",
        "regex": r"\b(?:typical|classic)\s+(?:you|of you|him|her)\b",
        "guards": ["negation"],
        "examples": ["typical you. drop the ball and then act surprised"],
    },
    {
        "id": "criticism.thats-so-you",
        "says": "trait",
        "regex": r"\b(?:that's|thats|that is)\s+so\s+(?:you|typical)\b(?!\s+to\b)",
        "guards": ["negation"],
    },
    {
        "id": "criticism.youre-just-like-your",
        "says": "trait",
        "regex": (
            r"\b<YOURE>\s+(?:just\s+)?(?:like|exactly like|no different from|no better "
            r"than)\s+(?:your|ur)\s+(?:mother|father|dad|mum|mom|ex|brother|sister)\b"
        ),
        "guards": ["negation"],
        "examples": ["You're just like your father, you walk out the second it gets hard."],
    },
    {
        "id": "criticism.everything-is-always-about",
        "says": "always",
        "regex": (
            r"\b(?:everything|it)(?:\s+is|'s|s|\s+has to be|\s+always has to "
            r"be)\s+(?:always\s+)?about\s+(?:you|u)\b(?!\s+and me)"
        ),
        "guards": ["negation"],
        "examples": ["it's always about you isn't it"],
    },
    {
        "id": "criticism.you-cant-ever-be",
        "says": "trait",
        "regex": (
            r"\b<YOU>\s+(?:<CANT>|never|<WONT>)\s+(?:ever\s+)?(?:be trusted|keep a "
            r"promise|keep your word|follow through|be honest|admit (?:when|that|you)|"
            r"take responsibility|do anything right|get anything right|think of anyone)\b"
        ),
        "guards": ["negation"],
        "examples": ["You can't be trusted with anything, not even the car keys."],
    },
    {
        "id": "criticism.youre-the-selfish-person",
        "says": "trait",
        "regex": (
            r"\b<YOURE>\s+(?:the|such a|a|an)\s+(?:<INT>)(?:selfish|lazy|cold|careless|"
            r"thoughtless|inconsiderate|terrible|awful|horrible|useless)\s+(?:person|"
            r"human|man|woman|partner|husband|wife|father|mother|parent|boyfriend|"
            r"girlfriend)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "criticism.why-are-you-always",
        "says": "always",
        "regex": (
            r"\bwhy (?:are|r|do|does|is it|must|can't|cant|won't|wont) (?:you|u) "
            r"(?:always|never|constantly|forever|ever)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "Why are you always so cold with my family?",
            "why can't you ever just do what you say you'll do",
        ],
    },
    {
        "id": "criticism.youre-always-on-your",
        "says": "always",
        "regex": (
            r"\b<YOURE>\s+(?:always|constantly|forever)\s+on (?:your|ur|that|the|my) "
            r"(?:phone|laptop|xbox|playstation|computer|ipad|tablet|mobile)\b"
        ),
        "guards": ["negation"],
    },
    {
        "id": "criticism.every-single-time-you",
        "says": "always",
        "regex": (
            r"\bevery (?:single )?time\b<SHORTGAP>\b(?:you|u)\s+(?:act like|make (?:it|me "
            r"feel)|get (?:angry|defensive|mad|funny|arsey|moody|huffy)|have to|roll your "
            r"eyes|sigh|sulk|storm off|walk off|ignore|start|turn (?:it|this))\b"
        ),
        "guards": ["negation"],
        "examples": ["every time i ask for help you act like im nagging"],
    },
    {
        "id": "criticism.you-literally-never-even",
        "says": "always",
        "regex": (
            r"\b<YOU>\s+(?:(?:literally|actually|just|really|honestly|"
            r"basically)\s+)?(?:never|don't ever|dont ever|hardly ever|"
            r"rarely)\s+(?:even\s+|once\s+)?(?:pick up after|tidy|wash up|do the "
            r"(?:dishes|washing|bins|school run|shopping)|empty|take out|ring|phone|"
            r"message|plan|book|organise|organize|remember|offer)\b"
        ),
        "guards": ["negation"],
        "examples": ["its always me who has to organise everything, you never plan a single thing"],
    },
    {
        "id": "criticism.youre-always-a-moretraits",
        "says": "trait",
        "regex": (
            r"\b(?:<YOURE>|are (?:you|u)|<YOU>\s+(?:are|r|were|can be|"
            r"get))\s+(?:always\s+|constantly\s+|so\s+|such\s+|really\s+|being\s+|just\s+|"
            r"a bit\s+|fucking\s+|bloody\s+){0,3}(?:a |an )?<MORE_TRAITS>(?!\s+(?:of me|"
            r"about me|to yourself|on yourself|with yourself))"
            # Fondness in the same sentence makes it teasing: "so stubborn, it's endearing".
            r"(?![^.!?\n]*\b(?:endearing|adorable|adore|i love (?:it|you|that)|love you)\b)"
        ),
        "guards": ["negation", "playful"],
        "examples": ["you're so flaky, third time this month you've bailed on my mum"],
        "counterexamples": ["You're so stubborn about the satnav, it's almost endearing."],
    },
    {
        "id": "criticism.youre-the-least-person",
        "says": "trait",
        "regex": (
            r"\b<YOURE>\s+(?:the|such a|a|an)\s+(?:least)\s+\w+\s+(?:person|human|man|"
            r"woman|partner|husband|wife|bloke|guy|girl|boyfriend|girlfriend|father|"
            r"mother|parent)\b"
        ),
        "guards": ["negation", "playful"],
        "examples": ["You are the least thoughtful person I know."],
    },
    {
        "id": "criticism.exhausting-being-married-to",
        "says": "trait",
        "regex": (
            r"\b(?:exhausting|tiring|draining|hard work|a nightmare|hell|soul[- "
            r"]destroying|lonely|miserable)\s+(?:being married to|being with|living with|"
            r"dealing with|sharing a (?:house|home|bed|life) with|loving|talking to|"
            r"trying to talk to)\s+(?:someone|somebody|a (?:man|woman|person|partner) who|"
            r"you)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "Honestly it's exhausting being married to someone who only ever notices what's missing.",
            "honestly its exhausting living with someone who cant even put a plate in the dishwasher",
        ],
    },
    {
        "id": "criticism.everything-s-always-on",
        "says": "always",
        "regex": (
            r"\b(?:everything|it|things)(?:'s|s| is| has to be| always has to be| always "
            r"is)\s+(?:always\s+|only ever\s+|only\s+)?(?:on (?:your|ur) (?:terms|"
            r"schedule|timetable|time)|(?:done )?(?:your|ur) way)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "it's always your way or the highway with you",
            "everything is always on your terms, your schedule, your mood",
        ],
    },
    {
        "id": "criticism.your-way-or-the",
        "says": "always",
        "regex": r"\b(?:your|ur) way or the highway\b",
        "guards": ["negation"],
    },
    {
        "id": "criticism.you-only-ever-when",
        "says": "always",
        "regex": (
            r"\b<YOU>\s+only (?:ever )?(?:\w+\s+){1,3}?when (?:you|u) (?:need|want) "
            r"(?:something|money|a favour|a favor|a lift|help|sex|me to)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "you only ever call when you need something",
            "honestly you only ring me when you want a lift",
        ],
    },
    {
        "id": "criticism.the-problem-with-you",
        "says": "always",
        "regex": (
            r"\b(?:the (?:problem|trouble) with (?:you|u)|(?:your|ur) (?:problem|"
            r"trouble)) is\b"
        ),
        "guards": ["negation"],
        "examples": ["the problem with you is you think the rules dont apply to you"],
    },
    {
        "id": "criticism.no-matter-what-i",
        "says": "always",
        "regex": (
            r"\bno matter what i (?:do|say|try)\b,?\s*(?:(?:you|u)\s+(?:always\s+|"
            r"still\s+|just\s+)?(?:find\w* (?:something|fault|a (?:problem|reason|way)|"
            r"an? issue)|complain\w*|moan\w*|criticis\w*|nitpick\w*|pick\w* (?:holes|at "
            r"it)|(?:are|r) never (?:happy|satisfied))|(?:it's|its|it is) never (?:good "
            r")?enough)"
        ),
        "guards": ["negation"],
        "examples": ["no matter what I do you find something wrong with it"],
    },
    {
        "id": "criticism.youre-never-happy",
        "says": "always",
        "regex": r"\b<YOURE>\s+never (?:happy|satisfied|pleased|grateful)\b",
        "guards": ["negation"],
    },
    {
        "id": "criticism.why-you-are-always",
        "says": "always",
        "regex": r"\bwhy (?:you|u) (?:are|r|is) (?:always|never|constantly)\b",
        "guards": ["negation"],
        "examples": ["Why you are always doing like this only? Every time same drama"],
    },
    {
        "id": "criticism.you-have-absolutely-no",
        "says": "trait",
        "regex": (
            r"\b<YOU>\s+(?:have|'ve got|got|have got)\s+(?:absolutely\s+)?no (?:sense|"
            r"common sense|shame|respect|consideration|manners|empathy|backbone|spine|"
            r"decency|integrity|self[- ]control|loyalty)\b"
        ),
        "guards": ["negation"],
        "examples": ["you have no sense at all, simply you went and told my mother everything"],
    },
    # --- added in coach2: patterns, not regexes ---
    {
        "id": "criticism.you-cant-even",
        "says": "trait",
        "patterns": [
            "@YOU (can't|cannot|couldn't|can never) even (~remember|~do|~manage|~get|be bothered|~text|~call|~pick up|~clean|~cook|~look after|~keep|~follow|~handle|~take care of|~say thank you|~say sorry|~apologise|~apologize) ..? (one|a|the|simple|basic|your|my|to)",
        ],
        "guards": ["negation"],
        "examples": ["You can't even remember one simple thing I ask."],
        "counterexamples": ["You can't even tell it was broken, you fixed it so well!"],
    },
    {
        "id": "criticism.as-usual",
        "says": "trait",
        "patterns": [
            "^^ (useless|selfish|lazy|pathetic|typical|unreliable|hopeless|careless|late|thoughtless|clueless) (as usual|as always|again|like always|every time) $$",
            "^^ (always|it's always|its always|everything's always|everything is always) about (you|u|yourself) $$",
            "^^ @YOU (never|don't ever|won't ever) change $$",
        ],
        "guards": ["negation", "playful"],
        "examples": ["Always about you.", "Useless, as usual.", "u never change"],
        "counterexamples": ["you never change 😊 love you", "Late again, sorry! Traffic."],
    },
    {
        "id": "criticism.youre-so-trait",
        "says": "trait",
        "patterns": [
            # Fondness in the same sentence makes it teasing ("so stubborn, it's endearing").
            "@YOURE (so|too|way too|always|incredibly|really|fucking|ridiculously|pathetically|such a) /(?:insecure|jealous|possessive|demanding|negative|moody|annoying|boring|stubborn|naive|needy|clingy|cold|distant|difficult|ungrateful|immature|childish|controlling|paranoid\\s+person|mess|hard\\s+work)(?![^.!?\\n]*\\b(?:endearing|adorable|adore|i love (?:it|you|that)|love you)\\b)/",
            "(being with you|living with you|talking to you|dealing with you|you) (is|are) (so|really|honestly|just)? (exhausting|draining|a nightmare|hell|torture|impossible|unbearable)",
        ],
        "guards": ["negation", "playful"],
        "examples": ["You're so insecure, it's exhausting.", "Living with you is a nightmare."],
        "counterexamples": [
            "I know I'm so insecure lately.",
            "I'm not saying you're too insecure.",
            "the drive with you is so fun",
            "You're so stubborn about the satnav, it's almost endearing.",
        ],
    },
    {
        "id": "criticism.the-worst-partner",
        "says": "trait",
        "patterns": [
            "@YOURE (honestly|literally|genuinely|seriously|truly|officially|easily)? the @WORST @PERSON_NOUN",
            "@YOURE always so (quick|fast|ready|eager) to (judge|blame|criticise|criticize|assume|accuse|snap|jump|point the finger|get angry)",
        ],
        "guards": ["negation"],
        "examples": [
            "ur honestly the worst bf ive ever had",
            "You're always so quick to judge everyone except yourself.",
        ],
        "counterexamples": [
            "I'm not saying you're the worst husband.",
            "you're the best husband ever",
        ],
    },
    {
        "id": "criticism.youve-never-once",
        "says": "always",
        "patterns": [
            # "you've never once made me feel guilty" is thanks, not a complaint.
            "(@YOU|you've|you have) (never|not) (once|ever|one single time|a single time) !(~make me feel (guilty|bad|small|stupid|judged|unwelcome|silly|ashamed|awkward|rushed)) (~@CARE_VERB)",
            "do @YOU ever (think|stop to think|stop and think|use your brain) before",
            "(do|did) @YOU even (care|listen|think|try|love me|know me|notice|remember)",
        ],
        "guards": ["negation"],
        "examples": [
            "You've never once put this family first.",
            "Do you ever think before you open your mouth?",
            "do u even care",
        ],
        "counterexamples": [
            "You've never once let me down.",
            "Thank you for this year. You've never once made me feel guilty about the hours.",
            "I'm not saying you've never once helped.",
        ],
    },
    {
        "id": "criticism.short-so-lazy",
        "says": "trait",
        "patterns": [
            "^^^ (so|always|such a|too|forever|just|typical) (lazy|late|selfish|useless|rude|cold|unreliable|careless|inconsiderate|thoughtless|irresponsible|immature|childish|distracted|on your phone|on ur phone|self-centred|self-centered|predictable) $$$",
        ],
        "guards": ["negation", "playful"],
        "examples": ["So lazy.", "Always late."],
        "counterexamples": ["so late, sorry! traffic", "Always you ❤️"],
    },
    {
        "id": "criticism.how-hard-is-it",
        "says": "trait",
        "patterns": [
            "how hard is it (for you|for u)? to (just)? (~put|~pick up|~text|~call|~reply|~answer|say sorry|say thank you|~listen|~remember|~wash|~tidy|~clean|let me know|~tell me|~take out|~close|~turn off|~show up|be on time|~help)",
            "(are|r) @YOU (incapable|unable) of",
            "all (you|u) (ever)? (care|think|talk) about is",
            "@YOU (only)? (~think|~care) (only|just)? about (your|yourself|urself|ur|work|money) .. (never|not) about (us|me|the kids|your family|anyone)",
            "your (jealousy|insecurity|paranoia|temper|attitude|drinking|moods|nagging|anger|negativity|ego|laziness|selfishness) (is|was) the (real|only|whole|actual)? (problem|issue)",
            "@YOU (drive|make) me (crazy|insane|mad|nuts|up the wall|round the bend|round the twist) !(in|with|but i love|and i love)",
            "^^ never (listen|help|care|think|learn|change|stop|call|text|ask) do (you|u)",
            "^^ (lazy|late|selfish|useless|rude|cold|unreliable|careless|thoughtless|hopeless|clueless) as (ever|always|usual) $$",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "how hard is it to put a plate in the dishwasher",
            "r u incapable of saying sorry",
            "All you care about is your phone.",
            "You think only about your job, never about us.",
            "Honestly, your jealousy is the real problem here.",
            "I'm sorry for yelling, but honestly you drive me crazy.",
            "Never listen, do you?",
            "Lazy as ever.",
        ],
        "counterexamples": [
            "you drive me crazy in the best way 😍",
            "How hard is it to get to the airport from yours?",
        ],
    },
    {
        "id": "criticism.why-are-you-so-trait",
        "says": "trait",
        "patterns": [
            "why (are|r|do) @YOU (always|being|have to be|got to be|gotta be)? (so|such a|this) @TRAIT",
            "(stop|quit) being (so|such a)? @TRAIT",
        ],
        "guards": ["negation", "playful"],
        "examples": ["why r u so needy omg", "stop being so selfish with your time"],
        "counterexamples": [
            "why are you so tired lately?",
            "Stop being so hard on yourself, you did great.",
        ],
    },
    {
        "id": "criticism.you-never-finish-anything",
        "says": "always",
        "patterns": [
            "@YOU (never|never ever|don't ever|do not ever) (~finish|~complete|~stick to|~follow through on) (anything|a thing|what you)",
        ],
        "guards": ["negation", "playful"],
        "examples": ["You never finish anything you start."],
        "counterexamples": ["I'm not saying you never finish anything."],
    },
    {
        "id": "criticism.nobody-could-make-you-happy",
        "says": "trait",
        "patterns": [
            "(nobody|no one) (could|can|will|would) ever (make you happy|please you|satisfy you|live up to|be enough for you|be good enough for you)",
        ],
        "guards": ["negation"],
        "examples": ["Nobody could ever make you happy."],
        "counterexamples": ["I'm not saying nobody could ever make you happy."],
    },
    # Issue 17, unseen wording: "you always / you never" with any verb, instead of a list of
    # verbs. What a loving "you always ..." or a kind "you never ..." says is the smaller,
    # steadier list, so that is the one written out (and the playful guard still applies).
    {
        "id": "criticism.you-always-any-verb",
        "says": "always",
        "patterns": [
            "^ (and|but|so|well|honestly|seriously|plus|ugh)? @YOU (just|literally|honestly|really|actually)? (always|constantly) !(~know|~make|~bring|~look|~smell|~find|~remember|~cheer|~have|~do|~hear|~twist|~get|~help|~listen|~support|~say|~manage|~surprise|~love|~put|~take|~come|~seem|~be|~give|~tell|~want|~think|~turn|~sound|~feel|~laugh|~smile|~show|~notice|~cook|~text|~call|~win|~beat|~pick|~try|~treat|~keep|~remind|~go|~see|~ask|~freak|~hold|~save|~stand|~light|~fix|~hug|~kiss|~plan|~sing|~dance|~believe|~check|~read|~wear|~choose) *",
            "^ (and|but|so|well|honestly|seriously|plus|ugh)? @YOU (just|literally|honestly|really|actually)? never (even|once|ever)? !(~know|~fail|~complain|~moan|~judge|~give up|~stop|~let|~need|~have to|~ask for|~cease|~disappoint|~make me feel|~hesitate|~once|~miss a|~forget|~say|~tell|~do|~want|~ask|~mention|~seem|~look|~age|~change|~run out|~lose|~get|~raise|~shout|~yell|~hurt|~lie|~cheat|~hit|~push|~pressure|~rush|~doubt|~leave|~touch|~blame|~criticise|~criticize|~nag|~mind|~have|~need to|~stop|~go|~seem|~wanted|~age|~stop) /(?!(?:were|was|are|did|do|does|had|has|will|would|could|can)\\b\\s*(?:[.!?,\\n]|$))\\w+/",
            "^ (and|but|so|well|honestly|ugh)? @YOURE (always|constantly|forever) (so)? !(~make|~think|~look|~help|~cook|~do|~bring|~surprise|~smile|~laugh|~care|~work hard|~try|~put|~give|~find|~take care|~listen|~support|~check|~thinking|~being so) /\\w+ing/",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "You're always watching TV!",
            "You always work so late.",
            "Seriously? I'm not surprised. You always miss the details.",
            "Well, you never take the trash out!",
        ],
        "counterexamples": [
            "I made you feel like the problem. You never were.",
            "You always make the best coffee.",
            "you never complain, even when I'm late, thank you",
            "u always forget ur keys 😂 theyre on the table",
            "You never told me, but that's fine, I get it now.",
            "I'm not saying you always work late, I know it's just this month.",
        ],
    },
    {
        "id": "criticism.questions-that-judge",
        "says": "trait",
        "patterns": [
            # A question whose answer is a verdict on the person.
            "(are|r) @YOU (even|ever|actually|really)? (capable|able) of (~tell|being|~keep|~say|~do|~think|~put|~take|~admit|~listen|~follow|~be)",
            "(are|r) @YOU (even|ever|actually|really)? able to be (honest|straight|faithful|kind|on time|nice|truthful)",
            "why (is|does) (everything|every little thing|it) (always)? (have to be)? (a|an|such a) (competition|fight|drama|battle|argument|contest|big deal|crisis|war) with (you|u)",
            "(it's|its|it is) always (the same|something) with (you|u)",
            "why (must|do|does|would|should) @YOU (always|ever)? (have to|need to|got to)? be (so|such a|this) @TRAIT",
            "what (kind|sort|type) of (a)? @PERSON_NOUN (~let|~leave|~lie|~cheat|~forget|~ignore|~treat|~abandon|~choose|~hide|~sleep|~spend|~walk|~put|~make|~humiliate|~embarrass)",
            "@YOU (have|'ve got|got|have got) no (idea|clue) how to (be|love|treat|listen|support|care|talk|communicate|apologise|apologize|parent|behave)",
            "if @YOU (were|was) a (good|real|decent|proper|better|loving|half decent|caring) @PERSON_NOUN",
            "how (can|could|dare) @YOU (treat|talk to|speak to) me (like this|this way|like that|that way)",
            "why would @YOU (ever)? (do|say) (a thing like that|something like that|something so)",
            "(i've|i have|ive) (told|asked|reminded) (you|u) (a|like)? (thousand|million|hundred|dozen|hundred thousand|# ) times",
            "@YOU (must not|mustn't|clearly don't|obviously don't|must not even) (care|give a damn) (about)? (me|us|the kids|this family)?",
            "@YOU (just|simply|still) (don't|do not|never) (get it|understand) $",
            "(you'll|youll|you will|u will) never (change|learn|grow up) $",
            "every (conversation|argument|discussion|talk|row|single conversation) with (you|u) (ends up|turns into|becomes|has to be|is always|always)",
            "^^ (typical|classic) . @YOU",
            "^^^ why (are|r) @YOU (like this|like that|always like this) ? $$$",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "r u even capable of telling the truth",
            "Are you even able to be honest, or is it just not in you?",
            "why is everything a competition with u",
            "It's always the same with you: big promises, nothing delivered.",
            "Why must you be so stubborn about absolutely everything?",
            "What sort of man lets his wife find out from Facebook?",
            "You have no idea how to be a partner. None.",
            "If you were a good wife, you wouldn't question me.",
            "How can you treat me this way?",
            "Why would you do a thing like that?",
            "I've told you a thousand times",
            "Why didn't you text me back immediately? You must not care about me.",
            "You just don't get it",
            "You'll never change.",
            "Every conversation with you ends up being about how hard your life is.",
            "typical. u make a promise then vanish",
            "Why are you like this?",
        ],
        "counterexamples": [
            "Are you able to pick the kids up at four?",
            "What kind of cake would you like for your birthday?",
            "You'll never guess who I saw at the shop!",
            "I'm not saying you just don't get it, I'm saying I explained it badly.",
            "Typical, the train's late again, I'll be home at seven.",
        ],
    },
    {
        "id": "criticism.thats-who-you-are",
        "says": "trait",
        "patterns": [
            # One lapse made into a character: "that's who you are", "a pattern with you".
            "(that's|thats|this is|it's|its) (just)? (who|what) (you are|you're|u are) $",
            "(a|the same) pattern with (you|u)",
            "@YOURE (just)? not a (good|very good|reliable|kind|decent|great|caring|loving|honest|real) (@PERSON_NOUN|listener|communicator|team player|adult)",
            "(you've|you have|youve|u have) never (really|actually|once) (~try|~bother) to",
            "(you've|you have|youve|you) never been able to",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "the problem is ur a liar, its who u are",
            "But you have to understand that this is a pattern with you.",
            "You're not a good listener. You never have been.",
            "I feel like you've never really tried to understand me.",
            "You have never been able to handle it when I'm happy without you.",
        ],
        "counterexamples": [
            "You're so kind to everyone, that's who you are and I love it.",
            "I'm not saying you're not a good dad, you are.",
            "I've never been able to cook like you.",
        ],
    },
]
