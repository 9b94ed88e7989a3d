"""Fifty-third pass, privacy (issue 13, engineer-p179e): initials that stand for a person, places only an address is.

Five readings of `recognizers.initials_hamlets`: an initial after a title in any case (`TITLED_INITIALS`: "mr L."),
after a kin or household word (`KIN_INITIALS`: "la petite J."), after the writer's "cest" (`SELF_INITIALS`: "cest
W."), a hamlet or a lieu-dit typed in capitals (`CAPITAL_HAMLETS`), a place with an article before a postcode and a
town (`POSTCODE_PLACES`: "au Bois Joli, 24250 Domme"). Abbreviations of writing (« N.B. », « P.S. »), a title before
a role, an initial before a surname, a law's article, a street's or a school's name, a public office before its
postcode and a town named twice are left to the other rules: the readings add nothing there. The real pipeline,
fresh sentences written for these tests, none from a corpus.
"""

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import initials_hamlets

SWITCHES = ("TITLED_INITIALS", "KIN_INITIALS", "SELF_INITIALS", "CAPITAL_HAMLETS", "POSTCODE_PLACES")
TITLED = "c pour mon grand pere mr L. qui vit seul depuis l'hiver, il a besoin d'aide"
KIN = "Je garde depuis septembre la petite J., qui a 2 ans, et ses parents ne déclarent rien."
SELF = "coucou cest W. du 2e etage, le chauffage est coupé depuis lundi"
HAMLET = "MA MAISON EST HAMEAU DU GRAND PUY ET LE CAMION NE MONTE PAS."
POSTCODE = "Nous nous sommes installés au Bois Joli, 24250 Domme, en avril."
LOOK_ALIKES = (
    "N.B. : je joins la copie du bail. P.S. : envoyé en A.R., P.J. : quittance.",
    "M. le Maire m'a renvoyé vers la CAF de Lyon, selon l'art. L. 262-4 du code.",
    "Ma voisine Mme K. Benali et le locataire M. et Mme Faure sont d'accord pour témoigner.",
    "Mon fils va au collège J. Moulin et j'ai rendez-vous place J. Jaurès à Toulouse.",
    "Nous avons visité le Hameau de la Reine à Versailles avec la classe de CM2.",
    "Écrivez au Centre hospitalier, 63000 Clermont-Ferrand, ou bien on déménage au Mans, 72000 Le Mans.",
    "Je travaillais à l'EARL des Grands Prés, 51130 Vertus, avant de venir à Marseille.",
    "JE SUIS AU RSA ET LA CAF DE PARIS NE REPOND PAS. N.B. J'AI TOUT ENVOYE.",
)


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _switch(monkeypatch: pytest.MonkeyPatch, value: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(initials_hamlets, name, value)


def test_the_switches_ship_as_measured() -> None:
    assert initials_hamlets.TITLED_INITIALS is True
    assert initials_hamlets.KIN_INITIALS is True
    assert initials_hamlets.SELF_INITIALS is True
    assert initials_hamlets.CAPITAL_HAMLETS is True
    assert initials_hamlets.POSTCODE_PLACES is True


@pytest.mark.parametrize(
    ("switch", "text", "value", "placeholder"),
    [
        ("TITLED_INITIALS", TITLED, "L.", "[PERSONNE_1]"),
        ("KIN_INITIALS", KIN, "J.", "[PERSONNE_1]"),
        ("SELF_INITIALS", SELF, "W.", "[PERSONNE_1]"),
        ("CAPITAL_HAMLETS", HAMLET, "GRAND PUY", "[ADRESSE_1]"),
        ("POSTCODE_PLACES", POSTCODE, "Bois Joli", "[ADRESSE_"),
    ],
)
def test_each_switch_masks_its_reading(
    monkeypatch: pytest.MonkeyPatch, switch: str, text: str, value: str, placeholder: str
) -> None:
    _switch(monkeypatch, False)
    assert value in _body(text)
    monkeypatch.setattr(initials_hamlets, switch, True)
    body = _body(text)
    assert value not in body and placeholder in body, body


def test_the_title_and_the_kin_word_stay_visible() -> None:
    assert _body(TITLED).startswith("c pour mon grand pere mr [PERSONNE_1] qui vit seul")
    assert "la petite [PERSONNE_1], qui a 2 ans" in _body(KIN)
    assert "installés au [ADRESSE_" in _body(POSTCODE)


def test_a_child_named_after_the_parent_word_is_masked() -> None:
    body = _body("Je reste joignable par courriel.\nMme Roussel, maman de T. (CM1)")
    assert "T." not in body and "maman de [PERSONNE_" in body, body


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_yield_nothing(text: str) -> None:
    assert list(initials_hamlets.initial_spans(text)) == []
    assert list(initials_hamlets.place_spans(text)) == []


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_read_the_same_with_the_switches_off(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    shipped = _body(text)
    _switch(monkeypatch, False)
    assert _body(text) == shipped


def test_abbreviations_acronyms_and_big_towns_stay_visible() -> None:
    body = _body(LOOK_ALIKES[0] + " " + LOOK_ALIKES[1] + " " + LOOK_ALIKES[-1])
    for kept in ("N.B.", "P.S.", "A.R.", "P.J.", "M. le Maire", "CAF de Lyon", "art. L. 262-4", "RSA", "PARIS"):
        assert kept in body, (kept, body)


def test_an_initial_before_a_surname_is_left_to_the_name_rules() -> None:
    assert list(initials_hamlets.initial_spans("Signé : Mme R. Delmas, et mon mari MR D. DUPONT")) == []
    assert list(initials_hamlets.initial_spans("MME K. AU 06 00 00 00 00")) == [(4, 6)]
