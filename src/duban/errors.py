"""The one error type a user sees: a Chinese message naming the file, line or field at fault."""


class DubanError(Exception):
    """An error caused by the user's input, not by a bug; the CLI prints it and exits with code 2."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
