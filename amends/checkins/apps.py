from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "amends.checkins"
    label = "checkins"
