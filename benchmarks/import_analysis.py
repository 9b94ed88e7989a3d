"""CPU of an import's analysis (`bulk_intake.analyse_many`: pseudonymisation and triage) a message, in one process.

nice -n 10 .venv/bin/python benchmarks/import_analysis.py --rows 600             # where a message's CPU goes
nice -n 10 .venv/bin/python benchmarks/import_analysis.py --rows 600 --compare   # issue 15's fifth pass off / on

Rows are the generated messages of `benchmarks/import_csv.py` (seeded; no data split). The default run wraps the
stages in timers (CPU, not cProfile, whose overhead distorts pure-Python parts). `--compare` switches the fifth
pass's three changes off and on in the same process, interleaved twice on the same rows, and checks that both modes
give the same analyses: spaCy's matrix products on blis (before) or numpy's OpenBLAS on one thread; the triage
embeddings one text at a time (what each process did when the batched pass failed its probe check) or batched; the
triage model's n-grams and reference cosines as before b971ceb or cached. Needs no database.
"""

import argparse
import functools
import os
import random
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def analysis_jobs(rows: int, *, prefix: str):
    """Django set up in a temporary data folder, the models loaded on 20 messages, then `rows` generated messages to
    the CAF as import jobs (seeded), with `analyse_many`."""
    os.environ.setdefault("GUICHET_DATA_DIR", tempfile.mkdtemp(prefix=prefix))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")
    import django

    django.setup()
    from import_csv import _message

    from guichet.drafting import api as drafting
    from guichet.inbox.bulk_intake import _Job, analyse_many

    rng = random.Random(11)
    caf = drafting.AdministrationProfile(name="Caisse d'allocations familiales", aliases=["CAF"])
    jobs = [
        _Job(title=f"Demande {n}", body=_message(rng, n), citizen_name="", citizen_email="", profile=caf)
        for n in range(rows + 20)
    ]
    analyse_many(jobs[:20])  # models loaded
    return jobs[20:], analyse_many


def main() -> int:
    parser = argparse.ArgumentParser(description="CPU de l'analyse d'un import (pseudonymisation et tri) par message.")
    parser.add_argument("--rows", type=int, default=600)
    parser.add_argument("--compare", action="store_true", help="avant / après le cinquième passage, alternés")
    options = parser.parse_args()
    jobs, analyse_many = analysis_jobs(options.rows, prefix="guichet-analysis-bench-")
    if options.compare:
        return _compare(jobs, analyse_many)
    return _stages(jobs, analyse_many)


def _stages(jobs, analyse_many) -> int:
    from presidio_analyzer import AnalyzerEngine
    from presidio_anonymizer import AnonymizerEngine

    from guichet.drafting import triage_batch, triage_model
    from guichet.inbox import bulk_intake
    from guichet.privacy import analyzer, pseudonymise

    spent: dict[str, float] = {}
    stack: list[float] = []

    def timed(name, function):
        @functools.wraps(function)
        def wrapper(*args, **kwargs):
            start = time.process_time()
            stack.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                elapsed, inner = time.process_time() - start, stack.pop()
                spent[name] = spent.get(name, 0.0) + elapsed - inner
                if stack:
                    stack[-1] += elapsed

        return wrapper

    bulk_intake.prefetch = timed("spaCy (prefetch)", analyzer.prefetch)
    AnalyzerEngine.analyze = timed("Presidio's recognisers", AnalyzerEngine.analyze)
    AnonymizerEngine.anonymize = timed("Presidio's anonymiser", AnonymizerEngine.anonymize)
    pseudonymise.detect = timed("detect: resolution, name words", analyzer.detect)
    pseudonymise._pseudonymise = timed("pseudonymise: the rest", pseudonymise._pseudonymise)
    triage_batch.embed_each = timed("USE embedding", triage_batch.embed_each)
    triage_model.char_ngram_counts = timed("triage: n-grams", triage_model.char_ngram_counts)
    triage_model.dense_features = timed("triage: cues, cosines", triage_model.dense_features)
    triage_batch.triage = timed("triage: rules and the rest", triage_batch.triage)
    start = time.process_time()
    analyse_many(jobs)
    total = time.process_time() - start
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"{name:32s} {seconds / len(jobs) * 1000:6.2f} ms")
    print(f"{'other':32s} {(total - sum(spent.values())) / len(jobs) * 1000:6.2f} ms")
    print(f"{'total':32s} {total / len(jobs) * 1000:6.2f} ms a message, load {os.getloadavg()[0]:.1f}")
    return 0


def _compare(jobs, analyse_many) -> int:
    import numpy as np
    from thinc.api import NumpyOps

    from guichet.drafting import triage_batch
    from guichet.drafting import triage_model as model
    from guichet.drafting.triage_cues import fold
    from guichet.privacy import analyzer

    def counts_before(text, settings):
        counts: dict[int, float] = {}
        words = model._WORD.findall(fold(text))
        pieces = [f"{first}_{second}" for first, second in zip(words, words[1:], strict=False)]
        if not settings.word_bigrams:
            pieces = []
        for word in words:
            padded = f" {word} "
            for n in range(settings.ngram_min, min(settings.ngram_max, len(padded)) + 1):
                pieces += [padded[start : start + n] for start in range(len(padded) - n + 1)]
        for piece in pieces:
            bucket = zlib.crc32(piece.encode()) % settings.buckets
            counts[bucket] = counts.get(bucket, 0.0) + 1.0
        return counts

    def cosines_before(vectors, references):
        return np.hstack(
            [model._cosines(vectors, model._administration_vector(r)[None, :])[:, None] for r in references]
        )

    assert triage_batch._batched_is_exact(), "the batched embedding is not exact in this process"
    nlp = analyzer.analyzer().nlp_engine.nlp[analyzer.LANGUAGE]
    nodes = [node for _, pipe in nlp.pipeline if hasattr(pipe, "model") for node in pipe.model.walk()]
    after_ops, before_ops = nodes[0].ops, NumpyOps()
    after = (model.char_ngram_counts, model._reference_cosines)
    results, cpu = {}, {}
    for _ in range(2):
        for mode in ("before", "after"):
            on = mode == "after"
            for node in nodes:
                node.ops = after_ops if on else before_ops
            triage_batch._exact = on
            model.char_ngram_counts, model._reference_cosines = after if on else (counts_before, cosines_before)
            analyzer._artifacts.clear()
            model._prefetched.clear()
            start = time.process_time()
            results[mode] = analyse_many(jobs)
            cpu.setdefault(mode, []).append((time.process_time() - start) / len(jobs) * 1000)
            print(f"{mode}: {cpu[mode][-1]:.2f} ms of CPU a message, load {os.getloadavg()[0]:.1f}", flush=True)
    same = results["before"] == results["after"]
    print("identical analyses:", same)
    for mode, values in cpu.items():
        print(f"{mode}: mean {sum(values) / len(values):.2f} ms")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
