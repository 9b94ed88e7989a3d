"""Thirty-second pass (engineer-r42): a question made only of requests no fiche answers (a product to choose, an
opinion, a recipe: the search's `FicheHit.outside`) is not covered, however far the first fiche leads."""

from guichet.drafting.retrieval import CONFIDENT_MARGIN, coverage

SOURCES = [
    {
        "n": 1,
        "fiche_id": "F90010",
        "title": "Résilier un contrat de téléphonie mobile",
        "heading": "Frais",
        "passage": "L'opérateur peut facturer les mois restants d'un engagement de 24 mois.",
        "in_prompt": True,
    }
]


def hit(outside: str) -> dict:
    return {
        "fiche_id": "F90010",
        "score": 11.0,
        "dense_score": 0.55,
        "lexical_score": 0.4,
        "margin": CONFIDENT_MARGIN + 3.0,
        "outside": outside,
    }


def test_a_request_no_fiche_answers_is_not_covered_whatever_the_lead():
    verdict = coverage([hit("le choix d'un produit, d'une entreprise ou d'une personne")], "forfait mobile", SOURCES)
    assert not verdict["covered"]
    assert verdict["reason"].startswith("demande hors des fiches : le choix")
    assert verdict["outside"].startswith("le choix")


def test_any_other_question_keeps_the_scores_verdict():
    verdict = coverage([hit("")], "résilier forfait mobile engagement", SOURCES)
    assert verdict["covered"]
    assert verdict["outside"] == ""
