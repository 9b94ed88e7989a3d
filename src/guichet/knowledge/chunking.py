"""Cut a parsed fiche into search chunks by structure, never by a fixed window.

A chunk is the content under one heading path ("Carte d'identité > Demande en France > Coût"): consecutive blocks
with the same path are merged, tables and glossary entries stay on their own, and only an oversized section is
split (at block, then line, then sentence boundaries) so that every piece still carries its full path, and
every piece of a table its header row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guichet.knowledge.fiches import Block, ParsedFiche

MAX_CHARS = 1200
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
MERGEABLE = {"text", "callout"}


@dataclass
class ChunkData:
    position: int
    heading: str
    kind: str
    text: str


def heading_of(path: list[str]) -> str:
    return " > ".join(part for part in path if part)


def _pieces(text: str, limit: int) -> list[str]:
    """Split one long text at line, then sentence boundaries into pieces of at most about `limit` characters."""
    if len(text) <= limit:
        return [text]
    units: list[str] = []
    for line in text.split("\n"):
        units.extend(_SENTENCE_END.split(line) if len(line) > limit else [line])
    pieces: list[str] = []
    current = ""
    for unit in units:
        if current and len(current) + len(unit) + 1 > limit:
            pieces.append(current)
            current = unit
        else:
            current = f"{current}\n{unit}" if current else unit
    if current:
        pieces.append(current)
    return pieces


def _groups(blocks: list[Block]) -> list[tuple[list[str], str, list[str]]]:
    """Merge consecutive blocks that share a heading path (and a mergeable kind)."""
    groups: list[tuple[list[str], str, list[str]]] = []
    for block in blocks:
        kind = "text" if block.kind in MERGEABLE else block.kind
        if groups and groups[-1][0] == block.path and groups[-1][1] == kind and kind in {"text", "intro"}:
            groups[-1][2].append(block.text)
        else:
            groups.append((block.path, kind, [block.text]))
    return groups


def chunk_fiche(fiche: ParsedFiche) -> list[ChunkData]:
    chunks: list[ChunkData] = []

    def add(heading: str, kind: str, text: str) -> None:
        pieces = _pieces(text, MAX_CHARS)
        if kind == "table" and len(pieces) > 1:
            # Every piece of a long table keeps the header row: "1961 à 1963 | 168" means nothing without it.
            header = text.split("\n", 1)[0]
            pieces = pieces[:1] + [p if p.startswith(header) else f"{header}\n{p}" for p in pieces[1:]]
        for piece in pieces:
            chunks.append(ChunkData(position=len(chunks), heading=heading, kind=kind, text=piece))

    # The summary chunk has no heading: it is shown under the fiche title, and the index adds the title to it.
    add("", "summary", fiche.description or fiche.title)
    for path, kind, texts in _groups(fiche.blocks):
        heading = heading_of(path) or ("Introduction" if kind == "intro" else "")
        current: list[str] = []
        size = 0
        for text in texts:
            if current and size + len(text) > MAX_CHARS:
                add(heading, kind, "\n".join(current))
                current, size = [], 0
            current.append(text)
            size += len(text) + 1
        if current:
            add(heading, kind, "\n".join(current))
    services = [r for r in fiche.resources if r.kind in {"service", "form"}]
    if services:
        lines = [f"- {r.title}" + (f" (Cerfa {r.cerfa})" if r.cerfa else "") for r in services]
        add("Services en ligne et formulaires", "resource", "\n".join(lines))
    return chunks
