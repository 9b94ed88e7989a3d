"""Forty-third pass, engineer-r71: someone who sleeps beside the writer to keep them company is no homelessness
(`distress_company.READ_COMPANY`): the distress map's "sans logement" is not read from that clause alone, and a night
on a sofa or in a car without that purpose still is. Fresh sentences, none from a corpus."""

import pytest

from guichet.knowledge import distress_company
from guichet.knowledge.search import understand

HOMELESS = "sans logement"


@pytest.fixture
def rule_on(monkeypatch):
    monkeypatch.setattr(distress_company, "READ_COMPANY", True)


def names(text: str) -> set[str]:
    return {hit.name for hit in understand(text).distress}


@pytest.mark.parametrize(
    "text",
    [
        "Mon mari est mort mardi. Mon fils dort sur le canapé pour ne pas me laisser seule. "
        "Comment demander la pension de réversion ?",
        "Depuis l'agression, ma sœur dort sur le canapé pour me tenir compagnie. Faut-il porter plainte ?",
        "Pour ne pas me laisser seul, mon neveu dort sur le canapé du salon. Qui paie les obsèques de ma femme ?",
    ],
)
def test_company_is_no_homelessness(rule_on, text):
    assert HOMELESS not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Depuis l'expulsion je dors sur le canapé d'un ami. Comment avoir une adresse pour mon courrier ?",
        "Ma sœur dort sur le canapé pour me tenir compagnie, mais la nuit d'avant j'ai dormi dans ma voiture. "
        "Où puis-je dormir ce soir ?",
        "Mon fils dort sur un canapé chez des copains depuis qu'il est à la rue. Que faire ?",
    ],
)
def test_a_night_without_a_home_is_still_read(rule_on, text):
    assert HOMELESS in names(text)


def test_switch_off_reads_the_forty_second_pass_map(monkeypatch):
    monkeypatch.setattr(distress_company, "READ_COMPANY", False)
    text = "Mon fils dort sur le canapé pour ne pas me laisser seule. Comment demander le capital décès ?"
    assert HOMELESS in names(text)
