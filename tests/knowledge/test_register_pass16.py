"""Sixteenth pass: needs said by their effect that no register entry knew (a clean record, someone to help with the
acts of daily life, prison before a trial, the département's allowance for the elderly, a pension for an
accident), and the switch that measures them."""

import re

import pytest

from guichet.knowledge import register
from guichet.knowledge.analysis import fold
from guichet.knowledge.query import understand
from guichet.knowledge.register import REGISTER, paraphrases


def _added(text: str) -> str:
    return " ".join(expansion for _, expansion in paraphrases(fold(text)))


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Le club de foot veut une preuve que je n'ai jamais eu affaire à la police.", "casier judiciaire"),
        ("Pour devenir agent de sécurité, je dois montrer que je n'ai pas eu d'ennuis avec la justice.", "casier"),
        ("L'agence d'intérim exige un papier disant que je suis sans antécédent judiciaire.", "bulletin n°3"),
        ("Mon père a besoin d'une personne jour et nuit depuis sa chute dans l'escalier.", "tierce personne"),
        ("Peut-on être aidé pour payer une personne qui viendrait l'habiller le matin ?", "tierce personne"),
        ("Ma sœur est détenue depuis un mois en attendant son procès devant la cour.", "détention provisoire"),
        ("Il dort en prison alors qu'il n'a pas encore été jugé, c'est normal ?", "détention provisoire"),
        ("Mon grand-père reçoit l'allocation du département pour les personnes âgées.", "autonomie"),
        ("Je perçois une rente depuis mon accident sur la chaîne de montage.", "rente d'incapacité"),
    ],
)
def test_a_need_said_by_its_effect_gets_the_fiche_s_words(sentence, words):
    assert words in _added(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a trial, a prison or the police told without the need of a record or of a trial's wait
        "Mon oncle a travaillé toute sa vie dans la police, il a eu affaire à la justice pour son métier.",
        "Le procès de mon voisin aura lieu en mars, je suis cité comme témoin.",
        "Mon frère est sorti de prison l'an dernier et cherche un logement.",
        # help that is no person paid to help, an accident without a pension
        "J'ai besoin d'une aide pour remplir ma déclaration de revenus.",
        "Je dois payer une personne pour refaire la toiture avant l'hiver.",
        "Ma voiture a eu un accident, l'assurance me doit combien ?",
        # the département named for something else
        "Le département a fermé la route pour les travaux de l'été.",
    ],
)
def test_look_alike_sentences_add_nothing_of_this_pass(sentence):
    added = _added(sentence)
    for words in ("casier", "tierce personne", "détention provisoire", "autonomie", "rente d'incapacité"):
        assert words not in added


def test_the_fiche_s_words_join_the_query_and_the_ask_s_sub_query():
    query = understand(
        "Papier pour un emploi\nJe postule comme chauffeur de car scolaire. On me réclame une preuve que je n'ai "
        "jamais eu affaire à la justice. Où est-ce que je la demande et en combien de temps ?"
    )
    assert "extrait de casier judiciaire" in query.lexical()
    assert "jamais eu affaire à la justice" in query.lexical()  # the writer's words stay
    assert any("casier" in sub for sub in query.sub_queries())


def test_the_switch_reads_the_register_as_the_fifteenth_pass_did(monkeypatch):
    sentence = "Ma fille est enfermée depuis trois semaines en attendant son jugement."
    assert "détention provisoire" in _added(sentence)
    monkeypatch.setattr(register, "UP_TO_PASS", 15)
    assert "détention provisoire" not in _added(sentence)
    # the entries of earlier passes are still read
    assert "casier judiciaire" in _added("je n'ai jamais été condamné")


def test_each_new_entry_quotes_the_fiche_it_takes_its_words_from():
    new = [entry for entry in REGISTER if entry.since == 16]
    assert len(new) == 5
    for entry in new:
        assert re.match(r"F\d+ « ", entry.source)
