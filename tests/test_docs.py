"""The README stays in step with the CLI and the contract."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from checker.cli import cli

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["check", "claims", "eval"])
def test_every_option_of_a_command_is_in_the_readme(command: str) -> None:
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", result.output)) - {"--help"}
    missing = sorted(o for o in options if o not in README)
    assert missing == []


def test_readme_test_command_is_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    command = "pip install torch==2.13.0 && pip install -e '.[test]' && python -m pytest -q"
    assert command in README
    assert command in ci


def test_readme_documents_every_settings_field() -> None:
    from dataclasses import fields

    from checker.config import Settings

    source = (ROOT / "checker" / "config.py").read_text(encoding="utf-8")
    for f in fields(Settings):
        assert re.search(rf"#: .*\n(?:    #: .*\n)*    {f.name}:", source), f"{f.name} has no #: comment"
