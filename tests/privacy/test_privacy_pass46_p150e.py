"""Forty-sixth pass, privacy (issue 13, engineer-p150e): names and birth years hidden inside identifiers.

A login, a handle or a case reference that holds a name (`named_identifiers.LOGINS`: "tgarnier1984",
"sophie_vasseur_77"); a private link, one that holds a name or a file-sharing link (`named_identifiers.PRIVATE_LINKS`);
a file name before a sentence's full stop (`name_rules_attachments.AT_SENTENCE_END`) and a name glued to its initial
or two first names glued in a file name (`name_rules_attachments.INITIAL_GLUED`). Fresh sentences, none from the
corpora; each rule with the institutional addresses and generic file names it must leave alone, and its switch off.
"""

import pytest

from guichet.privacy import name_rules_attachments, named_identifiers
from guichet.privacy.pseudonymise import pseudonymise_message
from guichet.privacy.recognizers import handle_names


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


_LOGINS = [
    ("Je n'arrive plus à me connecter avec mon identifiant tgarnier1984 depuis hier soir.", "tgarnier1984"),
    ("Sur le forum d'entraide je suis sophie_vasseur_77, c'est moi qui ai posé la question.", "sophie_vasseur_77"),
    ("Le compte de ma mère est ouvert sous BLeclerc_52 et elle ne le retrouve plus.", "BLeclerc_52"),
    ("Votre courrier citait la référence RET/GUILLOT/Marcel/1949 que je ne comprends pas.", "RET/GUILLOT/Marcel/1949"),
]


@pytest.mark.parametrize(("text", "value"), _LOGINS)
def test_a_login_or_a_reference_holding_a_name_is_masked_whole(text: str, value: str) -> None:
    body = _body(text)
    assert value not in body, body
    assert "1984" not in body and "1949" not in body, body  # the birth year beside the name goes with it


_PRIVATE_LINKS = [
    ("Toutes les pièces sont ici : https://photos.app.goo.gl/album-Gaelle-Tanguy-2024 merci.", "Gaelle"),
    ("Le fichier était trop lourd, voici https://we.tl/t-Qm71RtZx3 pour le télécharger.", "we.tl/t-Qm71RtZx3"),
]


@pytest.mark.parametrize(("text", "piece"), _PRIVATE_LINKS)
def test_a_private_link_is_masked(text: str, piece: str) -> None:
    body = _body(text)
    assert piece not in body, body


_LEFT_ALONE = [
    "Le site dit d'écrire à contact@caf.fr et de joindre l'attestation_CAF.pdf. Je l'ai fait.",
    "J'ai envoyé declaration_revenus_2024.pdf. Pas de réponse depuis.",
    "Le formulaire est sur https://www.service-public.fr/particuliers/vosdroits/F1234 et la notice_2042.pdf aussi.",
    "J'ai joint NoticeExplicative.pdf et le dossier v2_final.docx. Merci.",
    "Le décret n° 2019-1234 du 12/03/2019 et l'article L.123-4 du code.",
]


@pytest.mark.parametrize("text", _LEFT_ALONE)
def test_institutional_addresses_and_generic_file_names_stay(text: str) -> None:
    assert _body(text) == text


def test_a_file_name_that_ends_a_sentence_has_its_name_masked() -> None:
    body = _body("Je vous ai joint releve_notes_GUILLOT_Yvan.pdf. Merci de me dire si c'est lisible.")
    assert "GUILLOT" not in body and "Yvan" not in body, body
    assert "releve_notes_" in body, body  # the document's words stay: only the name goes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Voici ma capture : ecran_actualisation_FMorvan.png pour le mois de mars.", "Morvan"),
        ("Le RIB est dans le fichier RIB_AnneLise.pdf si besoin.", "AnneLise"),
        ("Ci-joint quittance_JeanMarc_avril.pdf pour la CAF.", "JeanMarc"),
    ],
)
def test_a_name_glued_to_an_initial_or_to_a_first_name_in_a_file_name_is_masked(text: str, name: str) -> None:
    assert name not in _body(text)


def test_the_login_rule_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text, value = _LOGINS[0]
    monkeypatch.setattr(named_identifiers, "LOGINS", False)
    assert value in _body(text)


def test_the_private_link_rule_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text, piece = _PRIVATE_LINKS[1]
    monkeypatch.setattr(named_identifiers, "PRIVATE_LINKS", False)
    assert piece in _body(text)


def test_the_sentence_end_rule_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Je vous ai joint releve_notes_GUILLOT_Yvan.pdf. Merci de me dire si c'est lisible."
    monkeypatch.setattr(name_rules_attachments, "AT_SENTENCE_END", False)
    monkeypatch.setattr(handle_names, "FILE_NAME_PAIRS", False)  # (p181e) reads the same pair, also at a stop
    assert "releve_notes_GUILLOT_Yvan.pdf" in _body(text)


def test_the_glued_initial_rule_is_behind_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(name_rules_attachments, "INITIAL_GLUED", False)
    assert "ecran_actualisation_FMorvan.png" in _body("Voici ma capture : ecran_actualisation_FMorvan.png ce matin.")
    assert "quittance_JeanMarc_avril.pdf" in _body("Ci-joint quittance_JeanMarc_avril.pdf pour la CAF.")
