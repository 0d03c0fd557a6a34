from django.apps import AppConfig


class TransparencyConfig(AppConfig):
    name = "amends.transparency"
    label = "transparency"
