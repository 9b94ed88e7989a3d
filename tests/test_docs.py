"""Documentation that is tested: every environment variable read by settings.py is documented."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = ROOT / "src" / "guichet" / "settings.py"


def _variables() -> set[str]:
    return set(re.findall(r'env_\w+\("([A-Z_]+)"', SETTINGS.read_text()))


def test_every_setting_is_documented():
    documented = (ROOT / "docs" / "configuration.md").read_text()
    missing = sorted(name for name in _variables() if f"`{name}`" not in documented)
    assert not missing, f"document these variables in docs/configuration.md: {missing}"


def test_every_setting_is_in_env_example():
    example = (ROOT / ".env.example").read_text()
    missing = sorted(name for name in _variables() if f"{name}=" not in example)
    assert not missing, f"add these variables to .env.example: {missing}"


def test_readme_gives_the_two_commands():
    readme = (ROOT / "README.md").read_text()
    assert "make run" in readme and "make test" in readme
