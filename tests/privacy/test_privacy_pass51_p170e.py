"""Fifty-first pass, privacy (issue 13, engineer-p170e): shops and trades named after their owner.

Three readings of `recognizers.owner_signs`: a trade's word then a listed surname in capitals
(`CAPITAL_SURNAMES`: « la poissonnerie BERGER »), a capitalised trade's word then a listed surname that is also a
French word (`LISTED_SURNAMES`: « l'Auto-école Fournier »), a sign in capitals that runs past « DE » / « DU » to a
person's name (`SIGNS_PAST_PARTICLE`: « AUX GOURMANDISES DU MOULIN »). `CAPITAL_SURNAMES` ships off, the two others
on. Chains, public workplaces and signs with no person's name stay visible with every switch on. The real pipeline,
fresh sentences written for these tests, none from a corpus.
"""

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import owner_signs

SWITCHES = ("CAPITAL_SURNAMES", "LISTED_SURNAMES", "SIGNS_PAST_PARTICLE")
CAPITAL_SURNAME = "Mon mari est vendeur à la poissonnerie BERGER depuis l'été, il n'a pas reçu sa fiche de paie."
LISTED_SURNAME = "Ma fille a pris ses leçons de conduite à l'Auto-école Fournier et le dossier est bloqué."
SIGN_PAST = "Ma nièce fait son alternance AUX GOURMANDISES DU MOULIN à Figeac depuis mars, que déclarer ?"
VISIBLE = (
    "Je fais le ménage à la mairie de Rennes, au lycée Jean Jaurès et le soir à la boulangerie PAUL de la gare ; "
    "la boulangerie CENTRALE et la pâtisserie AUX DÉLICES DU PALAIS recrutent aussi."
)


def test_the_switches_ship_as_measured() -> None:
    assert owner_signs.CAPITAL_SURNAMES is False
    assert owner_signs.LISTED_SURNAMES is True
    assert owner_signs.SIGNS_PAST_PARTICLE is True


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _switch(monkeypatch: pytest.MonkeyPatch, value: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(owner_signs, name, value)


@pytest.mark.parametrize(
    ("switch", "text", "word"),
    [
        ("CAPITAL_SURNAMES", CAPITAL_SURNAME, "BERGER"),
        ("LISTED_SURNAMES", LISTED_SURNAME, "Fournier"),
        ("SIGNS_PAST_PARTICLE", SIGN_PAST, "MOULIN"),
    ],
)
def test_each_switch_masks_its_owner_name(monkeypatch: pytest.MonkeyPatch, switch: str, text: str, word: str) -> None:
    _switch(monkeypatch, False)
    assert word in _body(text)
    monkeypatch.setattr(owner_signs, switch, True)
    body = _body(text)
    assert word not in body and "[EMPLOYEUR_1]" in body, body


def test_the_trade_word_stays_after_a_lower_case_trade(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, True)
    assert "la poissonnerie [EMPLOYEUR_1]" in _body(CAPITAL_SURNAME)


def test_chains_public_workplaces_and_signs_without_a_name_stay_visible(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, True)
    body = _body(VISIBLE)
    for kept in ("mairie de Rennes", "lycée Jean Jaurès", "boulangerie PAUL", "CENTRALE", "AUX DÉLICES DU PALAIS"):
        assert kept in body, body


def test_a_message_in_capitals_is_left_to_the_other_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, True)
    assert list(owner_signs.OwnerSignRecognizer().spans("JE TRAVAILLE A LA POISSONNERIE BERGER DEPUIS MAI")) == []
