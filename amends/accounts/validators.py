from django.core.exceptions import ValidationError

from amends.core.limits import PASSWORD_MAX


class MaximumLengthValidator:
    """Hashing a huge password costs real CPU; refuse it politely instead."""

    def validate(self, password: str, user: object = None) -> None:
        if len(password) > PASSWORD_MAX:
            raise ValidationError(
                f"Please use a password of at most {PASSWORD_MAX} characters.",
                code="password_too_long",
            )

    def get_help_text(self) -> str:
        return f"At most {PASSWORD_MAX} characters."
