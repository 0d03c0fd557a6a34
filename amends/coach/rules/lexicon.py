"""Shared words for the rules: regex macros (``<YOU>`` in a ``regex``) and word lists."""

MACROS: dict[str, str] = {
    "YOU": r"(?:you|u|ya)",
    "YOURE": r"(?:you're|youre|you are|your|ur|u r|u are|you r|yr)",
    "YOUVE": r"(?:you've|youve|you have|u have|uve)",
    "YOUR": r"(?:your|ur|yr)",
    "IM": r"(?:i'm|im|i am|i m)",
    "ILL": r"(?:i'll|ill|i will|i'm going to|im going to|i am going to|i'm gonna|im gonna)",
    "IVE": r"(?:i've|ive|i have)",
    "ID": r"(?:i'd|id|i would)",
    "DONT": r"(?:don't|dont|do not)",
    "DIDNT": r"(?:didn't|didnt|did not)",
    "CANT": r"(?:can't|cant|cannot|can not)",
    "WONT": r"(?:won't|wont|will not)",
    "WOULDNT": (
        r"(?:wouldn't|wouldnt|would not|would never|never would|would've never|wouldve "
        r"never|would have never)"
    ),
    "ITS": r"(?:it's|its|it is|it was|that's|thats|that is|that was|this is|this was)",
    "INT": (
        r"(?:(?:so|really|such|very|just|being|incredibly|totally|completely|too|fucking|"
        r"freaking|bloody|right|proper|acting|a|an|the most|a real|a total|a complete|an "
        r"absolute|absolutely|honestly|literally|always|truly|utterly|way|pretty|actually|"
        r"seriously|nothing but|the biggest|unbelievably|ridiculously|painfully|embarrassingly|"
        r"stupidly|annoyingly|impossibly|genuinely|terribly|horribly|extremely|super|insanely)\s+)"
        r"{0,3}"
    ),
    "GAP": r"[^.!?\n]{0,80}?",
    "SHORTGAP": r"[^.!?\n]{0,40}?",
    "EOS": r"(?=\s*(?:[.!?,;:)\n]|$))",
    "TSTART": r"(?:(?<![\s\S])|(?<=^\s)|(?<=^\s\s))",
    "SSTART": r"(?:(?<![\s\S])|(?<=^\s)|(?<=^\s\s)|(?<=[.!?\n])|(?<=[.!?\n]\s)|(?<=[.!?\n]\s\s))",
    "CSTART": (
        r"(?:(?<![\s\S])|(?<=^\s)|(?<=^\s\s)|(?<=[.!?,;\n])|(?<=[.!?,;\n]\s)|"
        r"(?<=[.!?,;\n]\s\s))"
    ),
    "NEVER_DOES": (
        r"(?:accept|accepted|look up|looked up|put (?:your|the|that) phone down|listen|"
        r"listened|listens|say thank you|said thank you|help|helped|helps|care|cared|ask|"
        r"asked|asks|think of|think about|thought of|thought about|notice|noticed|call|"
        r"called|text|texted|apologi[sz]e|apologi[sz]ed|say sorry|said sorry|follow "
        r"through|show up|showed up|make time|made time|put me first|consider|considered|"
        r"take responsibility|took responsibility|admit|admitted|support|supported|pay "
        r"attention|paid attention|hear me|do anything|did anything|lift a finger|lifted "
        r"a finger|keep your|kept your|keep promises|kept promises|try|tried|thank|"
        r"thanked|include|(?:tell|told) me(?!\s+#)|respect|respected|appreciate|"
        r"appreciated|have time|make an effort|made an effort|get it|understand|learn|"
        r"learned|want to|wanna|let me (?:finish|speak|talk|explain)|back me up|backed me "
        r"up|stand up for|stood up for|do what you say|put us first|ask me|asked me|check "
        r"on|see my side|see it from|open up|talk to me|talked to me|mean it|meant it|do "
        r"the|did the|clean|cook|pick up|come home|make me a priority)\b"
    ),
    "ALWAYS_DOES": (
        r"(?:interrupt\w*|blam\w*|ruin\w*|twist\w*|complain\w*|criticis\w*|criticiz\w*|"
        r"nag\w*|forget\w*|mess\w* (?:it|things|everything|up)|screw\w* (?:it|things|"
        r"everything|up)|lie|lies|lying|lied|exaggerat\w*|overreact\w*|start\w* (?:fights|"
        r"arguments|a fight|an argument|something|drama)|pick\w* (?:fights|a fight|on me)|"
        r"bring\w* up|turn\w* (?:it|this|everything|things) (?:around|on me|into)|walk\w* "
        r"away|storm\w* off|walk\w* off|leav\w* me to (?:deal|sort|clean|do|pick)|"
        r"ignor\w*|put\w* (?:yourself|your (?:own|needs|work|phone|friends|job|mum|mom|"
        r"family))|choos\w* (?:your|them|her|him|work)|cancel\w*|let\w* me down|do this|"
        r"doing this|do that|doing that|do the same|shut\w* me out|play\w* the victim|"
        r"have an excuse|have to be right|have to win|need to be right|get your way|get "
        r"your own way|think you're|think youre|act like|acting like|assum\w*|yell\w*|"
        r"shout\w*|snap\w*|sulk\w*|judg\w*|dismiss\w*|make me feel (?:like (?:crap|shit|"
        r"an idiot|i'm|im|nothing|a)|stupid|small|bad|guilty|worthless|crazy)|making me "
        r"feel (?:like|stupid|small|bad|guilty)|take (?:their|his|her|your \w+'?s?) side|"
        r"make (?:it|everything) about (?:you|yourself)|making (?:it|everything) about "
        r"(?:you|yourself)|find (?:a reason|something)|have something to say|leave me "
        r"(?:out|hanging|waiting|to)|run\w* off|hide|hiding|hid|avoid\w*|change the "
        r"subject|changing the subject|belittl\w*|talk\w* down to|roll\w* your eyes|"
        r"mak\w* excuses|undermin\w*|spend\w* (?:money|all)|waste\w*|late|be late|show up "
        r"late|turn\w* up late|roll\w* (?:in|up) late|(?:come|get)\w* home late|drink\w* "
        r"too)"
    ),
    "TRAITS": (
        r"(?:selfish|self-?cent(?:er|re)d|self cent(?:er|re)d|lazy|inconsiderate|"
        r"thoughtless|careless|irresponsible|immature|childish|cold|heartless|uncaring|"
        r"unreliable|controlling|manipulative|needy|clingy|insensitive|spoiled|spoilt|"
        r"arrogant|rude|mean|cruel|ungrateful|a liar|a cheat|a terrible (?:partner|"
        r"husband|wife|father|mother|dad|mum|mom|person|boyfriend|girlfriend)|a bad "
        r"(?:partner|husband|wife|father|mother|dad|mum|mom|person|boyfriend|girlfriend)|"
        r"incapable|impossible(?!\s+to\s+(?!talk|live|reason|please|deal))|hopeless|a "
        r"narcissist|narcissistic|toxic|obsessed|stingy|a workaholic|emotionally "
        r"unavailable|self-absorbed|self absorbed|dishonest|untrustworthy|fake|two-faced|"
        r"a hypocrite|hypocritical|lazy|unbearable|impossible to (?:talk to|live with|"
        r"please)|so difficult|difficult|a nag|jealous and|possessive|vain|greedy|weak|"
        r"spineless|heartless|cold-hearted|cold hearted|a user|always the victim|wrapped "
        r"up in yourself|full of yourself|obsessed with yourself|in your own little "
        r"world)\b"
    ),
    "INSULTS": (
        r"(?:pathetic|disgusting|an idiot|stupid|a joke|worthless|a loser|an "
        r"embarrassment|ridiculous|a clown|an animal|trash|garbage|a waste of (?:space|"
        r"time|oxygen)|dumb|a moron|moronic|a child|a baby|a coward|pitiful|vile|"
        r"repulsive|revolting|scum|a pig|a slut|a whore|a bitch|a bastard|a dick|an ass|"
        r"an asshole|an arsehole|a prick|a psycho|nothing(?! like| to| but)|a failure|"
        r"beneath me|a piece of (?:shit|work|crap)|unbelievable|insufferable|laughable|"
        r"clueless|brainless|a mess|a disgrace|a lost cause|a sad little|sad and pathetic|"
        r"an absolute joke|a freak|a creep|gross|an embarrassment|dense|thick|a dumbass|a "
        r"dumb ass|useless)\b"
    ),
    "VOCATIVE": (
        r"(?:idiot|moron|loser|bitch|bastard|asshole|arsehole|prick|cow|pig|liar|coward|"
        r"clown|dickhead|jerk|psycho|slut|whore|dumbass|twat|cunt|muppet|child|baby|"
        r"princess)\b"
    ),
    "GASLIGHT_ADJ": (
        r"(?:dramatic|overreacting|over-reacting|over reacting|overdramatic|too sensitive|"
        r"oversensitive|over-sensitive|so sensitive|hysterical|crazy|insane|paranoid|"
        r"imagining (?:things|it|stuff|that)|making (?:this|it|that|things|stuff|shit) up|"
        r"delusional|mental|losing it|losing your mind|remembering (?:it |that |this "
        r")?wrong|mis-?remembering|making a big deal|making such a big deal|making a "
        r"scene|blowing (?:this|it|things|everything|that) (?:way )?out of proportion|"
        r"irrational|unhinged|nuts|hearing things|seeing things|reading (?:way )?too much "
        r"into|too emotional|so emotional|overly emotional|overthinking|over-thinking|"
        r"being silly|silly about|making a mountain out of|a drama queen|making drama|"
        r"exaggerating|out of your mind|not thinking straight|psycho|making (?:a |such a "
        r")?(?:drama|fuss|scene|big deal|thing) (?:out of|over|about) nothing)"
    ),
    "MORE_TRAITS": (
        r"(?:cold|unreliable|flaky|moody|grumpy|stubborn|petty|bossy|nasty|sneaky|shady|"
        r"negative|a slob|a snob|a bully|a control freak|passive[- ]aggressive|exhausting|"
        r"draining|a nightmare|high maintenance|entitled(?! to\b)|disrespectful|dismissive|"
        r"aggressive|hurtful|vindictive|tight|tight-fisted|lazy|selfish|inconsiderate|"
        r"thoughtless|careless|useless at|rude|mean|cruel|ungrateful|heartless|uncaring|"
        r"insensitive|distant|closed off|secretive|defensive|sarcastic|critical|"
        r"judgemental|judgmental)\b"
    ),
    "EMOTIONS": (
        r"(?:hurt|sad|scared|afraid|frightened|anxious|lonely|alone|unseen|invisible|"
        r"ignored|unheard|unimportant|rejected|betrayed|angry|upset|frustrated|"
        r"overwhelmed|ashamed|embarrassed|humiliated|confused|lost|worried|insecure|"
        r"unsafe|exhausted|fragile|disappointed|heartbroken|crushed|devastated|jealous|"
        r"uneasy|nervous|torn|numb|small|low|flat|wobbly|vulnerable|raw|on edge|drained|"
        r"shaky|hopeless|helpless|empty|disconnected|distant|unloved|unwanted|neglected|"
        r"taken for granted|left out|let down|stressed|panicky|tearful|teary|down|rubbish|"
        r"awful|terrible|horrible|gutted|hopeful|happy|grateful|relieved|close|closer|"
        r"loved|safe|calmer|better|worse)\b"
    ),
}

