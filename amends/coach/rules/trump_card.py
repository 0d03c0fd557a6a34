"""Trump cards: bringing a forgiven breach back as a weapon in a later argument.

They are not found by word rules: ``breaches.py`` reads the forgiven breaches the app
passes in, finds where the message mentions one, and flags it only when the sentence
around it scores points ("at least I didn't ...", "after what you did ...") or already
attacks. Such flags carry ``rule_id = "trump_card.breach"``. A calm "it still hurts, can
we talk about it" is left alone.
"""

KIND = "trump_card"

RULES: list[dict[str, object]] = []
