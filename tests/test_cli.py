import os
import subprocess
import sys

import pytest

from guichet.cli import COMMANDS, main


def test_help_lists_commands(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for name in ("quickstart", "serve", "worker", "import", "export", "createagent", "migrate"):
        assert name in out


def _run(*args: str, tmp_path) -> subprocess.CompletedProcess:
    env = {**os.environ, "GUICHET_DATA_DIR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "-m", "guichet.cli", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.mark.parametrize(
    "command", [c for c in COMMANDS if c in {"quickstart", "serve", "worker", "import", "export", "createagent"}]
)
def test_each_command_has_help(command, tmp_path):
    result = _run(command, "--help", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "usage" in result.stdout.lower()


def test_unknown_command_fails(tmp_path):
    result = _run("n-existe-pas", tmp_path=tmp_path)
    assert result.returncode != 0
    assert "Unknown command" in result.stderr or "inconnue" in result.stderr


def test_import_missing_file_exits_with_error(tmp_path):
    _run("migrate", "-v0", tmp_path=tmp_path)
    result = _run("import", str(tmp_path / "absent.csv"), tmp_path=tmp_path)
    assert result.returncode == 1
    assert "introuvable" in result.stderr
