import io
import json

import pytest

from guichet.drafting.evaluation import body_words, fact_covered, key_fact_coverage, load, pii_found, run_drafts_eval
from guichet.drafting.prompts import AdministrationProfile


def test_key_fact_needs_its_numbers_and_most_of_its_words():
    fact = "Le timbre fiscal coûte 86 € pour un majeur."
    assert fact_covered(fact, "Pour un majeur, le timbre fiscal coûte 86 € [1].")
    assert not fact_covered(fact, "Pour un majeur, le timbre fiscal coûte 96 € [1].")
    assert not fact_covered("On s'inscrit à la mairie de son domicile, toute l'année.", "Vous pouvez voter.")
    assert (
        key_fact_coverage([fact, "La pré-demande se fait en ligne."], "Le timbre fiscal coûte 86 € (majeur).") == 0.5
    )

    # A citation mark or a fiche's address is not a number of the draft: "11 jours" is not covered by a source [11].
    fact = "Le congé de paternité dure 11 jours."
    assert not fact_covered(fact, "Le congé de paternité dure quelques jours [11].")
    assert not fact_covered(fact, "Congé de paternité, jours : https://www.service-public.fr/F11")


def test_body_words_leave_out_the_greeting_closing_signature_and_citation_marks():
    profile = AdministrationProfile(name="Mairie", signature="Le service État civil")
    text = (
        "Bonjour,\n\nLe timbre fiscal coûte 86 € [1].\nPour en savoir plus : https://www.service-public.fr/F1 [1]"
        "\n\nNous restons à votre disposition pour tout renseignement complémentaire.\nBien cordialement,"
        "\nLe service État civil"
    )
    assert body_words(text, profile) == 10  # "Le timbre fiscal coûte 86", "Pour en savoir plus", the link


def test_a_corpus_folder_is_read_by_split(tmp_path):
    rows = [
        {"id": f"x-{n}", "administration": "CAF", "title": "t", "message": "m", "kind": "question"} for n in range(30)
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    train = load(tmp_path, splits=["train"])
    test = load(tmp_path, splits=["test"])
    assert train and test and not {i["id"] for i in train} & {i["id"] for i in test}
    assert len(load(tmp_path)) == 30


def test_pii_is_found_with_other_separators():
    assert pii_found(["06 41 77 32 08", "Aminata Sow"], ["appelez le 06.41.77.32.08"]) == ["06 41 77 32 08"]
    assert pii_found(["06 41 77 32 08"], ["appelez le [TELEPHONE_1]"]) == []
    # Whole words, any case or separator: a name inside another word is no leak.
    assert pii_found(["Clara", "Tran", "Jean-Pierre Martin"], ["Votre déclaration sera transmise."]) == []
    assert pii_found(["Jean-Pierre Martin", "léa"], ["Bonjour jean pierre MARTIN, et Léa."]) == [
        "Jean-Pierre Martin",
        "léa",
    ]


@pytest.mark.django_db
def test_no_generate_report_shape(tmp_path, corpus_indexed, settings):
    item = {
        "id": "t-1",
        "administration": "Mairie",
        "title": "Passeport",
        "message": "Bonjour, combien coûte le timbre fiscal d'un passeport ? Julien Moreau, 06 12 34 56 78",
        "fiche_ids": ["F90001"],
        "key_facts": ["Le timbre fiscal coûte 86 €."],
        "pii": ["Julien Moreau", "06 12 34 56 78"],
        "kind": "question",
    }
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(item, ensure_ascii=False) + "\n", encoding="utf-8")

    out = io.StringIO()
    run_drafts_eval({"file": str(path), "no_generate": True, "json": True, "limit": None}, out)
    report = json.loads(out.getvalue())
    metrics = report["metrics"]
    assert set(metrics) >= {
        "triage",
        "pii_in_prompts",
        "key_fact_coverage",
        "unflagged_unsupported_numbers",
        "latency_s",
        "n",
    }
    assert metrics["triage"]["routine"] == {"recall": 1.0, "precision": 1.0, "support": 1}
    assert metrics["pii_in_prompts"] == 0 and metrics["n"] == 1
    assert metrics["key_fact_coverage"] is None and metrics["latency_s"] is None
    assert report["items"][0]["gold_fiche_retrieved"] is True
    assert report["items"][0]["words"] > 0 and metrics["words"]["median"] == report["items"][0]["words"]
