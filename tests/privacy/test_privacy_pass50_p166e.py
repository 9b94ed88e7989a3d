"""Fiftieth pass, privacy (issue 13, engineer-p166e): small firms written in capitals or by their sign.

Three readings of `recognizers.capital_firms`, each shipped off (each removed one leak of the batch's train split and
moved no validation item): a sign in capitals after a lower-case « chez » (`CAPITAL_SIGNS`), a name after « la
boîte » (`FIRM_SLANG`), the firm after « promesse d'embauche de » (`HIRING_PROMISE`). Switched on they mask the
firm; the look-alikes stay visible either way: a chain, a person, a kin word, a message in capitals, a letter box, a
public body. The real pipeline, fresh sentences written for these tests, none from a corpus.
"""

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import capital_firms

SECOND_SIGN = (
    "Je suis caissière chez ALDI le matin et l'après-midi je repasse le linge chez PRESSING DES ARCADES 33, "
    "est-ce que je déclare les deux salaires ?"
)
FAMILY_FIRM = "Mon frère est chez RIVIÈRE & FILS depuis dix ans, il a besoin d'une attestation pour sa banque."
FIRM_SLANG = "Ma femme a été licenciée économique, la boîte ARMOR EMBALLAGES a fermé son dépôt de Lorient en mai."
HIRING_PROMISE = "J'ai reçu une promesse d'embauche de MENUISERIE ALPINE 74 pour un CDI, que dois-je joindre ?"


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


@pytest.fixture
def switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CAPITAL_SIGNS", "FIRM_SLANG", "HIRING_PROMISE"):
        monkeypatch.setattr(capital_firms, name, True)


def test_the_switches_ship_as_measured() -> None:
    assert capital_firms.CAPITAL_SIGNS is False
    assert capital_firms.FIRM_SLANG is False
    assert capital_firms.HIRING_PROMISE is False


@pytest.mark.usefixtures("switched_on")
def test_a_second_sign_in_capitals_after_chez_is_masked() -> None:
    body = _body(SECOND_SIGN)
    assert "PRESSING" not in body and "ARCADES" not in body, body


@pytest.mark.usefixtures("switched_on")
def test_a_family_firm_in_capitals_after_chez_is_masked() -> None:
    body = _body(FAMILY_FIRM)
    assert "RIVIÈRE" not in body, body


@pytest.mark.usefixtures("switched_on")
def test_a_name_after_la_boite_is_masked() -> None:
    body = _body(FIRM_SLANG)
    assert "ARMOR" not in body and "EMBALLAGES" not in body, body


@pytest.mark.usefixtures("switched_on")
def test_the_firm_of_a_hiring_promise_is_masked() -> None:
    body = _body(HIRING_PROMISE)
    assert "ALPINE" not in body, body


@pytest.mark.usefixtures("switched_on")
def test_look_alikes_stay_visible_switched_on() -> None:
    body = _body(
        "Bonjour, je fais mes courses chez CARREFOUR MARKET et j'habite chez MA SOEUR depuis mars. "
        "La boîte aux lettres est à son nom. J'ai une promesse d'embauche de la mairie pour l'été."
    )
    assert "CARREFOUR MARKET" in body, body
    assert "MA SOEUR" in body, body
    assert "boîte aux lettres" in body, body
    assert "la mairie" in body, body


@pytest.mark.usefixtures("switched_on")
def test_a_message_in_capitals_throughout_is_not_read_as_a_sign() -> None:
    body = _body("BONJOUR JE SUIS HEBERGEE CHEZ UNE AMIE DEPUIS DEUX MOIS ET LA CAF NE REPOND PAS")
    assert "UNE AMIE" in body, body
    assert "CAF" in body, body


@pytest.mark.usefixtures("switched_on")
def test_a_public_body_after_a_hiring_promise_stays_visible() -> None:
    body = _body("Je n'ai pas d'offre d'emploi de France Travail depuis trois mois, est-ce normal ?")
    assert "France Travail" in body, body


def test_shipped_off_the_firms_stay_as_before() -> None:
    assert "PRESSING DES ARCADES 33" in _body(SECOND_SIGN)
    assert "RIVIÈRE & FILS" in _body(FAMILY_FIRM)
    assert "ARMOR EMBALLAGES" in _body(FIRM_SLANG)
    assert "MENUISERIE ALPINE 74" in _body(HIRING_PROMISE)
