"""One exception tree; the CLI turns every CheckerError into exit code 2."""

from __future__ import annotations


class CheckerError(Exception):
    """Base of every error the checker raises on purpose.

    The message must say which file, what is wrong and what to do next.
    """


class InputError(CheckerError):
    """A path, file or feed that cannot be read as reports."""


class ConfigError(CheckerError):
    """A setting or option with a value the checker cannot use."""


class OutputError(CheckerError):
    """The output folder cannot be written."""


class ModelError(CheckerError):
    """The embedding model or the spaCy pipeline cannot be loaded offline."""
