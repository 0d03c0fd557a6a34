"""Writes negatives.jsonl: calm messages that share the harmful ones' words.

The learned layer needs to see "you're" with kind words, criticisms denied ("you're not
selfish"), and "always"/"never" said with love, or it learns that "you are" itself is an
attack. Combinations from word lists, chosen with a fixed seed:

    python tests/coach/data/make_negatives.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("negatives.jsonl")

YOU_ARE = ["you're", "you are", "ur", "u r", "youre", "you've always been", "you were"]
SO = ["", "so ", "really ", "such ", "honestly ", "genuinely ", "actually "]
GOOD = [
    "kind",
    "sweet",
    "thoughtful",
    "patient",
    "brave",
    "generous",
    "funny",
    "clever",
    "beautiful",
    "amazing",
    "wonderful",
    "lovely",
    "caring",
    "gentle",
    "strong",
    "calm",
    "a good dad",
    "a good mum",
    "a good listener",
    "the best",
    "good with the kids",
    "my favourite person",
    "doing your best",
    "doing so well",
    "a great cook",
    "a good friend to me",
    "easy to talk to",
    "fun to be with",
    "handsome",
    "gorgeous",
]
ENDINGS = ["", ".", "!", " ❤️", " x", ", thank you", ", I mean it", " and I love you"]
DENY = [
    "you're not",
    "you are not",
    "ur not",
    "i don't think you're",
    "i never said you were",
    "nobody thinks you're",
    "you were never",
    "i don't believe you're",
    "you're not being",
]
TRAITS = [
    "selfish",
    "lazy",
    "crazy",
    "dramatic",
    "stupid",
    "a bad person",
    "overreacting",
    "too sensitive",
    "a failure",
    "a liar",
    "paranoid",
    "useless",
    "cold",
    "imagining it",
]
# Telling someone their perception is sound is validation (as in messages.jsonl).
PERCEPTION = {"overreacting", "too sensitive", "paranoid", "dramatic", "crazy", "imagining it"}
DENY_TAIL = [
    "",
    " at all",
    ", you're just tired",
    ". you're doing your best",
    " and you never were",
]
LOVING = [
    "you always make me laugh",
    "you always know what to say",
    "you never let me down",
    "you always make the kids feel safe",
    "you never forget the little things",
    "you always bring me coffee in the morning",
    "you never give up on us",
    "you always find a way to cheer me up",
    "you always smell nice lol",
    "you never fail to surprise me",
    "whatever you decide, I'm with you",
    "whatever you want to do tonight is fine",
    "whatever happens, we're a team",
    "you drive me crazy in the best way",
    "stop being so cute",
    "you're too good to me",
    "you're impossible to stay mad at",
]
DAILY = [
    "can you pick up bread on the way home",
    "running ten minutes late, sorry",
    "did you book the dentist",
    "the kids are asleep finally",
    "what time is your train",
    "mum says hi",
    "don't forget the bins tonight",
    "i'm at the shop, need anything",
    "the plumber is coming at 9",
    "can you call me when you're free",
    "i left the keys under the mat",
    "dinner's in the oven",
    "your parcel came",
    "the car needs petrol",
    "are we still on for saturday",
]


def main() -> None:
    rng = random.Random(5)
    texts: set[str] = set()
    while len(texts) < 120:
        texts.add(f"{rng.choice(YOU_ARE)} {rng.choice(SO)}{rng.choice(GOOD)}{rng.choice(ENDINGS)}")
    labels: dict[str, list[str]] = {}
    while len(texts) < 200:
        trait = rng.choice(TRAITS)
        deny = rng.choice(DENY)
        text = f"{deny} {trait}{rng.choice(DENY_TAIL)}"
        texts.add(text)
        # "I never said you were ..." answers an accusation; it is not validation.
        sound = trait in PERCEPTION and deny != "i never said you were"
        labels[text] = ["validation"] if sound else []
    for t in LOVING + DAILY:
        texts.add(t)
        texts.add(t.replace("you", "u").replace("your", "ur") + rng.choice(["", " 😊", " lol"]))
    rows = sorted(texts)
    rng.shuffle(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for n, text in enumerate(rows, 1):
            kinds = labels.get(text, [])
            row = {"id": f"neg-{n:04d}", "text": text, "kinds": kinds, "apology": []}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} messages to {OUT}")


if __name__ == "__main__":
    main()
