"""Thirty-seventh pass, engineer-r55: a name's narrower fiche comes first when the message says what narrows it."""

import pytest

from guichet.knowledge import narrowed_names
from tests.knowledge.rerank_helpers import ranked_with_pointers

CASIER = {
    "F1420": "Demande d'extrait de casier judiciaire (bulletin n°3)",
    "F35453": "Bulletin n°2 du casier judiciaire : comment faire la demande ?",
    "F14710": "Casier judiciaire : présentation des trois bulletins",
}
AIDE = {
    "F18074": "Aide juridictionnelle",
    "F15006": "Un avocat peut-il exiger de l'argent d'un bénéficiaire d'aide juridictionnelle ?",
    "F31623": "Aide juridictionnelle : peut-on faire un recours en cas de refus ?",
}
PENSION = {
    "F1249": "Que faire si la pension alimentaire n'est pas payée ?",
    "F1002": "Pension alimentaire impayée : faire intervenir la Caf ou la MSA",
    "F998": 'Pension alimentaire impayée : procédure de "paiement direct"',
}
BULLETIN_2 = (
    "Bulletin n°2 du casier\nJe postule dans une crèche et on me parle de mon casier. Je peux demander le bulletin "
    "n°2 moi-même ?"
)
BULLETIN_3 = "Extrait de casier\nJe suis né à Lyon, comment demander un extrait de casier judiciaire pour un emploi ?"
LAWYER = (
    "Avocat et aide juridictionnelle\nJ'ai l'aide juridictionnelle totale. Mon avocat peut-il exiger de l'argent "
    "en plus ?"
)
ELIGIBLE = "Divorce\nJe touche le RSA et je veux divorcer. Comment demander l'aide juridictionnelle ?"
THE_CAF = (
    "Pension impayée\nLe père de ma fille ne verse plus la pension et je ne sais plus où il habite. La Caf peut "
    "récupérer la pension impayée à ma place ?"
)


@pytest.fixture
def switch_on(monkeypatch):
    monkeypatch.setattr(narrowed_names, "READ_NARROWED_NAMES", True)
    monkeypatch.setattr(narrowed_names, "READ_NARROWING_ORDER", True)


STORY_ONLY = "Extrait de casier\nOn m'a parlé du bulletin n°2 à la crèche. Comment je demande mon extrait ?"


def test_the_bulletin_n2_is_the_casiers_fiche_when_the_message_names_it(switch_on):
    order, pointers = ranked_with_pointers(CASIER, BULLETIN_2)
    # half the name's pointer: the first-stage evidence still decides between the main fiche and the narrower one
    assert pointers["F1420"] > pointers["F35453"] > 0
    assert order.index("F35453") < order.index("F14710")
    assert pointers["F14710"] == 0  # "présentation des trois bulletins": the message names neither


def test_what_narrows_the_name_must_be_asked_not_only_told(switch_on):
    _, pointers = ranked_with_pointers(CASIER, STORY_ONLY)
    assert pointers["F35453"] == 0


def test_a_plain_extract_keeps_the_main_fiche(switch_on):
    order, pointers = ranked_with_pointers(CASIER, BULLETIN_3)
    assert order[0] == "F1420"
    assert pointers["F35453"] == 0


def test_a_lawyer_asking_money_of_a_legal_aid_beneficiary(switch_on):
    order, pointers = ranked_with_pointers(AIDE, LAWYER)
    assert pointers["F15006"] > 0
    assert pointers["F31623"] == 0  # no refusal, no recourse in the message
    assert order.index("F15006") < order.index("F31623")


def test_who_asks_for_legal_aid_gets_the_legal_aid_fiche(switch_on):
    order, pointers = ranked_with_pointers(AIDE, ELIGIBLE)
    assert order[0] == "F18074"
    assert pointers["F15006"] == pointers["F31623"] == 0


def test_among_a_names_fiches_the_one_the_message_narrows_to_comes_first(switch_on):
    order, _ = ranked_with_pointers(PENSION, THE_CAF)
    assert order[0] == "F1002"


def test_the_switches_off_give_the_thirty_sixth_pass_back(monkeypatch):
    monkeypatch.setattr(narrowed_names, "READ_NARROWED_NAMES", False)
    monkeypatch.setattr(narrowed_names, "READ_NARROWING_ORDER", False)
    _, pointers = ranked_with_pointers(CASIER, BULLETIN_2)
    assert pointers["F35453"] == 0
    order, _ = ranked_with_pointers(PENSION, THE_CAF)
    assert order[0] == "F1249"
