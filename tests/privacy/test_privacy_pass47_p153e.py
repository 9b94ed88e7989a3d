"""Forty-seventh pass, privacy (issue 13, engineer-p153e): names that are also words, names said as one speaks.

A first name that is also a noun, said again in lower case after a determiner, is the noun
(`plain_word_repeats.AFTER_A_DETERMINER`), and one before a surname found alone is the first name
(`plain_word_repeats.FIRST_NAME_WORD_BEFORE`). Masked: a surname said first after « nom »
(`spoken_names.SURNAME_FIRST_AFTER_NOM`), an address that runs into a titled name (`address_titles.ENABLED`, on
since the forty-eighth pass), a second nickname after « ou » (`spoken_names.OR_NICKNAMES`), a name the writer
corrects (`spoken_names.CORRECTIONS`), a name spelt with words (`spoken_names.SPELLED_WITH_WORDS`). Fresh sentences,
none from the corpora; each rule with its switch off and the neighbour it leaves alone.
"""

import pytest

from guichet.privacy import address_titles, plain_word_repeats, spoken_names
from guichet.privacy.pseudonymise import pseudonymise_message


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def test_the_switches_ship_on() -> None:
    assert plain_word_repeats.AFTER_A_DETERMINER is True
    assert spoken_names.OR_NICKNAMES is False  # no string moved on train + validation
    assert spoken_names.CORRECTIONS is True
    assert spoken_names.SPELLED_WITH_WORDS is False  # train strings only
    assert plain_word_repeats.FIRST_NAME_WORD_BEFORE is False  # one train string only
    assert spoken_names.SURNAME_FIRST_AFTER_NOM is True
    assert address_titles.ENABLED is True  # on since the forty-eighth pass, behind its guard (p157e)


_PLAIN_NOUNS = [
    ("Ma fille Ambre entre au CP ; son cartable sent l'ambre, elle adore.", "Ambre", "l'ambre"),
    ("Je suis Aurore Bastide, je me lève à l'aurore pour aller travailler à Rungis.", "Aurore Bastide", "l'aurore"),
    ("Mon neveu Marin Le Floch cherche un poste de marin sur un ferry.", "Marin Le Floch", "de marin"),
    ("Mme Clémence Vidal vous écrit pour demander votre clémence sur la majoration.", "Clémence Vidal", "clémence"),
]


@pytest.mark.parametrize(("text", "name", "word"), _PLAIN_NOUNS)
def test_a_first_name_said_again_as_a_noun_stays_a_noun(
    text: str, name: str, word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = _body(text)
    assert name not in body, body
    assert word in body, body
    monkeypatch.setattr(plain_word_repeats, "AFTER_A_DETERMINER", False)
    assert word not in _body(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ma petite-fille Prune est chez moi, la chambre de prune est à l'étage.",  # a room of the person
        "Ma fille prune a 6 ans et elle aime une prune bien mûre.",  # the name typed in lower case
    ],
)
def test_the_name_typed_in_lower_case_or_after_a_kin_noun_stays_masked(text: str) -> None:
    body = _body(text)
    assert "chambre de prune" not in body and "fille prune" not in body, body


def test_a_second_nickname_after_ou_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Mon petit-fils Théodore, Théo ou Théoule pour la famille, n'a pas reçu sa bourse."
    monkeypatch.setattr(spoken_names, "OR_NICKNAMES", True)
    body = _body(text)
    assert "Théoule" not in body and "Théo " not in body, body
    monkeypatch.setattr(spoken_names, "OR_NICKNAMES", False)
    assert "Théoule" in _body(text)


def test_a_town_or_an_office_after_ou_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spoken_names, "OR_NICKNAMES", True)
    text = "Vous pouvez joindre Sandrine Caron ou France Travail, à Rennes ou Vannes."
    body = _body(text)
    assert "Sandrine" not in body, body
    assert "France Travail" in body and "Rennes ou Vannes" in body, body


def test_a_corrected_name_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Je suis inscrite sous mon nom de naissance, Lemarié, enfin Lemarier, selon les courriers."
    body = _body(text)
    assert "Lemarié" not in body and "Lemarier" not in body, body
    monkeypatch.setattr(spoken_names, "CORRECTIONS", False)
    body = _body(text)
    assert "Lemarié" in body or "Lemarier" in body, body


def test_a_corrected_word_that_is_no_name_stays() -> None:
    text = "Le dossier est parti à Marseille, enfin Marseillan, je ne sais plus. Merci, Agathe Poulain."
    body = _body(text)
    assert "Marseille, enfin Marseillan" in body, body


def test_a_name_spelt_with_words_is_masked_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Mon nom est mal noté : Haddad, H comme Hélène, A, D comme David, D, A, D. Merci de corriger."
    monkeypatch.setattr(spoken_names, "SPELLED_WITH_WORDS", True)
    body = _body(text)
    assert "comme" not in body and "Hélène" not in body and "David" not in body, body
    monkeypatch.setattr(spoken_names, "SPELLED_WITH_WORDS", False)
    assert "comme" in _body(text)


def test_letters_without_comme_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spoken_names, "SPELLED_WITH_WORDS", True)
    text = "Mon fils est en catégorie A, B, C selon le barème, comme l'an dernier."
    assert _body(text) == text


def test_a_first_name_that_is_a_word_before_a_surname_found_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Témoins : Jacques Vernier, né le 4/07/1980 à Nevers, et Blanche Paris, née le 9/01/1985 à Autun."
    monkeypatch.setattr(plain_word_repeats, "FIRST_NAME_WORD_BEFORE", True)
    body = _body(text)
    assert "Blanche" not in body and "Paris" not in body, body
    monkeypatch.setattr(plain_word_repeats, "FIRST_NAME_WORD_BEFORE", False)
    assert "Blanche [PERSONNE" in _body(text)


def test_a_town_before_a_name_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plain_word_repeats, "FIRST_NAME_WORD_BEFORE", True)
    body = _body("J'habite à Nevers, Rose Valence m'a aidée pour le dossier.")
    assert "Nevers" in body and "Rose" not in body, body


def test_a_surname_said_first_after_nom(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "bonjour je suis au chômage depuis mars, mon nom Blanc Yannick, svp rappelez moi"
    body = _body(text)
    assert "Blanc" not in body and "Yannick" not in body, body
    monkeypatch.setattr(spoken_names, "SURNAME_FIRST_AFTER_NOM", False)
    assert "Blanc" in _body(text)


def test_a_word_after_nom_that_is_no_name_stays() -> None:
    text = "Le nom Grand Est figure sur le courrier de la région."
    assert _body(text) == text


def test_an_address_before_a_titled_name_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Le locataire du 8 rue des Acacias, Mme Berthier, laisse ses poubelles devant ma porte."
    monkeypatch.setattr(address_titles, "ENABLED", True)
    body = _body(text)
    assert "Acacias" not in body and "Berthier" not in body, body
    monkeypatch.setattr(address_titles, "ENABLED", False)
    assert "Acacias" in _body(text)
