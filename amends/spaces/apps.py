from django.apps import AppConfig


class SpacesConfig(AppConfig):
    name = "amends.spaces"
    label = "spaces"
