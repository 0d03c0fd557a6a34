from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "amends.accounts"
    label = "accounts"

    def ready(self) -> None:
        from . import audit, receivers

        audit.connect()
        receivers.connect()
