"""Twenty-sixth pass, privacy (p68, p70e): the lenders, debt collectors, hostel operators and debt associations that
people in debt name as creditors or helpers ("Cofidis", "Sofinco", "ADOMA", "Crésus Alsace", "l'UDAF") are no persons
and stay; a hostel named by its operator with the town or the street that tells which one is where someone lives,
masked ("foyer adoma de la rue des …"). Someone titled with such a word stays a person. Fresh sentences, none from the
corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mes dettes : Cofidis 2 300 €, Sofinco 900 € et un découvert.", "Cofidis"),
        ("J'ai un crédit Cetelem et un autre chez Oney depuis 2022.", "Cetelem"),
        ("Le cabinet Intrum m'appelle tous les jours pour une facture.", "Intrum"),
        ("Les créanciers sont ADOMA (redevances) et le Trésor public.", "ADOMA"),
        ("L'association Crésus Picardie m'aide pour le dossier.", "Crésus Picardie"),
        ("Son curateur de l'UDAF est d'accord pour le plan.", "UDAF"),
    ],
)
def test_a_lender_or_a_helper_stays(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("je reste au foyer adoma de la rue des tilleuls depuis 3 ans", "tilleuls"),
        ("Il habite le foyer Coallia de Montreuil-sous-Bois.", "Montreuil-sous-Bois"),
    ],
)
def test_a_hostel_named_by_its_operator_and_place_is_masked(text: str, word: str) -> None:
    masked = pseudonymise(text).text
    assert word not in masked, masked
