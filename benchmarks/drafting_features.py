"""Fit the weights of the extract scorer (`drafting.extracts.WEIGHTS`) on the train split of corpora/drafting.

Each candidate sentence of a message's sources (after the writer's case is chosen) is labelled 1 when it states a
key fact of the reply on its own (the evaluation's `fact_covered`, with its case label), and a logistic regression
on its features gives the weights. Validation items are scored too, to check that the fit generalises; test items
are never read here.

    GUICHET_DATA_DIR=… .venv/bin/python benchmarks/drafting_features.py corpora/drafting
"""

import argparse
import os
import sys

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "guichet.settings")


def main() -> int:
    import django

    django.setup()
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score

    from guichet.corpora import read_corpus
    from guichet.drafting import retrieval
    from guichet.drafting.evaluation import fact_covered
    from guichet.drafting.extracts import WEIGHTS, candidate_features, heading_path, shown_label
    from guichet.drafting.prompts import question_sentences

    parser = argparse.ArgumentParser(description="Ajuste les poids du choix des extraits (partie train).")
    parser.add_argument("folder")
    options = parser.parse_args()
    names = list(WEIGHTS)
    data: dict[str, tuple[list, list]] = {"train": ([], []), "validation": ([], [])}
    for item in read_corpus(options.folder):
        if item["split"] not in data or not item.get("key_facts"):
            continue
        query = f"{item['title']}\n{item['message']}"
        questions = [*question_sentences(item["message"], limit=5), item["title"]]
        hits = retrieval.retrieve(query, k=3)
        sources = retrieval.build_sources(hits, questions=question_sentences(query, limit=5))
        found = candidate_features(sources, questions, item["message"])
        if found is None:
            continue
        candidates, features, _, _, decisions = found
        xs, ys = data[item["split"]]
        for c, f in zip(candidates, features, strict=True):
            src = sources[c.index]
            label = shown_label(heading_path(src), decisions[src.get("fiche_id") or str(src["n"])])
            text = f"{label} {c.sentence}"
            xs.append([f[k] for k in names])
            ys.append(int(any(fact_covered(fact, text) for fact in item["key_facts"])))
    x_train, y_train = np.array(data["train"][0]), np.array(data["train"][1])
    x_val, y_val = np.array(data["validation"][0]), np.array(data["validation"][1])
    model = LogisticRegression(C=1.0, max_iter=1000, class_weight="balanced").fit(x_train, y_train)
    print(f"candidats : train {len(y_train)} ({y_train.sum()} positifs), validation {len(y_val)} ({y_val.sum()})")
    current = np.array([WEIGHTS[k] for k in names])
    print(
        f"AUC validation : poids actuels {roc_auc_score(y_val, x_val @ current):.3f}, "
        f"ajustés {roc_auc_score(y_val, model.decision_function(x_val)):.3f}"
    )
    scale = max(abs(model.coef_[0]))
    print("WEIGHTS = {")
    for name, weight in zip(names, model.coef_[0], strict=True):
        print(f'    "{name}": {weight / scale * 2:.2f},')
    print("}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
