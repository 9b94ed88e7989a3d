"""A draft sentence that contradicts the passage it cites is flagged (error) and, when the model wrote it, removed.

The real-fiche tests read the service-public.fr snapshot of the shared folder and skip where it is absent; the
sentences are written for these tests (none comes from `corpora/claims`).
"""

from pathlib import Path

import pytest

from guichet.drafting.alerts import ALERT_CODES, CheckResult
from guichet.drafting.checks import check_draft
from guichet.drafting.cleaning import drop_contradicting
from guichet.drafting.contradictions import find_contradictions, source_sentences
from guichet.knowledge.fiches import parse_bytes
from tests.drafting.backends import ScriptedBackend
from tests.drafting.test_compose import run


def fiche_source(shared: Path, fiche_id: str) -> dict:
    """A fiche of the snapshot as source 1, its whole body as the passage."""
    path = shared / "data" / "service-public" / "particuliers" / f"{fiche_id}.xml"
    fiche = parse_bytes(path.read_bytes(), source=str(path))
    return {"n": 1, "title": fiche.title, "passage": "\n".join(block.text for block in fiche.blocks)}


def flagged(sentence: str, source: dict) -> list[str]:
    found = find_contradictions(f"{sentence} [1]", [source])
    return found[0]["reasons"] if found else []


def test_pass28_the_cvec_sentence_the_lead_found_is_flagged_and_its_true_form_is_not(shared):
    source = fiche_source(shared, "F2865")
    assert "polarity" in flagged("Vous devez payer la CVEC si vous êtes en BTS dans un lycée.", source)
    assert flagged("Vous ne payez pas la CVEC si vous êtes en BTS dans un lycée.", source) == []
    assert flagged("Le montant de la CVEC est de 92 €.", source) == []
    assert flagged("Le montant de la CVEC est de 95 €.", source) == ["number"]


@pytest.mark.parametrize(
    ("fiche_id", "sentence", "reason"),
    [
        ("F21619", "Vous devez souscrire une assurance auto pour votre caravane.", "polarity"),
        ("F990", "Le repos quotidien est d'au plus 11 heures consécutives entre 2 journées de travail.", "direction"),
        ("F34736", "La trêve hivernale s'étend du 1er novembre au 30 avril de l'année suivante.", "number"),
        ("F21019", "Vous pouvez quitter votre poste plus tôt sans l'accord de votre employeur.", "polarity"),
        ("F15478", "Un particulier employeur peut conclure un contrat de professionnalisation.", "polarity"),
    ],
)  # fmt: skip
def test_pass28_a_lost_negation_a_flipped_bound_or_another_figure_is_flagged(shared, fiche_id, sentence, reason):
    assert reason in flagged(sentence, fiche_source(shared, fiche_id))


@pytest.mark.parametrize(
    ("fiche_id", "sentence"),
    [
        ("F21619", "Vous n'êtes pas obligé d'assurer votre caravane en assurance auto."),
        ("F990", "Entre deux journées de travail, vous avez droit à au moins 11 heures de repos consécutives."),
        (
            "F34736",
            "Pendant la trêve hivernale, du 1er novembre au 31 mars, aucune expulsion locative n'est possible.",
        ),
        ("F21019", "Si la grève des transports vous empêche d'aller travailler, vous ne pouvez pas être sanctionné."),
    ],
)
def test_pass28_a_faithful_paraphrase_is_not_flagged(shared, fiche_id, sentence):
    assert flagged(sentence, fiche_source(shared, fiche_id)) == []


def test_pass28_no_verbatim_sentence_of_a_fiche_contradicts_its_fiche(shared):
    for fiche_id in ("F2865", "F990", "F34736", "F17452", "F2622", "F15478"):
        source = fiche_source(shared, fiche_id)
        for sentence in source_sentences(source["passage"])[:40]:
            assert find_contradictions(f"{sentence} [1]", [source]) == [], (fiche_id, sentence)


def test_pass28_a_list_item_is_read_with_the_line_that_introduces_it():
    text = "Vous n'êtes pas concerné si vous êtes :\n- inscrit en lycée dans une formation post-bac\n- apprenti"
    assert "Vous n'êtes pas concerné si vous êtes : inscrit en lycée dans une formation post-bac" in (
        source_sentences(text)
    )


SOURCES = [
    {
        "n": 1,
        "title": "Caravane",
        "heading": "Assurance",
        "passage": "Vous n'avez pas l'obligation de souscrire une assurance auto pour une caravane de 700 kg.",
    }
]


def test_pass28_check_draft_reports_the_contradiction_as_an_error_with_its_passage():
    text = "Bonjour,\n\nVous devez souscrire une assurance auto pour une caravane de 700 kg [1].\n\nMerci,"
    checks, alerts = check_draft(text, sources=SOURCES, trusted_texts=["Bonjour,", "Merci,"])
    assert "contradiction" in ALERT_CODES
    [item] = checks["contradictions"]
    assert item["source"] == 1 and item["reasons"] == ["polarity"]
    assert text[item["span"][0] : item["span"][1]] == item["sentence"]
    errors = [a for a in alerts if a["code"] == "contradiction"]
    assert errors and errors[0]["level"] == "error" and "[1]" in errors[0]["message"]
    assert CheckResult.from_dict(checks).passages()["unsupported"] == [item["sentence"]]


def test_pass28_a_faithful_draft_has_an_empty_contradictions_list_and_old_checks_still_read():
    text = "Vous n'avez pas l'obligation de souscrire une assurance auto pour une caravane de 700 kg [1]."
    checks, alerts = check_draft(text, sources=SOURCES)
    assert checks["contradictions"] == [] and not [a for a in alerts if a["code"] == "contradiction"]
    assert CheckResult.from_dict({"unsupported_sentences": []}).contradictions == []  # drafts stored before


def test_pass28_drop_contradicting_removes_only_the_contradicting_sentence():
    model = (
        "Vous devez souscrire une assurance auto pour une caravane de 700 kg [1]. "
        "Une caravane de 700 kg n'a pas l'obligation d'être couverte par une assurance auto [1]."
    )
    kept, dropped = drop_contradicting(model, SOURCES)
    assert dropped == ["Vous devez souscrire une assurance auto pour une caravane de 700 kg [1]."]
    assert kept.startswith("Une caravane de 700 kg n'a pas l'obligation")


def test_pass28_a_model_sentence_contradicting_its_source_never_reaches_the_draft():
    answer = (
        "Le timbre fiscal ne coûte pas 86 € pour un majeur [Source 1]. "
        "Vous faites une pré-demande en ligne, puis vous allez dans une mairie équipée [Source 2]."
    )
    composed = run(ScriptedBackend(outputs=[answer]))
    assert "ne coûte pas" not in composed.text and "pré-demande en ligne" in composed.text
    dropped = [a for a in composed.alerts if a["code"] == "sentences_dropped"]
    [alert] = [
        a for a in dropped if "Le timbre fiscal ne coûte pas 86 € pour un majeur [1]." in a.get("sentences", [])
    ]
    assert "contredisaient" in alert["message"]
