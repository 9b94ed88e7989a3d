"""Fifty-third pass, privacy (issue 13, engineer-p181e): names hidden inside identifiers.

Four readings of `recognizers.handle_names`: the first name and the surname glued in a file name
(`FILE_NAME_PAIRS`: "permis_Henri_GAUTIER.pdf"), a piece of the writer's mailbox found again in a file name
(`MAILBOX_PIECES_IN_FILES`: "facture_eau_kabongo.jpg" beside "kabongo.jd@…"), a quoted pseudonym after an app's
word (`QUOTED_HANDLES`: “tiphdu44”), and a public body's mailbox that names no one, left visible
(`NAMELESS_PUBLIC_MAILBOXES`: "titres-sejour@loire-atlantique.gouv.fr"). Schools and streets in file names, file
names without a name, a quoted app's name, an agent's and a firm's mailbox are left as they were. The real
pipeline, fresh sentences written for these tests, none from a corpus.
"""

import pytest

from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import handle_names

SWITCHES = ("FILE_NAME_PAIRS", "MAILBOX_PIECES_IN_FILES", "QUOTED_HANDLES", "NAMELESS_PUBLIC_MAILBOXES")
PAIR = "voila le permis permis_Henri_GAUTIER.pdf pour le dossier"
PAIR_IN_CAPITALS = "Je vous envoie CNI-Lina-PETIT-verso.png pour la cantine."
MAILBOX = "ci joint facture_eau_kabongo.jpg, mon mail kabongo.jd@yahoo.fr"
HANDLE = "Dans l'application j'apparais sous “tiphdu44” je crois."
PUBLIC_MAILBOX = "J'ai écrit à titres-sejour@loire-atlantique.gouv.fr il y a un mois, sans réponse."
LOOK_ALIKES = (
    "L'inscription est jointe (inscription_lycee_Jean_Moulin.pdf) avec le plan (plan_rue_Victor_Hugo.pdf).",
    "Je joins scan_0042.pdf, attestation_employeur.pdf et IMG_20231105_101500.jpg comme demandé.",
    "Téléchargez l'application 'Impots.gouv' pour payer, m'a dit le guichet.",
    "Sur le formulaire j'ai coché la case 'urgent' comme l'application le demandait.",
)


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _switch(monkeypatch: pytest.MonkeyPatch, value: bool) -> None:
    for name in SWITCHES:
        monkeypatch.setattr(handle_names, name, value)


def test_the_switches_ship_as_measured() -> None:
    assert handle_names.FILE_NAME_PAIRS is True
    assert handle_names.MAILBOX_PIECES_IN_FILES is True
    assert handle_names.QUOTED_HANDLES is True
    assert handle_names.NAMELESS_PUBLIC_MAILBOXES is True


@pytest.mark.parametrize(
    ("switch", "text", "value", "placeholder"),
    [
        ("FILE_NAME_PAIRS", PAIR, "Henri", "permis_[PERSONNE_"),
        ("FILE_NAME_PAIRS", PAIR_IN_CAPITALS, "PETIT", "CNI-[PERSONNE_1]-[PERSONNE_2]-verso.png"),
        ("MAILBOX_PIECES_IN_FILES", MAILBOX, "kabongo", "facture_eau_[PERSONNE_1].jpg"),
        ("QUOTED_HANDLES", HANDLE, "tiphdu44", "“[EMAIL_1]”"),
    ],
)
def test_each_switch_masks_its_reading(
    monkeypatch: pytest.MonkeyPatch, switch: str, text: str, value: str, placeholder: str
) -> None:
    _switch(monkeypatch, False)
    assert value in _body(text)
    monkeypatch.setattr(handle_names, switch, True)
    body = _body(text)
    assert value not in body and placeholder in body, body


def test_a_nameless_public_mailbox_is_left_visible_only_with_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    _switch(monkeypatch, False)
    assert "loire-atlantique" not in _body(PUBLIC_MAILBOX)
    monkeypatch.setattr(handle_names, "NAMELESS_PUBLIC_MAILBOXES", True)
    assert _body(PUBLIC_MAILBOX) == PUBLIC_MAILBOX


@pytest.mark.parametrize(
    "mailbox",
    ["agent.lemoine@caf.fr", "j.tessier@francetravail.fr", "contact@plomberie-rapide.fr", "titres.sejour@gmail.com"],
)
def test_an_agents_a_firms_and_a_webmails_mailbox_stay_masked(mailbox: str) -> None:
    assert not handle_names.nameless_public_mailbox(mailbox)
    assert mailbox not in _body(f"Il faut écrire à {mailbox} avant lundi.")


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_yield_nothing(text: str) -> None:
    assert list(handle_names.file_pair_spans(text)) == []
    assert list(handle_names.mailbox_file_spans(text)) == []
    assert list(handle_names.quoted_handle_spans(text)) == []


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_read_the_same_with_the_switches_off(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    shipped = _body(text)
    _switch(monkeypatch, False)
    assert _body(text) == shipped


def test_document_words_and_the_app_name_stay_visible() -> None:
    body = _body(LOOK_ALIKES[1] + " " + LOOK_ALIKES[2])
    for kept in ("scan_0042.pdf", "attestation_employeur.pdf", "Impots.gouv"):
        assert kept in body, (kept, body)