# Word lists for ``patterns`` (see rulelang.py): each entry is a word or a phrase, in
# plain spelling (the text is normalised first: "ur" -> "your"/"you're", "dont" ->
# "don't"). Verbs are written once, as their base form; ``~@NAME`` adds every form.
WORDS: dict[str, list[str]] = {
    "YOU": ["you", "u", "ya"],
    "YOURE": ["you're", "you are", "your", "ur", "u r", "u are", "you r", "youre"],
    "YOUR": ["your", "ur", "yr"],
    "IM": ["i'm", "im", "i am"],
    "ILL": ["i'll", "i will", "i'm going to", "i am going to", "i'm gonna", "im gonna"],
    "NEG": ["don't", "do not", "didn't", "did not", "never", "can't", "cannot", "won't"],
    # What the writer did, as it follows "I wouldn't have ..." (past participles).
    "BETRAYED": [
        "had an affair",
        "had the affair",
        "had that affair",
        "had a fling",
        "slept with",
        "cheated",
        "strayed",
        "lied",
        "lied to you",
        "gone behind your back",
        "looked elsewhere",
        "gone looking",
        "fallen for",
        "done it",
        "done that",
        "done what i did",
        "kept secrets",
        "hidden it",
        "hidden things",
        "gambled",
        "started drinking",
        "texted her",
        "texted him",
        "messaged her",
        "messaged him",
        "met up with",
        "hooked up with",
        "needed someone else",
        "turned to",
        "gone to her",
        "gone to him",
        "betrayed you",
        "been unfaithful",
        "looked at anyone",
        "looked at anyone else",
        "looked at someone else",
        "looked at another",
        "wandered",
        "gone elsewhere",
        "gone near her",
        "gone near him",
        "found someone else",
        "found comfort elsewhere",
        "noticed her",
        "noticed him",
        "noticed anyone",
        "noticed someone",
        "needed her",
        "needed him",
        "wanted her",
        "wanted him",
        "looked",
        "gone there",
    ],
    # What someone is told when their perception is doubted (gaslighting, or denied).
    "PERCEPTION": [
        "overreacting",
        "too sensitive",
        "paranoid",
        "dramatic",
        "crazy",
        "imagining it",
        "imagining things",
        "hysterical",
        "making it up",
    ],
    "PARTNER": [
        "wife",
        "husband",
        "partner",
        "girlfriend",
        "boyfriend",
        "spouse",
        "fiance",
        "fiancee",
    ],
    # Words that make a name an insult ("a pathetic liar", "such a sad little man").
    "INSULT_ADJ": [
        "pathetic",
        "disgusting",
        "worthless",
        "useless",
        "lying",
        "cheating",
        "spineless",
        "gutless",
        "sad",
        "sad little",
        "pathetic little",
        "miserable",
        "stupid",
        "dumb",
        "vile",
        "sorry",
        "selfish",
        "lazy",
        "fucking",
        "fat",
        "ugly",
    ],
    # Names that insult when given to the partner.
    "INSULT_NOUN": [
        "liar",
        "cheat",
        "cheater",
        "loser",
        "idiot",
        "moron",
        "joke",
        "coward",
        "fraud",
        "hypocrite",
        "failure",
        "creep",
        "pig",
        "snake",
        "rat",
        "waste of space",
        "excuse for a man",
        "excuse for a husband",
        "excuse for a wife",
        "excuse for a partner",
        "excuse for a human",
        "piece of work",
        "piece of shit",
        "disappointment",
        "embarrassment",
        "bitch",
        "bastard",
        "slut",
        "whore",
        "prick",
        "jerk",
        "clown",
        "narcissist",
        "psycho",
    ],
    # What a betrayal gets shrunk to: "it was just messages", "only texting".
    "MINOR_THING": [
        "messages",
        "some messages",
        "a few messages",
        "texts",
        "some texts",
        "a few texts",
        "texting",
        "messaging",
        "chatting",
        "chats",
        "talking",
        "talk",
        "words",
        "flirting",
        "a bit of flirting",
        "harmless flirting",
        "flirty texts",
        "banter",
        "a kiss",
        "one kiss",
        "kissing",
        "a hug",
        "porn",
        "sex",
        "just sex",
        "a fling",
        "one night",
        "a one night thing",
        "a one-night thing",
        "a one-time thing",
        "a one time thing",
        "a one-off",
        "a one off",
        "one time",
        "once",
        "a crush",
        "physical",
        "emotional",
        "online",
        "dms",
        "snapchat",
        "an app",
        "fun",
        "a bit of fun",
        "harmless fun",
        "a few bets",
        "bets",
        "a game",
        "a few drinks",
        "a drink",
        "one drink",
        "a stupid mistake",
        "one mistake",
        "a silly mistake",
        "nothing",
        "nothing serious",
    ],
    # What the writer did, as base verbs: "~@BETRAY_VERB" is every form (cheat, cheated,
    # cheating; lie, lied, lying; go to her, went to her, ...).
    "BETRAY_VERB": [
        "cheat",
        "lie",
        "lie to you",
        "stray",
        "wander",
        "drink",
        "gamble",
        "hide things",
        "hide it",
        "keep secrets",
        "look elsewhere",
        "go looking",
        "sleep with",
        "text her",
        "text him",
        "message her",
        "message him",
        "go to her",
        "go to him",
        "go behind your back",
        "kiss her",
        "kiss him",
        "hook up",
        "have an affair",
        "have the affair",
        "fall for",
        "turn to",
        "need someone else",
        "do it",
        "do that",
        "do what i did",
        "betray you",
        "be unfaithful",
    ],
    # Words that doubt a partner's mind, as adjectives after "stop acting", "so", "too".
    "MIND_ADJ": [
        "crazy",
        "insane",
        "paranoid",
        "hysterical",
        "mental",
        "psycho",
        "delusional",
        "dramatic",
        "overdramatic",
        "oversensitive",
        "sensitive",
        "emotional",
        "irrational",
        "unhinged",
        "nuts",
        "overreacting",
        "like a crazy person",
        "like a psycho",
        "like a lunatic",
        "like a child",
    ],
    # Things shared to shame someone.
    "EXPOSE_THING": [
        "photos",
        "pictures",
        "pics",
        "videos",
        "nudes",
        "messages",
        "texts",
        "screenshots",
        "diary",
        "secrets",
        "emails",
    ],
    # Things a partner is said never to do, as base verbs ("you've never once ~@CARE_VERB").
    "CARE_VERB": [
        "listen",
        "help",
        "care",
        "ask",
        "call",
        "text",
        "notice",
        "apologise",
        "apologize",
        "support",
        "think",
        "thank",
        "consider",
        "try",
        "put",
        "respect",
        "appreciate",
        "include",
        "show up",
        "make time",
        "pay attention",
        "take responsibility",
        "admit",
        "follow through",
        "back me up",
        "stand up for",
        "open up",
        "talk to me",
        "remember",
        "cook",
        "clean",
        "tidy",
        "plan",
        "offer",
        "bother",
        "lift a finger",
        "say sorry",
        "say thank you",
        "prioritise",
        "prioritize",
        "change",
        "keep",
        "choose",
        "stick up for",
        "make an effort",
        "make me feel",
        "touch",
        "kiss",
        "compliment",
        "tell the truth",
        "mean",
        "finish",
        "complete",
        "stick to",
        "follow through on",
    ],
    # A person, as a partner or parent is named in a judgement ("the worst husband").
    "PERSON_NOUN": [
        "person",
        "man",
        "woman",
        "husband",
        "wife",
        "partner",
        "boyfriend",
        "girlfriend",
        "father",
        "mother",
        "dad",
        "mum",
        "mom",
        "parent",
        "friend",
        "human",
        "human being",
        "lover",
        "son",
        "daughter",
    ],
    # Superlatives that judge a person.
    "WORST": [
        "worst",
        "laziest",
        "meanest",
        "coldest",
        "rudest",
        "most selfish",
        "most useless",
        "most inconsiderate",
        "most unreliable",
        "most boring",
        "most annoying",
        "most irritating",
        "most pathetic",
        "most disappointing",
        "most self-centred",
        "most self-centered",
        "most self centred",
        "most thoughtless",
        "most careless",
        "most immature",
        "most dishonest",
        "most manipulative",
        "most controlling",
        "biggest liar",
        "biggest letdown",
        "biggest disappointment",
        "biggest mistake",
    ],
    # Character words, as judged in "why are you so ~", "stop being so ~".
    "TRAIT": [
        "selfish",
        "lazy",
        "needy",
        "clingy",
        "cold",
        "mean",
        "rude",
        "careless",
        "thoughtless",
        "inconsiderate",
        "insensitive",
        "immature",
        "childish",
        "controlling",
        "jealous",
        "possessive",
        "insecure",
        "stubborn",
        "difficult",
        "negative",
        "moody",
        "grumpy",
        "boring",
        "annoying",
        "useless",
        "unreliable",
        "ungrateful",
        "arrogant",
        "cruel",
        "nasty",
        "bitter",
        "petty",
        "judgmental",
        "judgemental",
        "demanding",
        "irresponsible",
        "distant",
        "secretive",
        "dishonest",
        "fake",
        "heartless",
        "uptight",
        "defensive",
        "aggressive",
        "hostile",
        "hard to love",
        "hard work",
        "self-centred",
        "self-centered",
        "self-absorbed",
    ],
}
