"""Thirty-seventh pass (engineer-d45): retirees who work again, and ages given bare, against what a draft says.

Through the check's front door (`guichet.drafting.persona.find_claims`). Messages and sentences are written for these
tests, none taken from corpora/claims: a count of quarters shifted, an age of departure taken from another fact, a
reduced pension made a full one; an age given between commas after a self-description, in SMS spelling too; a study
year and the brevet professionnel; living at a boyfriend's; an apprenticeship for a contrat de professionnalisation.
What must stay silent stays silent: quarters a fiche requires, quarters missing, someone else's age or quarters, a
condition.
"""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, UNSUPPORTED, find_claims


def _verdict(message: str, sentence: str) -> str:
    claims = find_claims(f"{sentence} [1]", message)
    return claims[0].verdict if claims else "none"


_RETIREE = (
    "Bonjour, ancien chef de rayon, je suis parti à la retraite à 63 ans avec 166 trimestres, sans décote. "
    "Je viens de reprendre un mi-temps dans une jardinerie. Ma femme a 150 trimestres."
)
_REDUCED = "Bonjour, j'ai liquidé ma pension à 62 ans avec une décote, il me manque 8 trimestres. Puis-je cumuler ?"


@pytest.mark.parametrize(
    ("message", "sentence", "verdict"),
    [
        (_RETIREE, "Vous avez validé 176 trimestres.", CONTRADICTED),
        (_RETIREE, "Vous totalisez 166 trimestres.", CONSISTENT),
        (_RETIREE, "Vous avez pris votre retraite à 62 ans.", CONTRADICTED),
        (_RETIREE, "Vous êtes parti à la retraite à 63 ans.", CONSISTENT),
        (_REDUCED, "Vous êtes parti avec le taux plein.", CONTRADICTED),
        (_REDUCED, "Vous percevez une pension minorée.", CONSISTENT),
        (_REDUCED, "Vous avez pris votre retraite à 62 ans.", CONSISTENT),
    ],
)
def test_pass37_d45_a_retirees_pension(message: str, sentence: str, verdict: str) -> None:
    assert _verdict(message, sentence) == verdict


@pytest.mark.parametrize(
    "sentence",
    [
        "Pour partir à taux plein, il faut 172 trimestres.",  # the fiche's rule
        "Si vous avez 172 trimestres, vous partez sans décote.",  # a condition
        "Il vous manque 8 trimestres.",  # quarters missing, no count held
    ],
)
def test_pass37_d45_what_is_no_claim_on_the_pension_stays_silent(sentence: str) -> None:
    assert _verdict(_REDUCED, sentence) != CONTRADICTED


def test_pass37_d45_someone_elses_quarters_are_not_the_writers() -> None:
    # the wife's 150 quarters do not make the writer's 150 good, nor are they read as his
    assert _verdict(_RETIREE, "Vous avez validé 150 trimestres.") == CONTRADICTED
    assert _verdict("Ma femme a 150 trimestres. Je suis salarié.", "Vous avez validé 160 trimestres.") == "none"


@pytest.mark.parametrize(
    ("message", "sentence", "verdict"),
    [
        (
            "jsuis apprenti menuisier en 1ere annee de CAP, 17 ans, mon patron me paye pas",
            "Vous êtes mineur.",
            CONSISTENT,
        ),
        (
            "jsuis apprenti menuisier en 1ere annee de CAP, 17 ans, mon patron me paye pas",
            "Vous êtes en deuxième année de CAP.",
            CONTRADICTED,
        ),
        ("Bonjour, je suis vendeuse en alternance, 24 ans, à Brest.", "Vous avez moins de 26 ans.", CONSISTENT),
        ("Bonjour, je suis vendeuse en alternance, 24 ans, à Brest.", "Vous avez plus de 30 ans.", CONTRADICTED),
        ("Bonjour, je suis apprenti en BP coiffure à Lille.", "Vous préparez un CAP coiffure.", CONTRADICTED),
        ("Salut, je vis chez ma copine depuis mars et je cherche un job.", "Vous vivez en couple.", CONSISTENT),
        (
            "Je suis en BTS en alternance, en contrat de professionnalisation chez un opticien.",
            "Vous êtes en contrat d'apprentissage.",
            CONTRADICTED,
        ),
        (
            "Je suis en BTS en alternance, en contrat de professionnalisation chez un opticien.",
            "Votre contrat de professionnalisation se poursuit.",
            CONSISTENT,
        ),
    ],
)
def test_pass37_d45_a_bare_age_a_level_a_couple(message: str, sentence: str, verdict: str) -> None:
    assert _verdict(message, sentence) == verdict


@pytest.mark.parametrize(
    "message",
    [
        "Je m'occupe de mon père, 82 ans, qui vit seul.",  # the father's age
        "J'ai deux enfants, 4 et 9 ans, et je travaille.",  # the children's
        "J'ai été maçon, 25 ans, puis chauffeur.",  # a span of work
    ],
)
def test_pass37_d45_a_bare_age_of_someone_else_or_a_span_is_not_the_writers(message: str) -> None:
    assert _verdict(message, "Vous avez plus de 60 ans.") == UNSUPPORTED
