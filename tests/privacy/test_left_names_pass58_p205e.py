"""Fifty-eighth pass, privacy (issue 13, engineer-p205e): the names the detector still left.

The name someone is called by after a verb of calling (`left_names.READ_CALLED_NAMES`: « qu'elle appelle Pupuce »),
a nickname after « au » or « du » and a familiar adjective in lower case (`READ_CONTRACTED_NICKNAMES`: « au gros
Bébert »), a first name that is also a word after a familiar adjective in lower case (`READ_WORD_FIRST_NAMES`: « le
grand Max », « le vieux Pierre »), a pet name alone shaped as one (`READ_PET_NAME_SHAPES`: « Titou »), a surname in
capitals read whole after given names (`READ_CAPITAL_SURNAMES`: « Margaretha DE VRIES »). Shops, places, titles,
animals, rivers, family words, flowers, offices and headings in capitals stay. The real pipeline; items of batch
p205e's train split and fresh sentences.
"""

import pytest

from guichet.privacy import left_names
from guichet.privacy.pseudonymise import pseudonymise_message
from tests.batches import batch_item


def _body(text: str) -> str:
    return pseudonymise_message(title="", body=text)[1].text


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b in left_names.spans(text)]


def test_the_switches_ship_as_measured() -> None:
    assert left_names.READ_CALLED_NAMES is True
    assert left_names.READ_CONTRACTED_NICKNAMES is False  # a train gain only
    assert left_names.READ_WORD_FIRST_NAMES is True
    assert left_names.READ_PET_NAME_SHAPES is True
    assert left_names.READ_CAPITAL_SURNAMES is False  # a train gain only


def test_a_name_someone_is_called_by_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    item = batch_item("privacy", "p205e", "p205e-014", train=True)
    assert "Pupuce" not in _body(item["message"])
    text = "Mon oncle, que les enfants appellent Nounours, ne sait pas remplir le dossier APA. Merci."
    assert "Nounours" not in _body(text)
    monkeypatch.setattr(left_names, "READ_CALLED_NAMES", False)
    assert "Nounours" in _body(text)


def test_a_calling_verb_without_a_person_reads_nothing() -> None:
    for text in (
        "On appelle Pacs le pacte civil de solidarité conclu entre deux personnes majeures.",
        "Notre chienne, qu'on appelle Loulou, a mordu le facteur hier.",
        "Ma fille, qu'elle appelle Mamie depuis toujours, vient la voir.",
        "Le monsieur du guichet, que tout le monde appelle Monsieur, était absent.",
    ):
        assert _found(text) == [], text


def test_a_nickname_after_au_or_du_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(left_names, "READ_CONTRACTED_NICKNAMES", True)
    item = batch_item("privacy", "p205e", "p205e-015", train=True)
    assert "Bébert" not in _body(item["message"])
    text = "Bonjour, j'ai prêté ma tondeuse au vieux Tatave et il ne me l'a jamais rendue. Que faire ?"
    assert "Tatave" not in _body(text)
    monkeypatch.setattr(left_names, "READ_CONTRACTED_NICKNAMES", False)
    assert "Tatave" in _body(text)


def test_shops_places_and_rivers_after_au_or_du_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(left_names, "READ_CONTRACTED_NICKNAMES", True)
    for text in (
        "J'ai acheté un pyjama au Petit Bateau et une tente au Vieux Campeur.",
        "Le sentier qui mène au Gros Caillou est fermé.",
        "Les rives du petit Rhône sont inondables, dit la préfecture.",
    ):
        assert _found(text) == [], text


def test_a_first_name_that_is_a_word_after_a_lower_adjective_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    item = batch_item("privacy", "p205e", "p205e-021", train=True)
    assert "Pierre" not in _body(item["message"])
    texts = ("jhabite en coloc avec le grand Max et deux autres.", "le grand Max a perdu sa carte vitale.")
    assert all("Max" not in _body(text) for text in texts)
    monkeypatch.setattr(left_names, "READ_WORD_FIRST_NAMES", False)
    assert all("Max" in _body(text) for text in texts)


def test_flowers_titles_and_capital_adjectives_stay() -> None:
    for text in (
        "Le rosier de la place a une petite rose qui pousse en plein hiver.",
        "L'école veut jouer Le Petit Prince à la salle municipale.",
        "Nous partons à la Grande Motte en juillet.",
        "Le petit Papa Noël passe à la crèche le 20.",
    ):
        assert _found(text) == [], text


def test_a_pet_name_alone_is_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    item = batch_item("privacy", "p205e", "p205e-024", train=True)
    assert "Titou" not in _body(item["message"])
    text = "bonjour, est ce que Titou a le droit au bus scolaire ?"
    assert "Titou" not in _body(text)
    monkeypatch.setattr(left_names, "READ_PET_NAME_SHAPES", False)
    assert "Titou" in _body(text)


def test_places_and_glued_acronyms_are_no_pet_names() -> None:
    for text in (
        "Je vis à Chatou depuis 2019 et je travaille à Moscou.",
        "Vous devez vous rapprocher de votre Cafou de votre MSA.",
        "Titou est un prénom que l'on voit souvent.",
        "Le Pérou et le Poitou ne sont pas concernés.",
    ):
        assert _found(text) == [], text


def test_a_surname_in_capitals_is_read_whole_after_given_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(left_names, "READ_CAPITAL_SURNAMES", True)
    texts = (
        "- Père : Hendrik JANSEN\n- Mère : Margaretha DE VRIES\n",
        "Je me suis mariée avec Ana Lucía QUISPE MAMANI, de nationalité péruvienne.",
    )
    for text, left in zip(texts, ("VRIES", "MAMANI"), strict=True):
        assert left not in _body(text)
    monkeypatch.setattr(left_names, "READ_CAPITAL_SURNAMES", False)
    for text, left in zip(texts, ("VRIES", "MAMANI"), strict=True):
        assert left in _body(text)


def test_offices_streets_and_headings_in_capitals_are_no_surnames(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(left_names, "READ_CAPITAL_SURNAMES", True)
    for text in (
        "Le service ACCUEIL de Pôle EMPLOI m'a renvoyé vers France TRAVAIL.",
        "Envoyez la Carte VITALE au centre de Lyon CEDEX, merci URGENT.",
        "Le rendez-vous est au 50 rue Henry FARMAN à Paris.",
        "Je n'arrive pas à me connecter à Parcoursup ANEF.",
    ):
        assert _found(text) == [], text
    assert _found("Madame Kalani KEALOHA a déposé le dossier.") == ["Kalani KEALOHA"]
