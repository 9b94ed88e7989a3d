"""Fifty-second pass, engineer-r92: the rented home told in the tenant's words.

A worn-out boiler or water heater and who pays points to F31699 (`rented_home.READ_LANDLORD_REPAIR`), not a damp
home's décence; a dripping tap or the boiler's yearly visit to F31697 (`READ_TENANT_REPAIR`); the papers an agency
asks of a candidate to F1169 (`READ_RENTAL_FILE`), not a temp agency's; « très humide » to F2042 (`READ_DAMP`); a
pet and the lease to F2693 (`READ_PET_CLAUSE`), not a dog's bite. Messages written fresh for these tests, none from
a corpus; the search runs the real pipeline over a subset of the shared fiches.
"""

import pytest

from guichet.knowledge import rented_home
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every

BOILER = "Notre cumulus est hors service depuis une semaine et la bailleuse dit qu'on doit le remplacer nous-mêmes."
TAP = "Le robinet de la salle de bain goutte sans arrêt : c'est à moi de payer le plombier ou au proprio ?"
FILE = "Pour un studio à Lille, l'agence exige mon avis d'imposition et trois relevés bancaires. Est-ce permis ?"
DAMP = "Mon appartement est tellement humide que mes chaussures sentent le moisi dans le placard. Je suis locataire."
PET = "Je loue un deux-pièces et le bail interdit les chiens. Mon propriétaire peut-il m'empêcher d'avoir un carlin ?"
# look-alikes: a football, a temp agency's payslips, a dog's bite, an owner's mould with the older entry's word
FOOTBALL = "Mon fils a cassé la fenêtre du voisin avec son ballon de foot, le voisin dit que c'est à moi de payer."
TEMP_AGENCY = "L'agence d'intérim me demande mes fiches de paie pour mon dossier, je ne les ai plus."
BITE = "Le chien de mon locataire a mordu le facteur. Qui est responsable ?"

READINGS = {
    "READ_LANDLORD_REPAIR": (BOILER, "F31699"),
    "READ_TENANT_REPAIR": (TAP, "F31697"),
    "READ_RENTAL_FILE": (FILE, "F1169"),
    "READ_DAMP": (DAMP, "F2042"),
    "READ_PET_CLAUSE": (PET, "F2693"),
}


@pytest.fixture
def all_on(monkeypatch):
    """Every reading on, whatever its shipped state: the look-alikes must stay out even then."""
    for switch in rented_home.SWITCHES:
        monkeypatch.setattr(rented_home, switch, True)


def pointed(text: str) -> set[str]:
    return {
        fiche
        for found in find_every(text)
        if found.term in rented_home.RENTED_HOME_TERMS
        for fiche in found.term.fiches
    }


def test_the_shipped_switches():
    assert all(getattr(rented_home, switch) is True for switch in rented_home.SWITCHES)


@pytest.mark.parametrize("switch", sorted(READINGS))
def test_each_reading_points_to_its_fiche_and_only_when_on(switch, monkeypatch):
    text, fiche = READINGS[switch]
    monkeypatch.setattr(rented_home, switch, True)
    assert fiche in pointed(text)
    monkeypatch.setattr(rented_home, switch, False)
    assert fiche not in pointed(text)


@pytest.mark.parametrize("text", [FOOTBALL, TEMP_AGENCY, BITE])
def test_the_look_alikes_are_left_alone(text, all_on):
    assert not pointed(text)


FICHES = "F31699 F31697 F20760 F1169 F2042 F2693 F34877 F1686 F947 F34396".split()


@pytest.fixture
def rented_fiches(shared_subset):
    shared_subset(FICHES)


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_puts_the_pet_clause_first(rented_fiches, monkeypatch):
    monkeypatch.setattr(rented_home, "READ_PET_CLAUSE", True)
    assert search(PET, k=5)[0].fiche_id == "F2693"
