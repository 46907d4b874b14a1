"""Errors displayed to the user.

Every failure a user can cause or meet (bad input, a malformed corpus file, a missing index)
is one of these. The CLI turns them into one clean line and an exit code; the web app and the
JSON outputs turn them into one error shape: {"ok": false, "error": ..., "status": ...}.
"""

from __future__ import annotations

import sys
from functools import wraps


class VettedError(Exception):
    """Base class: a message fit to show a user, plus the exit code / HTTP-ish status."""

    exit_code = 1
    status = 500

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def to_json(self) -> dict:
        return {"ok": False, "error": self.message, "status": self.status}


class UsageError(VettedError):
    """The user asked for something malformed (empty question, unknown option value)."""

    exit_code = 2
    status = 400


class CorpusError(VettedError):
    """A corpus or help-directory file is malformed; the message names the file and the field."""

    exit_code = 1
    status = 422


class IndexMissingError(VettedError):
    """No built index where one is needed; the message says how to build it."""

    exit_code = 1
    status = 503


class IndexBuildError(VettedError):
    """The index build failed; the previous index (if any) is untouched."""

    exit_code = 1
    status = 500


class FetchError(VettedError):
    """A URL or file could not be fetched or extracted for `vetted corpus add`."""

    exit_code = 1
    status = 502


def user_errors(func):
    """Decorator for CLI commands: a VettedError becomes one clean line on stderr and its exit code."""

    @wraps(func)
    def wrapper(*args, **kwargs):
        import click

        try:
            return func(*args, **kwargs)
        except VettedError as exc:
            click.echo(f"Error: {exc.message}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)

    return wrapper
