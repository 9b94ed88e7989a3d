"""Twenty-second pass, privacy: more employers named as such: after "mon employeur, le <what it is>" ("le bureau
d'études Hydrolor"), in brackets after the writer's own work or a workplace ("mon travail (…, Lens)", "à l'usine
(…, où…)"), after a home help's or a sales rep's job and "chez". Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Mon employeur, le bureau d'études techniques Hydrolor à Metz, est d'accord.", "Hydrolor"),
        ("Je n'ai rien reçu et mon travail (Propreté Nord Services, Lens) me demande un papier.", "Propreté Nord"),
        ("J'ai eu un accident à l'usine (Fonderies Ardennaises, où je travaillais).", "Fonderies Ardennaises"),
        ("Accident du travail à l'entrepôt (Logistique Rhénane, quai 4) l'an dernier.", "Logistique Rhénane"),
        ("J'étais aide à domicile chez Présence Verte pendant douze ans.", "Présence Verte"),
        ("Je suis commercial chez Moselle Boissons depuis mai.", "Moselle Boissons"),
    ],
)
def test_an_employer_after_more_cues(text: str, firm: str) -> None:
    masked = output(text)
    assert not survives(firm, "employer", masked), masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le code du travail (Légifrance) fixe la durée du préavis.", "Légifrance"),
        ("Mon travail (CDD) se termine en mars.", "CDD"),
    ],
)
def test_a_public_body_or_a_fiches_bracket_stays(text: str, kept: str) -> None:
    assert kept in output(text)


def test_a_public_body_after_mon_employeur_is_masked() -> None:
    # reversed in the twenty-fifth pass (the lead's decision: a public body named as an employer is masked)
    masked = output("Mon employeur, la mairie de Metz, refuse le temps partiel.")
    assert "Metz" not in masked and "[EMPLOYEUR_" in masked, masked
