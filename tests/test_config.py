"""Settings: defaults, then [tool.checker] in pyproject.toml, then options."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.config import Settings, load_settings
from checker.errors import ConfigError


def test_defaults_apply_when_no_pyproject(tmp_path: Path) -> None:
    settings = load_settings(None)
    assert settings.align_similarity == Settings().align_similarity


def test_tool_checker_table_overrides_defaults(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text("[tool.checker]\nalign-similarity = 0.7\ntop_k = 5\n", encoding="utf-8")
    settings = load_settings(config)
    assert settings.align_similarity == 0.7
    assert settings.top_k == 5


def test_options_override_the_table(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text("[tool.checker]\nfail_on = 'medium'\n", encoding="utf-8")
    assert load_settings(config, fail_on="high").fail_on == "high"


def test_unknown_setting_is_named_in_the_error(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text("[tool.checker]\nalign_similarty = 0.7\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="align_similarty"):
        load_settings(config)


def test_missing_config_file_given_explicitly_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        load_settings(tmp_path / "nope.toml")


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text("[tool.checker\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="pyproject.toml"):
        load_settings(config)


def test_fail_on_must_be_a_severity() -> None:
    with pytest.raises(ConfigError, match="fail_on"):
        load_settings(None, fail_on="urgent")
