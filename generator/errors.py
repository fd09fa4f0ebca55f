"""The generator's exceptions. Only the CLI turns them into messages and exit codes."""
from __future__ import annotations

from pathlib import Path


class GeneratorError(Exception):
    """A problem the user can fix; printed as ``Error: …`` without a traceback."""


class InputError(GeneratorError):
    """A writer's file is malformed: names the file, the line and what was expected."""

    def __init__(self, path: Path | str, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")

    def __reduce__(self):
        """Rebuilt from its own arguments when it crosses from a worker process (generator/parallel.py)."""
        return type(self), (self.path, self.message, self.line)


class ConfigError(InputError):
    """The generator configuration is invalid."""


class OwnershipError(GeneratorError):
    """The writer refuses to touch a file the generator does not own."""


class BuildError(GeneratorError):
    """MkDocs or the link checker failed."""
