"""`guichet eval retrieval`: items with no gold fiche are reported apart, never counted as misses (fourteenth pass)."""

import json
from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out, stderr=StringIO())
    return out.getvalue()


ROWS = [
    {
        "id": "e1",
        "title": "Timbre",
        "message": "Bonjour, le timbre fiscal pour un premier passeport, il vaut combien cette année ?",
        "fiche_ids": ["F90001"],
        "kind": "question",
    },
    {
        "id": "e2",
        "title": "Départ",
        "message": "Si je quitte mon poste de moi-même pour déménager, ai-je droit au chômage ?",
        "fiche_ids": ["F90002"],
        "kind": "question",
    },
    {
        "id": "e3",
        "title": "Gâteau",
        "message": "Vous auriez une recette de clafoutis aux cerises sans gluten pour dimanche ?",
        "fiche_ids": [],
        "kind": "out_of_scope",
    },
]


@pytest.mark.parametrize("mode", ["lexical", "bm25"])
def test_items_without_gold_are_reported_apart_and_not_counted_as_misses(corpus, tmp_path, lexical_only, mode):
    run("ingest", str(corpus), "--no-progress")
    dataset = tmp_path / "eval.jsonl"
    dataset.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in ROWS), encoding="utf-8")
    report = json.loads(run("eval", "retrieval", str(dataset), "--json", "--mode", mode, "--k", "3"))
    metrics = report["metrics"]
    # hit@k over the two items that have a gold fiche: both found first
    assert metrics["n"] == 2
    assert (metrics["hit@1"], metrics["hit@5"], metrics["mrr"]) == (1.0, 1.0, 1.0)
    assert metrics["no_gold"]["n"] == 1
    if mode == "bm25":  # no scores to judge confidence by: only whether anything came back
        assert set(metrics["no_gold"]) == {"n", "empty"}
    else:  # each such item falls in exactly one confidence class
        assert set(metrics["no_gold"]) == {"n", "empty", "weak_scores", "close_margin", "outside", "confident"}
        assert sum(count for name, count in metrics["no_gold"].items() if name != "n") == 1
    # by kind: the out-of-scope kind exists with no item to hit, its message counted apart
    assert metrics["by_kind"]["question"]["n"] == 2
    assert metrics["by_kind"]["out_of_scope"]["n"] == 0
    assert metrics["by_kind"]["out_of_scope"]["no_gold"] == 1
    assert "no_gold" not in metrics["by_kind"]["question"]
    # every item is still listed, with the same keys
    assert [item["id"] for item in report["items"]] == ["e1", "e2", "e3"]
    assert all(set(item) == {"id", "gold", "ranked", "rank"} for item in report["items"])
    assert report["items"][2]["rank"] is None


def test_text_report_says_how_many_items_have_no_gold(corpus, tmp_path, lexical_only):
    run("ingest", str(corpus), "--no-progress")
    dataset = tmp_path / "eval.jsonl"
    dataset.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in ROWS), encoding="utf-8")
    text = run("eval", "retrieval", str(dataset), "--mode", "lexical")
    assert "(lexical, n=2)" in text
    assert "sans fiche attendue (hors des hit@k) : 1" in text


def test_a_message_with_nothing_left_to_search_counts_as_empty(corpus, tmp_path, lexical_only):
    run("ingest", str(corpus), "--no-progress")
    dataset = tmp_path / "eval.jsonl"
    rows = [*ROWS[:1], {"id": "e4", "title": "", "message": "Bonjour, merci.", "fiche_ids": [], "kind": "abusive"}]
    dataset.write_text("\n".join(json.dumps(row, ensure_ascii=False) for row in rows), encoding="utf-8")
    report = json.loads(run("eval", "retrieval", str(dataset), "--json", "--mode", "lexical"))
    assert report["metrics"]["n"] == 1
    assert report["metrics"]["no_gold"]["n"] == 1
    assert report["metrics"]["no_gold"]["empty"] == 1
