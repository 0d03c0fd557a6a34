from django.db import models


class Space(models.Model):
    """The seeded app's spaces table, read only: the anchor's one query."""

    created_at = models.DateTimeField()

    class Meta:
        managed = False
        db_table = "spaces_space"

    def __str__(self) -> str:
        return f"Space {self.pk}"
