"""Where fiches come from: an official zip URL, a local zip, or a folder of XML files.

Each source yields `(name, bytes)` pairs for its XML files. Downloads go to a temporary file first, so an
interrupted transfer never reaches the parser; an unreachable URL raises `SourceError` with a French message
the command prints as is.
"""

from __future__ import annotations

import shutil
import tempfile
import urllib.error
import urllib.request
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

DOWNLOAD_TIMEOUT = 60


class SourceError(Exception):
    """A source could not be read at all (unreachable URL, missing path, corrupt zip)."""


@dataclass
class SourceFile:
    name: str
    data: bytes


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def download(url: str, directory: Path) -> Path:
    target = directory / "source.zip"
    try:
        with urllib.request.urlopen(url, timeout=DOWNLOAD_TIMEOUT) as response, target.open("wb") as out:  # noqa: S310
            shutil.copyfileobj(response, out)
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise SourceError(
            f"Impossible de télécharger {url} ({error}). Vérifiez la connexion, ou donnez un dossier ou un zip local "
            "(par exemple le dossier ../shared/data/service-public)."
        ) from error
    return target


def _zip_files(path: Path) -> Iterator[SourceFile]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise SourceError(f"Archive illisible : {path} ({error})") from error
    with archive:
        for info in archive.infolist():
            if not info.is_dir() and info.filename.lower().endswith(".xml"):
                yield SourceFile(name=f"{path.name}:{info.filename}", data=archive.read(info))


def _folder_files(path: Path) -> Iterator[SourceFile]:
    for file in sorted(path.rglob("*.xml")):
        yield SourceFile(name=str(file), data=file.read_bytes())


def count_files(source: str | Path) -> int | None:
    """How many XML files a local source holds (for the progress bar); None for a URL."""
    if isinstance(source, str) and is_url(source):
        return None
    path = Path(source)
    if path.is_dir():
        return sum(1 for _ in path.rglob("*.xml"))
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return sum(1 for name in archive.namelist() if name.lower().endswith(".xml"))
    return None


def iter_source(source: str | Path) -> Iterator[SourceFile]:
    """The XML files of one source, in a stable order."""
    if isinstance(source, str) and is_url(source):
        with tempfile.TemporaryDirectory(prefix="guichet-ingest-") as tmp:
            yield from _zip_files(download(source, Path(tmp)))
        return
    path = Path(source)
    if path.is_dir():
        yield from _folder_files(path)
    elif path.is_file() and path.suffix.lower() == ".xml":
        yield SourceFile(name=str(path), data=path.read_bytes())
    elif path.is_file():
        yield from _zip_files(path)
    else:
        raise SourceError(f"Source introuvable : {source}")
