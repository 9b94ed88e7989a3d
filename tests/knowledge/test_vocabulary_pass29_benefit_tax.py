"""Twenty-ninth pass (the lead, issue 14): whether a social benefit is taxed or goes on the income-tax return points
to F3153 « Impôt sur le revenu : doit-on déclarer les aides sociales et familiales ? », whichever benefit is named;
resources declared to the Caf and a student still declared by their parents do not. Found on a 1.5B draft of the
triage test split (tri-cj-020) that answered "vous devez déclarer l'AAH" from the AAH's list of forms. Sentences
written fresh for these tests, none from a corpus."""

import pytest

from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed


@pytest.mark.parametrize(
    "message",
    [
        "Bonjour, la prime d'activité est-elle imposable ? Je ne sais pas quoi mettre sur ma déclaration.",
        "dois je declarer mes APL aux impots ou pas",
        "Mon fils touche l'AAH depuis mars : faut-il la déclarer sur sa déclaration de revenus ?",
        "Le complément familial compte-t-il dans l'impôt sur le revenu ?",
        "Je perçois la PCH pour ma mère, est-ce que je dois la mettre dans ma déclaration d'impôts ?",
    ],
)
def test_a_benefit_s_tax_status_points_to_the_social_benefits_tax_fiche(message: str) -> None:
    assert "F3153" in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        # resources declared to the Caf, not the tax return
        "Je dois déclarer mes ressources à la CAF pour le RSA, je ne suis pas imposable, c'est automatique ?",
        "Ma déclaration trimestrielle de RSA est en retard, que faire ?",
        # a student declared by the parents: the APL's conditions
        "Est-ce que j'ai droit aux APL si mes parents me déclarent encore aux impôts ?",
        # the benefit alone, or tax alone
        "Quel est le montant de l'AAH pour une personne seule ?",
        "J'ai oublié de déclarer mes revenus fonciers sur ma déclaration de revenus",
    ],
)
def test_the_caf_s_declaration_or_a_student_declared_by_parents_is_not_that_fiche(message: str) -> None:
    assert "F3153" not in _pointed(message)
