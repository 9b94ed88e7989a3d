"""Names that the rules of issue 13 missed at first: lower case without a cue, Vietnamese names with or without
their accents, two-letter names, "Mai" as a given name, children listed after "les enfants", a surname written
again later with other accents; and the words that must stay (French words, SMS spellings, English words).

The examples are written for this file (none comes from corpora/privacy/).
"""

import unicodedata

import pytest

from guichet.privacy.evaluation import survives
from guichet.privacy.gazetteer import lookup
from guichet.privacy.lexicon import is_french
from tests.privacy.helpers import output

CASES = [
    # lower-case full names with no cue: two known names, or a known name beside a word that is no French word
    ("je vous écris pour mykola savchuk qui vit chez nous", [("mykola savchuk", "name")]),
    ("on a vu oksana melnyk au guichet hier", [("oksana melnyk", "name")]),
    ("le dossier est au nom de mamadou kibangou depuis mars", [("mamadou kibangou", "name")]),
    ("la lettre est arrivée chez ousseni ahamada la semaine dernière", [("ousseni ahamada", "name")]),
    ("bonjour c pour valentyna hordiyenko elle a pas reçu sa carte", [("valentyna hordiyenko", "name")]),
    # a surname of a known shape alone, capitalised, after it was given in full
    ("Mon voisin Artur Hovhannisyan m'aide. Hovhannisyan parle bien français.", [("Artur Hovhannisyan", "name")]),
    # Vietnamese names, with their accents, without them, in lower case, in either order
    ("Cordialement,\nPhạm Thị Ngọc Ánh", [("Phạm Thị Ngọc Ánh", "name")]),
    ("Je suis Mme Huỳnh Thanh Tâm, retraitée.", [("Huỳnh Thanh Tâm", "name")]),
    ("le dossier de mon père dinh van hai est bloqué", [("dinh van hai", "name")]),
    ("Merci de répondre à Trinh Bao Chau au plus vite.", [("Trinh Bao Chau", "name")]),
    ("Dossier de Luong Quoc Viet, né en 1958.", [("Luong Quoc Viet", "name")]),
    ("Bonjour, je suis Thi Bich Ngo.\nJe voudrais savoir pour l'APL.\n\nNgo", [("Thi Bich Ngo", "name")]),
    # two-letter family names, beside a longer name or after a title
    ("Le propriétaire, M. Ly Van Tai, ne répond pas.", [("Ly Van Tai", "name")]),
    ("mon mari ho duc minh travaille de nuit", [("ho duc minh", "name")]),
    ("Bonjour, je m'appelle Ha. Ma carte de séjour expire.", [("Ha", "first_name")]),
    ("Je reste à votre disposition.\nCordialement,\nLy", [("Ly", "first_name")]),
    # "Mai" as a given name: in a Vietnamese name, after a cue, alone as the signature
    ("Bonjour, c'est pour ma fille Mai, 9 ans, qui change d'école.", [("Mai", "first_name")]),
    ("Je suis Do Thi Mai, mère de deux enfants.", [("Do Thi Mai", "name")]),
    ("J'attends votre réponse.\nBien à vous,\nMai", [("Mai", "first_name")]),
    # children listed after "les enfants", "les jumeaux", "prénommés"
    ("Les enfants Elyas et Manon sont chez leur père.", [("Elyas", "first_name"), ("Manon", "first_name")]),
    ("il garde les jumeaux Sacha et Nolan le week-end", [("Sacha", "first_name"), ("Nolan", "first_name")]),
    ("J'ai deux garçons prénommés Isaac et Timothée.", [("Isaac", "first_name"), ("Timothée", "first_name")]),
    ("Ma sœur se prénomme Anaëlle et vit à Lille.", [("Anaëlle", "first_name")]),
    (
        "Les époux Vandamme sont partis ; mon défunt mari Rolland payait tout.",
        [("Vandamme", "surname"), ("Rolland", "first_name")],
    ),
    (
        "mon fils (Gabin) et mon fils aîné Malo ont perdu leur carte.",
        [("Gabin", "first_name"), ("Malo", "first_name")],
    ),
    ("je vis chez ma copine nélya depuis juin", [("nélya", "first_name")]),
    # a first name that is also a surname, inside a sentence, unless it is a French word or a firm
    ("J'ai inscrit Mathis et Bastien à la cantine.", [("Mathis", "first_name"), ("Bastien", "first_name")]),
    # a surname alone whose ending says it is one, beside "et moi", the surname before the first name
    ("Le bailleur, c'est la société de M. Petrenko ; j'ai appelé Petrenko hier.", [("Petrenko", "surname")]),
    ("j'ai écrit à Savchenko mais rien", [("Savchenko", "surname")]),
    ("Yanis et moi sommes pacsés depuis 2020.", [("Yanis", "first_name")]),
    ("Pièces au nom de Benali-Roux Sandrine, merci.", [("Benali-Roux Sandrine", "name")]),
    # a surname written again later, with other accents or none
    ("Je suis Mme Lê Thị Hồng.\nMme LE THI HONG, c'est bien moi.", [("Lê Thị Hồng", "name"), ("HONG", "surname")]),
    ("Signé : Đoàn Minh Khôi. Doan est mon nom de famille.", [("Đoàn Minh Khôi", "name"), ("Doan", "surname")]),
]


