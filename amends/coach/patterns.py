"""The rules: each one names a kind, the words it looks for, why those words can hurt (or
help), and a gentler way to say it.

Patterns run on lowercased, quote-masked text (see scope.py). They are written to be
linear-time: gaps are bounded and never nested, so a 100 KB message cannot make the
regex engine backtrack for ever. Shorthand like <YOURE> expands to the common spellings
people really type ("you're", "youre", "your", "ur", "you are").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MACROS: dict[str, str] = {
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
        r"(?:wouldn't|wouldnt|would not|would never|never would|would've never|"
        r"wouldve never|would have never)"
    ),
    "ITS": r"(?:it's|its|it is|it was|that's|thats|that is|that was|this is|this was)",
    "INT": (
        r"(?:(?:so|really|such|very|just|being|incredibly|totally|completely|too|fucking|"
        r"freaking|bloody|right|proper|acting|a|an|the most|a real|a total|a complete|an absolute|"
        r"absolutely|honestly|literally|always|truly|utterly|way|pretty|actually|"
        r"seriously|nothing but|the biggest)\s+){0,3}"
    ),
    "GAP": r"[^.!?\n]{0,80}?",
    "SHORTGAP": r"[^.!?\n]{0,40}?",
    "EOS": r"(?=\s*(?:[.!?,;:)\n]|$))",
    # Start of the text, of a sentence or of a clause, allowing a couple of spaces. Used
    # after a \b so the rule still starts at a word (see engine.py).
    "TSTART": r"(?:(?<![\s\S])|(?<=^\s)|(?<=^\s\s))",
    "SSTART": r"(?:(?<![\s\S])|(?<=^\s)|(?<=^\s\s)|(?<=[.!?\n])|(?<=[.!?\n]\s)|(?<=[.!?\n]\s\s))",
    "CSTART": (
        r"(?:(?<![\s\S])|(?<=^\s)|(?<=^\s\s)|(?<=[.!?,;\n])|(?<=[.!?,;\n]\s)"
        r"|(?<=[.!?,;\n]\s\s))"
    ),
}
_MACRO_RE = re.compile(r"<([A-Z]+)>")


def expand(pattern: str) -> str:
    return _MACRO_RE.sub(lambda m: _MACROS[m.group(1)], pattern)


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    pattern: str
    explanation: str
    suggestion: str | None
    # Skip the match when the clause before it says "I'm not saying" and the like.
    negatable: bool = True
    # Skip when the words just before the match contain this (e.g. "i said i'm sorry").
    not_after: str | None = None
    # Skip when the message is plainly joking ("haha you idiot 😂 love you").
    playful_ok: bool = False


# --- Wording --------------------------------------------------------------------------
# Explanations speak to the writer, warmly and plainly. Suggestions offer words to try.

_ALWAYS = (
    "Words like 'always' and 'never' can make it sound like this is who they are, "
    "not something they did.",
    "Try naming one moment: 'When you ... I felt ...'",
)
_TRAIT = (
    "Calling someone selfish or lazy talks about who they are, and people tend to defend "
    "themselves instead of hearing you.",
    "Try describing what happened and how it felt: 'When you ..., I felt ...'",
)
_CARE = (
    "Saying they don't care is a guess about their heart, and it usually starts a fight "
    "about that instead of what you need.",
    "Try saying what you need: 'I need to know you're thinking of me when ...'",
)
_INSULT = (
    "Insults and name-calling leave a deep mark, even when you're hurting and angry.",
    "Try saying how much this hurts instead: 'I'm so hurt and angry right now.'",
)
_MOCK = (
    "Mocking or sarcastic words can make your partner feel small, and they stop "
    "listening to the real hurt underneath.",
    "Try saying it straight: 'I'm really frustrated because ...'",
)
_DISGUST = (
    "Saying they disgust you is very hard to come back from, even in a heated moment.",
    "Try naming your own feeling: 'I'm so angry and hurt I can't think straight.'",
)
_NOT_MY_FAULT = (
    "When we defend ourselves straight away, the other person can feel their hurt doesn't count.",
    "Try finding the part that is yours, even a small one: 'You're right that I ...'",
)
_COUNTER = (
    "Answering a complaint with one of your own turns it into a contest, and neither "
    "of you feels heard.",
    "Try answering what they said first, and save your own worry for later.",
)
_EXCUSE = (
    "Excuses can sound like you're saying their hurt isn't fair, even if you don't mean it.",
    "Try owning it first: 'I did that, and I understand why it hurt.'",
)
_NON_APOLOGY = (
    "'Sorry you feel that way' can sound like the problem is their feelings, not what happened.",
    "Try 'I'm sorry I ...' and name what you did.",
)
_SHUTDOWN = (
    "Shutting the talk down can leave your partner feeling alone and shut out.",
    "If you need a pause, say so and say when you'll come back: 'I need 20 minutes, "
    "then I want to keep talking.'",
)
_WHATEVER = (
    "A short 'whatever' can feel like a door closing on your partner.",
    "If you're overwhelmed, try: 'I'm too upset to talk well right now. Can we pick "
    "this up in half an hour?'",
)
_DOUBT_MIND = (
    "Telling someone they're overreacting or imagining things can make them doubt "
    "their own feelings and memory.",
    "Try: 'I can see this really hurt you. Help me understand.'",
)
_DENY_MEMORY = (
    "Saying it never happened can make your partner doubt their own memory, which is "
    "painful after a betrayal.",
    "If you remember it differently, try: 'I remember it differently, but I want to "
    "hear how it was for you.'",
)
_MINIMISE = (
    "Making it sound small can tell your partner their pain doesn't matter.",
    "Try: 'I know this is big for you, and I want to understand why.'",
)
_BLAME = (
    "This puts the weight of your choice on your partner, who is the one who got hurt.",
    "Try owning the choice as yours: 'I was unhappy, and I chose to ... instead of telling you.'",
)
_THREAT = (
    "This can feel like a threat, and fear makes it very hard to rebuild trust.",
    "Try saying what you're afraid of or what you need, without a 'or else'.",
)
_SELF_HARM = (
    "Talking about hurting yourself to stop your partner leaving puts a crushing weight "
    "on them. If you are thinking of hurting yourself, please reach out for help right "
    "now.",
    "Try telling them how scared and desperate you feel, and ask someone you trust, or a "
    "crisis line, for support today.",
)

_I_STATEMENT = (
    "You're sharing your own feelings, which helps your partner understand you.",
    None,
)
_RESPONSIBILITY = (
    "You're owning your part, which is one of the most healing things you can do.",
    None,
)
_REPAIR = (
    "This is a bid to calm things and reconnect. Those matter a lot.",
    None,
)
_BREAK = (
    "Asking for a break and promising to come back keeps the door open. That's a good "
    "way to pause.",
    None,
)
_VALIDATION = (
    "You're showing you understand their feelings, which helps them feel heard.",
    None,
)


def _r(kind: str, words: tuple[str, str | None], pattern: str, **kw: object) -> Rule:
    return Rule(kind, expand(pattern), words[0], words[1], **kw)  # type: ignore[arg-type]


# Verbs that complain about what a partner never does ("you never listen").
_NEVER_DOES = (
    r"(?:accept|accepted|look up|looked up|put (?:your|the|that) phone down|"
    r"listen|listened|listens|say thank you|said thank you|help|helped|helps|care|cared|ask|asked|a"
    r"sks|think of|"
    r"think about|thought of|thought about|notice|noticed|call|called|text|texted|"
    r"apologi[sz]e|apologi[sz]ed|say sorry|said sorry|follow through|show up|showed up|"
    r"make time|made time|put me first|consider|considered|take responsibility|"
    r"took responsibility|admit|admitted|support|supported|pay attention|paid attention|"
    r"hear me|do anything|did anything|lift a finger|lifted a finger|keep your|kept your|"
    r"keep promises|kept promises|try|tried|thank|thanked|include|"
    r"(?:tell|told) me(?!\s+#)|"
    r"respect|respected|appreciate|appreciated|have time|make an effort|made an effort|"
    r"get it|understand|learn|learned|want to|wanna|let me (?:finish|speak|talk|explain)|"
    r"back me up|backed me up|stand up for|stood up for|do what you say|put us first|"
    r"ask me|asked me|check on|see my side|see it from|open up|talk to me|talked to me|"
    r"mean it|meant it|do the|did the|clean|cook|pick up|come home|make me a priority)\b"
)
# What a partner "always" does, in the complaining sense ("you always interrupt").
_ALWAYS_DOES = (
    r"(?:interrupt\w*|blam\w*|ruin\w*|twist\w*|complain\w*|criticis\w*|criticiz\w*|nag\w*|"
    r"forget\w*|mess\w* (?:it|things|everything|up)|screw\w* (?:it|things|everything|up)|"
    r"lie|lies|lying|lied|exaggerat\w*|overreact\w*|start\w* (?:fights|arguments|a fight|"
    r"an argument|something|drama)|pick\w* (?:fights|a fight|on me)|bring\w* up|"
    r"turn\w* (?:it|this|everything|things) (?:around|on me|into)|walk\w* away|"
    r"storm\w* off|walk\w* off|leav\w* me to (?:deal|sort|clean|do|pick)|ignor\w*|put\w* (?:yoursel"
    r"f|your (?:own|needs|work|phone|friends|job|"
    r"mum|mom|family))|choos\w* (?:your|them|her|him|work)|cancel\w*|"
    r"let\w* me down|do this|doing this|do that|doing that|do the same|shut\w* me out|"
    r"play\w* the victim|have an excuse|have to be right|have to win|need to be right|"
    r"get your way|get your own way|think you're|think youre|act like|acting like|"
    r"assum\w*|yell\w*|shout\w*|snap\w*|sulk\w*|judg\w*|dismiss\w*|"
    r"make me feel (?:like (?:crap|shit|an idiot|i'm|im|nothing|a)|stupid|small|bad|"
    r"guilty|worthless|crazy)|making me feel (?:like|stupid|small|bad|guilty)|"
    r"take (?:their|his|her|your \w+'?s?) side|make (?:it|everything) about (?:you|yourself)|"
    r"making (?:it|everything) about (?:you|yourself)|find (?:a reason|something)|"
    r"have something to say|leave me (?:out|hanging|waiting|to)|run\w* off|"
    r"hide|hiding|hid|avoid\w*|change the subject|changing the subject|belittl\w*|"
    r"talk\w* down to|roll\w* your eyes|mak\w* excuses|undermin\w*|spend\w* (?:money|all)|"
    r"waste\w*|late|be late|show up late|turn\w* up late|roll\w* (?:in|up) late|"
    r"(?:come|get)\w* home late|drink\w* too)"
)
_TRAITS = (
    r"(?:selfish|self-?cent(?:er|re)d|self cent(?:er|re)d|lazy|inconsiderate|thoughtless|"
    r"careless|irresponsible|immature|childish|cold|heartless|uncaring|unreliable|"
    r"controlling|manipulative|needy|clingy|insensitive|spoiled|spoilt|arrogant|rude|"
    r"mean|cruel|ungrateful|a liar|a cheat|a terrible (?:partner|husband|wife|father|"
    r"mother|dad|mum|mom|person|boyfriend|girlfriend)|a bad (?:partner|husband|wife|"
    r"father|mother|dad|mum|mom|person|boyfriend|girlfriend)|incapable|"
    r"impossible(?!\s+to\s+(?!talk|live|reason|please|deal))|hopeless|"
    r"a narcissist|narcissistic|toxic|obsessed|stingy|a workaholic|emotionally unavailable|"
    r"self-absorbed|self absorbed|dishonest|untrustworthy|fake|two-faced|a hypocrite|"
    r"hypocritical|lazy|unbearable|impossible to (?:talk to|live with|please)|"
    r"so difficult|difficult|a nag|jealous and|possessive|vain|greedy|weak|spineless|"
    r"heartless|cold-hearted|cold hearted|a user|always the victim|wrapped up in yourself|"
    r"full of yourself|obsessed with yourself|in your own little world)\b"
)
_INSULTS = (
    r"(?:pathetic|disgusting|an idiot|stupid|a joke|worthless|a loser|an embarrassment|"
    r"ridiculous|a clown|an animal|trash|garbage|a waste of (?:space|time|oxygen)|dumb|"
    r"a moron|moronic|a child|a baby|a coward|pitiful|vile|repulsive|revolting|scum|"
    r"a pig|a slut|a whore|a bitch|a bastard|a dick|an ass|an asshole|an arsehole|a prick|"
    r"a psycho|nothing(?! like| to| but)|a failure|beneath me|a piece of (?:shit|work|crap)|"
    r"unbelievable|insufferable|laughable|clueless|brainless|a mess|a disgrace|"
    r"a lost cause|a sad little|sad and pathetic|an absolute joke|a freak|a creep|"
    r"gross|an embarrassment|dense|thick|a dumbass|a dumb ass|useless)\b"
)
_VOCATIVE = (
    r"(?:idiot|moron|loser|bitch|bastard|asshole|arsehole|prick|cow|pig|liar|coward|"
    r"clown|dickhead|jerk|psycho|slut|whore|dumbass|twat|cunt|muppet|child|baby|princess)\b"
)
_GASLIGHT_ADJ = (
    r"(?:dramatic|overreacting|over-reacting|over reacting|overdramatic|too sensitive|"
    r"oversensitive|over-sensitive|so sensitive|hysterical|crazy|insane|paranoid|"
    r"imagining (?:things|it|stuff|that)|making (?:this|it|that|things|stuff|shit) up|"
    r"delusional|mental|losing it|losing your mind|remembering (?:it |that |this )?wrong|"
    r"mis-?remembering|making a big deal|making such a big deal|making a scene|"
    r"blowing (?:this|it|things|everything|that) (?:way )?out of proportion|"
    r"irrational|unhinged|nuts|hearing things|seeing things|reading (?:way )?too much into|"
    r"too emotional|so emotional|overly emotional|overthinking|over-thinking|"
    r"being silly|silly about|making a mountain out of|a drama queen|making drama|"
    r"exaggerating|out of your mind|not thinking straight|psycho|"
    r"making (?:a |such a )?(?:drama|fuss|scene|big deal|thing) (?:out of|over|about) nothing)"
)

RULES: tuple[Rule, ...] = (
    # ---------------------------------------------------------------- criticism
    _r(
        "criticism",
        _ALWAYS,
        r"\b<YOU>\s+(?:(?:just|literally|honestly|simply|basically|seriously)\s+)?"
        r"(?:never|don't ever|dont ever|do not ever|never ever|never once|can never|could never|"
        r"hardly ever|rarely|can't ever|cant ever|won't ever|wont ever)\s+"
        r"(?:even\s+|actually\s+|really\s+|once\s+|just\s+|bother to\s+|bothered to\s+)?"
        + _NEVER_DOES,
    ),
    _r(
        "criticism",
        _ALWAYS,
        r"\b<YOU>\s+(?:always|constantly|keep|kept|forever|continually|just always)\s+"
        r"(?:have to\s+|got to\s+|gotta\s+|need to\s+|just\s+|manage to\s+|end up\s+|"
        r"seem to\s+|find a way to\s+)?" + _ALWAYS_DOES,
    ),
    _r(
        "criticism",
        _ALWAYS,
        r"\b<YOURE>\s+always\s+(?:so\s+)?(?:late|on (?:your|that|the) phone|angry|moody|"
        r"complaining|nagging|criticising|criticizing|yelling|shouting|busy|out|away|drunk|"
        r"distracted|picking|ignoring|lying|playing|blaming|making excuses|working|"
        r"too busy|too tired|tired|the victim|right|somewhere else|on at me|judging|"
        r"looking for)\b",
        playful_ok=True,
    ),
    _r(
        "criticism",
        _ALWAYS,
        r"\bevery (?:single )?time\s+(?:with\s+)?<YOU>\b<SHORTGAP>\b(?:always|never)\b",
    ),
    _r(
        "criticism",
        _TRAIT,
        r"\b(?:<YOURE>|<YOU>\s+(?:can be|can get|get|were|was|have been|have always been|"
        r"act|are acting|seem|sound|be|become|became|turned into))\s+<INT>"
        + _TRAITS
        + r"(?!\s+(?:of me|about me))",
        playful_ok=True,
    ),
    _r(
        "criticism",
        _TRAIT,
        r"\b<YOUR>\s+(?:<INT>)(?:selfishness|laziness|immaturity|arrogance|coldness|"
        r"carelessness|thoughtlessness|self-absorption|narcissism|stupidity|incompetence)\b",
    ),
    _r(
        "criticism",
        _TRAIT,
        r"\bwhat (?:kind|sort) of (?:a\s+)?(?:person|man|woman|partner|husband|wife|mother|"
        r"father|parent|human|human being|boyfriend|girlfriend)\s+(?:does|would|says|"
        r"treats|acts|forgets|lies|behaves)\b",
    ),
    _r(
        "criticism",
        _TRAIT,
        r"\b(?:what's|whats|what is|there's something|theres something|there is something|"
        r"something's|somethings|something is)\s+(?:seriously\s+|really\s+|very\s+)?"
        r"wrong with (?:you|u)\b",
    ),
    _r(
        "criticism",
        _CARE,
        r"\b<YOU>\s+(?:only|just|only ever|just ever)\s+(?:care|think|worry)\s+about\s+"
        r"(?:yourself|you|your(?:self)?\s+(?:own|needs|feelings|image|reputation))\b",
    ),
    _r(
        "criticism",
        _CARE,
        r"\b<YOU>\s+(?:<DONT>|never|<DIDNT>|clearly <DONT>|obviously <DONT>|don't even|"
        r"dont even)\s+(?:even\s+|really\s+|actually\s+)?(?:care|give a (?:shit|damn|crap|"
        r"toss|fuck))\s+(?:about\s+(?:me|us|anyone|anybody|anything|nothing|a (?:thing|word)|"
        r"my feelings|how i feel|"
        r"this family|the kids|what i)|(?:what|how) (?:i|this)|at all)\b",
    ),
    _r(
        "criticism",
        _CARE,
        r"\b<YOU>\s+care (?:more about|about) (?:your|that|the|him|her|them|work|money|"
        r"everyone|everything)\b<SHORTGAP>\bthan (?:(?:you do )?(?:about )?(?:me|us)"
        r"|your family)\b",
    ),
    _r(
        "criticism",
        _TRAIT,
        r"\b(?:typical|classic)\s+(?:you|of you|him|her)\b|\b(?:that's|thats|that is)\s+"
        r"so\s+(?:you|typical)\b(?!\s+to\b)",
    ),
    _r(
        "criticism",
        _TRAIT,
        r"\b<YOURE>\s+(?:just\s+)?(?:like|exactly like|no different from|no better than)\s+"
        r"(?:your|ur)\s+(?:mother|father|dad|mum|mom|ex|brother|sister)\b",
    ),
    _r(
        "criticism",
        _ALWAYS,
        r"\b(?:everything|it)(?:\s+is|'s|s|\s+has to be|\s+always has to be)\s+(?:always\s+)?"
        r"about\s+(?:you|u)\b(?!\s+and me)",
    ),
    _r(
        "criticism",
        _TRAIT,
        r"\b<YOU>\s+(?:<CANT>|never|<WONT>)\s+(?:ever\s+)?(?:be trusted|keep a promise|"
        r"keep your word|follow through|be honest|admit (?:when|that|you)|"
        r"take responsibility|do anything right|get anything right|think of anyone)\b",
    ),
    _r(
        "criticism",
        _TRAIT,
        r"\b<YOURE>\s+(?:the|such a|a|an)\s+(?:<INT>)(?:selfish|lazy|cold|careless|"
        r"thoughtless|inconsiderate|terrible|awful|horrible|useless)\s+(?:person|"
        r"human|man|woman|partner|husband|wife|father|mother|parent|boyfriend|girlfriend)\b",
    ),
    # ---------------------------------------------------------------- contempt
    _r(
        "contempt",
        _INSULT,
        r"\b(?:<YOURE>|<YOU>\s+(?:are being|were|look|sound|act like|acting like|seem|"
        r"really are|truly are|honestly are))\s+<INT>" + _INSULTS,
        playful_ok=True,
    ),
    _r(
        "contempt",
        _INSULT,
        r"\b(?:you|u)\s+(?:(?:stupid|pathetic|selfish|lying|fucking|useless|ungrateful|"
        r"disgusting|little|absolute|complete|total|cheating|spineless|sad)\s+){0,2}"
        + _VOCATIVE
        + r"|\byou\s+(?:pathetic|sad|useless|spineless|selfish|disgusting|lying|cheating|"
        r"miserable|horrible|vile)\s+(?:little\s+|old\s+)?(?:man|woman|boy|girl|person|thing|"
        r"creature|excuse)\b"
        r"|\b<SSTART>(?:pathetic|disgusting|unbelievable|ridiculous|"
        r"hilarious|priceless)\s*[.!]",
        playful_ok=True,
    ),
    _r(
        "contempt",
        _INSULT,
        r"\bwhat (?:an?|a complete|a total|a fucking)\s+(?:idiot|joke|loser|moron|clown|"
        r"child|baby|coward|waste of space|pathetic excuse|disgrace|embarrassment)\b",
    ),
    _r(
        "contempt",
        _DISGUST,
        r"\b(?:<YOU>\s+(?:make|makes) me (?:sick|want to (?:throw up|vomit|puke|be sick))|"
        r"<YOU>\s+disgust me|<IM>\s+(?:so\s+)?disgusted (?:by|with) <YOU>|"
        r"<CANT>\s+(?:even\s+)?stand (?:you|u|the sight of you|looking at you|being near you)|"
        r"sick of (?:the sight of|looking at) you)\b",
    ),
    _r(
        "contempt",
        _MOCK,
        r"\b(?:real(?:ly)? mature|very mature|so mature)\b(?!\s+(?:of you to|way|approach))"
        r"|\b(?:nice one|great job|well done|good job|bravo|congrats|congratulations|"
        r"nice going|way to go),?\s+(?:genius|einstein|sherlock|hero|champ|mr|miss|"
        r"your majesty|princess|big man|tough guy)\b"
        r"|\bslow clap\b|\beye ?roll\w*\b\*?|\*rolls eyes\*|\U0001f644"
        r"|\blo+l,?\s+(?:ok|okay|sure|right|whatever)\b|\byeah,? right\b"
        r"|\boh,? (?:sure|please|poor (?:you|baby|thing|little you))\b|\bpoor little (?:you|me|baby"
        r")\b"
        r"|\bboo[- ]?hoo\b|\bcry me a river\b|\bwa+h wa+h\b|\bsure you (?:did|were|are|do|will)\b"
        r"|\bgood luck with that\b|\bdon't make me laugh\b|\bdont make me laugh\b"
        r"|\b(?:that's|thats) (?:rich|a laugh|hilarious|cute)\b(?!\s+(?:of you to|idea))"
        r"|\bis that (?:the best you can do|supposed to be an apology)\b"
        r"|\byou call (?:that|this) an apology\b|\b(?:do|can) you even hear yourself\b"
        r"|\blisten to yourself\b|\bget a (?:life|grip)\b|\bgrow (?:up|a pair|some balls)\b"
        r"|\b(?:oh\s+)?(?:here|there) (?:comes|goes) the (?:victim|drama|martyr|waterworks|tears)\b"
        r"|\bthe waterworks\b|\bturn off the waterworks\b|\bcrocodile tears\b"
        r"|\b(?:mr|mrs|miss|little miss|saint) (?:perfect|innocent|righteous|honest|honesty|"
        r"responsible|reliable|faithful|moral|high and mighty|holier than thou|know[- ]it[- ]all)\b"
        r"|\bare you (?:even|actually|seriously) (?:capable|able|that stupid|that dense)\b"
        r"|\bhow (?:stupid|dumb|thick|dense) (?:are you|can you be|do you think)\b"
        r"|\bwho (?:the hell )?do you think you are\b"
        r"|\b(?:want|do you want) a (?:medal|trophy|gold star|round of applause|cookie)\b"
        r"|\byou think (?:you're|youre|you are|ur) so (?:clever|smart|funny|special|great|"
        r"perfect|superior|clever don't you)\b",
    ),
    _r(
        "contempt",
        _MOCK,
        r"\b(?:<YOURE>|<YOU>\s+look)\s+(?:so\s+|such\s+|really\s+)?(?:funny|hilarious|cute|"
        r"adorable|precious)\s+when\s+<YOURE>\s+(?:upset|angry|mad|crying|sad|hurt|jealous|"
        r"insecure|like this)\b",
    ),
    # ---------------------------------------------------------------- defensiveness
    _r(
        "defensiveness",
        _NOT_MY_FAULT,
        r"\b(?:<ITS>\s+not|it wasn't|it wasnt|that wasn't|that wasnt|this isn't|this isnt|"
        r"it isn't|it isnt|that isn't|that isnt)\s+(?:really\s+|even\s+|exactly\s+|"
        r"entirely\s+|all\s+)?(?:my fault|on me|my problem|my responsibility)\b",
        not_after=r"(?:so|now|and|if)\s*$",
    ),
    _r(
        "defensiveness",
        _NOT_MY_FAULT,
        r"\b(?:i|me)\s+(?:<DIDNT>|haven't|havent|have not|never)\s+(?:even\s+)?"
        r"(?:do|did|done)\s+(?:anything|nothing)\s+wrong\b"
        r"|\b(?:i|<IVE>)\s+(?:did|done)\s+nothing\s+wrong\b"
        r"|\b<IM>\s+not\s+the\s+(?:bad guy|villain|problem|one (?:who|that)\b)"
        r"|\b(?:don't|dont|stop|quit)\s+blaming\s+(?:me|this on me|it on me)\b"
        r"|\b(?:don't|dont)\s+blame\s+(?:me|this on me|it on me)\b"
        r"|\bwhy (?:are|r) (?:you|u) (?:blaming|attacking) me\b"
        r"|\b(?:why|how) is (?:it|this|that|everything) (?:always )?my fault\b"
        r"|\b(?:so|and) (?:now )?(?:it's|its|this is|everything's|everythings|everything is) "
        r"(?:all )?my fault(?: now)?\b"
        r"|\b(?:it's|its|everything's|everything is) always my fault\b"
        r"|\bi (?:can't|cant|cannot) do anything right\b"
        r"|\bnothing i do is (?:ever )?(?:good )?enough\b",
    ),
    _r(
        "defensiveness",
        _COUNTER,
        r"\b(?:yeah|yes|yea|yeh|ya|yah|ok|okay|sure|right|fine|well),?\s+but\s+(?:you|u"
        r"|what about)\b"
        r"|\bwhat about (?:you|u|when you|the time you|all the times you|your)\b"
        r"|\b<YOURE>\s+(?:one|the last one|the last person) to talk\b"
        r"|\b<YOURE>\s+(?:not|hardly|no)\s+(?:exactly\s+)?(?:perfect|a saint|an angel|"
        r"innocent|blameless)(?:\s+either)?\b"
        r"|\b<YOU>\s+(?:do|did)\s+(?:it|that|the same(?: thing)?)\s+(?:too|all the time|as well)\b"
        r"|\bat least i (?:don't|dont|didn't|didnt|never|wasn't|wasnt|am not|'m not|"
        r"haven't|havent|do|did|try|tried|actually)\b"
        r"|\bi'?m not the one who\b|\bim not the one who\b"
        r"|\b(?:and|but) (?:you|u)'?re (?:perfect|so perfect|innocent)\b"
        r"|\blook who's talking\b|\blook whos talking\b|\bpot,? kettle\b"
        r"|\b(?:you|u) started it\b|\b<YOU>\s+(?:do|did) (?:way )?worse\b",
    ),
    _r(
        "defensiveness",
        _EXCUSE,
        r"\bi was (?:(?:literally|honestly|actually|simply)\s+)?(?:only|just) (?:trying"
        r"|joking|kidding|being honest|helping|teasing|"
        r"having fun|having a laugh|messing|blowing off steam)\b"
        r"|\bi had no (?:other )?choice\b|\bi couldn't help it\b|\bi couldnt help it\b"
        r"|\bwhat (?:was|am) i (?:supposed|meant) to do\b"
        r"|\bi (?:already|literally|just) (?:said|told you) (?:i'm |im |i am )?sorry\b"
        r"|\bhow many times do i (?:have|need) to (?:say|apologi[sz]e|tell you)\b"
        r"|\bwhat more do you want(?: from me)?\b"
        r"|\b(?:i'm|im|i am) only human\b"
        r"|\bi (?:don't|dont|do not) (?:have|need) to (?:explain|justify) (?:myself|anything)\b"
        r"|\bi have nothing to (?:apologi[sz]e|be sorry) for\b"
        r"|\b(?:i'm|im|i am) not (?:going to|gonna) apologi[sz]e\b"
        r"|\b(?:it's|its|it is) not like i\b"
        r"|\bi never said that\b|\bi didn't say that\b|\bi didnt say that\b"
        r"|\bthat's not what i said\b|\bthats not what i said\b"
        r"|\bi was (?:tired|stressed|busy|exhausted|drunk),? (?:ok|okay|alright|so)\b"
        r"|\b(?:give me|cut me) (?:a break|some slack)\b"
        r"|\bsorry,? (?:ok|okay|alright)\s*\?"
        r"|\b(?:don't|dont) act like (?:you're|youre|you are|ur) (?:innocent|perfect|a saint|"
        r"blameless|the victim)\b"
        r"|\bi (?:was|am|'m) only (?:\w+ )?(?:minutes|minute|a bit|a little|slightly|an hour|"
        r"half an hour)\b"
        r"|\bexcuse me for (?:trying|breathing|caring|living|having|wanting)\b"
        r"|\bnot a mind reader\b"
        r"|\bi (?:do|did) everything (?:around here|for you|in this house)\b",
    ),
    _r(
        "defensiveness",
        _NON_APOLOGY,
        r"\bsorry (?:that\s+)?(?:you feel|you felt|you're so|youre so|you think|if you (?:feel|"
        r"felt|were|got|took|think|are)|if (?:that|it) (?:upset|hurt|offended)|you see it|"
        r"you took it)\b",
        negatable=False,
    ),
    # ---------------------------------------------------------------- stonewalling
    _r(
        "stonewalling",
        _WHATEVER,
        r"\b<CSTART>(?:(?:ok|okay|fine|yeah|yep|sure|k|oh)[,.]?\s*)?"
        r"whatever(?:\s*,?\s*(?:man|dude|then|i guess|you say|u say|ok|okay|mate))?\s*"
        r"(?:[.!?]+|$|\n)",
        negatable=False,
    ),
    _r(
        "stonewalling",
        _SHUTDOWN,
        r"\b<IM>\s+(?:not|done)\s+(?:discussing|talking about|doing|having|getting into|"
        r"going over|going through)\s+(?:this|that|it)\b"
        r"|\b<IM>\s+(?:so\s+)?done (?:talking|discussing|with this conversation|here|"
        r"with this\b(?!\s+(?!conversation|discussion|argument|shit|crap|nonsense|bs)\w)|"
        r"listening|explaining)\b"
        r"|\bi (?:don't|dont|do not) want to (?:talk|hear|discuss|speak)(?: about (?:it|this|that|"
        r"anything|us|you)| it| this| that| anything| to you)?(?: (?:anymore|any more|ever|"
        r"again))?\b(?!\s+(?:to|about|with|until|till|in front|right now,? (?:but|can)))"
        r"|\bi (?:won't|wont|refuse to|will not) (?:talk|discuss|engage|answer|respond)"
        r"(?: about)?(?: it| this| that)?\b"
        r"|\b(?:just\s+)?leave me (?:the fuck |the hell )?alone\b"
        r"|\b(?:stop|quit|don't|dont) (?:texting|messaging|calling|text|message|call) me\b"
        r"|\bi (?:have|got|'ve got|ve got) nothing (?:more |else )?to say\b"
        r"|\bend of (?:discussion|story|conversation)\b|\b(?:this )?conversation(?:'s| is)? over\b"
        r"|\bnot this again\b|\bhere we go again\b"
        r"|\bnot (?:talking|discussing) (?:about )?(?:this|it|that) (?:anymore|any more|again|now)"
        r"\b"
        r"|\b<IM>\s+not listening(?:\s+to\s+(?:this|you|it|any of this|your)\b)?(?!\s+to\b)"
        r"|\btalk to the hand\b|\b(?:don't|dont) (?:even )?bother\b"
        r"(?=\s*(?:[.!?,]|$|replying|answering|texting|calling|explaining|apologi|trying|"
        r"with (?:me|it|that|the)))"
        r"|\b(?:just )?drop it\b(?!\s+(?:off|round|over|in|by|back|at|to|into|on))"
        r"|\b(?:there's|theres|there is) nothing to (?:talk about|discuss)\b"
        r"|\bwe(?:'re| are|re) not (?:talking about|discussing|doing) this\b"
        r"|\b<IM>\s+(?:muting|blocking|ignoring) you\b|\btalk to (?:a|the) wall\b"
        r"|\bcan we not\b|\bi can'?t be bothered\b|\bi cant be bothered\b"
        r"|\bsay what you (?:want|like)\b|\bthink what you (?:want|like)\b"
        r"|\bbelieve what(?:ever)? you want\b|\bno comment\b|\bgo away\b",
        not_after=r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
    ),
    _r(
        "stonewalling",
        _WHATEVER,
        r"\b<TSTART>(?:k|kk|fine|ok|okay|sure)\s*\.?\s*$",
        negatable=False,
    ),
    # ---------------------------------------------------------------- gaslighting
    _r(
        "gaslighting",
        _DOUBT_MIND,
        r"\b(?:<YOURE>|<YOU>\s+(?:are being|were being|sound|seem|look|get|are getting|"
        r"always get))\s+<INT>(?:being\s+)?" + _GASLIGHT_ADJ,
    ),
    _r(
        "gaslighting",
        _DOUBT_MIND,
        r"\b(?:stop|quit)\s+(?:being\s+)?(?:so\s+)?(?:dramatic|sensitive|paranoid|hysterical|"
        r"crazy|emotional|overreacting|imagining things|making things up|exaggerating|"
        r"overthinking)\b"
        r"|\b(?:(?:it's|its|it is|that's|thats) )?(?:all )?in your head\b"
        r"|\b<YOU>\s+(?:need|should get|should see|need to see|need to get)\s+(?:some\s+)?"
        r"(?:help|therapy|(?:your head|your memory|your eyes|your ears) (?:checked|examined|"
        r"looked at|tested)|medicat\w+|your meds|"
        r"a shrink|a psychiatrist)\b"
        r"|\b(?:no one|nobody|noone|anyone) else would(?:n't|nt| not)? (?:be|get|feel) "
        r"(?:(?:this|so|that|as)\s+)?(?:upset|hurt|bothered|angry|worked up|wound up|offended|"
        r"jealous|emotional|like this)\b"
        r"|\b(?:everyone|everybody)\s+(?:else\s+)?(?:thinks|agrees|says)\s+<YOURE>\s+"
        r"(?:crazy|overreacting|too|being|mad|nuts|insane)\b"
        r"|\b<YOU>\s+(?:always\s+)?(?:remember|recall)\s+(?:it|things|everything|that|stuff)"
        r"\s+wrong\b|\byour memory(?:'s| is)\s+(?:terrible|awful|bad|shot|wrong|playing tricks)\b"
        r"|\b<YOU>\s+(?:must have|must've)\s+(?:misheard|dreamt|dreamed|imagined|misread)\b"
        r"|\bcalm down,?\s+(?:you|u|it's|its|it was|nothing)\b"
        r"|\b<YOU>\s+(?:always\s+)?get (?:so\s+)?confused\b",
    ),
    _r(
        "gaslighting",
        _DENY_MEMORY,
        r"\b(?:that|it|this|none of that|none of this|that conversation|that stuff)\s+"
        r"(?:never|didn't|didnt|did not|never ever)\s+(?:happened|happen|happens)\b"
        r"(?!\s+(?:to|before|with|at|in|on|for|again|yet|until|like that to|since|when))"
        r"|\b(?:that's|thats|that is|it's|its) not how (?:it|that|things) (?:happened|went|"
        r"went down)\b"
        r"|\b(?:that's|thats|that is|it's not|its not|that isn't|that was not|that wasn't)\s+"
        r"not\s+what\s+happened\b|\bthat's not what happened\b|\bthats not what happened\b"
        r"|\b<YOU>\s+(?:made|make|are making|'re making|re making)\s+(?:that|it|this|all of this|"
        r"all that|the whole thing)\s+up\b"
        r"|\b<YOURE>\s+(?:making|inventing)\s+(?:things|stuff|shit)\s+up\b"
        r"|\b<YOURE>\s+(?:making|turning)\s+(?:this|it|that)\s+(?:into\s+)?(?:something|"
        r"a bigger|bigger|more) (?:it|than it|deal|thing)\b",
    ),
    _r(
        "gaslighting",
        _MINIMISE,
        r"\b(?:<ITS>|it's|its)\s+(?:really\s+)?not\s+(?:a|that|such a|that big of a|that big a)"
        r"\s+(?:big\s+)?(?:deal|big deal)\b"
        r"(?!\s*(?:if|whether|,? (?:don't|dont) (?:stress|worry)|,? no worries|either way"
        r"|,? (?:we|i)(?:'ll|ll| can| could| will)\b|,? (?:these things|it) happens?\b))"
        r"|\b(?:<ITS>)\s+(?:no big deal|not that deep|not that serious|nothing)(?:\s+to (?:cry|get "
        r"upset|be upset|worry) about)?\s*(?:[.!?,]|$)"
        r"|\b(?:it|that|this)\s+(?:was|is|'s)\s+(?:just|only)\s+(?:a|one)\s+(?:kiss|text|"
        r"drink|coffee|lunch|dinner|bit of fun|game|few (?:texts|messages|bets|drinks)|"
        r"little|harmless|stupid|silly|flirt|message|night|mistake|time|bet)\b"
        r"|\b(?:just\s+)?get over it\b|\bmove on already\b|\blet it go already\b"
        r"|\bmaking a mountain out of a molehill\b|\bnot that deep\b"
        r"|\bwhy (?:are|r) (?:you|u) (?:still )?(?:making|turning) (?:this|it|such a|a)\s+"
        r"(?:into )?(?:a )?(?:big )?(?:deal|thing|drama)\b"
        r"|\b<ITS>\s+(?:not|hardly)\s+(?:even\s+)?(?:cheating|an affair|lying)\b"
        r"|\bit (?:wasn't|wasnt|was not)\s+(?:even\s+)?(?:that bad|a big deal|cheating|serious)\b",
        # "Don't worry, it was nothing" is reassurance about a mishap, not a dismissal.
        not_after=(
            r"(?:don'?t worry|dont worry|no worries|relax|it'?s fine|all good|"
            r"(?:act|acts|acting|acted) like|pretend\w*|as if|as though)[,.!]?\s*$"
        ),
    ),
    # ---------------------------------------------------------------- blame_shifting
    _r(
        "blame_shifting",
        _BLAME,
        r"\b<YOU>\s+(?:made|make|forced|pushed|drove|drive|push|force|left)\s+me\s+"
        r"(?:to\s+|into\s+)?(?:do (?:it|this|that)|cheat|lie|drink|gamble|look elsewhere|"
        r"go elsewhere|go looking|stray|feel like i had to|no choice|no other choice|"
        r"(?:straight )?(?:into|to) (?:her|his|someone|somebody|another|the arms|it|this|drink|"
        r"the bottle)|away)\b"
        r"|\b(?:look|see|now look) (?:at )?what <YOU>\s+made me do\b"
        r"|\b<YOURE>\s+the (?:reason|cause)\s+(?:i|why i|this happened|this all|for this|"
        r"it happened|we're here)\b"
        r"|\b(?:it's|its|it is|it was|this is|this was|that's|thats)\s+(?:all\s+|partly\s+|"
        r"just as much\s+|also\s+|really\s+|half\s+)?<YOUR>\s+(?:own\s+)?fault\s+(?:too\b|"
        r"as well\b|as much as\b|that i\b|i\b|we\b|this happened\b)"
        r"|\b(?:you|u)\s+(?:only have|have only|have got only)\s+yourself to blame\b"
        r"|\bblame yourself\b",
    ),
    _r(
        "blame_shifting",
        _BLAME,
        r"\bwhat (?:did|do|else did|else do) (?:you|u) expect(?: me to do)?\s*(?:,\s*)?"
        r"(?:when|if|after|with|from me when)\s+(?:you|u|ur|your)\b"
        r"|\b(?:if|when)\s+(?:only\s+)?(?:you|u|anyone|someone|somebody|anybody|my (?:wife|"
        r"husband|partner)|she|he)\b<GAP>\b(?:i|this|it|none of (?:this|it))\s*"
        r"(?:<WOULDNT>|might not|wouldn't've)(?:\s+have|\s+of|'ve|ve)?\s+(?:\w+\s+){0,2}?"
        r"(?:cheated|strayed|gone (?:looking|elsewhere|behind|to|out|off)|looked (?:elsewhere|for|"
        r"somewhere|at (?:anyone|anybody|someone|her|him|another))|lied|done (?:it|this|that|any of"
        r" (?:it|this))|needed|need to (?:look|go|find|turn)|had to|turned to|"
        r"started|hidden|hid|gambled|drunk|drank|texted|messaged|slept|fallen|felt the need|"
        r"been tempted|reached out|happened|wandered|betrayed|hurt you|kept (?:it|secrets)|"
        r"sought|searched|found (?:someone|comfort))\b"
        r"|\b(?:i|this|it|none of (?:this|it))\s*(?:<WOULDNT>)(?:\s+have|'ve|ve)?\s+"
        r"(?:\w+\s+){0,2}?(?:cheated|strayed|gone (?:looking|elsewhere)|looked (?:elsewhere|"
        r"for)|lied|done (?:it|this|that)|needed (?:someone|anyone|her|him|attention)|"
        r"had to|turned to|hidden|hid|gambled|happened|wandered|reached out)\b<GAP>"
        r"\bif\s+(?:only\s+)?(?:you|u|anyone|someone|somebody|you'd|youd)\b"
        r"|\bif\s+(?:only\s+)?(?:you|u|you'd|youd)\b<GAP>\bnone of (?:this|it) would"
        r"(?:'ve| have|ve) happened\b",
    ),
    _r(
        "blame_shifting",
        _BLAME,
        r"\bi (?:only |just |probably )?(?:cheated|strayed|lied|looked elsewhere|went looking|"
        r"drank|got drunk|started drinking|snapped|yelled|shouted|lost it|spent (?:it|the money)|"
        r"did (?:it|that|what i did)|texted (?:her|him)|hid (?:it|the money)|gambled|"
        r"kept it from you|turned to (?:her|him|someone|drink)|found someone)\b"
        r"<SHORTGAP>\b(?:because|cause|cos|coz|since|bc)\s+(?:you|u|of you|ur|your)\b"
        r"(?!\s+(?:deserved (?:better|more)|trusted me|loved me))"
        r"|\b<YOU>\s+(?:pushed|drove|shoved)\s+me\s+(?:away|into (?:her|his|someone|the arms|"
        r"it|this|drink)|to (?:it|this|her|him|someone|drink|the edge))\b"
        r"|\b<YOU>\s+made me feel (?:so\s+|really\s+)?(?:alone|lonely|invisible|unwanted|"
        r"unloved|ignored|worthless|like nothing)\b<SHORTGAP>\b(?:that i|so i|i ended up|"
        r"i went|i found|i turned|i needed)\b"
        r"|\b(?:so|and so|that's why|thats why|which is why) i (?:went (?:and )?(?:found|looked)|"
        r"went looking|found someone|looked elsewhere|turned to (?:someone|her|him|drink)|"
        r"strayed|cheated|had to look)\b"
        r"|\bit takes two\b"
        r"|\b<YOU>\s+made it (?:so |too |really )?easy (?:for me )?to (?:lie|cheat|hide|stray|"
        r"gamble|look elsewhere)\b"
        r"|\b<YOU>\s+made it (?:so |too |really )?(?:impossible|hard|difficult) (?:for me )?to "
        r"(?:be honest|tell you(?: the truth)?|come clean|open up to you)\b"
        r"|\b<YOU>\s+(?:checked out|gave up|stopped (?:trying|caring|loving me|touching me|"
        r"wanting me)|pulled away|left me)\b<SHORTGAP>\b(?:first|long before|before i)\b"
        r"|\b<YOU>\s+(?:stopped|never|weren't|werent|wouldn't|wouldnt|didn't|didnt)\b<GAP>"
        r"\bwhat (?:was|else was|am|else am) i (?:supposed|meant) to do\b"
        r"|\b(?:if|had)\s+(?:you|u)\s+(?:had\s+)?(?:been|given|shown|paid|made|treated|loved|"
        r"noticed|listened)\b<SHORTGAP>\b(?:i|we)\s+(?:wouldn't|wouldnt|would not|would never)"
        r"\s+be\s+(?:here|in this mess|in this situation)\b"
        r"|\b(?:a|any) (?:real|better|good|normal|decent)\s+(?:wife|husband|partner|man|woman|"
        r"girlfriend|boyfriend)\s+would(?:'ve| have)?\s+(?:noticed|known|been|given|made|"
        r"satisfied|kept)\b"
        r"|\b<YOU>\s+(?:weren't|werent|were never|wasn't|wasnt|never were)\s+(?:there|around|"
        r"home|available|interested)\b<SHORTGAP>\b(?:so|what did you|of course i|no wonder)\b"
        r"|\bno wonder i\s+(?:cheated|strayed|looked|went|lied|needed|turned)\b",
    ),
    # ---------------------------------------------------------------- threat
    _r(
        "threat",
        _THREAT,
        r"\bor else\b(?!\s+(?:we|i'?ll be|maybe|what))"
        r"|\b<YOU>(?:'ll|ll| will| are going to|'re going to|re going to|'re gonna|re gonna| are "
        r"gonna)\s+(?:regret (?:it|this|that)|be sorry|pay for (?:this|that|it))\b"
        r"|\b<ILL>\s+make (?:you|u)\s+(?:pay|regret|sorry|suffer)\b"
        r"|\b<ILL>\s+make (?:your|ur) life (?:a\s+)?(?:living\s+)?(?:hell|misery|miserable)\b"
        r"|\b<ILL>\s+(?:take|get|keep) (?:the kids|the children|the house|everything|the dog|"
        r"custody|you for everything|every penny|half)\b"
        r"(?!\s+(?:to|for|out|swimming|with me to|today|tomorrow|this|on|from school|in))"
        r"|\b<ILL>\s+make sure (?:you|u) (?:never|don't|dont|won't|wont|regret|pay|lose|get nothing"
        r")\b"
        r"|\b<ILL>\s+make sure (?:everyone|everybody|the whole|they all|your (?:boss|family|mum|"
        r"mom|kids|friends))\b"
        r"|\btry (?:it|me|that) and see what happens\b|\bsee what happens (?:to you|if you)\b"
        r"|\b<YOU>(?:'ll|ll| will)\s+never see (?:the kids|the children|your (?:kids|children|"
        r"son|daughter)|them|the dog) again\b"
        r"|\b<ILL>\s+(?:tell|call|email|message|text) (?:everyone|everybody|the kids|the children|"
        r"your (?:boss|work|"
        r"mum|mom|mother|dad|father|family|parents|friends|sister|brother|church|kids))\b"
        r"|\b<ILL>\s+(?:post|send|show|share|leak|forward|publish)\s+(?:the|your|those|these|"
        r"it|them|everything|everyone|the photos|the messages|the screenshots|pictures)\b"
        r"<SHORTGAP>\b(?:everyone|online|facebook|instagram|your|the whole|the world|"
        r"people|friends|family|boss|group)\b"
        r"|\b<ILL>\s+(?:ruin|destroy|end) (?:you|u|your|ur)\b"
        r"|\bwatch (?:your back|yourself)\b|\bwatch what happens\s*(?:[.!]|$|if|when|to)"
        r"|\b(?:don't|dont) make me\s+(?:do|come|hurt|tell|call|go|get)\b"
        r"|\byou (?:don't|dont) want to (?:see|know) what (?:i'?ll|ill|i will|i can|i'm capable)"
        r"|\b<ILL>\s+(?:kill|hurt|harm|smash|hit) (?:you|u|your)\b"
        r"|\b(?:last|final) warning\b"
        r"|\b<ILL>\s+(?:drain|empty|clean out) (?:the|our|your)\s+(?:\w+\s+)?accounts?\b"
        r"|\b<YOU>(?:'ll|ll| will)\s+(?:get|be left with) nothing\b",
        playful_ok=True,
    ),
    _r(
        "threat",
        _SELF_HARM,
        r"\b<ILL>\s+(?:kill|hurt|harm|cut|end)\s+(?:myself|me|it all|my life|everything)\b"
        r"|\b<ILL>\s+(?:do something|take (?:all )?(?:the|my) pills|jump|overdose)\b"
        r"<SHORTGAP>(?:\bif\b|\bwhen\b|\bunless\b|\bbecause\b|$)"
        r"|\bi (?:won't|wont|will not)\s+(?:be (?:here|around|alive)|survive|make it)\s+"
        r"(?:if|when|unless|by|tomorrow)\b"
        r"|\bi (?:don't|dont) know what i'?ll do to myself\b"
        r"|\bi (?:can't|cant) promise i (?:won't|wont) (?:hurt|do something to) myself\b"
        r"|\bmy blood (?:will be )?on your hands\b|\bblood on your hands\b"
        r"|\b(?:it'?ll|itll|it will) be (?:on you|your fault) if (?:i|something happens)\b"
        r"|\bif (?:you|u) (?:leave|go|walk out|end this|leave me)\b<SHORTGAP>\b(?:i'?ll|ill|i will)"
        r"\s+(?:die|kill|end|hurt|not be|do something)\b",
    ),
    # ---------------------------------------------------------------- i_statement
    _r(
        "i_statement",
        _I_STATEMENT,
        r"\bi\s+(?:(?:still|sometimes|often|really|just|always|honestly|kind of|do)\s+)?"
        r"(?:feel|felt|am feeling|'m feeling|m feeling|was feeling|have been feeling|"
        r"'ve been feeling|ve been feeling|get|got|don't feel|dont feel|do not feel|didn't feel|"
        r"didnt feel|still feel|sometimes feel|often feel|just feel|really feel)\s+"
        r"(?:(?:so|really|very|a bit|a little|quite|kind of|kinda|pretty|incredibly|deeply|"
        r"completely|totally|more|less|extremely|a lot|super|too|so so|very very|like i'?m|"
        r"like im|really really|somewhat|terribly|increasingly)\s+){0,2}"
        r"(?:hurt|sad|scared|afraid|frightened|anxious|lonely|alone|unseen|invisible|ignored|"
        r"unheard|unimportant|rejected|betrayed|angry|upset|frustrated|overwhelmed|ashamed|"
        r"embarrassed|humiliated|confused|lost|worried|insecure|unsafe|safe|exhausted|"
        r"disappointed|heartbroken|crushed|devastated|jealous|uneasy|nervous|torn|numb|small|"
        r"stupid|disrespected|taken for granted|left out|let down|abandoned|unloved|unwanted|"
        r"neglected|pushed away|shut out|raw|sick|broken|relieved|grateful|hopeful|happy|"
        r"loved|close|closer|connected|better|worse|awful|terrible|horrible|guilty|"
        r"on edge|panicky|panicked|dismissed|unappreciated|hopeless|helpless|empty|"
        r"disconnected|distant|alone in|like a fool|like an idiot|like i'?m|like im|"
        r"(?:a (?:wave|pang|rush|surge|bit) of|so much|such) \w+|like nobody|like no one|"
        r"like i (?:don't|dont|can't|cant|have|am|was|need)|mad|furious|resentful|bitter|"
        r"trapped|stuck|drained|tired|thankful|touched|reassured|calmer|calm|terrified|"
        r"petrified|shaky|fragile|vulnerable|exposed|tense|like crying|like giving up|"
        r"ready|unsure|ambivalent|conflicted|overlooked|second best|replaced|"
        r"humiliated|foolish|naive|stupid for|so much|wary|cautious|guarded|emotional)\b",
        negatable=False,
    ),
    _r(
        "i_statement",
        _I_STATEMENT,
        r"\b(?:it|this|that)\s+(?:really\s+|still\s+|just\s+)?(?:hurts|hurt|scares|scared|"
        r"worries|worried|upsets|upset|frightens|stings|stung|breaks my heart|broke my heart)"
        r"\s+(?:me\s+)?(?:so much\s+|a lot\s+)?(?:when|that|because|to (?:think|know|see|hear))\b"
        r"|\bwhen\s+(?:you|u)\b<SHORTGAP>,?\s*i\s+(?:feel|felt|get|got|start to feel|"
        r"start feeling)\b"
        r"|\b(?:what )?i (?:really |just |still )?need\s+(?:right now\s+|most\s+|from you\s+)?"
        r"(?:is\s+)?(?:to feel|to know|to hear|some|a little|a bit|"
        r"reassurance|time|space|honesty|you to|us to|help|more|to talk|to be|a hug|"
        r"a break|a minute|a moment)\b"
        r"|\b<IM>\s+(?:(?:so|really|very|a bit|a little|still|quite|just|pretty|"
        r"honestly|feeling|getting)\s+){0,2}(?:scared|afraid|worried|hurt|sad|anxious|lonely|fright"
        r"ened|"
        r"terrified|struggling|hurting|exhausted|heartbroken|ashamed|confused|overwhelmed|"
        r"upset|frustrated|angry|nervous|insecure|jealous|tired|drained|furious|gutted|annoyed|"
        r"irritated|cross|sad|lonely|disappointed)\s*"
        r"(?:that|of|because|too|about|when|and|right now|today|tonight|since|by|,|\.|$)"
        r"|\b<IM>\s+(?:too|so) (?:angry|upset|hurt|tired|overwhelmed|wound up|worked up) to\b"
        r"|\bi (?:find it|found it) (?:really |so |very )?(?:hard|difficult|painful|scary)\b"
        r"|\bi(?:'d| would|d) (?:really )?(?:like|love) (?:us|it if|for us|you to|to feel|"
        r"some|to talk)\b"
        r"|\bi (?:miss|missed) (?:feeling|the way|how|when)\b",
        negatable=False,
    ),
    # ---------------------------------------------------------------- responsibility
    _r(
        "responsibility",
        _RESPONSIBILITY,
        r"\b(?:that|it|this|the affair|what happened|all of (?:this|that|it)|this mess|"
        r"the lying|the blame|the choice|the decision|what i did|that one|this one)"
        r"(?:\s+was|\s+is|'s|s|\s+were)\s+"
        r"(?:all\s+|entirely\s+|completely\s+|totally\s+|100%\s+|fully\s+|solely\s+|only\s+)?"
        r"(?:on me|my fault|my responsibility|my choice|my decision|my doing|my mistake|"
        r"mine|my own fault|mine to own|mine alone|my own doing|my own choice)\b"
        r"(?!\s*(?:now|\?|, is it|, apparently))",
        not_after=r"(?:\bso|\bnow|\bif|\bthat|\bsaying|\bsay|\bthink)\s*$",
    ),
    _r(
        "responsibility",
        _RESPONSIBILITY,
        r"\b(?:i\s+was|i\s+am|i'm|im)\s+(?:completely\s+|totally\s+|so\s+|really\s+|"
        r"the one\s+)?"
        r"(?:wrong|in the wrong|responsible|to blame|out of line|unfair|selfish|dishonest|"
        r"being selfish|being defensive|being unfair|being a jerk|being an idiot|being cruel|"
        r"harsh|cruel|mean|a coward|an idiot|an ass|a jerk|out of order|who (?:broke|lied|"
        r"cheated|did|hurt|chose))\b(?!\s+(?:to (?:think|trust|believe)|about you))"
        r"|\b(?:i'm|im|i am) the (?:selfish|guilty|dishonest|unfair) one\b"
        r"|\b(?:i'm|im|i am|i was) the one (?:who|that) (?:broke|lied|cheated|hurt|messed|"
        r"screwed|ruined|betrayed|did|chose|kept|hid|went)\b"
        r"|\bi (?:wasn't|wasnt|was not) (?:listening|fair|honest|there for you|paying attention|"
        r"being fair|being honest)\b"
        r"|\bi (?:regret|'m sorry for|m sorry for|am sorry for) (?:lying|cheating|hiding|"
        r"betraying|hurting|breaking|deceiving|going behind)\b"
        r"|\bi had no right\b|\bi took you for granted\b"
        r"|\bi should(?:'ve| have)\s+(?:backed|listened|told|been honest|stood|asked|checked|"
        r"called|supported|protected|believed|trusted|stopped|come to you|talked to you)\b"
        r"|\b(?:sorry|regret) (?:that )?(?:i said|i called you|for saying|for calling you)\b"
        r"|\bi\b[^.!?\n]{0,60}\band that was (?:cruel|wrong|unfair|selfish|unkind|mean|"
        r"out of line|cowardly|dishonest|not okay|not ok)\b"
        r"|\bi take (?:full |complete |all the |total |100% |some )?(?:responsibility|the blame|"
        r"ownership|accountability)\b"
        r"|\bi own (?:that|this|it|what i did|my part|my choices?|up to)\b"
        r"|\bi (?:shouldn't|shouldnt|should not|should never|should've never|should have never)"
        r"\s+(?:have\s+)?(?:said|done|lied|cheated|gone|kept|hidden|hid|texted|let|spoken|"
        r"snapped|yelled|shouted|walked|called|made|put|started|gambled|spent|taken|"
        r"treated|blamed|ignored|dismissed|left|broken|deleted|gone behind)\b"
        r"|\bi (?:hurt|betrayed|deceived|lied to|failed|wronged|humiliated|abandoned) you\b"
        r"|\bi let you down\b"
        r"|\bi (?:made|make) (?:a |the )?(?:terrible |huge |big |stupid |awful |selfish |"
        r"horrible |bad |serious |massive )?(?:mistake|choice|decision)s?\b"
        r"|\bi (?:messed|screwed|fucked|stuffed|mucked) (?:up|that up|this up|it up|everything up)"
        r"\b"
        r"|\bi (?:broke|betrayed|destroyed|damaged|shattered) (?:your|our) (?:trust|marriage|"
        r"relationship|family|vows|heart|promise)\b"
        r"|\bi (?:lied|cheated|lied to you|cheated on you|chose to|was the one|kept it from you|"
        r"hid it|hid the|went behind your back|broke my promise|broke the promise|"
        r"overreacted|snapped at you|yelled at you|shouted at you|ignored you|dismissed you|"
        r"did that to you|did this to us|did this|did that)\b(?!\s+(?:because (?:you|u)|if))"
        r"|\bthere(?:'s| is|s) no excuse\b|\bi (?:have|had) no excuse\b"
        r"|\b(?:it|this|that|none of (?:this|that|it))\s*(?:was|is|'s|s)\s+(?:never\s+|not\s+)"
        r"(?:your fault|on you|because of you)\b"
        r"|\b(?:it|this) (?:wasn't|wasnt|isn't|isnt) (?:your fault|on you|because of you)\b"
        r"|\bnone of (?:this|that|it) (?:was|is) (?:ever )?(?:your fault|on you|because of you)\b"
        r"|\byou (?:didn't|didnt|did not) (?:deserve|do anything to deserve) (?:this|that|it|any)\b"
        r"|\byou did nothing (?:wrong|to deserve)\b"
        r"|\b(?:that|it) (?:was|is) (?:my|a) (?:choice|decision),? not yours\b",
        not_after=r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
    ),
    # ---------------------------------------------------------------- repair_attempt
    _r(
        "repair_attempt",
        _BREAK,
        r"\b(?:<ILL>|i'?ll be|ill be)\s+(?:come back|be back|come home|call you|text you|"
        r"talk to you|find you|message you|get back to you|come find you|pick this up|"
        r"back)\b<SHORTGAP>\b(?:in (?:\d+|a|an|ten|twenty|thirty|fifteen|five|half|a few|"
        r"an hour|couple)|after|when|once|later|tonight|tomorrow|this evening|in the morning|"
        r"soon|after (?:a|my|i))\b"
        r"|\b(?:can|could) we\s+(?:please\s+)?(?:talk|pick this up|finish this|come back to "
        r"(?:this|it)|continue|discuss (?:it|this))\s+(?:about (?:it|this)\s+)?(?:later|"
        r"tonight|tomorrow|in the morning|after|when|once|in (?:a|an|\d+|ten|twenty|half))\b"
        r"|\bthen\s+(?:i'?ll|ill|i will)\s+(?:come back|be back|talk|come find you)\b"
        r"|\b(?:i'?ll|ill|i will)\s+come back and (?:we can|we'll|talk|finish|keep)\b"
        r"|\b(?:can|could|may) i (?:please )?(?:have|take|get) (?:a|ten|five|twenty|some|a few|"
        r"fifteen|half an)\s+(?:\w+\s+)?(?:minutes?|break|moment|breather|hour)\b"
        r"|\b(?:can|could|should|shall) we\s+(?:please\s+)?(?:take|have)\s+(?:a|five|ten|"
        r"some|twenty|a few)\s+(?:\w+\s+)?(?:break|breather|pause|time ?out|minutes?|moment|"
        r"step back|breath)\b"
        r"|\blet'?s\s+(?:take|have)\s+(?:a|five|ten|some|twenty|a few)\s+(?:\w+\s+)?"
        r"(?:break|breather|pause|time ?out|minutes?|moment|step back|breath)\b"
        r"|\b<IM>\s+(?:going to|gonna|gunna)?\s*(?:take|taking|go for|going for)\s+"
        r"(?:a|some)\s+(?:quick\s+|short\s+|little\s+)?(?:break|walk|breather|minute|time "
        r"out|timeout|space)\b<GAP>\b(?:i'?ll|ill|i will|then|back|come back|and then)\b"
        r"[^.!?\n]{0,60}",
        negatable=False,
    ),
    _r(
        "repair_attempt",
        _REPAIR,
        r"\bi (?:don't|dont|do not) want (?:to fight|us to fight|to argue|to lose you|"
        r"this to|to keep fighting|to hurt you)\b"
        r"|\bi hate (?:fighting|arguing|it when we fight|when we fight)\b"
        r"|\bwe(?:'re| are|re) on the same (?:team|side)\b|\b<IM>\s+on your side\b"
        r"|\blet'?s\s+(?:start over|start again|try (?:again|that again)|calm down|"
        r"slow down|pause|figure (?:this|it) out|work (?:this|it) out|work on (?:this|it)|"
        r"talk (?:about it |about this )?(?:later|tonight|tomorrow|calmly|properly)|hug|"
        r"reset|not fight|both (?:breathe|calm)|sit down|go for a walk|rewind|"
        r"try to understand|find a way|get through this|not go to bed angry|"
        r"be kind|be gentle|not do this)\b"
        r"|\bsorry,? (?:that|i) (?:came out wrong|didn't mean (?:it|that)|didnt mean|"
        r"said that badly)\b|\b(?:that|it) came out (?:way |so |much |a lot |far |really )?"
        r"(?:wrong|harsher|harsh|meaner|worse|badly|nastier|ruder|colder)\b"
        r"|\blet me (?:try|say) (?:that|it|this) again\b|\bcan i (?:try|say) (?:that|it|this) again"
        r"\b"
        r"|\b(?:can|could) (?:i|we) (?:please )?(?:start|try) (?:that|this|over|again)\b"
        r"|\bcan i (?:hug|hold) you\b|\bcome here\b|\bi want to (?:understand|hear you|"
        r"listen|fix this|work on this|make this work|get through this|hear your side|"
        r"know how you feel|be there for you|get this right)\b"
        r"|\b<IM>\s+not going anywhere\b|\bwe(?:'ll| will|ll) get through this\b"
        r"|\bi miss (?:you|us)\b|\btruce\b|\bhelp me understand\b"
        r"|\bwhat do you need(?: from me)?(?: right now)?\b|\bi love you\b<SHORTGAP>"
        r"\b(?:and i|i want|we can|we'll|let's|please)\b"
        r"|\b(?:can|could) we (?:please )?(?:just )?(?:talk|sit down|stop|reset|go back|try again|"
        r"hug|make up|be on the same|go for a walk|have a cuddle)\b(?!\s+(?:about (?:your|ur|what y"
        r"ou|you)|talk))"
        r"|\b<IM>\s+(?:listening|here for you|here)\b(?!\s+(?:and|but)\s+you)"
        r"|\bi (?:still )?(?:want|choose) (?:us|this|you|to make this work)\b"
        r"|\bcan we find a way\b|\bhow about we\b|\bi'?m willing to\b|\bim willing to\b",
        negatable=True,
    ),
    # ---------------------------------------------------------------- validation
    _r(
        "validation",
        _VALIDATION,
        r"\bi\s+(?:can\s+|do\s+|totally\s+|completely\s+|really\s+|fully\s+|absolutely\s+|"
        r"can totally\s+|can really\s+|now\s+)?(?:understand|see|get|hear|know|tell)\s+"
        r"(?:why|how|that|what|how (?:much|hard|badly|\w+))\s+(?:you|u|this|that|it|what i did)\b"
        r"|\bwhat (?:you're|youre|you are|you were) feeling (?:is|was|makes) (?:so |completely |"
        r"totally )?(?:understandable|valid|normal|sense|fair|okay|ok)\b"
        r"(?!\s+(?:think|thought|always|never))"
        r"|\b(?:that|it) makes (?:total |complete |perfect |so much |a lot of )?sense\b"
        r"|\b<YOU>\s+(?:have|had|'ve got|ve got)\s+every right\b"
        r"|\b<YOU>\s+(?:have|had)\s+(?:a|the) right to (?:be|feel)\b"
        r"|\b(?:<YOURE>|you were|u were)\s+(?:right|not wrong|allowed to|completely right|"
        r"totally right|so right|absolutely right|entitled to (?:feel|be))\b"
        r"(?!\s+about (?:the|that|this) (?!way))"
        r"(?!\s*,?\s*(?:as always|as usual|i'?m always|im always|i'?m the worst|"
        r"i'?m a terrible|everything is my))"
        r"|\byour (?:feelings|anger|hurt|reaction|pain)(?: (?:about|over) (?:this|that|it))? "
        r"(?:is|are|makes?) (?:totally |completely |so |really )?"
        r"(?:valid|sense|understandable|fair|completely valid|totally valid)\b"
        r"|\bi hear you\b|\bof course (?:you(?:'re| are|re| feel| felt| would| were)|u)\b"
        r"(?!\s+(?:say|think|do|believe|want|take)\b)"
        r"|\banyone would (?:feel|be)\b|\bi(?:'d| would|d) (?:feel|be) (?:the same|exactly "
        r"the same|upset|angry|hurt|furious|devastated)(?: too)?\b"
        r"|\b(?:that|this|it) (?:must|would|must've|must have) (?:have )?(?:been|be|hurt|feel|"
        r"felt)\b"
        r"|\bthank (?:you|u) for (?:telling|sharing|being honest|saying|explaining|trusting|"
        r"letting|listening|being patient|hearing|your honesty|opening up|coming back)\b"
        r"|\b<YOURE>\s+(?:completely |totally )?justified\b"
        r"|\b(?:it's|its|it is) (?:okay|ok|understandable|normal|fair|natural|alright) "
        r"(?:to|that you|for you to|if you) (?:feel|be|still|are|need|want|not)\b"
        r"|\b(?:it's|its|it is) (?:completely |totally |perfectly |so |really )(?:okay|ok|"
        r"understandable|normal|fair|natural|reasonable) (?:to|that (?:you|u)|for (?:you|u) to|"
        r"if (?:you|u))\b"
        r"|\b(?:that's|thats|that is) (?:fair|a fair point|understandable|valid|totally fair|"
        r"really fair|completely understandable)\b"
        r"|\bi get (?:why|that you|it,? and|how)\b|\bi can imagine\b",
        negatable=True,
    ),
)

# --- Families of phrasing added for held-out styles ------------------------------------
# Each entry is a structure, not a stock phrase: a second-person subject plus a habitual
# adverb plus a complaint, a trait word aimed at "you", a denial of the partner's memory,
# a conditional that makes the partner the cause, and so on.

_MORE_TRAITS = (
    r"(?:cold|unreliable|flaky|moody|grumpy|stubborn|petty|bossy|nasty|sneaky|shady|"
    r"negative|a slob|a snob|a bully|a control freak|passive[- ]aggressive|exhausting|"
    r"draining|a nightmare|high maintenance|entitled|disrespectful|dismissive|aggressive|"
    r"hurtful|vindictive|tight|tight-fisted|lazy|selfish|inconsiderate|thoughtless|"
    r"careless|useless at|rude|mean|cruel|ungrateful|heartless|uncaring|insensitive|"
    r"distant|closed off|secretive|defensive|sarcastic|critical|judgemental|judgmental)\b"
)
_EMOTIONS = (
    r"(?:hurt|sad|scared|afraid|frightened|anxious|lonely|alone|unseen|invisible|ignored|"
    r"unheard|unimportant|rejected|betrayed|angry|upset|frustrated|overwhelmed|ashamed|"
    r"embarrassed|humiliated|confused|lost|worried|insecure|unsafe|exhausted|fragile|"
    r"disappointed|heartbroken|crushed|devastated|jealous|uneasy|nervous|torn|numb|small|"
    r"low|flat|wobbly|vulnerable|raw|on edge|drained|shaky|hopeless|helpless|empty|"
    r"disconnected|distant|unloved|unwanted|neglected|taken for granted|left out|let down|"
    r"stressed|panicky|tearful|teary|down|rubbish|awful|terrible|horrible|gutted|"
    r"hopeful|happy|grateful|relieved|close|closer|loved|safe|calmer|better|worse)\b"
)

RULES = (
    *RULES,
    # criticism
    _r(
        "criticism",
        _ALWAYS,
        r"\bwhy (?:are|r|do|does|is it|must|can't|cant|won't|wont) (?:you|u) (?:always|never|"
        r"constantly|forever|ever)\b"
        r"|\b<YOURE>\s+(?:always|constantly|forever)\s+on (?:your|ur|that|the|my) (?:phone|"
        r"laptop|xbox|playstation|computer|ipad|tablet|mobile)\b"
        r"|\bevery (?:single )?time\b<SHORTGAP>\b(?:you|u)\s+(?:act like|make (?:it|me feel)|"
        r"get (?:angry|defensive|mad|funny|arsey|moody|huffy)|have to|roll your eyes|sigh|sulk|"
        r"storm off|walk off|ignore|start|turn (?:it|this))\b"
        r"|\b<YOU>\s+(?:(?:literally|actually|just|really|honestly|basically)\s+)?(?:never|"
        r"don't ever|dont ever|hardly ever|rarely)\s+(?:even\s+|once\s+)?"
        r"(?:pick up after|tidy|wash up|do the (?:dishes|washing|bins|school run|shopping)|"
        r"empty|take out|ring|phone|message|plan|book|organise|organize|remember|offer)\b",
    ),
    _r(
        "criticism",
        _TRAIT,
        r"\b(?:<YOURE>|are (?:you|u)|<YOU>\s+(?:are|r|were|can be|get))\s+(?:always\s+|"
        r"constantly\s+|so\s+|such\s+|really\s+|being\s+|just\s+|a bit\s+|fucking\s+|"
        r"bloody\s+){0,3}(?:a |an )?"
        + _MORE_TRAITS
        + r"(?!\s+(?:of me|about me|to yourself|on yourself|with yourself))"
        r"|\b<YOURE>\s+(?:the|such a|a|an)\s+(?:least)\s+\w+\s+(?:person|human|man|woman|"
        r"partner|husband|wife|bloke|guy|girl|boyfriend|girlfriend|father|mother|parent)\b",
        playful_ok=True,
    ),
    # contempt
    _r(
        "contempt",
        _INSULT,
        r"\b(?:you|u)\s+(?:(?:absolute|complete|total|utter|fucking|bloody|pathetic|sad|"
        r"useless|stupid|little)\s+){1,2}(?:waste of (?:space|oxygen|skin|air)|joke|failure|"
        r"disgrace|embarrassment|pillock|prat|plonker|wanker|tosser|git|knob|idiot|loser|"
        r"moron|mess|child|baby|clown|coward|liar|bastard|bitch|cow)\b"
        r"|\b(?:you|u)\s+waste of (?:space|oxygen|skin|air)\b",
        playful_ok=True,
    ),
    _r(
        "contempt",
        _MOCK,
        r"\b(?:it )?must be nice (?:to|being|having)\b"
        r"|\bspare me\b(?!\s+(?:a|some|the (?:time|details)|five|ten)\b)"
        r"|\b(?:cute|adorable|sweet|funny|hilarious|precious) (?:that|how) (?:you|u) "
        r"(?:think|thought|believe|expect|reckon)\b"
        r"|\blook (?:who(?:'s| has| is)?|what the cat) (?:finally |decided|bothered|remembered|"
        r"dragged|graced)"
        r"|\b(?:ok|okay|sure|right|yeah|whatever you say|whatever),? (?:champ|genius|einstein|"
        r"sherlock|hero|princess|your majesty|big man|tough guy|sunshine|mate|sweetheart)\b"
        r"|\b(?:wow|oh wow|ooh|well done),? (?:what a|such a) (?:hero|saint|legend|gentleman|"
        r"martyr|catch)\b"
        r"|\b(?:the|your) martyr act\b",
    ),
    # defensiveness
    _r(
        "defensiveness",
        _NOT_MY_FAULT,
        r"\b<CSTART>not my fault\b"
        r"|\bnone of (?:this|that|it) (?:is|was) (?:my fault|on me)\b"
        r"|\b(?:don't|dont|do not|stop trying to) (?:put|pin|blame|dump) (?:it|this|that|"
        r"everything|all of (?:it|this)) on me\b"
        r"|\b(?:that|it) (?:wasn't|wasnt|was not) (?:me|even me)\b(?!\s+(?:who (?:was|got) "
        r"hurt|that got hurt))"
        r"|\b(?:that's|thats|that is|it's|its) (?:not|so not|hardly) fair,? (?:i|i'm|im|i've|"
        r"ive)\b"
        r"|\bi (?:do|did) (?:everything|loads|so much|all the \w+|most of the \w+|more than "
        r"you)\s+(?:round|around|in|for) (?:here|this house|you|us)\b",
        not_after=r"(?:so|now|and|if)\s*$",
    ),
    _r(
        "defensiveness",
        _EXCUSE,
        r"\bi was (?:going|gonna|about) to tell (?:you|u)\b"
        r"|\bwhat (?:more|else) do (?:you|u) want\b"
        r"|\bsorry for (?:existing|breathing|living|being alive)\b"
        r"|\bi was (?:drunk|wasted|hammered|tipsy|pissed|high|off my face|tired|stressed|"
        r"exhausted|knackered)\b,?\s+(?:i|so i|and i)\s+(?:didn't|didnt|did not|don't|dont|"
        r"couldn't|couldnt)\s+(?:know|mean|realise|realize|think|remember)\b"
        r"|\bi had no (?:other )?(?:choice|option)\b",
    ),
    _r(
        "defensiveness",
        _COUNTER,
        r"\b(?:and|oh and|like|as if) (?:you|u)(?:'ve|ve| have)? never\b[^.!?\n]{0,40}\?"
        r"|\b(?:you have to|you've got to|youve got to|you gotta|you've gotta) admit "
        r"(?:you|that you|u)\b(?!\s+(?:drove|made|pushed|forced))"
        r"|\b<YOURE>\s+the one who (?:started|began|kicked off|was shouting|was yelling)\b",
    ),
    # stonewalling
    _r(
        "stonewalling",
        _SHUTDOWN,
        r"\bwe(?:'re| are|re) done (?:here|talking)\b"
        r"|\b<IM>\s+not (?:engaging|dealing) with (?:this|that|it|you)\b"
        r"|\b<IM>\s+not (?:answering|responding to|replying to) (?:any more|anymore|any|your|"
        r"this|that|these)\b"
        r"|\b(?:i\s+)?(?:don't|dont|do not) want to hear (?:it|this|that|any more|anymore|"
        r"another word)\b"
        r"|\b<CSTART>not (?:doing|discussing|having) this\b(?!\s+(?:to|because|for|on purpose"
        r"|again (?:to|with)))"
        r"|\b(?:i |<CSTART>)(?:don't|dont|do not) care (?:anymore|any more|what you (?:do"
        r"|think|say))\b"
        r"|\bi (?:couldn't|couldnt|could not) care less\b",
        not_after=r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
    ),
    # gaslighting
    _r(
        "gaslighting",
        _DOUBT_MIND,
        r"\bare (?:you|u) (?:crazy|insane|nuts|mental|paranoid|delusional|imagining things|"
        r"hearing things|losing it|losing your mind|out of your mind)\b"
        r"|\b<YOURE>\s+(?:only |just )?(?:hearing|seeing|remembering) what (?:you|u) want\b"
        r"|\b<YOU>\s+(?:must have |must've |probably |obviously )?(?:dreamt|dreamed|imagined|"
        r"misheard) (?:that|it|this|the whole thing)\b"
        r"|\bare (?:you|u) sure (?:you're|youre|you are|ur) not (?:just )?(?:being )?"
        r"(?:a bit |a little |slightly )?(?:paranoid|dramatic|overreacting|oversensitive|"
        r"too sensitive|imagining)"
        r"|\b<YOURE>\s+(?:making|turning|blowing) (?:this|it|that|one \w+|a \w+) "
        r"(?:into|out of) (?:a (?:whole|big|huge|massive)|something|such a|an? (?:drama|thing|"
        r"deal|issue|affair|crisis|scene))",
    ),
    _r(
        "gaslighting",
        _MINIMISE,
        r"\b<CSTART>(?:so what,? )?big deal\s*(?:[.!?]|$)"
        r"|\b<CSTART>so what\s*[?!.]",
    ),
    # blame_shifting
    _r(
        "blame_shifting",
        _BLAME,
        r"\b(?:if|had)\s+(?:only\s+)?(?:you|u|you'd|youd)\b<GAP>\bnone of (?:this|it|that) "
        r"(?:would|wouldve|would've)(?:'ve| have|ve| of)?\s+(?:ever\s+)?happened\b"
        r"|\b(?:you|u) (?:can't|cant|cannot|shouldn't|shouldnt) (?:be|act) (?:surprised|shocked)"
        r"\b"
        r"|\b(?:some|part|half|most|a lot) of (?:this|it|that|the blame) (?:is|was|'s) on "
        r"(?:you|u)\b"
        r"|\b(?:this|it|that) (?:is|was|'s) on (?:you|u) too\b"
        r"|\b<YOU>\s+made (?:it|me|home|things) (?:that way|like (?:this|that)|this way)\b",
    ),
    # threat
    _r(
        "threat",
        _THREAT,
        r"\b(?:keep|try|test|push|do|say|touch)\b<SHORTGAP>\band (?:see|watch) what happens\b"
        r"|\b(?:keep (?:this|it|that|pushing|going|on)(?: up)?|do (?:that|it) again|"
        r"say (?:that|it) again|one more (?:word|time))\b<SHORTGAP>\band\s+(?:i'?m|im|i am"
        r"|you'?ll|you will|"
        r"ull|i'?ll|ill|i will)\b"
        r"|\b<ILL>\s+make sure (?:the kids|the children|they|people|the whole)\b"
        r"|\b<ILL>\s+(?:stop paying|cut (?:you )?off|change the locks|kick you out|"
        r"throw you out|freeze (?:the|our|your))\b<SHORTGAP>\b(?:if|unless)\b",
    ),
    _r(
        "threat",
        _SELF_HARM,
        r"\b(?:i'?ve got|ive got|i have|there's|theres|there is|i've|ive) no (?:reason|point) "
        r"(?:to|in) (?:be alive|being alive|living|live|going on|carry on|carrying on)\b",
    ),
    # i_statement
    _r(
        "i_statement",
        _I_STATEMENT,
        r"\b<IM>\s+(?:(?:still|really|just|honestly|kind of|a bit)\s+)?feeling\s+(?:(?:so|really|"
        r"very|a bit|a little|quite|kind of|kinda|pretty|super|too)\s+){0,2}"
        + _EMOTIONS
        + r"|\b(?:it|this|that) (?:makes|made) me (?:feel )?(?:(?:so|really|a bit|very)\s+)?"
        + _EMOTIONS
        + r"|\bi (?:feel|felt) like (?:your|a|an|the) (?:\w+ ){0,2}?(?:flatmate|housemate|"
        r"stranger|lodger|maid|servant|cleaner|afterthought|option|burden|fool|idiot|outsider|"
        r"ghost|child|nobody|spare part)\b",
        negatable=False,
    ),
    # responsibility
    _r(
        "responsibility",
        _RESPONSIBILITY,
        r"\b<SSTART>(?:(?:entirely|totally|completely|all|100%) )?my (?:fault|mistake|bad)\b"
        r"|\b(?:entirely|totally|completely|all) my (?:fault|mistake|doing)\b(?!\s*(?:now\b|\?))"
        r"|\bon my (?:shoulders|head|conscience),? not (?:yours|you)\b"
        r"|\bi (?:dropped the ball|blew it|got it (?:so )?wrong|was in the wrong)\b",
        not_after=r"(?:\bso|\bnow|\bif|\bsaying|\bsay|\bthink|\bnot)\b[^.!?\n,]{0,12}$",
    ),
    # repair_attempt
    _r(
        "repair_attempt",
        _BREAK,
        r"\b(?:<ILL>|i'?ll)\s+(?:ring you|phone you|bell you|message you|find you|be home)\b"
        r"<SHORTGAP>\b(?:when|after|once|later|tonight|in (?:a|an|\d+)|and we|by \d+)\b"
        r"|\b(?:<ILL>|i'?ll)\s+be back by (?:\d+|ten|nine|eight|seven|six|lunch|dinner|tea)\b"
        r"|\b(?:hit|press|push) pause\b"
        r"|\bcome back to (?:this|it)\b<SHORTGAP>\b(?:later|after|tomorrow|tonight|in (?:a|an|"
        r"\d+)|when)\b"
        r"|\blet'?s (?:take|have) (?:five|ten|a minute|a sec|a breather)\b"
        r"|\bthen (?:we can |we'll |let's |lets )?try again\b"
        r"|\blet'?s (?:stop|pause|leave it|park (?:it|this)|call it a night)\b<SHORTGAP>"
        r"\b(?:tonight|for now|and (?:try|talk|pick)|till|until)\b",
        negatable=False,
    ),
    _r(
        "repair_attempt",
        _REPAIR,
        r"\bcome (?:and )?(?:sit|lie|cuddle|snuggle) (?:with|next to|by) me\b"
        r"|\bi want us to be (?:okay|ok|alright|good)\b",
    ),
    # validation
    _r(
        "validation",
        _VALIDATION,
        r"\b(?:it )?(?:sounds|seems|looks) like (?:you|u)(?:'re|re| are| were| felt| feel| must|"
        r" had|'ve been| have been| really)\b"
        r"|\b(?:that's|thats|that is|it's|its|it is) (?:a )?(?:completely |totally |perfectly |"
        r"really )?(?:reasonable|understandable|valid|normal|fair|natural) (?:thing |way )?"
        r"to (?:feel|be|want|ask)\b"
        r"|\b<YOURE>\s+not (?:being )?(?:unreasonable|overreacting|wrong|dramatic|silly|"
        r"paranoid|too sensitive)\b"
        r"|\b(?:you've|youve|you have|u have|you had)\s+(?:got\s+)?every right\b",
    ),
)

# --- Apology parts ----------------------------------------------------------------------
# Separate from the flags: these are scored, not shown as highlights on their own.

APOLOGY_RULES: dict[str, str] = {
    "regret": expand(
        r"\b(?:<IM>|i'm|i truly am|i really am|i am)\s+(?:(?:so|really|truly|very|deeply|"
        r"terribly|incredibly|genuinely|sincerely|so so|just|honestly)\s+){0,3}sorry\b"
        r"(?!\s+(?:you feel|if you|you're so|youre so|but you|you think|that you feel|you see "
        r"it|you took|for you|you had to feel|to hear|for your loss|to bother|not sorry))"
        r"|\b<SSTART>(?:(?:so|really|truly|very)\s+)?sorry\b(?!\s+(?:if|you feel|"
        r"not sorry|but))(?!,?\s+(?:can|could|what|who|where|how|did|do|are|is|would|will)\b)"
        r"|\bsorry for (?:what|the|lying|hurting|everything|all|my|being|not|how|putting|"
        r"breaking|making|cheating|hiding|keeping|betraying|the way|letting|ever)\b"
        r"|\bi (?:sincerely |truly |deeply )?apologi[sz]e\b|\bmy (?:sincere )?apologies\b"
        r"|\bi (?:deeply |truly |really )?regret\b"
        r"|\bi feel (?:so |really |just )?(?:terrible|awful|sick|so bad|horrible|ashamed|"
        r"guilty|disgusted with myself|bad)\s+(?:about|for|that|when|every|knowing|because)\b"
        r"|\b<IM>\s+(?:so |deeply |really |truly )?ashamed\b"
        r"|\bi wish (?:i (?:hadn't|hadnt|had never|never|could take|could undo|had been|"
        r"had told|had just|could go back)|i'?d never|id never)\b"
        r"|\bi hate (?:that|what|myself for|how) i\b"
        r"|\bsorry about (?:that|this|earlier|last night|this morning|everything|what)\b"
        r"|\bi owe (?:you|u) an apology\b"
    ),
    "explanation": expand(
        r"\b(?:i (?:did it|did that|lied|cheated|hid it|hid the|kept it from you|"
        r"didn't tell you|didnt tell you|said that|snapped|gambled|kept gambling|started|"
        r"went back|kept (?:it|going|lying|texting))|it happened|the reason i\w*)\s+"
        r"(?:\w+\s+){0,6}?(?:because|cause|cos|coz|since|as)\s+i\b"
        r"|\bi was \w+ing\s+(?:\w+\s+){0,3}?(?:because|cause|cos|coz) i\b"
        r"|\bbecause i was (?:ashamed|scared|afraid|terrified|lonely|insecure|jealous|weak|"
        r"selfish|desperate|in a bad place)\b"
        r"|(?<!you're )(?<!youre )(?<!you are )(?<!were )(?<!was )"
        r"\bthe reason (?:i|why i|is that i|was that i|was i)\b"
        r"|\bi think (?:it|i) (?:happened|did it|did that|started|lied|cheated|went|kept)\b"
        r"<SHORTGAP>\bbecause\b"
        r"|\bi wasn't thinking\b|\bi wasnt thinking\b|\bi was in (?:a|such a) (?:\w+\s+)?(?:bad|dar"
        r"k|"
        r"terrible|low|awful|horrible|rough) place\b|\bi told myself\b|\bwhat happened was\b"
        r"|\bi was (?:scared|afraid|ashamed|terrified) (?:of|that|you|to)\b"
        r"|\bi didn't want (?:you to|to hurt|to lose|to face|to admit)\b"
        r"|\bi didnt want (?:you to|to hurt|to lose|to face|to admit)\b"
        r"|\bi (?:think|realise|realize|know now|see now|'ve realised|ve realised|have realised|"
        r"'ve realized|have realized) (?:that )?i was (?:looking|trying|running|chasing|"
        r"hiding|avoiding|numbing|escaping|feeling|scared|afraid|lonely)\b"
        r"|\binstead of (?:telling|talking to|coming to) you\b"
        r"|\bpart of (?:it|why|the reason) (?:was|is) (?:that )?i\b"
        r"|\bi was (?:feeling |so |really )?(?:lonely|insecure|stressed|depressed|empty|"
        r"desperate|ashamed|numb|lost)\b<SHORTGAP>\b(?:and|so) (?:i|instead)\b"
        r"|\bthat'?s not an excuse\b|\bnot (?:as )?an excuse\b|\bthats not an excuse\b"
    ),
    "repentance": expand(
        r"\b(?:it|this|that)(?:'ll|ll| will)? never happen(?:s)? again\b"
        r"|\b(?:it|this|that) (?:won't|wont|will not|is not going to|isn't going to)"
        r" (?:ever )?happen again\b"
        r"|\b<ILL>\s+never\s+(?:do|lie|hurt|cheat|hide|gamble|keep|put you|let|go back|"
        r"contact|speak to|talk to|see|betray|break|drink)\b"
        r"|\b(?:<IM>|i'm|i am)\s+(?:going to|gonna|determined to|committed to|trying to|"
        r"working (?:hard )?to|learning to)\s+(?:change|do better|be better|work on|be honest|"
        r"earn|rebuild|stop|be the|become|make sure|never|show you)\b"
        r"|\bi will (?:change|do better|be better|be honest|stop|work on|never|earn|rebuild|"
        r"keep|show you|prove)\b|\bi'?ll (?:do better|be better|change|be honest from now)\b"
        r"|\bfrom (?:now|today|this day) on\b|\bgoing forward\b"
        r"|\bi promise (?:to|i'?ll|i will|not|that i|you i|you that i|you it|it|never|i won'?t|"
        r"i wont)\b|\b<IM>\s+(?:learning|trying hard|committed) to\b"
        r"|\b(?:i'?ve|ive|i have) (?:started|booked|joined|been going to|signed up for|found|"
        r"begun|started going to|been seeing|made an appointment with)\s+"
        r"(?:seeing\s+|going to\s+|attending\s+)?(?:a\s+)?"
        r"(?:therapy|therapist|counselling|counseling|counsellor|counselor|group|gamblers "
        r"anonymous|ga|aa|meetings|course|sessions|support group|program|programme)\b"
        r"|\b<IM>\s+(?:working on|in (?:therapy|counselling|counseling|treatment|recovery))\b"
        r"|\bi never want to (?:hurt|do that|be that|put you|lie|make you feel)\b"
        r"|\bno more (?:lies|lying|secrets|hiding|gambling|excuses|sneaking)\b"
        r"|\bi (?:won't|wont|will not|will never|'ll never|ll never) (?:ever )?\w+(?: \w+){0,4}"
        r" again\b"
        r"|\b(?:i'?ve|ive|i have) got a (?:sponsor|therapist|counsellor|counselor)\b"
        r"|\b<IM>\s+going to (?:meetings|therapy|counselling|counseling|aa|ga)\b"
        r"|\b<IM>\s+never going to (?:do|lie|hurt|let|cheat|gamble|hide|put you|betray|keep)\b"
    ),
    "repair_offer": expand(
        r"\b(?:<ILL>|let me|i want to|i'd like to|id like to|allow me to)\s+make (?:it|this|that) "
        r"(?:up to (?:you|u)|right)\b"
        r"|\b<IM>\s+(?:deleting|blocking|cancelling|canceling|closing|uninstalling|"
        r"handing over|paying (?:it |you )?back)\b"
        r"|\b(?:how|what) can i (?:do to )?(?:make (?:it|this|that|things) (?:right|up to you|"
        r"better)|help|fix|earn|rebuild|show)\b"
        r"|\bwhat can i do\b"
        r"|\b(?:<ILL>|i want to|i'd like to|id like to|i can|let me)\s+(?:pay (?:you |it )?back|"
        r"repay|replace|fix|cover|answer (?:any|every|all|your)|show you (?:every|all|my|the|"
        r"everything|anything|whatever)|give you|share|"
        r"go to (?:counselling|counseling|therapy|couples)|do whatever|be transparent|"
        r"be an open book|go through (?:every|all|everything|it all)|sit down with you and|cut (?:o"
        r"ff )?(?:all )?contact|block|delete|hand over|open|set up|"
        r"make (?:it|this) right|earn (?:back )?your trust|rebuild|come to|book|pay for|"
        r"sell|close (?:the|my))\b"
        r"|\byou can (?:check|look at|see|read|have) (?:my|all my|everything)\b"
        r"|\b(?:<IVE>|i)\s+(?:blocked|deleted|cut (?:off )?(?:all )?contact|ended (?:it|things|"
        r"contact)|closed (?:the|my) (?:account|accounts|app)|handed over|set up|paid (?:back|"
        r"off|it)|booked|uninstalled|self-excluded|self excluded|given you)\b"
        r"|\bwhatever it takes\b|\bwhatever you need\b"
        r"|\bi want to (?:earn|rebuild|win) (?:back )?your trust\b"
        r"|\bi(?:'d| would|d) like to make (?:it|this) (?:right|up)\b"
    ),
    "forgiveness_request": expand(
        r"\b(?:please|pls|plz|i beg you,?)\s+(?:please\s+)?forgive\s+me\b"
        r"|\b(?:can|could|will|would)\s+(?:you|u)\s+(?:ever\s+|please\s+|possibly\s+|"
        r"one day\s+|someday\s+|find it in (?:your|ur) heart to\s+){0,2}forgive\s+me\b"
        r"|\bi (?:hope|pray|wish)\s+(?:that\s+)?(?:you|u|one day you|someday you|in time you)"
        r"\b<SHORTGAP>\bforgive\b"
        r"|\b<IM>\s+(?:asking|begging|hoping)\s+(?:for\s+)?(?:you to forgive|your forgiveness|"
        r"for forgiveness|for you to forgive)\b"
        r"|\b<SSTART>forgive me\b"
        r"|\bany (?:way|chance) (?:you|u) (?:could|can|would|might|will) (?:ever )?forgive\b"
        r"|\bi (?:hope|pray)\b<SHORTGAP>\b(?:you|u) (?:can|could|will|might|would) "
        r"(?:\w+ )?forgive\b"
    ),
}

# --- Families of phrasing added after a blind test in new styles ------------------------
# Again structures rather than sentences: a complaint about living with "someone who",
# "everything on your terms", the habit of only calling "when you need something", a
# curt "shut up", sarcastic courtesy ("nice of you to finally ..."), a figurative push
# into someone else's arms, and owning a wrong without starting the sentence with "I".

RULES = (
    *RULES,
    # criticism
    _r(
        "criticism",
        _TRAIT,
        r"\b(?:exhausting|tiring|draining|hard work|a nightmare|hell|soul[- ]destroying|"
        r"lonely|miserable)\s+(?:being married to|being with|living with|dealing with|"
        r"sharing a (?:house|home|bed|life) with|loving|talking to|trying to talk to)\s+"
        r"(?:someone|somebody|a (?:man|woman|person|partner) who|you)\b",
    ),
    _r(
        "criticism",
        _ALWAYS,
        r"\b(?:everything|it|things)(?:'s|s| is| has to be| always has to be| always is)\s+"
        r"(?:always\s+|only ever\s+|only\s+)?(?:on (?:your|ur) (?:terms|schedule|timetable|time)|"
        r"(?:done )?(?:your|ur) way)\b"
        r"|\b(?:your|ur) way or the highway\b"
        r"|\b<YOU>\s+only (?:ever )?(?:\w+\s+){1,3}?when (?:you|u) (?:need|want) (?:something|"
        r"money|a favour|a favor|a lift|help|sex|me to)\b"
        r"|\b(?:the (?:problem|trouble) with (?:you|u)|(?:your|ur) (?:problem|trouble)) is\b"
        r"|\bno matter what i (?:do|say|try)\b,?\s*(?:(?:you|u)\s+(?:always\s+|still\s+|just\s+)?"
        r"(?:find\w* (?:something|fault|a (?:problem|reason|way)|an? issue)|complain\w*|moan\w*|"
        r"criticis\w*|nitpick\w*|pick\w* (?:holes|at it)|(?:are|r) never (?:happy|satisfied))|"
        r"(?:it's|its|it is) never (?:good )?enough)"
        r"|\b<YOURE>\s+never (?:happy|satisfied|pleased|grateful)\b"
        r"|\bwhy (?:you|u) (?:are|r|is) (?:always|never|constantly)\b",
    ),
    _r(
        "criticism",
        _TRAIT,
        r"\b<YOU>\s+(?:have|'ve got|got|have got)\s+(?:absolutely\s+)?no (?:sense|common sense|"
        r"shame|respect|consideration|manners|empathy|backbone|spine|decency|integrity|"
        r"self[- ]control|loyalty)\b",
    ),
    # contempt
    _r(
        "contempt",
        _INSULT,
        r"\b<CSTART>(?:oh |just |so |now |and |well )?shut (?:up|it)\s*(?:\.+|$|\n)"
        r"|\b(?:shut up[,!]?\s+){1,3}shut up\b"
        r"|\b(?:so|just|now|and|oh) shut up\b(?!\s+(?:and (?:listen|let)|about))"
        r"|\bshut (?:your|ur) (?:mouth|face|trap|gob|pie ?hole)\b"
        r"|\b(?:nobody|no one|noone) (?:asked (?:for )?(?:you|u|your|ur)|cares what (?:you|u) "
        r"(?:think|say))\b",
        playful_ok=True,
    ),
    _r(
        "contempt",
        _MOCK,
        r"\bgraced? (?:us|me|everyone) with (?:your|ur) presence\b"
        r"|\b(?:nice|kind|good|lovely|sweet|decent|big) of (?:you|u) to (?:finally|eventually|"
        r"actually bother|bother|deign)\b"
        r"|\bmust be (?:lovely|great|wonderful|fun) (?:to|being|having)\b"
        r"|\bthinking (?:you're|youre|you are|ur) (?:so |some kind of |some sort of |a )"
        r"(?:genius|clever|smart|expert|hero|big shot|superior|special)\b"
        r"|\b(?:don't|dont) (?:strain|exert|overexert) yourself\b"
        r"|\bdon'?t (?:put yourself out|break a sweat)\b",
    ),
    # stonewalling
    _r(
        "stonewalling",
        _SHUTDOWN,
        r"\b<CSTART>(?:i\s+)?(?:can't|cant|cannot|can not)\s+(?:do|deal with|be doing)\s+"
        r"(?:this|you|any of this)\s+(?:right now|rn|now|tonight)\s*[.!,]*\s*(?:bye|goodbye|"
        r"night|goodnight|done|i'?m out|im out|leave me)\b"
        r"|\b(?:<IM>\s+)?not interested in (?:this conversation|talking|discussing|hearing "
        r"(?:it|this|that|your|any)|your (?:excuses|explanations|side|opinion|apologies|sorry)|"
        r"any of (?:it|this)|having this)\b"
        r"|\b<CSTART>(?:fine|whatever|ok fine|okay fine)[.,!]*\s+(?:just\s+)?do (?:what|whatever) "
        r"(?:you|u) (?:want|like)\b"
        r"|\b(?:tell|talk to|say it to|tell it to|go cry to) (?:someone|somebody|anyone)"
        r"(?: else)? who (?:cares|gives a)\b"
        r"|\b<CSTART>(?:i'?m |im )?not (?:talking about|going over|getting into) (?:this|it|that)"
        r"\b(?!\s+(?:to|because|for|with|in front|at|on|right now,? (?:but|can)"
        r"|now,? (?:but|can)))",
        not_after=r"(?:\bif|\bwhen|\bunless|not saying|never said)\b[^.!?\n,]{0,20}$",
    ),
    # blame shifting
    _r(
        "blame_shifting",
        _BLAME,
        r"\b<YOU>\s+(?:(?:practically|basically|pretty much|literally|as good as|all but|"
        r"might as well have|may as well have)\s+)?(?:handed|pushed|drove|threw|sent|shoved|"
        r"gave)\s+me\s+(?:(?:straight|right)\s+)?(?:(?:over\s+)?to (?:her|him|someone|somebody|"
        r"another)|at (?:her|him)|into (?:her|his|their|someone'?s|another) (?:arms|bed)|"
        r"out (?:the|of the) (?:door|house))\b"
        r"|\b(?:this|it|that)(?: is|'s|s| was)\s+(?:just\s+)?(?:as much\s+)?on (?:you|u) as much "
        r"as (?:me|it is on me|mine)\b",
    ),
    # threat
    _r(
        "threat",
        _THREAT,
        r"\b(?:don't|dont|do not) (?:bother|even think about) coming (?:home|back)\b"
        r"|\bsleep with one eye open\b",
    ),
    # i_statement
    _r(
        "i_statement",
        _I_STATEMENT,
        r"\b<SSTART>(?:still\s+|just\s+)?feeling\s+(?:(?:so|really|very|a bit|a little|quite|"
        r"kind of|kinda|pretty|super)\s+){0,2}" + _EMOTIONS,
        negatable=False,
    ),
    # responsibility
    _r(
        "responsibility",
        _RESPONSIBILITY,
        r"\b(?:that|it|what i did)\s+was\s+(?:so\s+|really\s+|completely\s+|totally\s+)?"
        r"(?:wrong|a violation|unfair|cruel|out of order|out of line|a betrayal|not okay|"
        r"not ok|selfish|disrespectful|unkind|mean|a lie|dishonest)\b"
        r"(?:\s+of me\b|,?\s+and i know (?:it|that)\b)"
        r"|\bi took (?:it|that|my \w+|everything|all of (?:it|that)) out on (?:you|u)\b"
        r"|\bi\b[^.!?\n]{0,60}\band (?:that|it) (?:wasn't|wasnt|was not) (?:fair|okay|ok|right|"
        r"kind)\b",
        not_after=r"(?:\bif|\bthat|\bsaying|\bsay|\bthink|\bso|\bbecause|\bwhen)\s*$",
    ),
    # repair attempt
    _r(
        "repair_attempt",
        _BREAK,
        r"\b(?:need|needs|taking|take|having|have|going for|gonna take|gonna go for)\s+"
        r"(?:a|some|\d+|five|ten|fifteen|twenty|half an hour)\s+(?:\w+\s+){0,2}?(?:break|"
        r"breather|walk|space|time ?out|(?:mins?|minutes) (?:to (?:cool|calm|breathe|think|"
        r"settle)|alone|on my own))\b<SHORTGAP>\b(?:back in|be back|"
        r"then (?:i'?m|im|we|i'?ll|let'?s)|and then (?:i'?m|im|we|i'?ll|let'?s))\b"
        r"|\b(?:can|could|shall) we (?:please )?(?:rewind|redo (?:that|this)|try (?:that|this) "
        r"(?:again|over)|do (?:that|this) (?:again|over))\b",
        negatable=False,
    ),
    # validation
    _r(
        "validation",
        _VALIDATION,
        r"\b(?:that|it) sounds (?:so |really |really really |incredibly |very |super )?(?:hard|"
        r"awful|rough|tough|horrible|stressful|exhausting|scary|painful|lonely|frustrating|"
        r"upsetting|difficult|rubbish|shit|crap)\b",
    ),
)
