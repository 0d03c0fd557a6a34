from django.apps import AppConfig


class TalkConfig(AppConfig):
    name = "amends.talk"
    label = "talk"
