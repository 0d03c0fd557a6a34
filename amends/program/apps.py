from django.apps import AppConfig


class ProgramConfig(AppConfig):
    name = "amends.program"
    label = "program"
