"""Twenty-fourth pass, second shift, privacy: a care institution named by its own name, where the writer or a
relative is treated ("suivi au CHU de Rennes", "l'IME Les Tilleuls", "l'hôpital Saint-Louis"), is masked as
`[ETABLISSEMENT_n]`; an unnamed one ("l'hôpital", "un CHU", "la clinique") stays. Fresh sentences, none from the
corpora."""

import pytest

from guichet.privacy.pseudonymise import ENTITY_TYPES
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Ma femme est suivie au CHU de Rennes pour une sclérose en plaques depuis 2020.", "Rennes"),
        ("Notre fils autiste va à l'IME Les Tilleuls trois jours par semaine.", "Tilleuls"),
        ("Il a été opéré du cœur à l'hôpital Saint-Louis en mars.", "Saint-Louis"),
        ("Après sa rechute il est hospitalisé au CMP de Montreuil, en psychiatrie.", "Montreuil"),
        ("Ma rééducation au centre de rééducation de Garches dure encore deux mois.", "Garches"),
    ],
)
def test_a_named_care_institution_is_masked(text: str, named: str) -> None:
    masked = output(text)
    assert named not in masked and "[ETABLISSEMENT_1]" in masked, masked


def test_the_agent_reads_what_the_placeholder_stands_for() -> None:
    assert ENTITY_TYPES["ETABLISSEMENT"] == "établissement de soins"


@pytest.mark.parametrize(
    "text",
    [
        "Ma mère a passé une semaine à l'hôpital, puis dans un CHU, puis à la clinique.",
        "Un examen clinique Le médecin conseil peut vous convoquer.",
        "Le centre hospitalier de votre secteur vous remet le bulletin de situation.",
    ],
)
def test_an_unnamed_institution_stays(text: str) -> None:
    assert output(text) == text


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Elle a été opérée au CHU d'Angers l'an dernier, une greffe de rein.", "Angers"),
        ("Voici le compte rendu (diabétologue, hôpital Pierre-Zobda-Quitman) en pièce jointe.", "Zobda"),
    ],
)
def test_a_town_after_d_and_a_hospital_after_a_comma(text: str, named: str) -> None:
    masked = output(text)
    assert named not in masked and "[ETABLISSEMENT_1]" in masked, masked
