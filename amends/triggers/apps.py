from django.apps import AppConfig


class TriggersConfig(AppConfig):
    name = "amends.triggers"
    label = "triggers"
