from django.db import models


class Resource(models.Model):
    """A place to get help, set by the organisation that hosts this instance."""

    name = models.CharField(max_length=120)
    how_to_reach = models.CharField(
        max_length=200, help_text="A phone number, a text code, or opening hours."
    )
    url = models.URLField(blank=True)
    region = models.CharField(max_length=60, blank=True, help_text="Country or area it serves.")
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name
