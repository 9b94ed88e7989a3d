"""Twenty-third pass, privacy: a clinic or a pharmacy where the writer works ("la pharmacie du Port", "la Clinique
des Tilleuls"), after a word of work earlier in the sentence or right after the job, even when named after a
public landmark ("pharmacie de l'Hôtel de Ville"); a seasonal worker's estate; a firm after "fiches de paie de
chez"; a sugar mill or a brewery named after its kind. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from guichet.privacy.pseudonymise import pseudonymise
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Je travaille depuis deux ans à la pharmacie de l'Hôtel de Ville à Cholet.", "pharmacie de l'Hôtel de Ville"),
        ("J'ai perdu mon emploi à la Clinique des Tilleuls au printemps.", "Clinique des Tilleuls"),
        ("Je suis vendeuse en CDD à la pharmacie du Port à Sète.", "pharmacie du Port"),
        ("Je bosse les samedis à la Clinique vétérinaire du Bocage.", "Clinique vétérinaire du Bocage"),
        (
            "Mon entretien d'embauche à la Polyclinique des Trois Rivières est lundi.",
            "Polyclinique des Trois Rivières",
        ),
        ("Il est secrétaire médical à la Clinique Sainte-Odile depuis mars.", "Clinique Sainte-Odile"),
        ("Elle était saisonnière aux Vignobles Marcillac tout l'été.", "Vignobles Marcillac"),
        ("Je joins mes fiches de paie de chez Atlantic Propreté pour le dossier.", "Atlantic Propreté"),
        ("Mon père a travaillé à la sucrerie Bois-Rouge de 1975 à 1990.", "Bois-Rouge"),
    ],
)
def test_a_clinic_or_a_pharmacy_where_one_works(text: str, firm: str) -> None:
    masked = output(text)
    assert not survives(firm, "employer", masked), masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("La pharmacie de l'Hôtel de Ville m'a donné le mauvais médicament.", "pharmacie de l'Hôtel de Ville"),
        ("Je suis en arrêt de travail depuis mon opération à la clinique.", "clinique"),
    ],
)
def test_a_clinic_or_a_pharmacy_named_without_work_stays(text: str, kept: str) -> None:
    assert kept in output(text)


def test_a_named_clinic_without_work_is_no_employer() -> None:
    # (twenty-fourth pass, second shift: a named care institution where one is treated is masked, as itself)
    result = pseudonymise("J'ai rendez-vous à la Clinique des Tilleuls pour une radio du genou.")
    assert not any(placeholder.startswith("[EMPLOYEUR_") for placeholder in result.mapping), result.text
