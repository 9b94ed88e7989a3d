"""Thirty-ninth pass, engineer-r63: regulated leisure — the gendarmerie is a place, not the writer's trade; a club's
"licence" is no degree; a weapon one will not keep is F11629's question."""

import pytest

from guichet.knowledge.query import understand
from guichet.knowledge.vocabulary import find

CIVIL_SERVANT = {"agent public", "fonctionnaire titulaire", "fonction publique d'État"}


def _fiches(text: str) -> set[str]:
    return {fiche for found in find(text) for fiche in found.term.fiches}


@pytest.mark.parametrize(
    "text",
    [
        "Ma voisine m'a volé mon vélo, je suis allée porter plainte à la gendarmerie de Pontivy ce matin.",
        "Mon grand-oncle est mort, il reste une carabine au grenier. Faut-il l'apporter à la gendarmerie ?",
    ],
)
def test_the_gendarmerie_as_a_place_is_no_civil_servant(text):
    assert not understand(text).qualifiers & CIVIL_SERVANT


def test_a_gendarme_is_still_a_state_civil_servant():
    qualifiers = understand("Je suis gendarme à Quimper, puis-je demander une disponibilité ?").qualifiers
    assert CIVIL_SERVANT <= qualifiers


@pytest.mark.parametrize(
    "text",
    [
        "J'ai pris ma licence de tir en septembre, puis-je acheter un pistolet ?",
        "Ma licence au club de judo est payée, le certificat médical est-il encore obligatoire ?",
        "Le bar du village a perdu sa licence IV, la mairie peut-elle la racheter ?",
    ],
)
def test_a_club_or_trade_licence_is_no_student(text):
    assert "étudiant ou apprenti" not in understand(text).qualifiers


@pytest.mark.parametrize(
    "text",
    ["Je suis en licence de sociologie à Nantes, ai-je droit à une bourse ?", "Je finis ma licence pro en juin."],
)
def test_a_degree_is_still_a_student(text):
    assert "étudiant ou apprenti" in understand(text).qualifiers


@pytest.mark.parametrize(
    "text",
    [
        "Mon oncle nous a laissé un vieux pistolet. On voudrait s'en débarrasser proprement, comment faire ?",
        "Il y a deux fusils dans le garage de ma mère, je veux les remettre à l'État.",
        "J'ai hérité d'une carabine et je ne souhaite pas la conserver. Que faire ?",
    ],
)
def test_a_weapon_one_will_not_keep(text):
    assert "F11629" in _fiches(text)


@pytest.mark.parametrize(
    "text",
    [
        "J'ai acheté une carabine au club de tir, faut-il la déclarer ?",
        "Je veux me débarrasser de ma vieille voiture, on m'a dit d'aller à la gendarmerie pour la carte grise.",
    ],
)
def test_a_weapon_kept_or_no_weapon_is_not_read(text):
    assert "F11629" not in _fiches(text)


def test_tenured_of_the_town_is_a_tenured_civil_servant():
    qualifiers = understand("Je suis agent d'entretien titulaire de la commune depuis 2015, quels congés ?").qualifiers
    assert {"fonctionnaire titulaire", "fonction publique territoriale"} <= qualifiers
    assert "fonctionnaire titulaire" not in understand("Je suis titulaire d'un permis bateau côtier.").qualifiers
