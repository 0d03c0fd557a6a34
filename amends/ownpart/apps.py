from django.apps import AppConfig


class OwnpartConfig(AppConfig):
    name = "amends.ownpart"
    label = "ownpart"
