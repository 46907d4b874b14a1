from __future__ import annotations

import pytest

from bot.errors import UsageError
from bot.settings import PROJECT_ROOT, SETTINGS, load_settings

pytestmark = pytest.mark.unit


def test_every_setting_is_documented_in_the_readme():
    readme = (PROJECT_ROOT / "README.md").read_text()
    for setting in SETTINGS:
        assert f"`{setting.env}`" in readme, setting.env
        assert setting.help in readme, setting.env


def test_environment_overrides_defaults(monkeypatch):
    monkeypatch.setenv("VETTED_TOP_K", "9")
    monkeypatch.setenv("VETTED_JURISDICTION", "AU")
    settings = load_settings()
    assert settings.top_k == 9 and settings.default_jurisdiction == "AU"


@pytest.mark.parametrize(("env", "value"), [("VETTED_TOP_K", "0"), ("VETTED_EMBEDDER", "gpt"),
                                            ("VETTED_JURISDICTION", "XX")])
def test_invalid_values_name_the_variable(monkeypatch, env, value):
    monkeypatch.setenv(env, value)
    with pytest.raises(UsageError, match=env):
        load_settings()
