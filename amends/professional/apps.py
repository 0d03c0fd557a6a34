from django.apps import AppConfig


class ProfessionalConfig(AppConfig):
    name = "amends.professional"
    label = "professional"
