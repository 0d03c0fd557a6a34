from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "amends.safety"
    label = "safety"
