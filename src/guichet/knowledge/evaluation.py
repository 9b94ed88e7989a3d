"""Retrieval evaluation: hit@k and MRR of the search over a set of messages or questions with gold fiches.

Formats read: citizen messages (`title` + `message`, gold `fiche_ids`, optional `kind` and `administration`: the
corpora of `corpora/retrieval/` and `../shared/data/eval-dev/`) and PIAF questions (`question`, gold
`reference_fiche_ids`). `path` is a JSONL file or a corpus folder (every `*.jsonl` in it; `split` keeps one split
of `guichet.corpora`). A hit at k means any gold fiche is among the first k results. When the items have a `kind`,
`metrics["by_kind"]` gives the same metrics per kind.

Items with no gold fiche (an out-of-scope message: a cake recipe, crypto advice) cannot be a hit or a miss: hit@k,
MRR and `n` count the items with a gold fiche only (per kind too), and `metrics["no_gold"]` reports the others apart
(fourteenth pass; before it they counted as misses): how many, and how confident the search was about its first
fiche for them — `empty` (nothing returned: nothing left to search once greetings and noise are set aside),
`weak_scores` (the first fiche's `dense_score` and `lexical_score` both under the drafting's coverage floors
GUICHET_DRAFT_MIN_DENSE / GUICHET_DRAFT_MIN_LEXICAL: the draft would say the sources do not cover the message),
`close_margin` (the first fiche leads the next by under `CLOSE_MARGIN`, a coin toss between neighbours),
`outside` (thirty-second pass: every ask is a request no fiche answers, `FicheHit.outside`: a product to choose, an
opinion, a recipe…) and `confident` (none of these). BM25 mode has no such scores: only `n` and `empty`.
`by_kind[kind]["no_gold"]` counts
them per kind when there are any.

Mode `bm25` is the reference: plain BM25 over whole fiches with the raw message (`guichet.knowledge.baseline`).
"""

from __future__ import annotations

import json
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from django.conf import settings

from guichet.corpora import read_corpus
from guichet.knowledge.baseline import bm25_whole_fiches
from guichet.knowledge.progress import progress_bar
from guichet.knowledge.search import MODES, FicheHit, search

CUTOFFS = (1, 3, 5, 10)
EVAL_MODES = (*MODES, "bm25")
# Under this lead over the next fiche the first one is a close call (see `FicheHit.margin` and docs/benchmarks.md,
# "Knowledge base": right about half the time on messages with a gold fiche). The drafting's CLOSE_MARGIN.
CLOSE_MARGIN = 1.0


@dataclass
class EvalItem:
    id: str
    query: str
    gold: list[str]
    kind: str = ""
    administration: str = ""


def _item(row: dict, number: int, path: str | Path) -> EvalItem:
    if "message" in row:
        return EvalItem(
            id=row.get("id", str(number)),
            query=f"{row.get('title', '')}\n{row['message']}".strip(),
            gold=list(row.get("fiche_ids", [])),
            kind=row.get("kind", ""),
            administration=row.get("administration", ""),
        )
    if "question" in row:
        return EvalItem(
            id=row.get("id", str(number)), query=row["question"], gold=list(row.get("reference_fiche_ids", []))
        )
    raise ValueError(f"{path}:{number}: ni `message` ni `question`")


def load_items(path: str | Path, *, kinds: list[str] | None = None, split: str | None = None) -> list[EvalItem]:
    path = Path(path)
    if path.is_dir():
        items = [_item(row, number, path) for number, row in enumerate(read_corpus(path, split=split), 1)]
    else:
        if split is not None:
            raise ValueError("--split ne s'applique qu'à un dossier de corpus (corpora/…)")
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        items = [_item(row, number, path) for number, row in enumerate(rows, 1)]
    return [item for item in items if not kinds or item.kind in kinds]


def metrics(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks)
    out: dict[str, float] = {}
    for cutoff in CUTOFFS:
        out[f"hit@{cutoff}"] = round(sum(1 for r in ranks if r is not None and r <= cutoff) / n, 4) if n else 0.0
    out["mrr"] = round(sum(1.0 / r for r in ranks if r is not None) / n, 4) if n else 0.0
    out["n"] = n
    return out


def _ranked(item: EvalItem, depth: int, mode: str) -> tuple[list[str], FicheHit | None]:
    """The fiche ids, best first, and the first hit (None in BM25 mode or when nothing came back)."""
    if mode == "bm25":
        return bm25_whole_fiches(item.query, k=depth), None
    hits = search(item.query, k=depth, mode=mode, administration=item.administration)
    return [hit.fiche_id for hit in hits], (hits[0] if hits else None)


