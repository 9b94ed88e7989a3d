"""Fortieth pass, privacy (issue 13, engineer-p124e): names and shops of families from elsewhere.

A shop's sign after its trade's word ("la boulangerie Au Pain Doré"), the small shops' words (blanchisserie,
traiteur, kebab, manucure, enseigne) and a firm whose name ends in "Services"; a West African surname whose "M'" or
"N'" is no pronoun ("M'Baye", "Vasseur-N'Diaye"); a Korean or a Chinese given name by its shape ("Ji-woo",
"Xiaoming"); a surname alone as the subject of a deed ("Benhamou a signé") or after "son nom,"; the other party of a
sale and a neighbour by his floor; a country of birth after the town and a comma ("à Dakar, au Sénégal"); France
and everyday words in the writer's own language ("vivo in Francia da due anni") and "Monsieur le Procureur" are no
names. Fresh sentences, none from the corpora; each rule with a near miss it leaves alone.
"""

import pytest

from guichet.privacy.gazetteer import lookup
from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message


def _masked(text: str) -> dict[str, str]:
    """value → placeholder type, for the body of `text`."""
    _title, body = pseudonymise_message(title="", body=text)
    return {value: placeholder_type(key) for key, value in body.mapping.items()}


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Je travaille le matin à la boulangerie Au Croissant Doré depuis deux ans.", "Au Croissant Doré"),
        ("Elle tient la pâtisserie Aux Délices Sucrés avec sa sœur.", "Aux Délices Sucrés"),
        ("Il repasse les chemises à la blanchisserie Clair Matin tous les jours.", "Clair Matin"),
        ("J'ai repris le fonds de commerce Traiteur Grand Dragon l'an dernier.", "Traiteur Grand Dragon"),
        ("Mes revenus viennent de Kebab Anatolia Grill, où je fais la plonge.", "Kebab Anatolia Grill"),
        ("Elle vend des tissus sous l'enseigne Batik & Soleil au marché.", "Batik & Soleil"),
        ("j'ai ouvert mon salon de manucure Nacre Ongles en mars", "Nacre Ongles"),
        ("Il s'est blessé sur le chantier de BTP Sahel Services la semaine dernière.", "Sahel Services"),
    ],
)
def test_small_shop_names_are_masked(text: str, firm: str) -> None:
    masked = _masked(text)
    assert any(firm in value and kind == "EMPLOYEUR" for value, kind in masked.items()), masked


@pytest.mark.parametrize(
    "text",
    [
        "Je suis passée à la boulangerie Au coin de la rue ce matin.",
        "Le rendez-vous est à la Maison France Services de la mairie.",
        "J'ai acheté du pain à la boulangerie du quartier.",
    ],
)
def test_shop_near_misses_stay(text: str) -> None:
    assert "EMPLOYEUR" not in _masked(text).values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ma retraite est-elle bien calculée ? Merci d'avance. Mamadou M'Bala", "Mamadou M'Bala"),
        ("Mes trimestres du Sénégal comptent-ils ? Merci. Ibrahima M'Baye", "Ibrahima M'Baye"),
    ],
)
def test_elided_west_african_surnames_are_masked_whole(text: str, name: str) -> None:
    assert _masked(text).get(name) == "PERSONNE"


@pytest.mark.parametrize("word", ["Dupuis-N'Diaye", "Morel-N'Guessan"])
def test_compound_surname_with_an_elided_half_is_known(word: str) -> None:
    kind = lookup(word)
    assert kind is not None and kind.surname


def test_elided_pronoun_after_a_name_stays() -> None:
    masked = _masked("Merci d'avance. Ousmane M'Bala. Ousmane m'a dit de vous écrire.")
    assert "m'a" not in " ".join(masked)
    assert not any(value.startswith("J'ai") for value in _masked("J'ai 22 ans et je m'appelle Lise Roy."))


@pytest.mark.parametrize("word", ["Ji-woo", "Seo-yeon", "Min-jun", "Xiaoming", "Zhiwei"])
def test_korean_and_chinese_given_names_are_known_by_shape(word: str) -> None:
    kind = lookup(word)
    assert kind is not None and kind.first


@pytest.mark.parametrize("word", ["Mi-temps", "Peut-être", "Yo-yo", "Celle-ci", "Qingtian", "Hangzhou"])
def test_french_compounds_and_chinese_towns_are_no_given_names(word: str) -> None:
    kind = lookup(word)
    assert kind is None or not kind.first


def test_a_chinese_town_after_dialecte_stays() -> None:
    assert "PERSONNE" not in _masked("Ma mère parle le dialecte de Wenzhou et un peu le mandarin.").values()


def test_korean_given_name_after_a_first_name_cue_is_masked() -> None:
    text = "Je voudrais ajouter mon prénom de naissance Hye-jin comme second prénom."
    assert _masked(text).get("Hye-jin") == "PERSONNE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bonjour, Okafor a signé le bail mais c'est moi qui paie le loyer.", "Okafor"),
        ("Depuis juin, Bensaid n'a pas rendu la caution.", "Bensaid"),
        ("Mes enfants portent son nom, Haddad, et veulent le changer.", "Haddad"),
        ("Le vendeur Lefrançois n'a jamais fait la déclaration de cession.", "Lefrançois"),
        ("Mon voisin du dessous, Adeyemi, fait du bruit toutes les nuits.", "Adeyemi"),
    ],
)
def test_surname_alone_is_masked(text: str, name: str) -> None:
    assert _masked(text).get(name) == "PERSONNE"


@pytest.mark.parametrize(
    "text",
    [
        "Orange a refusé mon changement d'adresse.",
        "Leclerc a signé mon contrat de saisonnier.",
        "Le dossier a été signé par le notaire.",
        "Ils portent son nom, et ils en ont marre.",
    ],
)
def test_subject_near_misses_stay(text: str) -> None:
    assert "PERSONNE" not in _masked(text).values()


def test_country_of_birth_after_town_and_comma_is_masked() -> None:
    masked = _masked("Je suis née à Conakry, en Guinée, le 4 mai 1990.")
    assert masked.get("Guinée") == "PAYS_NAISSANCE_ETRANGER"


def test_country_of_residence_after_a_french_birth_stays() -> None:
    masked = _masked("Je suis né à Lille, en France, et je vis en Belgique depuis 2010.")
    assert "Belgique" not in masked and "France" not in masked


@pytest.mark.parametrize(
    "text",
    [
        "Buongiorno, vivo in Francia da tre anni con mio figlio.",
        "Madame, Monsieur le Procureur,\nJe vous écris au sujet de mon nom.",
        "Ich wohne seit zwei Jahren in Frankreich.",
    ],
)
def test_other_language_words_and_titles_are_no_names(text: str) -> None:
    assert "PERSONNE" not in _masked(text).values()


def test_italian_birth_in_france_is_no_foreign_birth() -> None:
    assert "PAYS_NAISSANCE_ETRANGER" not in _masked("Sono nata in Francia, a Lione.").values()


def test_capitalised_foreign_word_that_is_a_name_stays_a_name() -> None:
    assert _masked("Je m'appelle Anni Virtanen.").get("Anni Virtanen") == "PERSONNE"
