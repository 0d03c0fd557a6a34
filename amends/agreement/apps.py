from django.apps import AppConfig


class AgreementConfig(AppConfig):
    name = "amends.agreement"
    label = "agreement"
