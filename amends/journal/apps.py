from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "amends.journal"
    label = "journal"
