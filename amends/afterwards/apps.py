from django.apps import AppConfig


class AfterwardsConfig(AppConfig):
    name = "amends.afterwards"
    label = "afterwards"
