"""What the coach says about each family of rules: why the words can hurt (or help), in
plain, warm words to the writer, and a gentler way to say it. Rules name an entry by
its key (``says``)."""

WORDING: dict[str, tuple[str, str | None]] = {
    "always": (
        (
            "Words like 'always' and 'never' can make it sound like this is who they "
            "are, not something they did."
        ),
        "Try naming one moment: 'When you ... I felt ...'",
    ),
    "trait": (
        (
            "Calling someone selfish or lazy talks about who they are, and people "
            "tend to defend themselves instead of hearing you."
        ),
        "Try describing what happened and how it felt: 'When you ..., I felt ...'",
    ),
    "care": (
        (
            "Saying they don't care is a guess about their heart, and it usually "
            "starts a fight about that instead of what you need."
        ),
        "Try saying what you need: 'I need to know you're thinking of me when ...'",
    ),
    "insult": (
        "Insults and name-calling leave a deep mark, even when you're hurting and angry.",
        "Try saying how much this hurts instead: 'I'm so hurt and angry right now.'",
    ),
    "mock": (
        (
            "Mocking or sarcastic words can make your partner feel small, and they "
            "stop listening to the real hurt underneath."
        ),
        "Try saying it straight: 'I'm really frustrated because ...'",
    ),
    "disgust": (
        "Saying they disgust you is very hard to come back from, even in a heated moment.",
        "Try naming your own feeling: 'I'm so angry and hurt I can't think straight.'",
    ),
    "not_my_fault": (
        (
            "When we defend ourselves straight away, the other person can feel their "
            "hurt doesn't count."
        ),
        "Try finding the part that is yours, even a small one: 'You're right that I ...'",
    ),
    "counter": (
        (
            "Answering a complaint with one of your own turns it into a contest, and "
            "neither of you feels heard."
        ),
        "Try answering what they said first, and save your own worry for later.",
    ),
    "excuse": (
        "Excuses can sound like you're saying their hurt isn't fair, even if you don't mean it.",
        "Try owning it first: 'I did that, and I understand why it hurt.'",
    ),
    "non_apology": (
        (
            "'Sorry you feel that way' can sound like the problem is their feelings, "
            "not what happened."
        ),
        "Try 'I'm sorry I ...' and name what you did.",
    ),
    "shutdown": (
        "Shutting the talk down can leave your partner feeling alone and shut out.",
        (
            "If you need a pause, say so and say when you'll come back: 'I need 20 "
            "minutes, then I want to keep talking.'"
        ),
    ),
    "whatever": (
        "A short 'whatever' can feel like a door closing on your partner.",
        (
            "If you're overwhelmed, try: 'I'm too upset to talk well right now. Can "
            "we pick this up in half an hour?'"
        ),
    ),
    "doubt_mind": (
        (
            "Telling someone they're overreacting or imagining things can make them "
            "doubt their own feelings and memory."
        ),
        "Try: 'I can see this really hurt you. Help me understand.'",
    ),
    "deny_memory": (
        (
            "Saying it never happened can make your partner doubt their own memory, "
            "which is painful after a betrayal."
        ),
        (
            "If you remember it differently, try: 'I remember it differently, but I "
            "want to hear how it was for you.'"
        ),
    ),
    "minimise": (
        "Making it sound small can tell your partner their pain doesn't matter.",
        "Try: 'I know this is big for you, and I want to understand why.'",
    ),
    "blame": (
        "This puts the weight of your choice on your partner, who is the one who got hurt.",
        (
            "Try owning the choice as yours: 'I was unhappy, and I chose to ... "
            "instead of telling you.'"
        ),
    ),
    "threat": (
        "This can feel like a threat, and fear makes it very hard to rebuild trust.",
        "Try saying what you're afraid of or what you need, without a 'or else'.",
    ),
    "self_harm": (
        (
            "Talking about hurting yourself to stop your partner leaving puts a "
            "crushing weight on them. If you are thinking of hurting yourself, please"
            " reach out for help right now."
        ),
        (
            "Try telling them how scared and desperate you feel, and ask someone you "
            "trust, or a crisis line, for support today."
        ),
    ),
    "i_statement": (
        "You're sharing your own feelings, which helps your partner understand you.",
        None,
    ),
    "responsibility": (
        "You're owning your part, which is one of the most healing things you can do.",
        None,
    ),
    "repair": (
        "This is a bid to calm things and reconnect. Those matter a lot.",
        None,
    ),
    "break": (
        (
            "Asking for a break and promising to come back keeps the door open. "
            "That's a good way to pause."
        ),
        None,
    ),
    "validation": (
        "You're showing you understand their feelings, which helps them feel heard.",
        None,
    ),
}
