"""Fifty-third pass, engineer-r97: the real request found under anger and insults.

The housing aid stopped because of rent arrears points to F32037 (`anger_buried.READ_AID_HELD_FOR_ARREARS`), not
arrears that followed the aid's loss; the carte grise that cannot be done online, with another way asked, points to
F34743 (`READ_ONLINE_CARTE_GRISE_STUCK`, shipped off), not the driving licence's online steps; a licence suspended by
the préfet points to F14836 (`READ_PREFECT_SUSPENSION`), not a judge's suspension; an error on the carte grise
points to F16868 (`READ_CARTE_GRISE_ERROR`), not the website's error page; a tax said wrong and how to contest it
points to F110 (`READ_TAX_CONTESTED`), not a seizure. Messages written fresh for these tests, none from a corpus;
the search runs the real pipeline over a subset of the shared fiches.
"""

import pytest

from guichet.knowledge import anger_buried
from guichet.knowledge.search import search
from guichet.knowledge.vocabulary import find_every

ARREARS = (
    "Bande de clowns à la CAF !!! Mon APL est coupée depuis ce mois-ci parce que j'ai trois mois de retard de "
    "loyer. Comment je fais pour la récupérer ?"
)
REPORTED = (
    "J'ai eu des impayés de loyer cet hiver, le bailleur vous a prévenus et vous avez SUSPENDU mon aide au "
    "logement. C'est honteux, elle revient quand ?"
)
# arrears that followed the aid's loss, and an aid cut because the flat is a parent's
ARREARS_AFTER = (
    "Mon APL est suspendue depuis deux mois pour un papier manquant, résultat j'ai maintenant 600 euros de retard "
    "de loyer. Qui peut débloquer ça ?"
)
FATHER_FLAT = "Vous m'avez supprimé l'APL parce que l'appartement appartient à mon père, c'est légal ?"

STUCK = (
    "Votre site ANTS est une honte, il plante à chaque fois que je valide la carte grise de ma Twingo. Il y a un "
    "autre moyen de faire la démarche, oui ou non ?"
)
LICENCE_ONLINE = (
    "Le site plante depuis un mois, impossible de faire ajouter la catégorie moto sur mon permis de conduire. Qui "
    "peut m'aider ?"
)

PREFECT = (
    "SCANDALE : la préfecture m'a suspendu mon permis trois mois pour un excès de vitesse de 45 km/h. Je peux "
    "contester cette décision ?"
)
JUDGE = "Le tribunal a prononcé une suspension de mon permis de six mois. Quand est-ce que je peux le récupérer ?"

CARD_ERROR = "C'est VOTRE faute : mon prénom est mal orthographié sur la carte grise reçue hier. Je fais quoi ?"
SITE_ERROR = "Votre site me met une page d'erreur quand je demande ma carte grise, bande d'amateurs."

TAX_WRONG = (
    "Vous m'avez compté deux fois la taxe foncière, bande de rapaces, c'est faux. Comment je la conteste, cette taxe ?"
)
SEIZURE = (
    "Vous avez fait une saisie sur mon compte pour une taxe d'habitation, je veux contester cette saisie "
    "immédiatement."
)


@pytest.fixture
def all_on(monkeypatch):
    """Every reading on, whatever its shipped state: the look-alikes must stay out even then."""
    for switch in anger_buried.SWITCHES:
        monkeypatch.setattr(anger_buried, switch, True)


def pointed(text: str) -> set[str]:
    return {
        fiche
        for found in find_every(text)
        if found.term in anger_buried.ANGER_BURIED_TERMS
        for fiche in found.term.fiches
    }


def test_the_shipped_switches():
    assert anger_buried.READ_AID_HELD_FOR_ARREARS is True
    assert anger_buried.READ_ONLINE_CARTE_GRISE_STUCK is False
    assert anger_buried.READ_PREFECT_SUSPENSION is True
    assert anger_buried.READ_CARTE_GRISE_ERROR is True
    assert anger_buried.READ_TAX_CONTESTED is True


@pytest.mark.parametrize("text", [ARREARS, REPORTED])
def test_the_aid_held_for_arrears_points_to_its_fiche(text, monkeypatch):
    monkeypatch.setattr(anger_buried, "READ_AID_HELD_FOR_ARREARS", True)
    assert "F32037" in pointed(text)
    monkeypatch.setattr(anger_buried, "READ_AID_HELD_FOR_ARREARS", False)
    assert "F32037" not in pointed(text)


@pytest.mark.parametrize("text", [ARREARS_AFTER, FATHER_FLAT])
def test_arrears_after_the_loss_and_a_parents_flat_are_left_alone(text, all_on):
    assert "F32037" not in pointed(text)


def test_the_carte_grise_stuck_online_points_to_its_fiche(monkeypatch):
    monkeypatch.setattr(anger_buried, "READ_ONLINE_CARTE_GRISE_STUCK", True)
    assert pointed(STUCK) == {"F34743"}
    monkeypatch.setattr(anger_buried, "READ_ONLINE_CARTE_GRISE_STUCK", False)
    assert not pointed(STUCK)


def test_the_licence_online_is_left_alone(all_on):
    assert "F34743" not in pointed(LICENCE_ONLINE)


def test_the_prefects_suspension_points_to_its_fiche(monkeypatch):
    monkeypatch.setattr(anger_buried, "READ_PREFECT_SUSPENSION", True)
    assert "F14836" in pointed(PREFECT)
    monkeypatch.setattr(anger_buried, "READ_PREFECT_SUSPENSION", False)
    assert "F14836" not in pointed(PREFECT)


def test_a_judges_suspension_is_left_alone(all_on):
    assert "F14836" not in pointed(JUDGE)


def test_an_error_on_the_carte_grise_points_to_its_fiche(monkeypatch):
    monkeypatch.setattr(anger_buried, "READ_CARTE_GRISE_ERROR", True)
    assert pointed(CARD_ERROR) == {"F16868"}
    monkeypatch.setattr(anger_buried, "READ_CARTE_GRISE_ERROR", False)
    assert not pointed(CARD_ERROR)


def test_the_websites_error_page_is_left_alone(all_on):
    assert "F16868" not in pointed(SITE_ERROR)


def test_a_tax_contested_points_to_the_claim(monkeypatch):
    monkeypatch.setattr(anger_buried, "READ_TAX_CONTESTED", True)
    assert "F110" in pointed(TAX_WRONG)
    monkeypatch.setattr(anger_buried, "READ_TAX_CONTESTED", False)
    assert "F110" not in pointed(TAX_WRONG)


def test_a_seizure_contested_is_left_alone(all_on):
    assert "F110" not in pointed(SEIZURE)


# --- the real search over a subset of the shared fiches

FICHES = "F32037 F12006 F32384 F1563 F14836 F21761 F14855 F35218 F16868 F1177 F12118".split()


@pytest.fixture
def anger_fiches(shared_subset):
    shared_subset(FICHES)


def first(text: str) -> str:
    return search(text, k=5)[0].fiche_id


@pytest.mark.shared
@pytest.mark.django_db
def test_the_search_puts_the_fiche_of_the_request_first(anger_fiches):
    assert first(ARREARS) == "F32037"
    # on this small subset (no dense side), the judge's suspension can come first: the préfet's is in the top 3
    assert "F14836" in [hit.fiche_id for hit in search(PREFECT, k=3)]
    assert first(CARD_ERROR) == "F16868"