def _confidence(ranked: list[str], top: FicheHit | None, mode: str) -> str:
    """How sure the search was of its first fiche: empty, weak_scores, close_margin, outside, confident ('' in BM25
    mode)."""
    if not ranked:
        return "empty"
    if mode == "bm25" or top is None:
        return ""
    weak_dense = top.dense_score < settings.GUICHET_DRAFT_MIN_DENSE
    if weak_dense and top.lexical_score < settings.GUICHET_DRAFT_MIN_LEXICAL:
        return "weak_scores"
    if len(ranked) > 1 and top.margin < CLOSE_MARGIN:
        return "close_margin"
    if top.outside:
        return "outside"
    return "confident"


def no_gold_metrics(confidences: list[str], mode: str) -> dict[str, int]:
    """The items with no gold fiche: how many, and how the search's first fiche looked for them."""
    out = {"n": len(confidences), "empty": confidences.count("empty")}
    if mode != "bm25":
        for name in ("weak_scores", "close_margin", "outside", "confident"):
            out[name] = confidences.count(name)
    return out


def evaluate(
    items: list[EvalItem], *, k: int = 5, mode: str = "hybrid", stream: TextIO | None = None, progress: bool = True
) -> dict:
    if mode not in EVAL_MODES:
        raise ValueError(f"mode must be one of {EVAL_MODES}, not {mode!r}")
    depth = max(k, max(CUTOFFS))
    results, ranks, timings = [], [], []
    by_kind: dict[str, list[int | None]] = defaultdict(list)
    no_gold: list[str] = []
    no_gold_by_kind: dict[str, int] = defaultdict(int)
    started = time.perf_counter()
    with progress_bar(stream, enabled=progress and stream is not None) as bar:
        task = bar.add_task("Évaluation", total=len(items))
        for item in items:
            start = time.perf_counter()
            ranked, top = _ranked(item, depth, mode)
            timings.append((time.perf_counter() - start) * 1000)
            rank = next((i for i, fiche_id in enumerate(ranked, 1) if fiche_id in item.gold), None)
            if item.gold:
                ranks.append(rank)
                if item.kind:
                    by_kind[item.kind].append(rank)
            else:  # nothing to hit: reported apart, never a miss
                no_gold.append(_confidence(ranked, top, mode))
                if item.kind:
                    no_gold_by_kind[item.kind] += 1
                    by_kind.setdefault(item.kind, [])
            results.append({"id": item.id, "gold": item.gold, "ranked": ranked[:k], "rank": rank})
            bar.advance(task)
    report = {"metrics": metrics(ranks), "items": results}
    report["metrics"]["no_gold"] = no_gold_metrics(no_gold, mode)
    report["metrics"]["seconds"] = round(time.perf_counter() - started, 2)
    if timings:
        timings.sort()
        report["metrics"]["p50_ms"] = round(statistics.median(timings), 1)
        report["metrics"]["p95_ms"] = round(timings[int(0.95 * (len(timings) - 1))], 1)
    if by_kind:
        report["metrics"]["by_kind"] = {kind: metrics(by_kind[kind]) for kind in sorted(by_kind)}
        for kind, count in no_gold_by_kind.items():
            report["metrics"]["by_kind"][kind]["no_gold"] = count
    return report


def run_retrieval_eval(
    path: str | Path,
    k: int = 5,
    mode: str = "hybrid",
    json_out: bool = False,
    stdout: TextIO | None = None,
    *,
    kinds: list[str] | None = None,
    split: str | None = None,
    progress: bool = True,
) -> dict:
    """Evaluate retrieval on `path` and print the metrics (or the full JSON report) to `stdout`."""
    items = load_items(path, kinds=kinds, split=split)
    report = evaluate(items, k=k, mode=mode, stream=stdout if progress and not json_out else None)
    if stdout is not None:
        if json_out:
            stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        else:
            m = report["metrics"]
            name = Path(path).name + (f" [{split}]" if split else "")
            stdout.write(
                f"{name} ({mode}, n={m['n']}) : hit@1 {m['hit@1']:.3f}  hit@3 {m['hit@3']:.3f}  "
                f"hit@5 {m['hit@5']:.3f}  hit@10 {m['hit@10']:.3f}  MRR {m['mrr']:.3f}\n"
            )
            if m["no_gold"]["n"]:
                apart = ", ".join(f"{name} {count}" for name, count in m["no_gold"].items() if name != "n")
                stdout.write(f"  sans fiche attendue (hors des hit@k) : {m['no_gold']['n']} ({apart})\n")
            for kind, km in m.get("by_kind", {}).items():
                stdout.write(
                    f"  {kind:<13} n={km['n']:<3} hit@1 {km['hit@1']:.3f}  hit@5 {km['hit@5']:.3f}  "
                    f"MRR {km['mrr']:.3f}"
                    + (f"  (+{km['no_gold']} sans fiche attendue)" if km.get("no_gold") else "")
                    + "\n"
                )
    return report