@pytest.mark.parametrize(("text", "planted"), CASES)
def test_no_planted_string_survives(text, planted):
    result = output(text)
    for value, category in planted:
        assert not survives(value, category, result), (value, result)


def test_accents_typed_as_combining_marks_are_read_as_one_word():
    text = unicodedata.normalize("NFD", "Cordialement,\nVõ Thị Thảo")
    result = output(text)
    assert survives("Võ Thị Thảo", "name", result) == ""
    assert "Th" not in result


@pytest.mark.parametrize(
    "text",
    [
        "bonjour jai un probleme avec mon dossier, je suis perdu, on habite a lyon",
        # "mai" and "le monde" are no names; the date of the writer's sending ("le 3 mai") is masked since the fifth
        # pass (every day and month in a citizen's own text), so the sentence says "en mai"
        "en mai j'ai envoyé le papier, le monde en parle",
        "my english is not good, sorry, i need help for my card",
        "je me sens a l'aise avec le dossier, il faut cliquer ici",
        "Le Van est garé devant la mairie.",
        "ok ho ok, je renvoie le document demain",
        "Nous irons au Vatican puis en Moldova avec le groupe.",
        "Non, je suis en colère et moi aussi.",
        "Ma Renault est en panne, je ne peux pas aller à Rose-Valley.",
        "mon fils polyhandicapé et ma fille hyperactive sont suivis",
    ],
)
def test_words_that_stay(text):
    assert output(text) == text


def test_an_address_is_no_name():
    assert output("écrivez-moi à oumar.kaba@example.org ou sur www.example.org/dossier") == (
        "écrivez-moi à [EMAIL_1] ou sur www.example.org/dossier"
    )


def test_a_two_letter_name_alone_is_never_masked():
    assert output("il a dit ho, puis rien, et ly non plus") == "il a dit ho, puis rien, et ly non plus"


@pytest.mark.parametrize(
    ("word", "french"),
    [("envoyer", True), ("clique", True), ("probleme", True), ("l'aise", True), ("jai", True), ("good", True)],
)
def test_french_words_and_message_spellings(word, french):
    assert is_french(word) is french


@pytest.mark.parametrize("word", ["ousmane", "mykola", "hovhannisyan", "n'diaye"])
def test_names_are_no_french_words(word):
    assert not is_french(word)


@pytest.mark.parametrize("word", ["Savchuk", "Hordiyenko", "Hovhannisyan", "Papadakis", "Rakotondrainy"])
def test_surnames_known_by_their_shape(word):
    kind = lookup(word)
    assert kind is not None and kind.surname


@pytest.mark.parametrize("word", ["américain", "ukrainienne", "technicien", "chauffeur"])
def test_french_words_of_a_surname_shape_are_not_surnames(word):
    assert lookup(word) is None
