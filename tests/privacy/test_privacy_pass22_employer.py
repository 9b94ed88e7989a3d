"""Twenty-second pass, privacy: an employer after the worker's job ("infirmière au Centre hospitalier de …",
"conseiller à la Caisse d'Épargne …", "femme de chambre à l'hôtel …"); a hospital alone, a public office, or a
hospital named without a job stay. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from guichet.privacy.pseudonymise import pseudonymise
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Je suis infirmière au Centre hospitalier de la Haute-Vienne depuis 2015.", "Haute-Vienne"),
        ("Mon fils est conseiller clientèle à la Caisse d'Épargne Normandie.", "Caisse d'Épargne Normandie"),
        ("Je suis sage-femme au CHU de Basse-Terre et je pars en congé.", "CHU de Basse-Terre"),
        ("Elle est agent d'accueil au Crédit Coopératif Nantes depuis mars.", "Crédit Coopératif Nantes"),
        ("Je suis femme de chambre à l'hôtel Mercure Vieux-Port le week-end.", "Mercure Vieux-Port"),
    ],
)
def test_an_employer_after_a_job(text: str, firm: str) -> None:
    masked = output(text)
    assert not survives(firm, "employer", masked), masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Je suis infirmière au CHU depuis dix ans.", "CHU"),
    ],
)
def test_a_hospital_without_its_name_or_without_a_job_stays(text: str, kept: str) -> None:
    assert kept in output(text)


def test_a_public_office_after_a_job_is_masked() -> None:
    # reversed in the twenty-fifth pass (the lead's decision: a public body named as someone's employer is masked)
    masked = output("Je suis conseillère à la CAF du Rhône.")
    assert "CAF du Rhône" not in masked and "[EMPLOYEUR_" in masked, masked


def test_a_named_hospital_without_a_job_is_no_employer() -> None:
    # (twenty-fourth pass, second shift: a named care institution where one is treated is masked, as itself)
    result = pseudonymise("J'ai été opéré au CHU de Limoges en juillet.")
    assert not any(placeholder.startswith("[EMPLOYEUR_") for placeholder in result.mapping), result.text
