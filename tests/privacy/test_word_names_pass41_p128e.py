"""Forty-first pass, privacy (issue 13, engineer-p128e): names that are also words, and surnames alone.

A first name or a surname the gazetteer knows, even one that is a common word ("Rose", "Pierre", "Fontaine",
"Mercier"), as a verb's subject at a sentence's start or after a conjunction; a surname after "par", "avec" or
"contre"; a first name joined by "et" to a plain first name; a first name that is a word, alone after the
message's last sentence. Fresh sentences, none from the corpora; each rule with near misses from the office's
ordinary business that it leaves alone.
"""

import pytest

from guichet.privacy import word_names
from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message


def _masked(text: str) -> dict[str, str]:
    """value → placeholder type, for the body of `text`."""
    _title, body = pseudonymise_message(title="", body=text)
    return {value: placeholder_type(key) for key, value in body.mapping.items()}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bonjour, Garnier n'a toujours pas envoyé l'attestation de l'employeur.", "Garnier"),
        ("Depuis janvier, Fontaine ne verse plus la pension pour les enfants.", "Fontaine"),
        ("Je vis seule et Lapierre est le père de mes deux enfants.", "Lapierre"),
        ("Meunier a quitté le logement en laissant les factures.", "Meunier"),
        ("Bonjour. Capucine a trois ans et Pierre est né en mai.", "Pierre"),
        ("Le dossier de ma mère est suivi par Lebrun au service social.", "Lebrun"),
        ("J'ai déposé une plainte contre Mercier pour le loyer impayé.", "Mercier"),
        ("Je garde mes petits-enfants Mathis et Ambre depuis la rentrée.", "Ambre"),
        ("Elle élève seule Timéo, né en 2019, et Olive depuis le départ de leur père.", "Olive"),
    ],
)
def test_a_name_in_a_persons_place_is_masked(text: str, name: str) -> None:
    masked = _masked(text)
    assert masked.get(name) == "PERSONNE", masked


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pouvez-vous me dire où en est le dossier ? Merci d'avance pour votre retour. Rose", "Rose"),
        ("Mon fils est en CM2 depuis septembre. Pierre", "Pierre"),
        ("Je vous remercie de votre aide. Constance, 06 18 42 73 90", "Constance"),
    ],
)
def test_a_first_name_that_is_a_word_after_the_last_sentence_is_masked(text: str, name: str) -> None:
    masked = _masked(text)
    assert masked.get(name) == "PERSONNE", masked


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, je voudrais refaire le mur en pierre de mon jardin. Faut-il une déclaration préalable ?",
        "Petit rappel : la cantine est fermée le mercredi. Merci de prévenir la mairie.",
        "La fontaine de la place ne coule plus depuis deux semaines. Qui doit la réparer ?",
        "Rose pâle ou blanc cassé, la couleur des volets est-elle imposée par le PLU ?",
        "Bonjour, Personne n'a répondu à mon courrier du mois dernier. Merci de me recontacter.",
        "Bonjour, Orange a coupé ma ligne et je ne peux plus appeler la CPAM.",
        "Paris est trop loin pour moi. Pouvez-vous m'envoyer le formulaire par courrier ?",
        "Maman a reçu la lettre de la préfecture mais ne comprend pas. Que faut-il faire ?",
        "Merci pour votre aide. Bonne journée.",
        "Dossier envoyé par La Poste le mois dernier. Merci de vérifier. Bien à vous.",
        "Mon fils veut devenir boulanger. Peut-il faire un apprentissage à 15 ans ?",
        "Mardi est le jour de marché. Les horaires de la mairie changent-ils ?",
        "Nous habitons à Bourges et Bourges a fermé son accueil CAF. Où aller ?",
        "Entre Noël et Pâques, la mairie ferme le samedi matin.",
        "Laval est à 25 km de chez nous et le bus ne passe que le matin.",
        "Prudence est de rigueur avant de signer le bail, relisez chaque clause.",
        "Ariane est une plateforme du ministère pour signaler un voyage à l'étranger.",
        "Bonjour, Lyon est trop loin pour le rendez-vous. Pouvez-vous proposer Villeurbanne ?",
    ],
)
def test_words_stay_words(text: str) -> None:
    spans = [*word_names.word_names(text), *word_names.signed_word_names(text)]
    assert spans == []
    masked = _masked(text)
    assert not any(kind == "PERSONNE" for kind in masked.values()), masked


def test_the_switch_turns_the_rules_off(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Bonjour, Garnier n'a toujours pas envoyé l'attestation. Merci. Rose"
    assert len(list(word_names.word_names(text))) == 1
    assert len(list(word_names.signed_word_names(text))) == 1
    monkeypatch.setattr(word_names, "ENABLED", False)
    assert list(word_names.word_names(text)) == []
    assert list(word_names.signed_word_names(text)) == []
