"""Thirty-fifth pass (engineer-p105e): clubs, associations and grounds named after someone are no person, and the
scans the name rules share give the same spans.

Fresh sentences, none from the corpora: a club's, an association's or a ground's name stays visible, the people
around it (a president, a coach, a player's mother) are still masked, and a name after a title or a comma is still
a person's."""

import re

import pytest

from guichet.privacy.analyzer import detect
from guichet.privacy.club_names import club_stretches
from guichet.privacy.names import ENTITY as PERSON
from guichet.privacy.pseudonymise import pseudonymise
from guichet.privacy.scan_once import AnchorGate, matches


def _persons(text: str) -> list[str]:
    return [text[s.start : s.end] for s in detect(text) if s.type == PERSON]


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Mon fils est licencié au Karaté Club Christophe-Pinna depuis trois ans, faut-il un certificat ?", "Pinna"),
        ("Ma fille s'entraîne au club d'escrime Lucien-Gaudin le mardi soir, c'est loin de chez nous.", "Gaudin"),
        ("L'Amicale Laïque Louise-Michel organise un loto le 12 avril, pouvons-nous avoir la salle ?", "Michel"),
        ("Le match des U9 se joue au terrain Roger-Bambuck, derrière la caserne des pompiers.", "Bambuck"),
        (
            "Les jeunes de l'AS Gaston-Monnerville voudraient jouer le samedi matin plutôt que le dimanche.",
            "Monnerville",
        ),
        ("Le centre nautique Florence-Arthaud ferme en octobre, où peut-on faire du kayak l'hiver ?", "Arthaud"),
    ],
)
def test_a_club_or_ground_named_after_someone_stays(text: str, club: str) -> None:
    assert not any(club in value for value in _persons(text))
    assert club in pseudonymise(text).text


def test_the_people_around_the_club_are_still_masked() -> None:
    text = (
        "Bonjour,\n\nJe suis trésorière du Volley Club Estelle-Mossely. Notre entraîneur, Grégoire Lemaître, "
        "peut être joint au 06 28 41 97 50.\n\nCordialement,\nSolène Bréhat\nPrésidente des Mouettes"
    )
    result = pseudonymise(text)
    assert "Mossely" in result.text
    assert "Présidente des Mouettes" in result.text
    for value in ("Grégoire Lemaître", "Solène Bréhat", "06 28 41 97 50"):
        assert value not in result.text


@pytest.mark.parametrize(
    "text",
    [
        "Au club, Mathis Pelletier m'a dit de vous écrire pour la licence.",
        "Le club de M. Ferrandi a refusé l'inscription de mon fils.",
    ],
)
def test_a_person_after_a_comma_or_a_title_is_still_one(text: str) -> None:
    result = pseudonymise(text)
    assert "Pelletier" not in result.text and "Ferrandi" not in result.text


def test_an_association_is_named_whole() -> None:
    text = "Je suis bénévole à l'association Les Hirondelles de Villeurbanne depuis 2019."
    assert [text[a:b] for a, b in club_stretches(text)] == ["association Les Hirondelles de Villeurbanne"]
    assert "Hirondelles" in pseudonymise(text).text


def test_matches_scans_once_and_gives_what_finditer_gives() -> None:
    regex = re.compile(r"(?i)\bje m'appelle\b")
    text = "Je m'appelle Noé. Ma sœur ? je m'appelle pas comme elle."
    first = matches(regex, text)
    assert [m.span() for m in first] == [m.span() for m in regex.finditer(text)]
    assert matches(regex, text) is first


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Personne à contacter : Anouk (ma sœur), tél. 06 11 20 30 40", True),
        ("J'ai donné procuration à Basile, mon voisin.", True),
        ("Je joins le formulaire (page 2) et la facture.", False),
    ],
)
def test_an_anchor_gate_says_yes_wherever_its_pattern_can_match(text: str, expected: bool) -> None:
    kin = r"(?i:mon|ma)[ \t]+(?:sœur|voisin)"
    bracketed = re.compile(rf"(?P<name>\w+)[ \t]*\({kin}\)")
    apposed = re.compile(rf"(?P<name>\w+),[ \t]*{kin}")
    gates = {bracketed: AnchorGate(rf"\({kin}\)"), apposed: AnchorGate(rf",[ \t]*{kin}")}
    for regex, gate in gates.items():
        if regex.search(text):
            assert gate.may_match(text)
    assert any(gate.may_match(text) for gate in gates.values()) is expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ma fille Capucine aura 6 ans. Ma question c'est : est-ce que la rentrée compte ?", "est-ce"),
        ("Je voudrais savoir : mon neveu Timéo a-t-il droit au pass'Sport ?", "a-t-il"),
        ("Bonjour,\n\nVeuillez trouver mon attestation.\n\nLOUKAKOU Ange Prosper\nNé le 14/02/1999\n", "Né le"),
    ],
)
def test_a_question_verb_or_a_birth_cue_is_no_name(text: str, kept: str) -> None:
    result = pseudonymise(text)
    assert kept in result.text
    assert "Capucine" not in result.text and "Timéo" not in result.text and "LOUKAKOU" not in result.text
