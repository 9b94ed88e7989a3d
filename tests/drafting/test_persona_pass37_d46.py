"""Thirty-seventh pass (engineer-d46): dates and weekly hours of the writer's case against what a draft says.

Through the check's front door (`guichet.drafting.persona.find_claims`). Messages and sentences are written for these
tests, none taken from corpora/claims: a declaration's date, a permit's end said "il finit le …" after the permit,
a loan repaid "jusqu'en …", a count of hours two off, a partner's delivery
dated otherwise. What must stay consistent stays so: the same dates, a rough
count of hours.
"""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, find_claims


def _verdict(message: str, sentence: str) -> str:
    claims = find_claims(f"{sentence} [1]", message)
    return claims[0].verdict if claims else "none"


_DECLARED = "Bonjour, ma fille est née le 3 mars et je l'ai déclarée à la mairie de Brest le 6 mars. Que faire ?"
_PERMIT = "Bonjour, je suis étudiant algérien. Mon titre de séjour étudiant il finit le 15 septembre. Que faire ?"
_LOAN = "Je rembourse un crédit auto de 180 € par mois jusqu'en 2028. Puis-je avoir une aide ?"
_HOURS = "Je suis étudiante et je travaille 8 heures par semaine dans une boulangerie. Ai-je droit à la prime ?"
_ROUGH = "Je suis étudiante et je travaille une dizaine d'heures par semaine au cinéma. Ai-je droit à la prime ?"


@pytest.mark.parametrize(
    ("message", "sentence", "verdict"),
    [
        (_DECLARED, "Vous avez déclaré la naissance à la mairie le 9 mars.", CONTRADICTED),
        (_DECLARED, "Vous avez déclaré la naissance à la mairie le 6 mars.", CONSISTENT),
        (_PERMIT, "Votre titre de séjour expire fin octobre.", CONTRADICTED),
        (_PERMIT, "Votre titre de séjour expire le 15 septembre.", CONSISTENT),
        (_LOAN, "Votre crédit court jusqu'en 2026.", CONTRADICTED),
        (_LOAN, "Votre crédit court jusqu'en 2028.", CONSISTENT),
        (_HOURS, "Vous travaillez 10 heures par semaine.", CONTRADICTED),
        (_HOURS, "Vous travaillez 8 heures par semaine.", CONSISTENT),
    ],
)
def test_pass37_d46_dates_and_hours(message: str, sentence: str, verdict: str) -> None:
    assert _verdict(message, sentence) == verdict


def test_pass37_d46_a_rough_count_of_hours_keeps_its_margin() -> None:
    assert _verdict(_ROUGH, "Vous travaillez 11 heures par semaine.") != CONTRADICTED
    assert _verdict(_ROUGH, "Vous travaillez 20 heures par semaine.") == CONTRADICTED


_BIRTH = "Bonjour, ma conjointe a accouché le 8 mai et je suis salarié en CDI depuis 2020. Combien de jours de congé ?"


def test_pass37_d46_a_relatives_dated_step_is_read_against_theirs() -> None:
    assert _verdict(_BIRTH, "Votre conjointe a accouché le 18 mai.") == CONTRADICTED
    assert _verdict(_BIRTH, "Votre conjointe a accouché le 8 mai.") == CONSISTENT
    # the writer's own step is not the partner's: "vous êtes salarié depuis 2020" is read as before
    assert _verdict(_BIRTH, "Vous êtes salarié en CDI depuis 2020.") != CONTRADICTED
