from django.apps import AppConfig


class RepairConfig(AppConfig):
    name = "amends.repair"
    label = "repair"
