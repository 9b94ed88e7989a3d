"""What an import's analysis cannot go below while each stored result stays the same (issue 15, sixth pass).

nice -n 10 .venv/bin/python benchmarks/import_floor.py --rows 300

On the generated messages of `benchmarks/import_csv.py` (seeded; no data split), in one process, CPU time:

* the USE encoder's token-layer matrix products (the arithmetic of the triage embedding): one text at a time, as
  `triage_batch` runs them to stay bit for bit `embed([text])`, and all the texts' rows in one product (not exact:
  the figure says what exactness costs), with the multiply-adds a second;
* spaCy by component over the messages' bodies and titles (`nlp.pipe`, 200 texts a batch, OpenBLAS on one thread,
  as the analyzer runs it): which components the recognisers need and what each costs;
* Presidio's analysis of the bodies and of the titles (spaCy's documents computed beforehand);
* the whole `analyse_many` for comparison.

Needs no database.
"""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def _cpu_ms(function, count: int, repeat: int = 1) -> float:
    start = time.process_time()
    for _ in range(repeat):
        function()
    return (time.process_time() - start) / count / repeat * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description="Plancher de l'analyse d'un import (CPU par message).")
    parser.add_argument("--rows", type=int, default=300)
    options = parser.parse_args()
    from import_analysis import analysis_jobs

    jobs, analyse_many = analysis_jobs(options.rows, prefix="guichet-floor-bench-")
    import numpy as np
    from threadpoolctl import threadpool_limits

    from guichet.drafting.triage_model import EMBED_CHARS, model_text
    from guichet.knowledge.index import embedder
    from guichet.privacy import analyzer

    count = len(jobs)
    print(f"{count} generated messages, load {os.getloadavg()[0]:.1f}")

    # The encoder's token layers: each text's rows through the projection and the six convolution products.
    backend = embedder()._model
    weights = [backend.proj_W, *backend.w1, *backend.w2]
    lengths = [
        len(backend.sp.encode(model_text(job.title, job.body)[:EMBED_CHARS], out_type=int, add_bos=True, add_eos=True))
        for job in jobs
    ]
    rows = [
        [np.random.default_rng(n).random((length, w.shape[0]), dtype=np.float32) for w in weights]
        for n, length in enumerate(lengths)
    ]
    together = [np.concatenate([text[i] for text in rows]) for i in range(len(weights))]
    macs = sum(lengths) * sum(w.shape[0] * w.shape[1] for w in weights)
    with threadpool_limits(1, "blas"):
        per_text = _cpu_ms(lambda: [a @ w for text in rows for a, w in zip(text, weights, strict=True)], count, 2)
        one_product = _cpu_ms(lambda: [a @ w for a, w in zip(together, weights, strict=True)], count, 2)
    print(
        f"USE token-layer products, {sum(lengths) / count:.0f} tokens and {macs / count / 1e6:.0f} M multiply-adds "
        f"a message: one text at a time {per_text:.2f} ms ({macs / count / per_text / 1e6:.0f} G/s), "
        f"in one product {one_product:.2f} ms ({macs / count / one_product / 1e6:.0f} G/s, not exact)"
    )

    # spaCy, component by component, as the analyzer runs it.
    engine = analyzer.analyzer()
    nlp = engine.nlp_engine.nlp[analyzer.LANGUAGE]
    texts = [text for job in jobs for text in (job.body, job.title)]
    with threadpool_limits(1, "blas"):
        start = time.process_time()
        docs = [nlp.make_doc(text) for text in texts]
        spent = {"tokenizer": time.process_time() - start}
        for name, pipe in nlp.pipeline:
            start = time.process_time()
            docs = list(pipe.pipe(docs, batch_size=200))
            spent[name] = time.process_time() - start
    print(
        "spaCy a message: " + ", ".join(f"{name} {seconds / count * 1000:.2f} ms" for name, seconds in spent.items())
    )
    ner = nlp.get_pipe("ner")
    listens = any("listener" in node.name for node in ner.model.walk())
    print(f"  ner {'reads the shared tok2vec' if listens else 'has its own tok2vec: the shared one serves the tags'}")

    # Presidio's recognisers on the bodies and on the titles (spaCy's documents ready, a hundred at a time).
    for part, pick in (("bodies", lambda job: job.body), ("titles", lambda job: job.title)):
        spent_part = 0.0
        for start_at in range(0, count, 100):
            some = [pick(job) for job in jobs[start_at : start_at + 100]]
            analyzer.prefetch(some, batch_size=200)
            start = time.process_time()
            for text in some:
                engine.analyze(text=text, language=analyzer.LANGUAGE, nlp_artifacts=analyzer.nlp_artifacts(text))
            spent_part += time.process_time() - start
        print(f"Presidio's recognisers, {part}: {spent_part / count * 1000:.2f} ms a message")

    analyzer._artifacts.clear()
    whole = _cpu_ms(lambda: analyse_many(jobs), count)
    print(f"analyse_many: {whole:.2f} ms a message, load {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
