"""The on-disk cache of compiled regular expressions (`guichet.text.regex_cache`, forty-fourth pass, issue 13).

A pattern served from the cache must be the pattern `re` compiles (equal code, same matches), start-up patterns are
kept for the next run and later ones are not, and a bad or foreign file only means no cache."""

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from guichet.text import regex_cache

# patterns of the kinds the layers compile: named groups, inline and global flags, classes, look-arounds, bytes
PROBES: list[tuple[str | bytes, int]] = [
    (r"(?P<ctx>n°\s*allocataire)\s*:?\s*(?P<pii>\d{7})", 0),
    (r"(?i)\b(?:je m['’ ]?appelle|mon nom est)\s+(?P<name>[A-ZÉÈ][a-zéèêëïîôûç\-]+)", 0),
    (r"^De\s*:\s*(.+?)\s*<([^>@\s]+@[^>\s]+)>$", re.MULTILINE),
    (r"(?<![0-9A-Za-z])0[1-9](?:[ .\-]?\d{2}){4}(?![0-9A-Za-z])", 0),
    (r"envoyé\s*:.*?objet\s*:", re.IGNORECASE | re.DOTALL),
    (r"[ſs]tra[ßs]{1,2}e|ΣΑΣ", re.IGNORECASE),
    (r"(a)(b)?(?(2)c|d)\1", 0),
    (rb"\x00[\x01-\x7f]+", 0),
    (r"\w+(?=@)", re.ASCII),
]
TEXTS = [
    "Mon n° allocataire : 4417823, je m'appelle Karine.",
    "De : Karine Vasseur <karine.vasseur62@orange.fr>\nEnvoyé : mardi\nObjet : TR",
    "Tél. 06 71 24 88 13 ou 0320556109, STRASSE, straße, ΣΑΣ σας",
    "abca abda acd",
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(regex_cache, "ENABLED", True)  # shipped off (the lead, forty-fourth pass): tested on
    path = regex_cache.path_for(tmp_path)
    regex_cache.uninstall()
    re.purge()
    yield path
    regex_cache.uninstall()
    re.purge()


def _matches(pattern: re.Pattern) -> list:
    if isinstance(pattern.pattern, bytes):
        return [m.span() for m in pattern.finditer(b"\x00abc\x00\x80")]
    return [(m.span(), m.groups(), m.groupdict()) for text in TEXTS for m in pattern.finditer(text)]


def _fresh(pattern: str | bytes, flags: int) -> re.Pattern:
    regex_cache.uninstall()
    re.purge()
    return re.compile(pattern, flags)


def test_compiled_and_cached_patterns_equal_re_s_own(cache: Path) -> None:
    expected = [_fresh(p, f) for p, f in PROBES]
    re.purge()
    assert regex_cache.install(cache)
    first = [re.compile(p, f) for p, f in PROBES]
    regex_cache.finish()
    assert cache.exists()
    regex_cache.uninstall()
    re.purge()
    assert regex_cache.install(cache)  # a second run: every probe is read from the file
    second = [re.compile(p, f) for p, f in PROBES]
    assert sorted(regex_cache.stored(), key=repr) == sorted(((p, int(f)) for p, f in PROBES), key=repr)
    for want, one, two in zip(expected, first, second, strict=True):
        assert one == want and two == want  # `==` compares the pattern, the flags and the compiled code
        assert (one.flags, one.groups, dict(one.groupindex)) == (want.flags, want.groups, dict(want.groupindex))
        assert (two.flags, two.groups, dict(two.groupindex)) == (want.flags, want.groups, dict(want.groupindex))
        assert _matches(one) == _matches(want) == _matches(two)


def test_patterns_compiled_after_start_up_are_not_kept(cache: Path) -> None:
    regex_cache.install(cache)
    re.compile(r"start-up pattern \d+")
    regex_cache.finish()
    later = re.compile(r"a pattern built from a message: Vasseur|Lenfant")
    assert later.search("M. Lenfant").group() == "Lenfant"
    regex_cache.uninstall()
    regex_cache.install(cache)
    assert regex_cache.stored() == [(r"start-up pattern \d+", 0)]


def test_an_unchanged_start_up_does_not_rewrite_the_file(cache: Path) -> None:
    regex_cache.install(cache)
    re.compile(r"kept \w+")
    regex_cache.finish()
    written = cache.stat().st_mtime_ns
    regex_cache.uninstall()
    re.purge()
    regex_cache.install(cache)
    re.compile(r"kept \w+")
    regex_cache.finish()
    assert cache.stat().st_mtime_ns == written


def test_a_damaged_or_foreign_file_means_no_cache(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache.write_bytes(b"not a cache at all")
    assert regex_cache.install(cache)
    assert regex_cache.stored() == []
    assert re.compile(r"(?P<pii>\d{7})").search("n° 4417823").group("pii") == "4417823"
    regex_cache.finish()  # the damaged file is replaced by this run's patterns
    regex_cache.uninstall()
    assert regex_cache.install(cache) and regex_cache.stored() == [(r"(?P<pii>\d{7})", 0)]
    regex_cache.uninstall()
    monkeypatch.setattr(sys, "version", "another Python build")
    regex_cache.install(cache)
    assert regex_cache.stored() == []


def test_the_switch_off_leaves_re_alone(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "ENABLED", False)
    assert not regex_cache.install(cache)
    assert not regex_cache.installed()
    re.compile(r"nothing kept \d")
    regex_cache.finish()
    assert not cache.exists()


def test_debug_patterns_go_through_re(cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    regex_cache.install(cache)
    pattern = re.compile(r"ab", re.DEBUG)
    assert "LITERAL" in capsys.readouterr().out
    assert pattern.match("ab")
    regex_cache.finish()
    regex_cache.uninstall()
    regex_cache.install(cache)
    assert not any(flags & re.DEBUG for _pattern, flags in regex_cache.stored())


def test_the_cache_ships_off() -> None:
    """The lead shipped the cache off (forty-fourth pass): it replaces the standard library's private regex compiler
    process-wide for 1.2 s of CPU at the start of one command; `re` is left alone unless a deployment turns it on."""
    assert regex_cache.ENABLED is False
