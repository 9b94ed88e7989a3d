"""Twenty-first pass, privacy: an employer after "extras chez", after a kind of firm in lower case ("salarié à la
coopérative Val de Saône", "chez la fromagerie Les Trois Vallées") and on the other side of the writer's contract
("ma rupture conventionnelle avec Agri Sud Services"), in brackets after a work word ("des missions (Synergie)").
Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Je fais des extras chez Brasserie Le Galion deux soirs par semaine.", "Brasserie Le Galion"),
        ("Mon mari est salarié à la coopérative Val de Saône depuis dix ans.", "Val de Saône"),
        ("J'ai travaillé à la scierie Bois Vosgiens jusqu'à l'accident.", "Bois Vosgiens"),
        ("Ma rupture conventionnelle avec Agri Sud Services a été signée hier.", "Agri Sud Services"),
        ("Mon CDD avec Horizon Propreté finit en juin.", "Horizon Propreté"),
        ("Je fais des missions (Synergie) mais pas tous les mois.", "Synergie"),
    ],
)
def test_an_employer_named_without_a_trade_word(text: str, firm: str) -> None:
    masked = output(text)
    assert not survives(firm, "employer", masked), masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("La rupture conventionnelle avec un employeur ouvre droit à l'allocation.", "employeur"),
        ("Mon contrat (CDI) commence lundi.", "CDI"),
        ("Voyez la direction du travail et de l'emploi (Dreets) de votre région.", "Dreets"),
    ],
)
def test_a_public_office_or_a_fiches_sentence_stays(text: str, kept: str) -> None:
    assert kept in output(text)


def test_a_public_body_on_the_other_side_of_a_contract_is_masked() -> None:
    # reversed in the twenty-fifth pass (the lead's decision: a public body named as an employer is masked)
    masked = output("Mon CDD avec la Mairie de Dijon finit en juin.")
    assert "Dijon" not in masked and "[EMPLOYEUR_" in masked, masked
