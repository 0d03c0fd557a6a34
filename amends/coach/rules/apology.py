"""Apology parts (Lewicki, Polin and Lount, 2016). Scored, not shown as highlights.

Each record names its ``component``; ``regex`` as in the flag rules.
"""

RULES: list[dict[str, object]] = [
    {
        "id": "apology.regret.im-so-sorry",
        "component": "regret",
        "regex": (
            r"\b(?:<IM>|i'm|i truly am|i really am|i am)\s+(?:(?:so|really|truly|very|"
            r"deeply|terribly|incredibly|genuinely|sincerely|so so|just|"
            r"honestly)\s+){0,3}sorry\b(?!\s+(?:you feel|if you|you're so|youre so|but "
            r"you|you think|that you feel|you see it|you took|for you|you had to feel|to "
            r"hear|for your loss|to bother|not sorry))"
        ),
    },
    {
        "id": "apology.regret.so-sorry",
        "component": "regret",
        "regex": (
            r"\b<SSTART>(?:(?:so|really|truly|very)\s+)?sorry\b(?!\s+(?:if|you feel|not "
            r"sorry|but))(?!,?\s+(?:can|could|what|who|where|how|did|do|are|is|would|"
            r"will)\b)"
        ),
    },
    {
        "id": "apology.regret.sorry-for-what",
        "component": "regret",
        "regex": (
            r"\bsorry for (?:what|the|lying|hurting|everything|all|my|being|not|how|"
            r"putting|breaking|making|cheating|hiding|keeping|betraying|the way|letting|"
            r"ever)\b"
        ),
    },
    {
        "id": "apology.regret.i-sincerely-apologi-sz",
        "component": "regret",
        "regex": r"\bi (?:sincerely |truly |deeply )?apologi[sz]e\b",
    },
    {
        "id": "apology.regret.my-sincere-apologies",
        "component": "regret",
        "regex": r"\bmy (?:sincere )?apologies\b",
    },
    {
        "id": "apology.regret.i-deeply-regret",
        "component": "regret",
        "regex": r"\bi (?:deeply |truly |really )?regret\b",
    },
    {
        "id": "apology.regret.i-feel-so-terrible",
        "component": "regret",
        "regex": (
            r"\bi feel (?:so |really |just )?(?:terrible|awful|sick|so bad|horrible|"
            r"ashamed|guilty|disgusted with myself|bad)\s+(?:about|for|that|when|every|"
            r"knowing|because)\b"
        ),
    },
    {
        "id": "apology.regret.im-so-ashamed",
        "component": "regret",
        "regex": r"\b<IM>\s+(?:so |deeply |really |truly )?ashamed\b",
    },
    {
        "id": "apology.regret.i-wish-i-hadnt",
        "component": "regret",
        "regex": (
            r"\bi wish (?:i (?:hadn't|hadnt|had never|never|could take|could undo|had "
            r"been|had told|had just|could go back)|i'?d never|id never)\b"
        ),
    },
    {
        "id": "apology.regret.i-hate-that-i",
        "component": "regret",
        "regex": r"\bi hate (?:that|what|myself for|how) i\b",
    },
    {
        "id": "apology.regret.sorry-about-that",
        "component": "regret",
        "regex": (
            r"\bsorry about (?:that|this|earlier|last night|this morning|everything|"
            r"what)\b"
        ),
    },
    {
        "id": "apology.regret.i-owe-you-an",
        "component": "regret",
        "regex": r"\bi owe (?:you|u) an apology\b",
    },
    {
        "id": "apology.explanation.i-did-it-because",
        "component": "explanation",
        "regex": (
            r"\b(?:i (?:did it|did that|lied|cheated|hid it|hid the|kept it from you|"
            r"didn't tell you|didnt tell you|said that|snapped|gambled|kept gambling|"
            r"started|went back|kept (?:it|going|lying|texting))|it happened|the reason "
            r"i\w*)\s+(?:\w+\s+){0,6}?(?:because|cause|cos|coz|since|as)\s+i\b"
        ),
    },
    {
        "id": "apology.explanation.i-was-ing-because",
        "component": "explanation",
        "regex": r"\bi was \w+ing\s+(?:\w+\s+){0,3}?(?:because|cause|cos|coz) i\b",
    },
    {
        "id": "apology.explanation.because-i-was-ashamed",
        "component": "explanation",
        "regex": (
            r"\bbecause i was (?:ashamed|scared|afraid|terrified|lonely|insecure|jealous|"
            r"weak|selfish|desperate|in a bad place)\b"
        ),
    },
    {
        "id": "apology.explanation.the-reason-i",
        "component": "explanation",
        "regex": (
            r"(?<!you're )(?<!youre )(?<!you are )(?<!were )(?<!was )\bthe reason (?:i|"
            r"why i|is that i|was that i|was i)\b"
        ),
    },
    {
        "id": "apology.explanation.i-think-it-happened",
        "component": "explanation",
        "regex": (
            r"\bi think (?:it|i) (?:happened|did it|did that|started|lied|cheated|went|"
            r"kept)\b<SHORTGAP>\bbecause\b"
        ),
    },
    {
        "id": "apology.explanation.i-wasnt-thinking",
        "component": "explanation",
        "regex": r"\bi wasn't thinking\b",
    },
    {
        "id": "apology.explanation.i-wasnt-thinking-2",
        "component": "explanation",
        "regex": r"\bi wasnt thinking\b",
    },
    {
        "id": "apology.explanation.i-was-in-a",
        "component": "explanation",
        "regex": (
            r"\bi was in (?:a|such a) (?:\w+\s+)?(?:bad|dark|terrible|low|awful|horrible|"
            r"rough) place\b"
        ),
    },
    {
        "id": "apology.explanation.i-told-myself",
        "component": "explanation",
        "regex": r"\bi told myself\b",
    },
    {
        "id": "apology.explanation.what-happened-was",
        "component": "explanation",
        "regex": r"\bwhat happened was\b",
    },
    {
        "id": "apology.explanation.i-was-scared-of",
        "component": "explanation",
        "regex": r"\bi was (?:scared|afraid|ashamed|terrified) (?:of|that|you|to)\b",
    },
    {
        "id": "apology.explanation.i-didnt-want-you",
        "component": "explanation",
        "regex": r"\bi didn't want (?:you to|to hurt|to lose|to face|to admit)\b",
    },
    {
        "id": "apology.explanation.i-didnt-want-you-2",
        "component": "explanation",
        "regex": r"\bi didnt want (?:you to|to hurt|to lose|to face|to admit)\b",
    },
    {
        "id": "apology.explanation.i-think-that-i",
        "component": "explanation",
        "regex": (
            r"\bi (?:think|realise|realize|know now|see now|'ve realised|ve realised|have "
            r"realised|'ve realized|have realized) (?:that )?i was (?:looking|trying|"
            r"running|chasing|hiding|avoiding|numbing|escaping|feeling|scared|afraid|"
            r"lonely)\b"
        ),
    },
    {
        "id": "apology.explanation.instead-of-telling-you",
        "component": "explanation",
        "regex": r"\binstead of (?:telling|talking to|coming to) you\b",
    },
    {
        "id": "apology.explanation.part-of-it-was",
        "component": "explanation",
        "regex": r"\bpart of (?:it|why|the reason) (?:was|is) (?:that )?i\b",
    },
    {
        "id": "apology.explanation.i-was-feeling-lonely",
        "component": "explanation",
        "regex": (
            r"\bi was (?:feeling |so |really )?(?:lonely|insecure|stressed|depressed|"
            r"empty|desperate|ashamed|numb|lost)\b<SHORTGAP>\b(?:and|so) (?:i|instead)\b"
        ),
    },
    {
        "id": "apology.explanation.that-s-not-an",
        "component": "explanation",
        "regex": r"\bthat'?s not an excuse\b",
    },
    {
        "id": "apology.explanation.not-as-an-excuse",
        "component": "explanation",
        "regex": r"\bnot (?:as )?an excuse\b",
    },
    {
        "id": "apology.explanation.thats-not-an-excuse",
        "component": "explanation",
        "regex": r"\bthats not an excuse\b",
    },
    {
        "id": "apology.repentance.it-ll-never-happen",
        "component": "repentance",
        "regex": r"\b(?:it|this|that)(?:'ll|ll| will)? never happen(?:s)? again\b",
    },
    {
        "id": "apology.repentance.it-wont-ever-happen",
        "component": "repentance",
        "regex": (
            r"\b(?:it|this|that) (?:won't|wont|will not|is not going to|isn't going to) "
            r"(?:ever )?happen again\b"
        ),
    },
    {
        "id": "apology.repentance.ill-never-do",
        "component": "repentance",
        "regex": (
            r"\b<ILL>\s+never\s+(?:do|lie|hurt|cheat|hide|gamble|keep|put you|let|go back|"
            r"contact|speak to|talk to|see|betray|break|drink)\b"
        ),
    },
    {
        "id": "apology.repentance.im-going-to-change",
        "component": "repentance",
        "regex": (
            r"\b(?:<IM>|i'm|i am)\s+(?:going to|gonna|determined to|committed to|trying "
            r"to|working (?:hard )?to|learning to)\s+(?:change|do better|be better|work "
            r"on|be honest|earn|rebuild|stop|be the|become|make sure|never|show you)\b"
        ),
    },
    {
        "id": "apology.repentance.i-will-change",
        "component": "repentance",
        "regex": (
            r"\bi will (?:change|do better|be better|be honest|stop|work on|never|earn|"
            r"rebuild|keep|show you|prove)\b"
        ),
    },
    {
        "id": "apology.repentance.i-ll-do-better",
        "component": "repentance",
        "regex": r"\bi'?ll (?:do better|be better|change|be honest from now)\b",
    },
    {
        "id": "apology.repentance.from-now-on",
        "component": "repentance",
        "regex": r"\bfrom (?:now|today|this day) on\b",
    },
    {
        "id": "apology.repentance.going-forward",
        "component": "repentance",
        "regex": r"\bgoing forward\b",
    },
    {
        "id": "apology.repentance.i-promise-to",
        "component": "repentance",
        "regex": (
            r"\bi promise (?:to|i'?ll|i will|not|that i|you i|you that i|you it|it|never|"
            r"i won'?t|i wont)\b"
        ),
    },
    {
        "id": "apology.repentance.im-learning-to",
        "component": "repentance",
        "regex": r"\b<IM>\s+(?:learning|trying hard|committed) to\b",
    },
    {
        "id": "apology.repentance.i-ve-started-seeing",
        "component": "repentance",
        "regex": (
            r"\b(?:i'?ve|ive|i have) (?:started|booked|joined|been going to|signed up for|"
            r"found|begun|started going to|been seeing|made an appointment "
            r"with)\s+(?:seeing\s+|going to\s+|attending\s+)?(?:a\s+)?(?:therapy|"
            r"therapist|counselling|counseling|counsellor|counselor|group|gamblers "
            r"anonymous|ga|aa|meetings|course|sessions|support group|program|programme)\b"
        ),
    },
    {
        "id": "apology.repentance.im-working-on",
        "component": "repentance",
        "regex": (
            r"\b<IM>\s+(?:working on|in (?:therapy|counselling|counseling|treatment|"
            r"recovery))\b"
        ),
    },
    {
        "id": "apology.repentance.i-never-want-to",
        "component": "repentance",
        "regex": r"\bi never want to (?:hurt|do that|be that|put you|lie|make you feel)\b",
    },
    {
        "id": "apology.repentance.no-more-lies",
        "component": "repentance",
        "regex": r"\bno more (?:lies|lying|secrets|hiding|gambling|excuses|sneaking)\b",
    },
    {
        "id": "apology.repentance.i-wont-ever-again",
        "component": "repentance",
        "regex": (
            r"\bi (?:won't|wont|will not|will never|'ll never|ll never) (?:ever )?\w+(?: "
            r"\w+){0,4} again\b"
        ),
    },
    {
        "id": "apology.repentance.i-ve-got-a",
        "component": "repentance",
        "regex": r"\b(?:i'?ve|ive|i have) got a (?:sponsor|therapist|counsellor|counselor)\b",
    },
    {
        "id": "apology.repentance.im-going-to-meetings",
        "component": "repentance",
        "regex": r"\b<IM>\s+going to (?:meetings|therapy|counselling|counseling|aa|ga)\b",
    },
    {
        "id": "apology.repentance.im-never-going-to",
        "component": "repentance",
        "regex": (
            r"\b<IM>\s+never going to (?:do|lie|hurt|let|cheat|gamble|hide|put you|betray|"
            r"keep)\b"
        ),
    },
    {
        "id": "apology.repair_offer.ill-make-it-up",
        "component": "repair_offer",
        "regex": (
            r"\b(?:<ILL>|let me|i want to|i'd like to|id like to|allow me to)\s+make "
            r"(?:it|this|that) (?:up to (?:you|u)|right)\b"
        ),
    },
    {
        "id": "apology.repair_offer.im-deleting",
        "component": "repair_offer",
        "regex": (
            r"\b<IM>\s+(?:deleting|blocking|cancelling|canceling|closing|uninstalling|"
            r"handing over|paying (?:it |you )?back)\b"
        ),
    },
    {
        "id": "apology.repair_offer.how-can-i-do",
        "component": "repair_offer",
        "regex": (
            r"\b(?:how|what) can i (?:do to )?(?:make (?:it|this|that|things) (?:right|up "
            r"to you|better)|help|fix|earn|rebuild|show)\b"
        ),
    },
    {
        "id": "apology.repair_offer.what-can-i-do",
        "component": "repair_offer",
        "regex": r"\bwhat can i do\b",
    },
    {
        "id": "apology.repair_offer.ill-pay-you-back",
        "component": "repair_offer",
        "regex": (
            r"\b(?:<ILL>|i want to|i'd like to|id like to|i can|let me)\s+(?:pay (?:you |"
            r"it )?back|repay|replace|fix|cover|answer (?:any|every|all|your)|show you "
            r"(?:every|all|my|the|everything|anything|whatever)|give you|share|go to "
            r"(?:counselling|counseling|therapy|couples)|do whatever|be transparent|be an "
            r"open book|go through (?:every|all|everything|it all)|sit down with you and|"
            r"cut (?:off )?(?:all )?contact|block|delete|hand over|open|set up|make (?:it|"
            r"this) right|earn (?:back )?your trust|rebuild|come to|book|pay for|sell|"
            r"close (?:the|my))\b"
        ),
    },
    {
        "id": "apology.repair_offer.you-can-check-my",
        "component": "repair_offer",
        "regex": r"\byou can (?:check|look at|see|read|have) (?:my|all my|everything)\b",
    },
    {
        "id": "apology.repair_offer.ive-blocked",
        "component": "repair_offer",
        "regex": (
            r"\b(?:<IVE>|i)\s+(?:blocked|deleted|cut (?:off )?(?:all )?contact|ended "
            r"(?:it|things|contact)|closed (?:the|my) (?:account|accounts|app)|handed "
            r"over|set up|paid (?:back|off|it)|booked|uninstalled|self-excluded|self "
            r"excluded|given you)\b"
        ),
    },
    {
        "id": "apology.repair_offer.whatever-it-takes",
        "component": "repair_offer",
        "regex": r"\bwhatever it takes\b",
    },
    {
        "id": "apology.repair_offer.whatever-you-need",
        "component": "repair_offer",
        "regex": r"\bwhatever you need\b",
    },
    {
        "id": "apology.repair_offer.i-want-to-earn",
        "component": "repair_offer",
        "regex": r"\bi want to (?:earn|rebuild|win) (?:back )?your trust\b",
    },
    {
        "id": "apology.repair_offer.i-d-like-to",
        "component": "repair_offer",
        "regex": r"\bi(?:'d| would|d) like to make (?:it|this) (?:right|up)\b",
    },
    {
        "id": "apology.forgiveness_request.please-please-forgive-me",
        "component": "forgiveness_request",
        "regex": r"\b(?:please|pls|plz|i beg you,?)\s+(?:please\s+)?forgive\s+me\b",
    },
    {
        "id": "apology.forgiveness_request.can-you-ever-forgive",
        "component": "forgiveness_request",
        "regex": (
            r"\b(?:can|could|will|would)\s+(?:you|u)\s+(?:ever\s+|please\s+|possibly\s+|"
            r"one day\s+|someday\s+|find it in (?:your|ur) heart to\s+){0,2}forgive\s+me\b"
        ),
    },
    {
        "id": "apology.forgiveness_request.i-hope-that-you",
        "component": "forgiveness_request",
        "regex": (
            r"\bi (?:hope|pray|wish)\s+(?:that\s+)?(?:you|u|one day you|someday you|in "
            r"time you)\b<SHORTGAP>\bforgive\b"
        ),
    },
    {
        "id": "apology.forgiveness_request.im-asking-for-you",
        "component": "forgiveness_request",
        "regex": (
            r"\b<IM>\s+(?:asking|begging|hoping)\s+(?:for\s+)?(?:you to forgive|your "
            r"forgiveness|for forgiveness|for you to forgive)\b"
        ),
    },
    {
        "id": "apology.forgiveness_request.forgive-me",
        "component": "forgiveness_request",
        "regex": r"\b<SSTART>forgive me\b",
    },
    {
        "id": "apology.forgiveness_request.any-way-you-could",
        "component": "forgiveness_request",
        "regex": (
            r"\bany (?:way|chance) (?:you|u) (?:could|can|would|might|will) (?:ever "
            r")?forgive\b"
        ),
    },
    {
        "id": "apology.forgiveness_request.i-hope-you-can",
        "component": "forgiveness_request",
        "regex": (
            r"\bi (?:hope|pray)\b<SHORTGAP>\b(?:you|u) (?:can|could|will|might|would) "
            r"(?:\w+ )?forgive\b"
        ),
    },
]
