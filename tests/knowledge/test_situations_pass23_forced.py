"""Twenty-third pass: "forcée" and "violée" are sexual violence when said of a person ("il m'a forcée", "elle a été
violée"), not of a thing or a right ("une adhésion forcée", "on s'est sentis violés dans notre vie privée"): the danger
rule put the protecting fiche first above a plain question. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge.query import understand

SEXUAL_VIOLENCE = "violences sexuelles"


def _situations(message: str) -> list[str]:
    return [hit.name for hit in understand(message).distress]


@pytest.mark.parametrize(
    "message",
    [
        "Adhésion forcée à la prévoyance de la boîte : mon employeur peut-il me l'imposer ?",
        "Vente forcée par téléphone d'un abonnement d'énergie, comment l'annuler ?",
        "Le bailleur est entré sans prévenir, je me suis sentie violée dans ma vie privée. A-t-il le droit ?",
        "Ma boîte aux lettres a été forcée et mon avis d'imposition a disparu, comment en avoir un duplicata ?",
    ],
)
def test_a_thing_forced_is_no_sexual_violence(message):
    assert SEXUAL_VIOLENCE not in _situations(message)


@pytest.mark.parametrize(
    "message",
    [
        "Mon ancien compagnon m'a forcée plusieurs fois, est-ce qu'il est trop tard pour porter plainte ?",
        "Ma sœur a été violée à une soirée étudiante, où peut-elle être accompagnée ?",
        "J'ai été forcée par le cousin de mon mari l'été dernier et je n'arrive pas à en parler.",
    ],
)
def test_a_person_forced_stays_sexual_violence(message):
    assert SEXUAL_VIOLENCE in _situations(message)
