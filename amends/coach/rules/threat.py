# ruff: noqa: E501 (examples are whole messages, kept on one line)
"""Threats: intimidation or coercion, including threats of self-harm as leverage.

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

KIND = "threat"

RULES: list[dict[str, object]] = [
    {
        "id": "threat.or-else",
        "says": "threat",
        "regex": r"\bor else\b(?!\s+(?:we|i'?ll be|maybe|what))",
        "guards": ["negation", "playful"],
        "examples": ["Sign the papers or else.", "answer your phone or else"],
    },
    {
        "id": "threat.you-ll-regret-it",
        "says": "threat",
        "regex": (
            r"\b<YOU>(?:'ll|ll| will| are going to|'re going to|re going to|'re gonna|re "
            r"gonna| are gonna)\s+(?:regret (?:it|this|that)|be sorry|pay for (?:this|"
            r"that|it))\b"
        ),
        "guards": ["negation", "playful"],
        "examples": ["you'll be sorry, trust me", "You'll regret this, trust me."],
    },
    {
        "id": "threat.ill-make-you-pay",
        "says": "threat",
        "patterns": [
            "(@ILL|ill|im going to) make (you|u) (pay|regret|sorry|suffer)",
        ],
        "guards": ["negation", "playful"],
        "examples": ["I WILL MAKE YOU PAY FOR THIS"],
        "counterexamples": ["I'm not saying I'll make you pay."],
    },
    {
        "id": "threat.ill-make-your-life",
        "says": "threat",
        "patterns": [
            "(@ILL|ill|im going to) make (your|ur) life a? living? (hell|misery|miserable)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "i'll make your life hell, you know i can",
            "If you tell your mum I'll make your life hell",
        ],
        "counterexamples": ["I'm not saying I'll make your life hell."],
    },
    {
        "id": "threat.ill-take-the-kids",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+(?:take|get|keep) (?:the kids|the children|the house|everything|"
            r"the dog|custody|you for everything|every penny|half)\b(?!\s+(?:to|for|out|"
            r"swimming|with me to|today|tomorrow|this|on|from school|in))"
        ),
        "guards": ["negation", "playful"],
        "examples": [
            "I'll ruin you in court. I'll take everything.",
            "I'll take the house and the dog and you can rot.",
        ],
    },
    {
        "id": "threat.ill-make-sure-you",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+make sure (?:you|u) (?:never|don't|dont|won't|wont|regret|pay|"
            r"lose|get nothing)\b"
        ),
        "guards": ["negation", "playful"],
        "examples": [
            "I'll make sure you never see a penny",
            "You think you're so clever. Go ahead and leave, see how far you get. I'll make sure you never see a penny of that house.",
        ],
    },
    {
        "id": "threat.ill-make-sure-everyone",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+make sure (?:everyone|everybody|the whole|they all|your (?:boss|"
            r"family|mum|mom|kids|friends))\b"
        ),
        "guards": ["negation", "playful"],
        "examples": [
            "I'll make sure everyone knows what you did.",
            "I'll make sure everyone at your work knows what you are",
        ],
    },
    {
        "id": "threat.try-it-and-see",
        "says": "threat",
        "patterns": [
            "try (it|me|that) and see what happens",
        ],
        "guards": ["negation", "playful"],
        "examples": ["Try it and see what happens.", "Try it and see what happens to you."],
        "counterexamples": ["I'm not saying try it and see what happens."],
    },
    {
        "id": "threat.see-what-happens-to",
        "says": "threat",
        "patterns": [
            "see what happens (to you|if you)",
        ],
        "guards": ["negation", "playful"],
        "examples": ["Go on, tell her. See what happens to you."],
        "counterexamples": ["I'm not saying see what happens to you."],
    },
    {
        "id": "threat.you-ll-never-see",
        "says": "threat",
        "regex": (
            r"\b<YOU>(?:'ll|ll| will)\s+never see (?:the kids|the children|your (?:kids|"
            r"children|son|daughter)|them|the dog) again\b"
        ),
        "guards": ["negation", "playful"],
        "examples": [
            "I swear I'll take the kids and you'll never see them again",
            "If you leave, I'll take the kids and you'll never see them again.",
        ],
    },
    {
        "id": "threat.ill-tell-everyone",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+(?:tell|call|email|message|text) (?:everyone|everybody|the kids|"
            r"the children|your (?:boss|work|mum|mom|mother|dad|father|family|parents|"
            r"friends|sister|brother|church|kids))\b"
        ),
        "guards": ["negation", "playful"],
        "examples": [
            "I'll tell your mum what you really are.",
            "I swear I'll tell your boss everything.",
        ],
    },
    {
        "id": "threat.ill-post-the-everyone",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+(?:post|send|show|share|leak|forward|publish)\s+(?:the|your|those|"
            r"these|it|them|everything|everyone|the photos|the messages|the screenshots|"
            r"pictures)\b<SHORTGAP>\b(?:everyone|online|facebook|instagram|your|the whole|"
            r"the world|people|friends|family|boss|group)\b"
        ),
        "guards": ["negation", "playful"],
        "examples": [
            "I'll post the screenshots for everyone to see.",
            "I'll send the photos to your family, don't test me",
        ],
    },
    {
        "id": "threat.ill-ruin-you",
        "says": "threat",
        "patterns": [
            "(@ILL|ill|im going to) (ruin|destroy|end) (you|u|your|ur)",
        ],
        "guards": ["negation", "playful"],
        "examples": ["I'll ruin you in court. I'll take everything."],
        "counterexamples": ["I'm not saying I'll ruin you."],
    },
    {
        "id": "threat.watch-your-back",
        "says": "threat",
        "patterns": [
            "watch (your back|yourself)",
        ],
        "guards": ["negation", "playful"],
        "examples": ["Watch yourself."],
        "counterexamples": ["I'm not saying watch your back."],
    },
    {
        "id": "threat.watch-what-happens",
        "says": "threat",
        "regex": r"\bwatch what happens\s*(?:[.!]|$|if|when|to)",
        "guards": ["negation", "playful"],
        "examples": ["You'll be sorry. Watch what happens."],
    },
    {
        "id": "threat.dont-make-me-do",
        "says": "threat",
        "patterns": [
            "(don't|dont) make me (do|come|hurt|tell|call|go|get)",
        ],
        "guards": ["negation", "playful"],
        "examples": ["Don't make me come over there."],
        "counterexamples": ["Don't make me laugh, I'm drinking tea."],
    },
    {
        "id": "threat.you-dont-want-to",
        "says": "threat",
        "patterns": [
            "you (don't|dont) want to (see|know) what (i'll|ill|i will|i can|i'm capable)",
        ],
        "guards": ["negation", "playful"],
        "examples": ["you dont want to see what I'll do if you lie to me again"],
        "counterexamples": ["You don't want to know what I paid for these shoes."],
    },
    {
        "id": "threat.ill-kill-you",
        "says": "threat",
        "patterns": [
            "(@ILL|ill|im going to) (kill|hurt|harm|smash|hit) (you|u|your)",
        ],
        "guards": ["negation", "playful"],
        "examples": ["I'll hurt you if you go near him."],
        "counterexamples": ["I'm not saying I'll hurt you."],
    },
    {
        "id": "threat.last-warning",
        "says": "threat",
        "patterns": [
            "(last|final) warning",
        ],
        "guards": ["negation", "playful"],
        "examples": ["Last warning. Block him or I'm calling his wife."],
        "counterexamples": ["I'm not saying this is your last warning."],
    },
    {
        "id": "threat.ill-drain-the-accounts",
        "says": "threat",
        "patterns": [
            "(@ILL|ill|im going to) (drain|empty|clean out) (the|our|your) *? (account|accounts)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "If you go to that party I'll empty the joint account.",
            "I'll empty the joint account if you walk out that door",
        ],
        "counterexamples": ["I'm not saying I'll drain the accounts."],
    },
    {
        "id": "threat.you-ll-get-nothing",
        "says": "threat",
        "patterns": [
            "(you'll|youll|you will|u'll|ull|u will|ya'll|yall|ya will) (get|be left with) nothing",
        ],
        "guards": ["negation", "playful"],
        "examples": ["Move out and you'll get nothing, not a penny."],
        "counterexamples": ["I'm not saying you'll get nothing."],
    },
    {
        "id": "threat.ill-kill-myself",
        "says": "self_harm",
        "patterns": [
            "(@ILL|ill|im going to) (kill|hurt|harm|cut|end) (myself|me|it all|my life|everything)",
        ],
        "guards": ["negation"],
        "examples": ["I'll kill myself, and you'll know why."],
        "counterexamples": ["I'm not saying I'll hurt myself, I'm safe."],
    },
    {
        "id": "threat.ill-do-something-if",
        "says": "self_harm",
        "regex": (
            r"\b<ILL>\s+(?:do something|take (?:all )?(?:the|my) pills|jump|"
            r"overdose)\b<SHORTGAP>(?:\bif\b|\bwhen\b|\bunless\b|\bbecause\b|$)"
        ),
        "guards": ["negation"],
    },
    {
        "id": "threat.i-wont-be-here",
        "says": "self_harm",
        "patterns": [
            "i (won't|wont|will not) (be here|be around|be alive|survive|make it) (if|when|unless|by|tomorrow)",
        ],
        "guards": ["negation"],
        "examples": ["If you end this I won't be here tomorrow. It'll be on you."],
        "counterexamples": ["I won't be here on Friday, I'm at my sister's."],
    },
    {
        "id": "threat.i-dont-know-what",
        "says": "self_harm",
        "patterns": [
            "i (don't|dont) know what (i'll|ill) do to myself",
        ],
        "guards": ["negation"],
        "examples": ["I don't know what I'll do to myself if you go."],
        "counterexamples": ["I'm not saying I don't know what I'll do to myself, I'm okay."],
    },
    {
        "id": "threat.i-cant-promise-i",
        "says": "self_harm",
        "patterns": [
            "i (can't|cant) promise i (won't|wont) (hurt|do something to) myself",
        ],
        "guards": ["negation"],
        "examples": ["I can't promise I won't hurt myself if you go."],
        "counterexamples": ["I'm not saying I can't promise I won't hurt myself."],
    },
    {
        "id": "threat.my-blood-will-be",
        "says": "self_harm",
        "patterns": [
            "my blood (will be)? on your hands",
        ],
        "guards": ["negation"],
        "examples": ["My blood will be on your hands."],
        "counterexamples": ["I'm not saying my blood will be on your hands."],
    },
    {
        "id": "threat.blood-on-your-hands",
        "says": "self_harm",
        "patterns": [
            "blood on your hands",
        ],
        "guards": ["negation"],
        "examples": ["There'll be blood on your hands."],
        "counterexamples": ["I'm not saying there's blood on your hands."],
    },
    {
        "id": "threat.it-ll-be-on",
        "says": "self_harm",
        "patterns": [
            "(it'll|itll|it will) be (on you|your fault) if (i|something happens)",
        ],
        "guards": ["negation"],
        "examples": ["It'll be your fault if something happens to me tonight."],
        "counterexamples": ["It'll be on you if it rains, you picked the date 😄"],
    },
    {
        "id": "threat.if-you-leave-i",
        "says": "self_harm",
        "regex": (
            r"\bif (?:you|u) (?:leave|go|walk out|end this|leave "
            r"me)\b<SHORTGAP>\b(?:i'?ll|ill|i will)\s+(?:die|kill|end|hurt|not be|do "
            r"something)\b"
        ),
        "guards": ["negation"],
        "examples": [
            "if u leave me ill end it all. i mean it",
            "If you leave me I'll kill myself, I swear",
        ],
    },
    {
        "id": "threat.keep-and-see-what",
        "says": "threat",
        "regex": (
            r"\b(?:keep|try|test|push|do|say|touch)\b<SHORTGAP>\band (?:see|watch) what "
            r"happens\b"
        ),
        "guards": ["negation"],
        "examples": ["Test me and see what happens.", "Keep talking and see what happens"],
    },
    {
        "id": "threat.keep-this-up-and",
        "says": "threat",
        "regex": (
            r"\b(?:keep (?:this|it|that|pushing|going|on)(?: up)?|do (?:that|it) again|"
            r"say (?:that|it) again|one more (?:word|time))\b<SHORTGAP>\band\s+(?:i'?m|im|"
            r"i am|you'?ll|you will|ull|i'?ll|ill|i will)\b"
        ),
        "guards": ["negation"],
        "examples": ["Do that again and you'll regret it.", "keep pushing me and you'll regret it"],
    },
    {
        "id": "threat.ill-make-sure-the",
        "says": "threat",
        "patterns": [
            "@ILL make sure (the kids|the children|they|people|the whole world|everyone) (~know|~hear|~find out|~see|~learn|~understand) (whose fault|what you|what kind|what a|who you|exactly|the truth|how you|about you|who broke|who ruined|who left|who cheated|why)",
            "@ILL make sure (the kids|the children) (~hate|~blame|never|don't|won't|~turn)",
        ],
        "guards": ["negation"],
        "examples": ["Go ahead, leave. I'll make sure the kids know whose fault it is."],
        "counterexamples": ["I'll make sure the kids know you'll be back on Sunday."],
    },
    {
        "id": "threat.ill-stop-paying-if",
        "says": "threat",
        "regex": (
            r"\b<ILL>\s+(?:stop paying|cut (?:you )?off|change the locks|kick you out|"
            r"throw you out|freeze (?:the|our|your))\b<SHORTGAP>\b(?:if|unless)\b"
        ),
        "guards": ["negation"],
        "examples": ["I'll stop paying the mortgage if you don't drop it."],
    },
    {
        "id": "threat.i-ve-got-no",
        "says": "self_harm",
        "patterns": [
            "(i've got|ive got|i have|there's|theres|there is|i've|ive) no (reason|point) (to|in) (be alive|being alive|living|live|going on|carry on|carrying on)",
        ],
        "guards": ["negation"],
        "examples": [
            "Without you I've got no reason to be alive, so think carefully about what you do next."
        ],
        "counterexamples": ["I'm not saying I've got no reason to live, I'm okay."],
    },
    {
        "id": "threat.dont-bother-coming-home",
        "says": "threat",
        "patterns": [
            "(don't|dont|do not) (bother|even think about) coming (home|back)",
        ],
        "guards": ["negation"],
        "examples": ["If you go to that party don't bother coming home"],
        "counterexamples": ["I'm not saying don't bother coming home."],
    },
    {
        "id": "threat.sleep-with-one-eye",
        "says": "threat",
        "patterns": [
            "sleep with one eye open",
        ],
        "guards": ["negation"],
        "examples": ["you better sleep with one eye open"],
        "counterexamples": ["I'm not saying sleep with one eye open."],
    },
    # --- added in coach2: patterns, not regexes ---
    {
        "id": "threat.never-see-the-kids",
        "says": "threat",
        "patterns": [
            "@YOURE (never|not) (going to|gonna)? (~see) (the|our|my|your)? (kids|children|son|daughter|baby|dog|family) (again|ever again)",
            "@ILL (~post|~share|~send|~show|~leak|~put|~upload|~forward) (those|the|your|these|our|all|all your|all the)? @EXPOSE_THING (everywhere|online|to everyone|to your|on|all over|to the)",
        ],
        "guards": ["negation"],
        "examples": [
            "u leave and ur never seeing the kids again",
            "I'll post those photos everywhere if you leave me.",
        ],
        "counterexamples": ["I'm not going to send your messages to anyone, I promise."],
    },
    {
        "id": "threat.no-reason-to-keep-living",
        "says": "self_harm",
        "patterns": [
            "if @YOU ... (i don't see|there's no|there is no|i have no|i've got no|i see no|what's the) (any)? (reason|point) (to|in) (~keep living|~live|~go on|~be here|~be alive|~stay alive|~wake up)",
        ],
        "guards": [],
        "examples": ["If you end this, I don't see any reason to keep living."],
        "counterexamples": [
            "Some days I don't see the point in getting up, and I'm going to talk to my doctor."
        ],
    },
    {
        "id": "threat.dont-push-me",
        "says": "threat",
        "patterns": [
            "^^ (don't|do not|dont) (you)? (dare)? (push|test|try) me $$",
        ],
        "guards": ["negation", "playful"],
        "examples": ["Don't push me.", "dont test me"],
        "counterexamples": ["don't test me on the capitals lol 😂", "Don't push me away, please."],
    },
    {
        "id": "threat.you-will-regret-crossing-me",
        "says": "threat",
        "patterns": [
            "(you'll|you will|you're going to|you are going to|you're gonna|you'll be) (regret|be sorry|pay|wish) !(not|missing|skipping|it if you don't|buying)",
            "@ILL (find|hunt|track|come for|come after) (you|u) !(a|an|the|some|something|one|later|at)",
            "(you'll|you will) wish (you'd|you had|you hadn't|you never)",
            "@ILL (drag this out|fight you for|take you for every|bury you|destroy you|end you|break you)",
            "^^ (you've|you have|youve|consider yourself) (been)? warned $$",
            "@ILL (just)? (take|swallow) (all)? (the|my|those)? (pills|tablets)",
        ],
        "guards": ["negation"],
        "examples": [
            "You'll regret ever crossing me.",
            "If you take the kids, I will find you.",
            "You've been warned.",
            "go on leave, ill just take all the pills",
        ],
        "counterexamples": [
            "You'll regret not coming, the cake is amazing!",
            "I'll find you a better charger tomorrow.",
        ],
    },
    {
        "id": "threat.you-dont-want-to-find-out",
        "says": "threat",
        "patterns": [
            "@YOU (really|seriously|honestly)? (don't|do not) want to (find out|know|see|test me|push me|cross me|make me)",
            "@ILL make sure (the judge|the court|the courts|your boss|your work|social services|the police|everyone at) (~hear|~know|~find out|~see|~learn)",
            "(keep|carry on) (talking|pushing|going|it up|this up|pushing me) and (see|watch) (where|what)",
            "(you won't|you will not|you'll never|you will never) (get|see) (a penny|a cent|a dime|anything|the house|the kids|a thing|your kids) (from me)? .. if @YOU",
            "(don't|do not) expect (me|the kids|the children|anything|the house|us) to (be here|still be here|be there|be waiting) !(before|by|until|till|at|on time|early|for|in)",
            "^^^ (go on)? try me $$$",
        ],
        "guards": ["negation"],
        "examples": [
            "You really don't want to find out what I'll do.",
            "I'll make sure the judge hears what a terrible mother you are.",
            "Keep talking and see where it gets you.",
            "You won't get a penny from me if you walk out.",
            "But don't expect me to be here when you come back",
            "Try me.",
        ],
        "counterexamples": [
            "I'll make sure the kids know how much you love them.",
            "Don't expect me to be there before 7, traffic is bad.",
        ],
    },
    {
        "id": "threat.you-had-better-not",
        "says": "threat",
        "patterns": [
            "(@YOU|you'd) (had)? better (not)? (~embarrass|~tell|~leave|~say|~call|~talk|~show|~test|~cross|~lie|~go near|~touch|~think about)",
            "@ILL (leave and)? (take|keep) (everything|it all|the house|all of it|every penny|all the money|the car and)",
            "see how (you|u) like (that|it)",
            "@YOURE lucky i (didn't|did not|haven't|have not|don't|do not) (do|say)? (worse|more|anything worse|something worse|more than that)",
            "(if i go down|if i'm going down|if im going down) (you're|you are|ur|you'll|you) (coming|going|go) (down)? with me",
            "(i swear|swear to god) if @YOU (do|say|touch|call|text|go|leave|try|ever|dare)",
            "(you|u) (won't|will not|will never) (ever)? see me again",
            "be careful what (you|u) wish for",
            "^^ (it's|its)? your funeral $$",
            "(i'm|im|i am|@ILL) (telling|going to tell|gonna tell|tell) (your|ur) (parents|mum|mom|dad|boss|work|family|friends|kids|sister|brother|church) (everything|what you did|the truth about you|exactly what|all about you)",
            "wait (until|till) (you|u) see what i (can|will|'ll) do",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "You'd better not embarrass me tonight.",
            "I'll leave and take everything, see how you like that.",
            "You're lucky I didn't do worse.",
            "If I go down, you're coming with me.",
            "i swear if u do that again",
            "ill leave and u wont see me again",
            "Be careful what you wish for.",
            "Your funeral.",
            "If you go through with this, I'm telling your parents everything.",
            "Wait until you see what I can do.",
        ],
        "counterexamples": [
            "I swear if you make me laugh again I'll cry 😂",
            "You'd better not eat all the cake 😂",
        ],
    },
    {
        "id": "threat.think-carefully-about-your-next-move",
        "says": "threat",
        "patterns": [
            "think (very|really)? (carefully|hard|twice) (about|before) (your next move|what you do next|what you're doing|what you do|you (do|say|leave|call|tell|go|try))",
            "(you|u) (really|seriously)? (wanna|want to) (test|push|try|cross) me",
            "if @YOU (walk away|leave|go|walk out) .. (you|u) (walk away from|lose|leave|give up) (the|your|our)? (children|kids|house|home|everything)",
            "i (won't|will not|can't|cannot) be (held)? responsible for what (happens|i do|i might do)",
            "if @YOU (leave|go|end this|walk out|end it) .. i (don't|do not) want to (be here|live|be alive|wake up) (anymore|any more)?",
            "(you'll|you will|youll) have to live with (it|that|what happens)",
            "(nobody|no one) would blame me if (something|anything) (happened|happens) to (you|u)",
            "(i'm|im|i am) warning (you|u)",
            "(go ahead|try it|do it|call|tell|leave) .. see what happens (after|next|then|to you)?",
            "^^^ (just)? wait $$$",
            "(don't|do not|dont) make me (angry|mad|do something|lose it|hurt you|come over there|regret)",
            "(nobody|no one) (is going to|will|can|is gonna) stop me",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "Think very carefully about your next move.",
            "u really wanna test me rn?",
            "If you walk away from this marriage, you walk away from the children too.",
            "I won't be responsible for what happens if you bring him here.",
            "if u leave i dont want to be here anymore. ull have to live with it",
            "Nobody would blame me if something happened to you.",
            "im warning u",
            "Go ahead, call the police, see what happens after.",
            "Just wait.",
            "Don't make me angry.",
            "I will come and get them, and nobody is going to stop me.",
        ],
        "counterexamples": [
            "im warning u, ive made way too much pasta 😂",
            "Think carefully about which flat you prefer, no rush.",
            "just wait till u see the cake i made!!",
            "Don't make me laugh during the meeting!",
        ],
    },
    # --- added in coach5 (issue 17): the structure behind a threat, not its sentences ---
    {
        # A condition the partner meets, then a punishment that lands on them: "if you're
        # not home by ten I'm changing the locks", "walk away and I'll show your dad the
        # messages", "the second you move out, I'm cancelling your phone". The punishment
        # words carry it: "if you're cold I'm turning the heating on" is not one.
        "id": "threat.if-you-then-i-punish",
        "says": "threat",
        "patterns": [
            "(if|once|the second|the moment|the minute|as soon as|when) @YOU ... (i'm|im|i am|@ILL|ill|i'll be) (~change the locks|~change the lock code|~change the code|(cancel|cancels|cancelled|cancelling|canceling) (your|the|our)|~cut (you|u) off|~stop paying|~go for (the house|custody|full custody|everything)|~stop keeping (it|this|that|your secret|your secrets) (quiet|secret|to myself|between us)|~have a (very|quiet|little|long)? (honest|frank)? (conversation|chat|word) with (your|ur) (boss|employer|work|manager|parents|mum|mom|dad|family)|~show (your|ur) * (the|your|those|all)? @EXPOSE_THING|~go to (her|his|their) (house|place|work|door) $|~come (find|get|looking for) (you|u)|~come (down|over|round|up) (there|to (your|ur))|~turn up at (your|ur)|~be at (your|ur) (work|office|job|door|parents)|~call (your|ur) (boss|work|employer|wife|husband|gp|doctor)|~ring (your|ur) (boss|work|employer|gp|doctor|office)|~tell (the court|the judge))",
            "(if|once|the second|the moment|the minute|as soon as) @YOU (~leave|~walk out|~move out|~go through with|~divorce|~end this|~end it|~tell anyone|~tell someone) ... (i'm|im|i am|@ILL|ill) (~take|~keep|~get) (the kids|the children|the house|the dog|everything|full custody|custody) $",
            "(~walk away|~walk out|~leave|~move out|~keep ~ignore me|~keep (it|this|that) up|~keep ~lie|~ignore me|~answer (him|her)|~text (him|her)|~see (him|her)) (again|tonight|today)? (and|,) (i'm|im|i am|@ILL|ill) (~change the locks|~change the lock code|~change the code|(cancel|cancels|cancelled|cancelling|canceling) (your|the|our)|~cut (you|u) off|~take (the kids|the children|the car|the passports|everything) $|~show (your|ur) * (the|your|those|all)? @EXPOSE_THING|~go to (her|his) (house|place|work) $|~come (find|get) (you|u)|~be at (your|ur) (work|office|job|door|parents)|~call (your|ur) (boss|employer|work|wife|husband|parents|family)|~tell (your|ur) (boss|employer|work|wife|husband|parents|family|dad|mum|mom))",
            "@YOU (~leave|~walk out|~go|~move out) .. and (i'm|im|i am|@ILL|ill) (~change the locks|~change the lock code|~change the code|(cancel|cancels|cancelled|cancelling|canceling) (your|the)|~take (the kids|the children|everything))",
            "if (she|he|they) ... (i'm|im|i am|@ILL|ill) ~go (to|round to|over to) (her|his|their) (house|place|work|door)",
            "if @YOU ... (your|ur) (things|stuff|clothes|bags) (go|goes|will go|'ll go|are going|get thrown|will get thrown|are getting thrown|will be thrown|'ll be thrown) (in|into|out|outside|on the (street|lawn|drive|doorstep))",
            "(~walk out|~leave|~go|~move out) (and|,) @YOURE not (seeing|going to see|gonna see) *",
            "^ (~leave|~go|~walk out|~move out) , and @ILL make sure (the kids|the children|your (kids|children|son|daughter|family|parents)|everyone) (~know|~hear|~find out|~see|~learn)",
            "or (i'm|im|i am|@ILL|ill|i) (~come (down|over|round|up) (there|to (your|ur))|~change the locks|~cut (you|u) off|~tell (everyone|(your|ur) (boss|employer|work|wife|husband))|~call (your|ur) (boss|employer|work|wife|husband)|~show (your|ur|everyone)|~delete (you|u)|~come (find|get) (you|u)|~go to (her|his) (house|place|work) $)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "if ur not home in 20 mins im changing the locks",
            "walk away and ill show ur dad the messages",
            "keep ignoring me and ill be at ur work tmrw",
            "The second you move out, I'm cancelling your phone contract.",
            "If she messages you again, I'm going to her house.",
            "delete him or i delete u. simple",
            "If you're not back by midnight, your things go in a bin bag.",
            "walk out and ur not seeing lily at xmas",
            "Leave, and I'll make sure the kids know it was you who broke us up.",
            "The moment you walk out that door, I'll stop keeping it quiet.",
        ],
        "counterexamples": [
            "If you're cold I'm turning the heating on.",
            "It's fine if you want to go to the match, I'll take the kids swimming.",
            "I'm not saying that if you leave I'll change the locks.",
            "If you move out, I'll help you carry the boxes.",
            "If you're home early your things will be on the bed, I ironed them.",
            "If you leave the light on I'm going to her house to pick up the kids.",
            "You go, I'll take the kids to school.",
            "Ring me back or I'll post it tomorrow.",
        ],
    },
    {
        # Money or freedom held over the partner: "I'll cut you off, good luck paying rent",
        # "remember who pays for your car", "the passports stay with me".
        "id": "threat.ill-cut-you-off",
        "says": "threat",
        "patterns": [
            "(@ILL|ill|im going to) (cut (you|u) off|stop paying for (your|ur)|take (your|ur) (car|keys|phone|card|cards|passport)|take the (car keys|passports|keys) so)",
            "remember who (pays|paid|signs|owns|earns|bought|puts food) (for|the|your|ur|round|around|in)",
            "think about who (pays|paid|owns|signs|earns|bought)",
            "(but|and) the (passports|kids|children|car keys) (stay|are staying|stays) (with me|here) $",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "ill cut u off, good luck paying rent",
            "Remember who signs the cheques round here.",
            "You might want to think about who pays for your car before you say that again.",
            "You can go, but the passports stay with me.",
        ],
        "counterexamples": [
            "I'm not saying I'll cut you off.",
            "Remember who's paying for dinner tonight? It's your turn!",
            "The kids stay with me on Tuesday, you have them Wednesday.",
        ],
    },
    {
        # A warning dressed as a fact: "I know people at your work. Think about that.",
        # "it'd be a shame if your parents found out", "you don't want me as an enemy".
        "id": "threat.it-would-be-a-shame-if",
        "says": "threat",
        "patterns": [
            "(it'd|itd|it would|would) be a (real)? shame if (your|ur|someone|anyone|people|everyone) (parents|mum|mom|dad|boss|family|friends|work|kids|wife|husband)? (~find out|~know|~hear|~see|~learn)",
            "@YOU (really|seriously)? (don't|do not|dont) want me as (an|your) (enemy)",
            "(better|you'd better|you better) hope i (don't|never|do not|dont) (see|catch|find|hear)",
            "@YOURE lucky (i'm|im|i am|it's|its) only (texting|talking|saying|words|a text|shouting)",
            "i know (where (you|u|she|he|your|ur) (live|lives|work|works|are|is)|people at (your|ur)|your (passcode|password|passwords)|ur (passcode|password|passwords)) .. (. | ,)? (think about (that|it)|remember that|keep that in mind|just saying|don't forget it)",
            "be careful (how|what) (you|u) (speak|talk|say) to me",
            "(let me tell you|here's|here is) what's (going to|gonna) happen",
            "(nobody|no one|noone) (is going to|is gonna|will|would|'s going to|'s gonna|will ever|would ever) (believe|listen to) (you|u) $",
            "(@ILL|ill|im going to) (bleed|suck) (you|u) dry",
            "i'd think (very|really)? (carefully|hard|twice) about (who|what|how) (you|u)",
            "(it's|its|it is) (entirely|all|totally)? up to (you|u) how this (goes|ends|plays out)",
        ],
        "guards": ["negation", "playful"],
        "examples": [
            "It'd be a shame if your parents found out how you really spend your weekends.",
            "You really don't want me as an enemy.",
            "better hope i dont see u w him again",
            "ur lucky im only texting",
            "i know ur passcode. remember that",
            "I know people at your work. Think about that.",
            "I'm just saying, be careful how you speak to me from now on.",
            "Let me tell you what's going to happen.",
            "No one is going to believe you.",
            "I'll bleed you dry.",
        ],
        "counterexamples": [
            "It'd be a shame if the rain ruined the picnic.",
            "I know where you work, I'll pick you up at five!",
            "I'm not saying you'd better hope I don't see you with him.",
            "Be careful what you say to your mum, she's fragile this week.",
            "I'm not saying no one will believe you, I'm saying tell me first.",
            "No one would believe you're 40!",
            "Nobody will believe you if you tell them the cat ate it lol",
        ],
    },
    {
        # The one-line warning that needs no words around it: "See what happens.",
        # "Careful now.", "Don't make me.", "Say that again." (said, not asked).
        "id": "threat.short-warning",
        "says": "threat",
        "patterns": [
            "^^^ (go on ,?)? (see|watch) what happens (.|!)? $$$",
            "^^^ careful now (.|!)? $$$",
            "^^^ (don't|dont|do not) make me (.|!)? $$$",
            "^^^ /say (?:that|it) (?:again|one more time)(?=[ .!]*$)/",
        ],
        "guards": ["negation", "playful"],
        "examples": ["See what happens.", "Careful now.", "Don't make me.", "Say that again."],
        "counterexamples": [
            "Say that again?",
            "see what happens lol 😂",
            "Let's see what happens.",
        ],
    },
    {
        # Self-harm held over a partner's choice, in plain or texting words: "can't promise
        # I'll still be alive if you don't answer", "idk why I'd stay alive if you go",
        # "I'll stop taking my medication, see if you care then".
        "id": "threat.still-be-alive-if-you",
        "says": "self_harm",
        "patterns": [
            "(can't|cant|cannot|can not|won't|wont) promise (i'll|ill|i will|i'd|id) (still)? (be alive|be safe|wake up|be here (if|when|tomorrow|much longer)|be around (if|when|tomorrow|much longer))",
            "(why|what reason) (would|should|do|will) (i|i'd|id) (still)? (stay alive|keep living|be alive|go on|carry on|keep going) .. (if|when|once|without) @YOU",
            "(i don't know|idk|i dont know) why (i'd|id|i would|i'll|ill) (stay alive|keep living|be alive|go on|carry on|keep going) .. (if|when|once|without) @YOU",
            "(@ILL|ill|im going to) (stop|quit) (taking)? my (meds|medication|medicine|pills|tablets)",
            "(@ILL|ill|im going to) (take|swallow) (every|all) (last|of)? (the|my|those)? (tablet|tablets|pill|pills)",
            "if @YOU (leave|go|walk out|end this|end it) .. i (won't|wont|will not) be able to (carry on|go on|live|survive|keep going|keep living)",
            "(everyone|everybody|you|u) (would|will|'d|wld) be better off without me (your|ur) (choice|call|decision)",
            "(everyone|everybody|you|u) (would|will|'d|wld) be better off without me . (your|ur) (choice|call|decision)",
            "(everyone|everybody|you|u) (would|will|'d|wld) be better off without me .. (think about|if @YOU|see if)",
        ],
        "guards": ["negation"],
        "examples": [
            "cant promise ill still be alive if u dont answer",
            "idk why id stay alive if ur going. think abt it",
            "I'll stop taking my medication, see if you care then.",
            "I'll take every last tablet in the cabinet if you walk out tonight.",
            "if you leave, I won't be able to carry on.",
            "maybe everyone wld be better off without me. ur choice",
        ],
        "counterexamples": [
            "I'm not saying I'll stop taking my meds, I'm just tired of the side effects.",
            "I can't promise I'll be here by six, the trains are a mess.",
            "My doctor says I can stop taking my tablets next month.",
        ],
    },
]
