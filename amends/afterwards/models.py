"""The path's steps after atonement, for one breach (docs/afterwards.md).

* `Part`: one partner's part of a step: *what happened between us* (feelings, realities,
  what it touched in me, my own part, one thing I'd do differently), *what made us
  vulnerable*, *asking for comfort* (the hurt partner's ask) and the other's answer to it.
  Private while it is a draft; its author shares it when ready.
* `Bid`: turning toward: a small bid, an appreciation or a ritual of connection, private or
  shared with the partner.
* `Closeness`: whether this person wants a paced plan for physical closeness. Always private:
  the plan opens only when both have said yes, so nobody learns the other's "not yet".

Every word and choice a person gives is sealed (amends.core.fields).
"""

from django.db import models

from amends.core.fields import EncryptedBooleanField, EncryptedTextField
from amends.spaces.visibility import SpaceItem


class Step(models.TextChoices):
    BETWEEN_US = "between_us", "What happened between us"
    VULNERABLE = "vulnerable", "What made us vulnerable"
    COMFORT = "comfort", "Asking for comfort"
    TURNING = "turning", "Turning toward"


class PartKind(models.TextChoices):
    """What a `Part` is (the structure of the step, not anyone's words)."""

    BETWEEN_US = "between_us", "What happened between us"
    VULNERABLE = "vulnerable", "What made us vulnerable"
    COMFORT_ASK = "comfort_ask", "The comfort I needed"
    COMFORT_ANSWER = "comfort_answer", "My answer"


class BidKind(models.TextChoices):
    BID = "bid", "A small bid"
    APPRECIATION = "appreciation", "Something I appreciate"
    RITUAL = "ritual", "A ritual of connection"


class Part(SpaceItem):
    """One partner's part of one step on one breach's path (one each, changed in place)."""

    breach = models.ForeignKey("repair.Breach", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=16, choices=PartKind.choices)
    # What happened between us: the aftermath conversation, in five prompts.
    feelings = EncryptedTextField(blank=True)
    realities = EncryptedTextField(blank=True)
    touched = EncryptedTextField(blank=True)
    own_part = EncryptedTextField(blank=True)
    differently = EncryptedTextField(blank=True)
    # The other steps: one piece of writing.
    text = EncryptedTextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["breach", "author", "kind"], name="one_afterwards_part_each"
            )
        ]

    def __str__(self) -> str:
        return f"Part {self.pk}"


class Bid(SpaceItem):
    """Turning toward: one small bid, appreciation or ritual."""

    breach = models.ForeignKey("repair.Breach", on_delete=models.CASCADE, related_name="+")
    kind = EncryptedTextField(choices=BidKind.choices)
    text = EncryptedTextField()

    class Meta:
        indexes = [models.Index(fields=["breach", "-created_at"])]

    def __str__(self) -> str:
        return f"Bid {self.pk}"

    @property
    def kind_label(self) -> str:
        return str(BidKind(self.kind).label) if self.kind in BidKind.values else "Something"


class Closeness(SpaceItem):
    """Whether `author` wants the paced plan for physical closeness. Private, always."""

    breach = models.ForeignKey("repair.Breach", on_delete=models.CASCADE, related_name="+")
    wants = EncryptedBooleanField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["breach", "author"], name="one_closeness_each")
        ]

    def __str__(self) -> str:
        return f"Closeness {self.pk}"
