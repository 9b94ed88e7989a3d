"""Compiled regular expressions kept on disk between runs of a command: its start-up does not compile them again.

A run of `guichet pseudonymize` compiles some 3,600 regular expressions before its first message (the vocabularies
of the knowledge, drafting and privacy layers, imported by Django's app registry, and the recognisers): about 2.7 s
of CPU, a third of its start-up on the 2-core VM (forty-fourth pass, issue 13). Python's `re` keeps them in memory
only. `install(path)` puts a cache in front of `re`'s compiler: the arguments that `re` hands to `_sre.compile` (the
pattern, its final flags, its compiled code, its groups) are read from `path` when the same pattern with the same
flags was compiled by a previous run, and computed as `re` computes them otherwise. The pattern object is built from
the same arguments either way: equal (`==` compares the code) to the one `re.compile` returns, so every match is the
same. `finish()` writes the patterns compiled so far, once start-up is over (patterns built later from a message's
own words are not kept), and stops recording.

The file is keyed by the Python build and `_sre`'s magic number: another Python ignores it. A file that cannot be
read or written only means no cache; a pattern compiled with `re.DEBUG`, or a Python whose compiler is not shaped
as 3.11–3.13's, goes through `re` untouched.
"""

from __future__ import annotations

import _sre
import contextlib
import marshal
import os
import sys
import tempfile
import threading
from array import array
from pathlib import Path

try:  # the compiler of the standard `re` module (private, but stable across 3.11–3.13)
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: no cache
    _compiler = None  # type: ignore[assignment]
    _parser = None  # type: ignore[assignment]

__all__ = ["ENABLED", "finish", "install", "installed", "path_for", "stored", "uninstall"]

ENABLED = False
"""Keep compiled regular expressions between runs of the commands that install the cache (`guichet.cli`); off, every
run compiles them as before. The same patterns either way; measured in docs/benchmarks.md (forty-fourth pass).
Shipped off by the lead: it swaps the standard library's private regex compiler process-wide, and bytecode read from
a file in the data folder reaches `_sre`, for 1.2 s of CPU at the start of one command (throughput unchanged)."""

# the most patterns a run records: past this a process is compiling patterns of its own data, not its start-up's
MAX_ENTRIES = 20_000

_Key = tuple[type, str | bytes, int]
_Args = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_Stored = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
# the code kept as the bytes of an array of `_sre`'s code words: read back in one C call, not one int at a time
_WORD = next(kind for kind in "IL" if array(kind).itemsize == _sre.CODESIZE)

_lock = threading.Lock()
_state: dict[str, object] = {}
_entries: dict[_Key, _Stored] = {}  # read from the file
_used: dict[_Key, _Args] = {}  # compiled or read in this run, while recording


def _tag() -> str:
    return f"{sys.version}|{sys.implementation.cache_tag}|{_sre.MAGIC}|{_sre.CODESIZE}"


def path_for(folder: Path) -> Path:
    """The cache file in `folder` for this Python."""
    name = sys.implementation.cache_tag or "python"
    return folder / f"regex-{name}.marshal"


def _supported() -> bool:
    return (
        _compiler is not None
        and (3, 11) <= sys.version_info[:2] <= (3, 13)
        and hasattr(_compiler, "_code")
        and hasattr(_compiler, "isstring")
    )


def installed() -> bool:
    """Whether the cache is in front of `re`'s compiler in this process."""
    return "original" in _state


def install(path: Path) -> bool:
    """Put the cache in front of `re`'s compiler, reading what earlier runs wrote to `path`; False when off."""
    if not ENABLED or not _supported() or installed():
        return False
    _entries.update(_read(path))
    _state["path"] = path
    _state["original"] = _compiler.compile
    _state["recording"] = True
    _compiler.compile = _compile
    return True


def finish() -> None:
    """Start-up is over: write this run's patterns if any was new, stop recording (the cache still serves)."""
    if not installed() or not _state.get("recording"):
        return
    with _lock:
        _state["recording"] = False
        new = any(key not in _entries for key in _used)
        unused = len(_entries) - sum(1 for key in _used if key in _entries)
        if new or unused:
            _write(_state["path"], dict(_used))  # type: ignore[arg-type]
        _used.clear()


def stored() -> list[tuple[str | bytes, int]]:
    """The patterns (with their flags) read from the file when the cache was installed."""
    return [(pattern, flags) for _kind, pattern, flags in _entries]


def uninstall() -> None:
    """Put `re`'s own compiler back (tests)."""
    if installed():
        _compiler.compile = _state.pop("original")
    _state.clear()
    _entries.clear()
    _used.clear()


def _compile(p, flags=0):  # noqa: ANN001, ANN202 - `re._compiler.compile`'s own signature
    original = _state.get("original")
    if original is None or not _compiler.isstring(p) or flags & _compiler.SRE_FLAG_DEBUG:
        return (original or _compiler.compile)(p, flags)  # type: ignore[operator]
    key = (type(p), p, flags)
    stored = _entries.get(key)
    if stored is None:
        args = _arguments(p, flags)
    else:
        args = (stored[0], array(_WORD, stored[1]).tolist(), *stored[2:])
    if _state.get("recording") and len(_used) < MAX_ENTRIES:
        with _lock:
            _used[key] = args
    final_flags, code, groups, groupindex, indexgroup = args
    return _sre.compile(p, final_flags, code, groups, groupindex, indexgroup)


def _arguments(pattern: str | bytes, flags: int) -> _Args:
    """What `re._compiler.compile` hands to `_sre.compile`, computed as it does."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # the opcodes are `int` subclasses, which `marshal` refuses: plain ints, the same values for `_sre.compile`
    final_flags = int(flags | parsed.state.flags)
    return final_flags, [int(op) for op in code], parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _read(path: Path) -> dict[_Key, _Stored]:
    try:
        with open(path, "rb") as file:
            tag, rows = marshal.load(file)
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if tag != _tag():
        return {}
    kinds = {0: str, 1: bytes}
    try:
        return {(kinds[kind], pattern, flags): tuple(args) for kind, pattern, flags, args in rows}  # type: ignore[misc]
    except (KeyError, TypeError, ValueError):
        return {}


def _write(path: Path, entries: dict[_Key, _Args]) -> None:
    rows = [
        (0 if kind is str else 1, pattern, flags, (args[0], array(_WORD, args[1]).tobytes(), *args[2:]))
        for (kind, pattern, flags), args in entries.items()
    ]
    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as file:
                marshal.dump((_tag(), rows), file)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
