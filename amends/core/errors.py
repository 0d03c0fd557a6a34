class ActionRefused(Exception):
    """An action that cannot happen as asked. The message is shown to the person as is,
    so it is written to them: plain, kind, and saying what they can do instead."""

    def __init__(self, message: str, code: str = "refused") -> None:
        super().__init__(message)
        self.message = message
        self.code = code
