"""Fifty-eighth pass, privacy (issue 13, engineer-p206e): homes told without a street, and a number's key letter.

`privacy.streetless_homes` reads a lieu-dit, a section, a quartier or a lotissement named with its article or in lower
case (« section La Boucan », « lieu dit bois court », « 7 lot bel air »), a postcode before its town in lower case
(« 97418 plaine des cafres »), and the way to the house from a landmark (« jhabite tsoundzou 1 a coté du stade »,
« quartier Bellevue, 2e case après l'église »), where a home is said or a postcode follows; public places, offices and
a land register's parcel stay. `privacy.lettered_keys` masks a number's key letter with the number (« 1234567 B »).
The real pipeline through `pseudonymise_message`; items of the train splits of batches p206e and p204.
"""

import pytest

from guichet.privacy import lettered_keys, streetless_homes
from tests.batches import batch_item
from tests.privacy.helpers import leaks, output

HOMES = ("READ_LOCALITY", "READ_LOWER_TOWN", "READ_LANDMARK")


def _homes(monkeypatch: pytest.MonkeyPatch, **values: bool) -> None:
    for name in HOMES:
        monkeypatch.setattr(streetless_homes, name, values.get(name, False))


def test_the_switches_ship_as_measured() -> None:
    assert streetless_homes.READ_LOCALITY is True
    assert streetless_homes.READ_LOWER_TOWN is True
    assert streetless_homes.READ_LANDMARK is True
    assert lettered_keys.READ_KEY_AFTER is True


@pytest.mark.parametrize(
    "batch, item_id, words",
    [
        ("p206e", "p206e-001", ["bois court", " B."]),
        ("p206e", "p206e-002", ["Boucan", "Saint-Gilles"]),
        ("p206e", "p206e-003", ["Bellevue", "après l'église", " K."]),
        ("p206e", "p206e-005", ["plaine des cafres"]),
        ("p206e", "p206e-034", ["Dampierre"]),
        ("p204-unseen", "p204-024", ["bel air", "petit bourg"]),
        ("p204-unseen", "p204-031", ["Boucan"]),
        ("p204-unseen", "p204-044", ["bois court", "plaine des cafres"]),
        ("p204-unseen", "p204-012", ["mosquée", "terrain de foot"]),
    ],
)
def test_train_items_lose_their_home_whole(batch: str, item_id: str, words: list[str]) -> None:
    item = batch_item("privacy", batch, item_id, train=True)
    assert leaks(item) == [], item_id
    body = output(item["message"])
    for word in words:
        assert word not in body, (word, body)


@pytest.mark.parametrize(
    "text, gone",
    [
        ("Bonjour, j'habite section La Ravine à Saint-Leu, merci de me répondre.", "Ravine"),
        ("ma tante vit section la boucan depuis 20 ans", "boucan"),
        ("Nouvelle adresse : lieu dit champ du moulin, 19300 Égletons.", "champ du moulin"),
        ("on reste écart les palmistes, 97411 bois de nèfles. merci", "palmistes"),
        ("je vis à Dembéni, village de Tsararano Bas. Je n'ai pas de boîte.", "Tsararano"),
        ("mi rest Salazie, îlet à Vidot, case près le temple. merci", "Vidot"),
    ],
)
def test_a_locality_with_its_article_or_in_lower_case_is_masked_only_with_its_switch(
    monkeypatch: pytest.MonkeyPatch, text: str, gone: str
) -> None:
    _homes(monkeypatch)
    assert gone in output(text)
    _homes(monkeypatch, READ_LOCALITY=True, READ_LOWER_TOWN=True)
    body = output(text)
    assert gone not in body and "[ADRESSE_1]" in body, body


def test_a_town_in_lower_case_after_its_postcode_is_masked_only_with_its_switch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "bonjour, ma fille habite 97430 le tampon, elle a 19 ans."
    _homes(monkeypatch)
    assert "le tampon" in output(text)
    _homes(monkeypatch, READ_LOWER_TOWN=True)
    body = output(text)
    assert "tampon" not in body and "97430" not in body, body


