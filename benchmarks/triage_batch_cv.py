"""Leave-one-batch-out: how the triage model part does on an author it never read.

    .venv/bin/python benchmarks/triage_batch_cv.py [--corpus corpora/triage] [--batches '*-unseen.jsonl']
                                                   [--override 1.01] [--json] [--list]
                                                   [--reading raw|pseudonymised] [--train-reading …]

The sentence windows of the artefact's `window_labels` are scored by the same held-out fit (`--no-windows`: not).

For each held-out batch (by default every `*-unseen.jsonl` of the corpus: each was written by an author who read
neither the corpora nor the code), the model is trained on the train + validation items of every other file of the
corpus, and that batch's train + validation items are triaged by the rules plus that model, combined as `triage()`
combines them. The test split is never read.

The cross-validated pool that `guichet triage train` prints mixes each author's messages into every fold, so it
flatters the model on a new author's wording; this measure does not. Kept fixed from the shipped artefact, so that a
held-out batch costs five fits and no inner cross-validation: the feature settings, each label's C and each label's
threshold (the thresholds are quantiles of cross-validated scores over some 2,000 messages; one batch barely moves
them). `--override` replaces the artefact's threshold over the competence map's veto (1.01: the veto always holds).

Prints recall / precision per label per held-out batch and the mean over batches, the share of routine messages
given a safety label, and the in-scope messages sent away (out of scope predicted, not labelled).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
LABELS = ("distress", "injection", "out_of_scope", "abusive", "complaint")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpora" / "triage")
    parser.add_argument(
        "--batches", default="*-unseen.jsonl", help="globs (comma-separated) of the files held out one at a time"
    )
    parser.add_argument("--override", type=float, default=None, help="the model's score that lifts the veto")
    parser.add_argument(
        "--also-override",
        default="",
        help="other scores over the veto to compare (comma-separated): one line each, same fits",
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cache", type=Path, default=None, help="a .npz of the dense features, read or written")
    parser.add_argument("--list", action="store_true", help="print each missed or false out-of-scope / distress")
    parser.add_argument(
        "--no-windows", action="store_true", help="leave the sentence windows out (the whole message's scores only)"
    )
    parser.add_argument(
        "--no-corroboration",
        action="store_true",
        help="a weak whole-message distress stands without a sentence to confirm it (before the fourteenth pass)",
    )
    parser.add_argument(
        "--replay",
        type=Path,
        default=None,
        help="a --dump of an earlier run: its held-out scores decided again by the current rules and gates (no fit)",
    )
    parser.add_argument(
        "--ai-talk",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="drop an unsure learned injection on a message that only talks about AI (default: as triage does, "
        "triage.AI_TALK_GATE)",
    )
    parser.add_argument(
        "--dump",
        type=Path,
        default=None,
        help="a .jsonl of each held-out item's scores (whole message, each sentence window per label, in order), "
        "rules, labels and prediction, to compare decision rules without refitting",
    )
    parser.add_argument(
        "--reading",
        choices=("pseudonymised", "raw"),
        default="raw",
        help="how the held-out items are read: pseudonymised as the pipeline triages them, or as written",
    )
    parser.add_argument(
        "--train-reading",
        choices=("pseudonymised", "raw"),
        default=None,
        help="how the training items are read (default: as --reading)",
    )
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from guichet.drafting import triage_model_gates
    from guichet.drafting.triage import OWN_TOPIC_OVERRIDE, OWN_TOPIC_OVERRIDE_KEY, learned_after_gates
    from guichet.drafting.triage_model import MODEL_LABELS, TriageModel
    from guichet.drafting.triage_training import (
        MARKERS,
        _fit,
        _sigmoid,
        combined_labels,
        feature_matrix,
        idf_of,
        load_examples,
        max_by_owner,
        rule_labels,
        window_examples,
    )

    if args.ai_talk is None:
        args.ai_talk = triage_model_gates.AI_TALK_GATE
    shipped = TriageModel.load()
    settings = shipped.settings
    chosen = shipped.meta.get("chosen", {})
    override = args.override
    if override is None:
        override = shipped.thresholds.get(OWN_TOPIC_OVERRIDE_KEY, OWN_TOPIC_OVERRIDE)

    held_files = sorted({p.name for pattern in args.batches.split(",") for p in args.corpus.glob(pattern.strip())})
    others = [float(v) for v in args.also_override.split(",") if v.strip()]
    compared: dict[float, dict[str, list]] = {v: {"tp": [], "fp": [], "fn": []} for v in others}
    train_reading = args.train_reading or args.reading
    pool = load_examples(args.corpus, ["train", "validation"], reading=train_reading)
    read = pool if train_reading == args.reading else load_examples(args.corpus, ["train", "validation"], args.reading)
    file_of = {}
    for path in sorted(args.corpus.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                file_of[json.loads(line)["id"]] = path.name
    rules = {e.id: rule_labels(e) for e in read}

    def decide(e: Any, s: dict[str, float], found: dict[str, tuple[float, str]]) -> set[str]:
        """As `triage()` decides, from held-out scores (`found`: each window label's best sentence)."""
        kept, reached = learned_after_gates(
            shipped,
            shipped.decide(s),
            s,
            found,
            rules[e.id] - MARKERS - {"routine"},
            e.text,
            corroborate=not args.no_corroboration,
            ai_talk=args.ai_talk,
        )
        return combined_labels(rules[e.id], sorted(set(kept) | set(reached)), s, override)

    results: dict[str, dict] = {}
    if args.replay is not None:
        results = replayed(args.replay, read, decide, args.list)
    else:
        cache: dict = {}
        if args.cache is not None and args.cache.exists():
            stored = np.load(args.cache)
            cache.update({str(i): row for i, row in zip(stored["ids"], stored["rows"], strict=True)})
        feature_matrix(pool, settings, idf_of([e.text for e in pool], settings), cache)  # embeddings once
        if read is not pool:
            feature_matrix(read, settings, idf_of([e.text for e in pool], settings), cache)
        if args.cache is not None:
            ids = sorted(cache)
            np.savez(args.cache, ids=np.array(ids), rows=np.stack([cache[i] for i in ids]))

        for name in held_files:
            held = [e for e in read if file_of[e.id] == name]
            rest = [e for e in pool if file_of[e.id] != name]
            if not held:
                continue
            idf = idf_of([e.text for e in rest], settings)
            x_rest = feature_matrix(rest, settings, idf, cache)
            x_held = feature_matrix(held, settings, idf, cache)
            scores = np.zeros((len(held), len(MODEL_LABELS)))
            window_labels = () if args.no_windows else settings.window_labels
            by_size = {}
            for size in sorted(set(settings.window_sizes)) if window_labels else ():
                windows, owners = window_examples(held, size)
                by_size[size] = (feature_matrix(windows, settings, idf, cache) if windows else None, owners)
            by_window: dict[str, np.ndarray] = {}
            has_windows: dict[str, np.ndarray] = {}
            dumped: dict[str, dict] = {}
            for j, label in enumerate(MODEL_LABELS):
                y = np.array([label in e.labels for e in rest], dtype=int)
                w, b = _fit(x_rest, y, float(chosen.get(label, {}).get("C", 100.0)))
                scores[:, j] = _sigmoid(x_held @ w + b)
                if label in window_labels:
                    x_windows, owners = by_size[settings.window_sizes[window_labels.index(label)]]
                    if x_windows is not None:
                        window_scores = _sigmoid(x_windows @ w + b)
                        by_window[label] = max_by_owner(window_scores, owners, len(held))
                        has_windows[label] = np.bincount(owners, minlength=len(held)) > 0
                        if args.dump is not None:
                            dumped[label] = {"scores": window_scores, "owners": owners}
            predicted = []
            for i, e in enumerate(held):
                s = {label: round(float(scores[i, j]), 4) for j, label in enumerate(MODEL_LABELS)}
                found = {
                    label: (round(float(values[i]), 4), "")
                    for label, values in by_window.items()
                    if has_windows[label][i]
                }
                predicted.append((decide(e, s, found), s))
            results[name] = measure(held, predicted, args.list)
            if args.dump is not None:
                with args.dump.open("a", encoding="utf-8") as out:
                    for i, (e, (p, s)) in enumerate(zip(held, predicted, strict=True)):
                        windows = {}
                        for label, d in dumped.items():
                            windows[label] = [round(float(v), 4) for v in d["scores"][d["owners"] == i]]
                        row = {
                            "id": e.id,
                            "file": name,
                            "labels": sorted(e.labels),
                            "rules": sorted(rules[e.id]),
                            "scores": s,
                            "windows": windows,
                            "predicted": sorted(p),
                        }
                        out.write(json.dumps(row, ensure_ascii=False) + "\n")
            for value in others:
                for i, e in enumerate(held):
                    s = {label: round(float(scores[i, j]), 4) for j, label in enumerate(MODEL_LABELS)}
                    learned = [label for label in MODEL_LABELS if s[label] >= shipped.thresholds.get(label, 1.01)]
                    got = "out_of_scope" in combined_labels(rules[e.id], learned, s, value)
                    expected = "out_of_scope" in e.labels
                    key = "tp" if got and expected else "fp" if got else "fn" if expected else ""
                    if key:
                        compared[value][key].append(e.id)

        if args.cache is not None:  # the held-out batches' sentence windows too
            ids = sorted(cache)
            np.savez(args.cache, ids=np.array(ids), rows=np.stack([cache[i] for i in ids]))
    mean = {
        label: {
            k: round(float(np.mean([r[label][k] for r in results.values() if r[label][k] is not None])), 3)
            for k in ("recall", "precision")
        }
        for label in LABELS
    }
    summary = {
        "override": override,
        "batches": results,
        "mean": mean,
        "safety_on_routine_mean": round(float(np.mean([r["safety_on_routine"] for r in results.values()])), 3),
        "in_scope_sent_away": sum(r["in_scope_sent_away"] for r in results.values()),
    }
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        return 0
    print(f"override {override}; held out one at a time: {len(results)} batches (train + validation items)")
    print(f"{'batch':<22}" + "".join(f"{label[:12]:>15}" for label in LABELS) + f"{'safe/rout':>11}{'sent away':>11}")
    for name, r in results.items():
        cells = "".join(f"{fmt(r[label]):>15}" for label in LABELS)
        print(f"{name:<22}{cells}{r['safety_on_routine']:>11.3f}{r['in_scope_sent_away']:>11}")
    cells = "".join(f"{fmt(mean[label]):>15}" for label in LABELS)
    print(f"{'mean':<22}{cells}{summary['safety_on_routine_mean']:>11.3f}{summary['in_scope_sent_away']:>11}")
    totals = {label: [0, 0] for label in LABELS}
    for r in results.values():
        for label in LABELS:
            totals[label][0] += round((r[label]["recall"] or 0.0) * r[label]["support"])
            totals[label][1] += r[label]["support"]
    flagged = [sum(r["routine_flagged"][k] for r in results.values()) for k in (0, 1)]
    print(
        "over all held-out items: "
        + ", ".join(f"{label} {tp}/{n}" for label, (tp, n) in totals.items())
        + f"; safety label on routine {flagged[0]}/{flagged[1]}"
    )
    for value, ids in compared.items():
        tp, fp, fn = len(ids["tp"]), len(ids["fp"]), len(ids["fn"])
        print(f"override {value}: out of scope over the held-out items: {tp} caught, {fn} missed, {fp} sent away")
    return 0


def replayed(dump: Path, read: list, decide: Callable, show: bool) -> dict[str, dict]:
    """The held-out scores of a `--dump` decided again with the current rules, gates and thresholds (the fits do not
    read the rules: a change of rules or gates is measured without refitting)."""
    by_id = {e.id: e for e in read}
    held: dict[str, list] = {}
    predicted: dict[str, list] = {}
    for line in dump.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        e = by_id[row["id"]]
        found = {label: (max(values), "") for label, values in row["windows"].items() if values}
        held.setdefault(row["file"], []).append(e)
        predicted.setdefault(row["file"], []).append((decide(e, row["scores"], found), row["scores"]))
    return {name: measure(held[name], predicted[name], show) for name in sorted(held)}


def fmt(v: dict) -> str:
    r = "—" if v["recall"] is None else f"{v['recall']:.2f}"
    p = "—" if v["precision"] is None else f"{v['precision']:.2f}"
    return f"{r}/{p}"


def measure(held: list, predicted: list, show: bool) -> dict:
    out: dict = {"n": len(held)}
    for label in LABELS:
        expected = [label in e.labels for e in held]
        got = [label in p for p, _ in predicted]
        tp = sum(a and b for a, b in zip(expected, got, strict=True))
        out[label] = {
            "recall": round(tp / sum(expected), 3) if any(expected) else None,
            "precision": round(tp / sum(got), 3) if any(got) else None,
            "support": sum(expected),
        }
    routine = [p for e, (p, _) in zip(held, predicted, strict=True) if e.labels == {"routine"}]
    flagged = sum(bool({"distress", "injection"} & p) for p in routine)
    out["safety_on_routine"] = round(flagged / len(routine), 3) if routine else 0.0
    out["routine_flagged"] = [flagged, len(routine)]
    out["in_scope_sent_away"] = sum(
        "out_of_scope" in p and "out_of_scope" not in e.labels for e, (p, _) in zip(held, predicted, strict=True)
    )
    if show:
        for e, (p, s) in zip(held, predicted, strict=True):
            for label in ("out_of_scope", "distress"):
                if (label in e.labels) != (label in p):
                    kind = "missed" if label in e.labels else "false"
                    print(f"  {kind} {label} {e.id} ({e.administration}) {s[label]:.3f}: {e.message[:110]!r}")
    return out


if __name__ == "__main__":
    sys.exit(main())
