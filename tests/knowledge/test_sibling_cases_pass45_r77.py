"""Forty-fifth pass, engineer-r77: the sibling that fits the writer's own case.

The writer's public read from the office they write to when the message names none (`office_public`: a civil
servants' pension fund, a public employer's human resources, a rectorat; the Carsat behind its own switch, shipped
off), and a fiche titled for a loss or a theft kept off a message that names no event of the thing
(`unsaid_event`). Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import office_public, unsaid_event
from guichet.knowledge.analysis import fold
from guichet.knowledge.facets import facets_in_message, facets_in_title
from guichet.knowledge.query import understand
from guichet.knowledge.rerank import mismatch

PUBLIC = "agent public"
TENURED = "fonctionnaire titulaire"
PRIVATE = "salarié du privé"


@pytest.fixture(autouse=True)
def readings(monkeypatch):
    monkeypatch.setattr(office_public, "READ_PUBLIC_EMPLOYER_OFFICE", True)
    monkeypatch.setattr(office_public, "READ_PRIVATE_PENSION_OFFICE", False)
    monkeypatch.setattr(unsaid_event, "READ_UNSAID_MISHAP", True)


def qualifiers(text: str, administration: str) -> frozenset[str]:
    return understand(text, administration=administration).qualifiers


@pytest.mark.parametrize(
    "administration, branch",
    [
        ("Service des retraites de l'État", "fonction publique d'État"),
        ("Centre hospitalier de Mâcon – direction des ressources humaines", "fonction publique hospitalière"),
        ("Mairie de Quimper (ressources humaines)", "fonction publique territoriale"),
        ("Centre de gestion de la fonction publique territoriale de l'Aude", "fonction publique territoriale"),
        ("Rectorat de l'académie de Nancy-Metz", "fonction publique d'État"),
    ],
)
def test_a_public_employer_office_says_the_writer_is_its_agent(administration, branch):
    found = qualifiers(
        "Je voudrais savoir si je peux partir plus tôt, j'ai commencé à travailler à 17 ans.", administration
    )
    assert {PUBLIC, TENURED, branch} <= found
    assert PRIVATE not in found


def test_the_civil_service_sibling_fits_and_the_private_one_is_the_neighbour():
    writer = qualifiers("Ma collègue veut me donner ses jours de repos, c'est possible ?", "Hôpital - DRH")
    # « Don de jours de repos à un agent public… » against « … à un salarié parent d'enfant gravement malade »
    assert not mismatch(frozenset({PUBLIC}), writer)
    assert mismatch(frozenset({PRIVATE}), writer)


@pytest.mark.parametrize(
    "text",
    [
        "Je suis contractuelle depuis deux ans, mon contrat s'arrête en juin : qui me paie le chômage ?",
        "Je suis auto-entrepreneur à côté de mon poste, dois-je le déclarer ?",
        "Je travaille dans une clinique privée en CDI, ai-je droit à ce congé ?",
    ],
)
def test_a_writer_who_names_their_public_keeps_it(text):
    found = qualifiers(text, "Centre hospitalier - ressources humaines")
    assert TENURED not in found


def test_a_writer_who_says_it_is_the_wrong_office_is_not_read_by_it():
    text = "Je me suis sans doute trompé de service. Comment refaire la carte grise de ma moto ?"
    assert PUBLIC not in qualifiers(text, "Rectorat")


def test_an_ordinary_office_says_nothing_of_the_public():
    found = qualifiers("J'ai commencé à travailler à 17 ans, puis-je partir plus tôt ?", "Caf")
    assert not found & office_public.PUBLICS


def test_the_switches_turn_the_readings_off(monkeypatch):
    text = "Mon mari est décédé en mars, ai-je droit à une partie de sa retraite ?"
    monkeypatch.setattr(office_public, "READ_PUBLIC_EMPLOYER_OFFICE", False)
    assert PUBLIC not in qualifiers(text, "CNRACL")
    assert PRIVATE not in qualifiers(text, "Carsat Bretagne")
    monkeypatch.setattr(office_public, "READ_PRIVATE_PENSION_OFFICE", True)
    assert PRIVATE in qualifiers(text, "Carsat Bretagne")


def _unsaid(title: str, message: str) -> bool:
    folded = fold(message)
    return unsaid_event.unsaid_mishap(facets_in_title(fold(title)), facets_in_message(folded), fold(title), folded)


@pytest.mark.parametrize(
    "title",
    [
        "Carte nationale d'identité d'un mineur : en cas de vol",
        "Passeport d'un majeur : en cas de perte",
    ],
)
def test_a_mishap_fiche_is_the_neighbour_when_the_message_names_no_event(title):
    assert _unsaid(
        title, "On m'a renvoyé deux fois au guichet, quels papiers faut-il apporter pour ma fille de 8 ans ?"
    )


@pytest.mark.parametrize(
    "message",
    [
        "J'ai égaré ma carte d'identité au marché, que dois-je faire ?",
        "On m'a arraché mon sac avec ma carte d'identité dedans.",
        "Ma carte d'identité est périmée depuis l'été, comment la refaire ?",
    ],
)
def test_a_named_event_leaves_the_mishap_fiche_to_the_other_rule(message):
    # the loss or the theft named is the facet that lifts it, another event named is `rerank.other_event`'s
    assert not _unsaid("Carte d'identité d'un majeur : en cas de vol", message)


def test_a_fiche_of_the_ordinary_procedure_is_never_an_unsaid_mishap():
    assert not _unsaid("Carte d'identité d'un mineur : première demande", "Quels papiers pour la carte de mon fils ?")


def test_the_unsaid_mishap_switch_turns_it_off(monkeypatch):
    monkeypatch.setattr(unsaid_event, "READ_UNSAID_MISHAP", False)
    assert not _unsaid("Passeport d'un majeur : en cas de perte", "Quels papiers pour mon passeport ?")


def test_a_fiche_about_a_thing_found_again_is_not_an_unsaid_mishap():
    title = "Que faire si je retrouve une carte d'identité ou un passeport perdu ou volé ?"
    assert not _unsaid(title, "J'ai ramassé un portefeuille avec un passeport dedans sur un banc, je l'apporte où ?")


@pytest.mark.parametrize(
    "message",
    [
        "Depuis le déménagement, la boîte avec nos papiers a disparu, comment refaire la carte de mon fils ?",
        "Je ne retrouve plus ma carte d'identité nulle part, il faut quoi pour en avoir une autre ?",
        "Mon ex a gardé ma carte d'identité quand je suis partie, comment faire ?",
    ],
)
def test_a_mishap_told_in_other_words_leaves_the_mishap_fiche_in_the_race(message):
    assert not _unsaid("Carte d'identité d'un majeur : en cas de perte", message)
