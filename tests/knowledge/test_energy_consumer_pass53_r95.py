"""Fifty-third pass, engineer-r95: energy and consumer matters read in the writer's words.

A product broken beside what the seller said of « la garantie » points to F11094 (`energy_consumer.
READ_LEGAL_GUARANTEE`), not a paid extension nor a second-hand car; an electricity bill disputed with a silent
supplier to F20820 (`READ_ENERGY_DISPUTE`), not a water or phone bill; the chèque énergie named by what it pays to
F33667 (`READ_ENERGY_AID_NAMED`), not an aid for works; a signature at the door and a cancel asked to F23224
(`READ_DOORSTEP_CANCEL`), not a purchase online nor a bailiff's visit. Messages written fresh for these tests, none
from a corpus; the search runs the real pipeline over a subset of the shared fiches.
"""

import pytest

from guichet.knowledge import energy_consumer
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every

GUARANTEE = (
    "Mon sèche-linge acheté il y a dix mois dans une enseigne ne chauffe plus. Le vendeur dit que la garantie "
    "du fabricant ne couvre pas ça et qu'il faut que je contacte la marque. Ai-je un recours ?"
)
DISPUTE = (
    "Mon fournisseur de gaz m'envoie une facture de régularisation de 960 € pour un petit deux-pièces. J'ai fait "
    "une réclamation il y a six semaines et personne ne me répond. Qui peut trancher ?"
)
AID = "Cette année je n'ai pas eu le bon pour régler l'électricité de l'hiver. Faut-il le redemander ?"
DOOR = (
    "Samedi une dame est venue chez mon grand-père et lui a fait signer un contrat pour un adoucisseur d'eau. "
    "Il aimerait annuler, combien de jours a-t-il ?"
)
# look-alikes: a paid extension, a second-hand car, a water bill, a phone bill, an aid for works, a purchase online,
# a bailiff at the door
EXTENSION = (
    "J'ai payé une extension de garantie pour ma télé, elle ne s'allume plus et le magasin dit que la panne n'est "
    "pas couverte par la garantie."
)
CAR = "La voiture d'occasion achetée à un particulier est tombée en panne, le vendeur dit que la garantie est finie."
WATER = "Facture de régularisation d'eau de 700 €, le service des eaux ne répond pas à ma réclamation."
PHONE = "Mon opérateur internet me facture une option jamais demandée, aucune réponse à ma réclamation."
WORKS = "Existe-t-il une aide pour changer le chauffage au fioul par une pompe à chaleur ?"
ONLINE = "Un vendeur est venu chez moi me montrer un catalogue, puis j'ai commandé en ligne. Puis-je annuler ?"
BAILIFF = "Un huissier est venu chez moi avec un jugement et m'a fait signer un papier. Puis-je annuler ?"

READINGS = {
    "READ_LEGAL_GUARANTEE": (GUARANTEE, "F11094"),
    "READ_ENERGY_DISPUTE": (DISPUTE, "F20820"),
    "READ_ENERGY_AID_NAMED": (AID, "F33667"),
    "READ_DOORSTEP_CANCEL": (DOOR, "F23224"),
}


@pytest.fixture
def all_on(monkeypatch):
    """Every reading on, whatever its shipped state: the look-alikes must stay out even then."""
    for switch in energy_consumer.SWITCHES:
        monkeypatch.setattr(energy_consumer, switch, True)


def pointed(text: str) -> set[str]:
    return {
        fiche
        for found in find_every(text)
        if found.term in energy_consumer.ENERGY_CONSUMER_TERMS
        for fiche in found.term.fiches
    }


def test_the_shipped_switches():
    assert all(getattr(energy_consumer, switch) is True for switch in energy_consumer.SWITCHES)


@pytest.mark.parametrize("switch", sorted(READINGS))
def test_each_reading_points_to_its_fiche_and_only_when_on(switch, monkeypatch):
    text, fiche = READINGS[switch]
    monkeypatch.setattr(energy_consumer, switch, True)
    assert pointed(text) == {fiche}
    monkeypatch.setattr(energy_consumer, switch, False)
    assert fiche not in pointed(text)


@pytest.mark.parametrize("text", [EXTENSION, CAR, WATER, PHONE, WORKS, ONLINE, BAILIFF])
def test_the_look_alikes_are_left_alone(text, all_on):
    assert not pointed(text)


def test_a_switch_off_leaves_the_other_readings_on(monkeypatch):
    monkeypatch.setattr(energy_consumer, "READ_ENERGY_DISPUTE", False)
    assert not pointed(DISPUTE)
    assert pointed(DOOR) == {"F23224"}


FICHES = "F11094 F11093 F11007 F18954 F20820 F18116 F20055 F33667 F23224 F2441 F10485 F24042".split()


@pytest.fixture
def consumer_fiches(shared_subset):
    shared_subset(FICHES)


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_puts_doorstep_selling_first_for_a_signature_at_home(consumer_fiches, monkeypatch):
    monkeypatch.setattr(energy_consumer, "READ_DOORSTEP_CANCEL", True)
    assert search(DOOR, k=5)[0].fiche_id == "F23224"
