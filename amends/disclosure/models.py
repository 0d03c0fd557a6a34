"""The account: one structured, honest telling of what happened, and the no-contact message.

* `DetailChoice`: the hurt partner's choice, made beforehand, of how much detail they want
  in each part of the account, and whether they want sexual specifics (off unless they ask).
  Private while they decide; shared with the partner, it opens the account to be shared.
* `Account`: the injuring partner's account of one breach. Private (a draft) until its
  writer shares it; each partner signs it off as complete, each with their own dated
  signature.
* `AccountPart`: one part of an account (when, who, what was hidden...). It has no audience
  of its own: it is seen by whoever may see its account (`item_via`).
* `NoContactMessage`: the message that ends contact with the affair partner, drafted by the
  injuring partner (private), shown to the hurt partner before it is sent outside the app
  (the app never sends it), who may suggest changes; recorded as sent, with the date.

What is told after both signed is a `repair.Disclosure` marked "told later": the same
trickle-truth record the questions and answers keep, so both say the same thing.

Every word and choice a person gives is sealed (amends.core.fields).
"""

import json
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone

from amends.core.fields import EncryptedBooleanField, EncryptedTextField
from amends.spaces.visibility import SpaceItem


class Part(models.TextChoices):
    """The parts of an account, in the order they are written and read."""

    WHEN = "when", "When it started, and how long it went on"
    WHO = "who", "Who it was with"
    HIDDEN = "hidden", "What was hidden, and how"
    COST = "cost", "Money and time it took"
    CONTACT = "contact", "What contact there still is"
    OTHER = "other", "Anything else"


# The question that guides each part, for the one writing it.
PROMPTS: dict[str, str] = {
    Part.WHEN: "When did it begin? How long did it go on? When did it end, if it has?",
    Part.WHO: "Who was it with? How do you know them? Your partner may know them too.",
    Part.HIDDEN: "What did you keep from your partner, and how? What did you say instead?",
    Part.COST: "What did it cost: money, gifts, trips, evenings, time away from home?",
    Part.CONTACT: "Is there still any contact, of any kind? Say plainly what there is.",
    Part.OTHER: "Is there anything else your partner would want to know, that you have "
    "not said yet?",
}


class Detail(models.TextChoices):
    """How much detail the hurt partner wants in one part."""

    OUTLINE = "outline", "The outline"
    SHOULD_KNOW = "should_know", "What you think I should know"
    EVERYTHING = "everything", "Everything I ask about"
    NOT_NOW = "not_now", "Leave this part out for now"


# The words the one writing reads for each choice.
DETAIL_FOR_WRITER: dict[str, str] = {
    Detail.OUTLINE: "Only the outline: the plain facts, short.",
    Detail.SHOULD_KNOW: "What you honestly think they should know.",
    Detail.EVERYTHING: "Everything they ask about, fully.",
    Detail.NOT_NOW: "They asked you to leave this part out for now.",
}


class DetailChoice(SpaceItem):
    """The hurt partner's choices for one breach's account. One row each; private until
    shared with the partner (then the partner sees them while writing)."""

    breach = models.ForeignKey("repair.Breach", on_delete=models.CASCADE, related_name="+")
    # JSON {part: detail}; sealed like any choice.
    levels = EncryptedTextField()
    sexual_specifics = EncryptedBooleanField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["breach", "author"], name="one_detail_choice_each")
        ]

    def __str__(self) -> str:
        return f"Detail choice {self.pk}"

    @property
    def level_map(self) -> dict[str, str]:
        try:
            loaded = json.loads(self.levels)
        except ValueError:
            return {}
        if not isinstance(loaded, dict):
            return {}
        return {p: str(loaded[p]) for p in Part.values if loaded.get(p) in Detail.values}

    def level(self, part: str) -> str:
        return self.level_map.get(part, Detail.SHOULD_KNOW)


class Account(SpaceItem):
    """The account of one breach, by its injuring partner. Private until shared."""

    breach = models.OneToOneField("repair.Breach", on_delete=models.CASCADE, related_name="+")
    writer_signed_at = models.DateTimeField(null=True, blank=True)
    reader_signed_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Account {self.pk}"

    @property
    def signed_off(self) -> bool:
        return self.writer_signed_at is not None and self.reader_signed_at is not None

    @property
    def signed_off_at(self) -> object:
        if not self.signed_off:
            return None
        return max(self.writer_signed_at, self.reader_signed_at)  # type: ignore[type-var]


class AccountPart(models.Model):
    """One part of an account; seen by whoever may see the account."""

    uid = models.UUIDField(default=uuid.uuid4, editable=False, unique=True)
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="parts")
    part = models.CharField(max_length=16, choices=Part.choices)
    text = EncryptedTextField()
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["account", "part"], name="one_account_part_each")
        ]

    def __str__(self) -> str:
        return f"Account part {self.pk}"

    @property
    def label(self) -> str:
        return str(Part(self.part).label) if self.part in Part.values else "A part"


class NoContactMessage(SpaceItem):
    """The message that ends contact, drafted by the injuring partner; the app never sends
    it. Shown to the hurt partner before it is sent; they may suggest other words."""

    breach = models.OneToOneField("repair.Breach", on_delete=models.CASCADE, related_name="+")
    text = EncryptedTextField()
    suggestion = EncryptedTextField(blank=True)
    suggested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    suggested_at = models.DateTimeField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"No-contact message {self.pk}"