@pytest.mark.parametrize(
    "text, gone",
    [
        ("jhabite kaweni 2 a coté du dispensaire. mon fils a 4 ans", "dispensaire"),
        ("Je réside Acoua, derrière la boulangerie du port, depuis mars.", "boulangerie du port"),
        ("c'est chez moi, quartier Montplaisir, la 3e case après le pont.", "après le pont"),
    ],
)
def test_the_way_to_the_house_is_masked_only_with_its_switch(
    monkeypatch: pytest.MonkeyPatch, text: str, gone: str
) -> None:
    _homes(monkeypatch, READ_LOCALITY=True)
    assert gone in output(text)
    _homes(monkeypatch, READ_LOCALITY=True, READ_LANDMARK=True)
    body = output(text)
    assert gone not in body and "[ADRESSE_1]" in body, body


@pytest.mark.parametrize(
    "text",
    [
        "Je voudrais louer la salle polyvalente du quartier Bellevue pour un anniversaire.",
        "L'éclairage public du lieu-dit Les Granges ne marche plus.",
        "Mon fils est en section européenne au lycée, il part en Allemagne.",
        "La parcelle section AH 231 est-elle constructible ?",
        "Existe-t-il des aides pour les quartiers prioritaires de la ville ?",
        "J'habite à côté de la mairie et je voudrais savoir l'horaire.",
        "Je vis seule depuis 3 ans après le décès de mon mari.",
        "J'ai une convocation à l'agence de 97410 saint-pierre le 12 mars.",
        "La réunion du quartier aura lieu à la salle des fêtes.",
        "Nous habitons ici depuis 2010, près de la gare.",
        "J'habite au foyer de jeunes travailleurs de 97490 sainte-clotilde.",
        "Mon courrier arrive rue Van Buren, dans le quartier voisin.",
        "J'ai quitté le domicile conjugal après des violences de mon mari.",
        "Nous habitons au centre d'hébergement près de la gare.",
    ],
)
def test_public_places_and_sentences_without_a_home_read_nothing(text: str) -> None:
    assert streetless_homes.place_spans(text) == []


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Mon fils est en section européenne au lycée, il part en Allemagne.", "section européenne"),
        ("Existe-t-il des aides pour les quartiers prioritaires de la ville ?", "quartiers prioritaires"),
        ("Je vis seule depuis 3 ans après le décès de mon mari.", "après le décès de mon mari"),
        ("La réunion du quartier aura lieu à la salle des fêtes.", "quartier"),
    ],
)
def test_sentences_without_a_home_stay_visible(text: str, kept: str) -> None:
    assert kept in output(text)


@pytest.mark.parametrize(
    "text, key",
    [
        ("Mon numéro allocataire est le 1234567 B. Merci.", " B."),
        ("numéro allocataire 0745812 K. merci", " K."),
        ("N° allocataire : 6655443 T, je n'ai rien reçu.", " T,"),
    ],
)
def test_a_key_letter_goes_with_its_number_only_with_its_switch(
    monkeypatch: pytest.MonkeyPatch, text: str, key: str
) -> None:
    monkeypatch.setattr(lettered_keys, "READ_KEY_AFTER", False)
    assert key in output(text)
    monkeypatch.setattr(lettered_keys, "READ_KEY_AFTER", True)
    body = output(text)
    assert key not in body and "[ALLOCATAIRE_1]" in body, body


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Mon allocataire 1234567 A partir de quand serai-je payé ?", "A partir"),
        ("La vitamine B12 et la classe de 3e B, est-ce remboursé ?", "3e B"),
    ],
)
def test_letters_that_are_no_key_stay(text: str, kept: str) -> None:
    assert kept in output(text)


def test_an_initial_before_a_name_is_no_key() -> None:
    text = "Dossier caf 7788990 P. Stéphane"
    spans = [("ALLOCATAIRE", 12, 19), ("PERSONNE", 20, 31)]
    assert text[20:31] == "P. Stéphane"
    assert list(lettered_keys.key_spans(text, spans)) == []
    assert list(lettered_keys.key_spans("Dossier caf 7788990 P.", spans[:1])) == [("ALLOCATAIRE", 12, 21)]
    assert "Stéphane" not in output(text)
