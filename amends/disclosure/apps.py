from django.apps import AppConfig


class DisclosureConfig(AppConfig):
    name = "amends.disclosure"
    label = "disclosure"
