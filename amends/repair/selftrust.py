"""Self-trust exercises, our own words. Sometimes the person you most need to trust again
is yourself."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Exercise:
    key: str
    title: str
    intro: str
    prompt: str


EXERCISES = (
    Exercise(
        "know",
        "What I know",
        "After a betrayal it is common to doubt your own memory and judgement. Start with "
        "what you are sure of, however small.",
        "Write three things you know to be true today. Facts, not guesses.",
    ),
    Exercise(
        "feel",
        "What I feel",
        "Feelings are information, not verdicts. You are allowed to feel more than one thing "
        "at once.",
        "Name what you feel right now, and where you feel it in your body.",
    ),
    Exercise(
        "need",
        "What I need",
        "Needs are not demands on anyone. Knowing them helps you choose.",
        "What do you need this week: from yourself, from others, from your partner?",
    ),
    Exercise(
        "will_do",
        "What I will do",
        "Trusting yourself grows by keeping small promises to yourself.",
        "One small thing you will do for yourself in the next two days, and when.",
    ),
    Exercise(
        "noticed",
        "When I noticed",
        "Many people sensed something was wrong before they knew. That sense was yours.",
        "Was there a moment your instinct told you something? What did it notice?",
    ),
)
BY_KEY = {e.key: e for e in EXERCISES}
