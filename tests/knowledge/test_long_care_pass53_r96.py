"""Fifty-third pass, engineer-r96: health and social protection told in long stories.

Sick pay said to stop after a long leave points to F672 (`long_care.READ_SICK_PAY_ENDING`), not an accident at work
nor a late sick note; an invalidity category contested, far from the words that name it, to F2499
(`READ_INVALIDITY_CONTESTED`), not an AAH refused by the MDPH nor a seizure; an invalidity pension beside someone
who can no longer wash or dress alone to F31434 (`READ_INVALID_DAILY_HELP`), not a grandmother (the Apa); an adult's
disability beside the costs of help and an adapted car to F14202 (`READ_DISABLED_ADULT_COSTS`), not a child nor an
accident at work with its rente. Messages written fresh for these tests, none from a corpus; the search runs the real
pipeline over a subset of the shared fiches.
"""

import pytest

from guichet.knowledge import long_care
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every

SICK_PAY = (
    "Je suis magasinier, arrêté depuis une hernie opérée deux fois. On m'annonce que mes IJ prennent fin en juin "
    "et mon chirurgien dit que je ne pourrai plus reprendre ce métier. De quoi vais-je vivre ?"
)
CONTESTED = (
    "Après mon cancer on m'a classée en invalidité première catégorie. Depuis, j'ai déménagé chez ma sœur, vendu "
    "ma voiture, arrêté la chorale, et je suis épuisée au bout d'une heure. Mon oncologue pense que c'est une "
    "erreur. Comment faire un recours ?"
)
DAILY_HELP = (
    "Mon mari touche une pension d'invalidité depuis sa sclérose en plaques. Désormais il ne peut plus se lever "
    "ni faire sa toilette sans moi. Y a-t-il un supplément prévu ?"
)
ADULT_COSTS = (
    "Ma compagne est tétraplégique depuis une chute de cheval. Nous voudrions aménager la salle de bains et "
    "payer une auxiliaire de vie le matin. Qui peut nous aider ?"
)
# look-alikes: an accident at work, a late sick note, an AAH refused, a seizure of the pension, a grandmother, a
# child, an accident at work with a rente
WORK_ACCIDENT = (
    "Depuis mon accident du travail il y a trois ans les indemnités journalières vont s'arrêter, je ne peux plus "
    "travailler."
)
LATE_NOTE = (
    "Mes IJ ont été supprimées deux ans après le début de mon arrêt car j'ai envoyé mon avis d'arrêt en retard."
)
AAH_REFUSED = "La MDPH a refusé mon AAH alors que je suis invalide, je veux contester cette décision."
SEIZED = "Un huissier veut saisir ma pension d'invalidité de 3e catégorie, je veux contester."
GRANDMOTHER = (
    "Ma grand-mère a une petite pension d'invalidité et ne peut plus se laver seule. Quelle aide pour une personne "
    "âgée ?"
)
CHILD = "Notre fils est paraplégique, il faut aménager la voiture et l'école demande une aide pour lui."
RENTE = (
    "Depuis mon accident du travail je suis en fauteuil roulant avec une rente, il faut payer une personne pour "
    "m'aider."
)

READINGS = {
    "READ_SICK_PAY_ENDING": (SICK_PAY, "F672"),
    "READ_INVALIDITY_CONTESTED": (CONTESTED, "F2499"),
    "READ_INVALID_DAILY_HELP": (DAILY_HELP, "F31434"),
    "READ_DISABLED_ADULT_COSTS": (ADULT_COSTS, "F14202"),
}


@pytest.fixture
def all_on(monkeypatch):
    """Every reading on, whatever its shipped state: the look-alikes must stay out even then."""
    for switch in long_care.SWITCHES:
        monkeypatch.setattr(long_care, switch, True)


def pointed(text: str) -> set[str]:
    return {
        fiche for found in find_every(text) if found.term in long_care.LONG_CARE_TERMS for fiche in found.term.fiches
    }


def test_the_shipped_switches():
    assert all(getattr(long_care, switch) is True for switch in long_care.SWITCHES)


@pytest.mark.parametrize("switch", sorted(READINGS))
def test_each_reading_points_to_its_fiche_and_only_when_on(switch, monkeypatch):
    text, fiche = READINGS[switch]
    monkeypatch.setattr(long_care, switch, True)
    assert pointed(text) == {fiche}
    monkeypatch.setattr(long_care, switch, False)
    assert fiche not in pointed(text)


@pytest.mark.parametrize("text", [WORK_ACCIDENT, LATE_NOTE, AAH_REFUSED, SEIZED, GRANDMOTHER, CHILD, RENTE])
def test_the_look_alikes_are_left_alone(text, all_on):
    assert not pointed(text)


def test_a_switch_off_leaves_the_other_readings_on(monkeypatch):
    monkeypatch.setattr(long_care, "READ_SICK_PAY_ENDING", False)
    assert not pointed(SICK_PAY)
    assert pointed(ADULT_COSTS) == {"F14202"}


FICHES = "F672 F13093 F3053 F144 F726 F2499 F2500 F31434 F31435 F10009 F14202 F12242 F14809 F14840".split()


@pytest.fixture
def care_fiches(shared_subset):
    shared_subset(FICHES)


def first(text: str) -> str:
    return search(text, k=5)[0].fiche_id


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_puts_the_majoration_first_beside_an_invalidity_pension(care_fiches, monkeypatch):
    monkeypatch.setattr(long_care, "READ_INVALID_DAILY_HELP", False)
    assert first(DAILY_HELP) != "F31434"
    monkeypatch.setattr(long_care, "READ_INVALID_DAILY_HELP", True)
    assert first(DAILY_HELP) == "F31434"


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_puts_the_pch_first_for_an_adults_disability_costs(care_fiches, monkeypatch):
    monkeypatch.setattr(long_care, "READ_DISABLED_ADULT_COSTS", False)
    assert first(ADULT_COSTS) != "F14202"
    monkeypatch.setattr(long_care, "READ_DISABLED_ADULT_COSTS", True)
    assert first(ADULT_COSTS) == "F14202"
