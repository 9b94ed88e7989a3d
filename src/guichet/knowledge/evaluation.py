"""Retrieval evaluation: hit@k and MRR over the evaluation sets of ../shared/data/eval-dev/.

Two formats are read: citizen messages (`title` + `message`, gold `fiche_ids`, a `kind`) and PIAF questions
(`question`, gold `reference_fiche_ids`). A hit at k means any gold fiche is among the first k results.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from guichet.knowledge.progress import progress_bar
from guichet.knowledge.search import search

CUTOFFS = (1, 3, 5, 10)


@dataclass
class EvalItem:
    id: str
    query: str
    gold: list[str]
    kind: str = ""


def load_items(path: str | Path, *, kinds: list[str] | None = None) -> list[EvalItem]:
    items = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if "message" in row:
            item = EvalItem(
                id=row.get("id", str(number)),
                query=f"{row.get('title', '')}\n{row['message']}".strip(),
                gold=list(row.get("fiche_ids", [])),
                kind=row.get("kind", ""),
            )
        elif "question" in row:
            item = EvalItem(
                id=row.get("id", str(number)), query=row["question"], gold=list(row.get("reference_fiche_ids", []))
            )
        else:
            raise ValueError(f"{path}:{number}: ni `message` ni `question`")
        if not kinds or item.kind in kinds:
            items.append(item)
    return items


def metrics(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks)
    out: dict[str, float] = {}
    for cutoff in CUTOFFS:
        out[f"hit@{cutoff}"] = round(sum(1 for r in ranks if r is not None and r <= cutoff) / n, 4) if n else 0.0
    out["mrr"] = round(sum(1.0 / r for r in ranks if r is not None) / n, 4) if n else 0.0
    out["n"] = n
    return out


def evaluate(
    items: list[EvalItem], *, k: int = 5, mode: str = "hybrid", stream: TextIO | None = None, progress: bool = True
) -> dict:
    depth = max(k, max(CUTOFFS))
    results, ranks = [], []
    started = time.perf_counter()
    with progress_bar(stream, enabled=progress and stream is not None) as bar:
        task = bar.add_task("Évaluation", total=len(items))
        for item in items:
            ranked = [hit.fiche_id for hit in search(item.query, k=depth, mode=mode)]
            rank = next((i for i, fiche_id in enumerate(ranked, 1) if fiche_id in item.gold), None)
            ranks.append(rank)
            results.append({"id": item.id, "gold": item.gold, "ranked": ranked[:k], "rank": rank})
            bar.advance(task)
    report = {"metrics": metrics(ranks), "items": results}
    report["metrics"]["seconds"] = round(time.perf_counter() - started, 2)
    return report


def run_retrieval_eval(
    path: str | Path,
    k: int = 5,
    mode: str = "hybrid",
    json_out: bool = False,
    stdout: TextIO | None = None,
    *,
    kinds: list[str] | None = None,
    progress: bool = True,
) -> dict:
    """Evaluate retrieval on `path` and print the metrics (or the full JSON report) to `stdout`."""
    items = load_items(path, kinds=kinds)
    report = evaluate(items, k=k, mode=mode, stream=stdout if progress and not json_out else None)
    if stdout is not None:
        if json_out:
            stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        else:
            m = report["metrics"]
            stdout.write(
                f"{Path(path).name} ({mode}, n={m['n']}) : hit@1 {m['hit@1']:.3f}  hit@3 {m['hit@3']:.3f}  "
                f"hit@5 {m['hit@5']:.3f}  hit@10 {m['hit@10']:.3f}  MRR {m['mrr']:.3f}\n"
            )
    return report
