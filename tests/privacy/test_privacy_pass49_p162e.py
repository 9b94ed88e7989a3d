"""Forty-ninth pass, privacy (issue 13, engineer-p162e): sport clubs and associations.

An association's RNA number and its acronym are the body's and stay visible (`club_registers.RNA_ACRONYM_RULE`,
`RNA_NUMBER_RULE`); a club named after someone in the forms clubs take ("le Handball Club des Genêts", "l'Élan
Boris-Diaw", "au gymnase marcel-cerdan") is the club's (`CLUB_FORMS_RULE`), as is an association's name followed by
its RNA number (`REGISTERED_NAME_RULE`, shipped off) or in guillemets after its kind word (`QUOTED_NAME_RULE`); an
officer who signs with a first name that is also a word, a comma and the role, is a person (`OFFICER_FIRST_NAME_RULE`,
shipped off). Fresh
sentences, none from the corpora; each rule with its switch off and the neighbours it leaves alone.
"""

import pytest

from guichet.privacy import club_registers, eponym_places
from guichet.privacy.pseudonymise import pseudonymise_message

_SWITCHES = (
    "RNA_ACRONYM_RULE",
    "RNA_NUMBER_RULE",
    "CLUB_FORMS_RULE",
    "REGISTERED_NAME_RULE",
    "QUOTED_NAME_RULE",
    "OFFICER_FIRST_NAME_RULE",
)


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _all_off(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in _SWITCHES:
        monkeypatch.setattr(club_registers, name, False)


def test_the_switches_as_shipped() -> None:
    assert club_registers.RNA_ACRONYM_RULE is True
    assert club_registers.RNA_NUMBER_RULE is True
    assert club_registers.CLUB_FORMS_RULE is True
    assert club_registers.QUOTED_NAME_RULE is True
    # shipped off: no gain on validation (docs/benchmarks.md, forty-ninth pass, engineer-p162e)
    assert club_registers.REGISTERED_NAME_RULE is False
    assert club_registers.OFFICER_FIRST_NAME_RULE is False


def test_an_rna_number_and_its_acronym_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Le Handball Club des Genêts (RNA W561003287) sollicite une aide pour ses déplacements."
    assert _body(text) == text
    _all_off(monkeypatch)
    body = _body(text)
    assert "RNA W561003287" not in body and "Genêts" not in body, body


def test_an_rna_number_alone_in_an_association_message_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Notre association a perdu son récépissé : le numéro est W382009146, pouvez-vous le renvoyer ?"
    assert "W382009146" in _body(text)
    monkeypatch.setattr(club_registers, "RNA_NUMBER_RULE", False)
    assert "W382009146" not in _body(text)


def test_a_w_number_without_an_association_is_still_masked() -> None:
    body = _body("Mon numéro de demande de logement est W123456789, je n'ai toujours pas de réponse.")
    assert "W123456789" not in body, body


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("L'Élan Boris-Diaw cherche un créneau le samedi matin.", "Boris-Diaw"),
        ("Les U11 s'entraînent au gymnase marcel-cerdan le mercredi.", "marcel-cerdan"),
    ],
)
def test_a_club_form_keeps_its_name(text: str, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _body(text) == text
    monkeypatch.setattr(club_registers, "CLUB_FORMS_RULE", False)
    # engineer-p163e's place named in lower case after a person (« gymnase marcel-cerdan ») keeps it too
    monkeypatch.setattr(eponym_places, "LOWER_NAMES", False)
    assert name not in _body(text)


def test_a_registered_association_keeps_its_name_with_its_switch_on(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Je préside l'Association Les Amis d'Aimé Césaire (RNA W972004518) depuis mars."
    assert "Césaire" not in _body(text)  # shipped off
    monkeypatch.setattr(club_registers, "REGISTERED_NAME_RULE", True)
    assert _body(text) == text


def test_a_quoted_association_keeps_its_name(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Je suis trésorier de l'association « Les Copains de Gaston Lenôtre » à Évreux."
    assert _body(text) == text
    monkeypatch.setattr(club_registers, "QUOTED_NAME_RULE", False)
    assert "Lenôtre" not in _body(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le club de Mme Ferreira ferme en juin.", "Ferreira"),
        ("Au club, Bastien Morel m'a dit que c'était complet.", "Bastien Morel"),
        ("Je suis salarié de l'association Les Amis de Josette Lamarre depuis 2021.", "Josette Lamarre"),
        ("Mon entraîneur, Jean-Marc Dubois, est absent depuis trois semaines.", "Jean-Marc Dubois"),
    ],
)
def test_people_near_a_club_stay_masked(text: str, name: str) -> None:
    assert name not in _body(text)


def test_an_officer_first_name_with_her_role_is_masked_with_its_switch_on(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Rose, secrétaire du club de tennis"
    assert "Rose" in _body(text)  # shipped off
    monkeypatch.setattr(club_registers, "OFFICER_FIRST_NAME_RULE", True)
    body = _body(text)
    assert "Rose" not in body and "secrétaire du club de tennis" in body, body


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Madame, votre message est très clair, présidente.",
        "Merci, Présidente, pour votre accueil au forum.",
    ],
)
def test_a_word_before_a_role_stays(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(club_registers, "OFFICER_FIRST_NAME_RULE", True)
    assert _body(text) == text
