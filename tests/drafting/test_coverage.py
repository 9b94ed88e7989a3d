from guichet.drafting.retrieval import CONFIDENT_MARGIN, coverage

SOURCES = [
    {
        "n": 1,
        "fiche_id": "F16871",
        "title": "Allocation de solidarité aux personnes âgées (Aspa)",
        "heading": "Montant",
        "passage": "Le montant maximal de l'Aspa est de 903,20 € par mois pour une personne seule.",
        "in_prompt": True,
    }
]


def hit(dense: float, lexical: float, margin: float) -> dict:
    return {"fiche_id": "F16871", "score": 9.6, "dense_score": dense, "lexical_score": lexical, "margin": margin}


def test_low_scores_on_the_fixed_scales_do_not_cover_a_question():
    verdict = coverage([hit(0.14, 0.17, 0.5)], "Aspa montant veuve", SOURCES)
    assert not verdict["covered"]
    assert verdict["reason"] == "scores de recherche trop faibles"


def test_a_first_fiche_far_ahead_of_the_next_covers_the_question_of_an_emotional_message():
    # A long, grieving message is far from the fiche's words on the fixed scales, but the search put one fiche
    # far ahead of every other: that fiche answers it.
    verdict = coverage([hit(0.14, 0.17, CONFIDENT_MARGIN + 2.5)], "Aspa montant veuve", SOURCES)
    assert verdict["covered"]
    assert verdict["margin"] == CONFIDENT_MARGIN + 2.5


def test_no_fiche_covers_nothing():
    assert not coverage([], "Aspa", [])["covered"]
