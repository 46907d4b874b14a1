"""Integration tests use the session fixtures of tests/fixtures_shipped.py (registered in
tests/conftest.py); `run_cli` is re-exported here for the tests that import it from this path."""

from tests.fixtures_shipped import run_cli  # noqa: F401
