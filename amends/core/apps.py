from django.apps import AppConfig


class CoreConfig(AppConfig):
    """What every app uses: the page cache, versions, one-time form tokens, forms, http."""

    name = "amends.core"
    label = "core"
