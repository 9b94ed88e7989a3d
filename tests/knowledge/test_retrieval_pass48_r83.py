"""Forty-eighth pass, engineer-r83: grandparents and grandchildren, grown children back home.

Whose situation is asked about when two generations are in one message. A grandparent who tells a grandchild hurt by
another is read as a child in danger (F781 first, or the juvenile judge's F17777 where the grandparent asks the judge
or to keep the child), not as an abused elder (`grandchild_danger.READ_GRANDCHILD_DANGER`,
`grandchild_danger.READ_JUDGE_ASKED`); an old person hurt by a grandson or a son stays elder abuse. A writer on the
RSA whose grown child or young relative lives with them gets the words of F20199 « Dans quels cas un enfant peut-il
être considéré à charge pour le RSA ? » appended to the query (`household_rsa.READ_HOUSEHOLD_RSA`). Messages written
fresh for these tests, none from a corpus.
"""

import pytest

from guichet.knowledge import grandchild_danger, household_rsa
from guichet.knowledge.analysis import fold
from guichet.knowledge.query import understand
from guichet.knowledge.register import paraphrases
from guichet.knowledge.situations import CHILD_IN_DANGER, ELDER_ABUSE, distress

F20199_WORDS = household_rsa.EXPANSION


def read(text: str) -> dict[str, tuple[str, ...]]:
    return {hit.name: hit.fiches for hit in distress(fold(text))}


def expansions(text: str) -> list[str]:
    return [words for _, words in understand(text).register]


def test_the_shipped_switches():
    assert grandchild_danger.READ_GRANDCHILD_DANGER is True
    assert grandchild_danger.READ_JUDGE_ASKED is True
    assert household_rsa.READ_HOUSEHOLD_RSA is True


# --- a grandchild in danger, told by the grandparent


@pytest.mark.parametrize(
    "text",
    [
        "Je suis grand-père, 71 ans. Mon petit-fils de 8 ans a encore des bleus sur le dos quand il vient le "
        "samedi, il dit que son beau-père le cogne. À qui dois-je m'adresser ?",
        "Bonjour, ma petite-fille de 4 ans est souvent laissée seule toute la nuit par sa mère qui sort. "
        "Je suis sa grand-mère et je ne sais pas quoi faire.",
        "Nous sommes les grands-parents de Lina, 10 ans : son père la frappe quand il a bu, elle nous l'a dit hier.",
    ],
)
def test_a_grandchild_hurt_by_another_is_a_child_in_danger(monkeypatch, text):
    found = read(text)
    assert found[CHILD_IN_DANGER][0] == "F781"
    assert ELDER_ABUSE not in found
    monkeypatch.setattr(grandchild_danger, "READ_GRANDCHILD_DANGER", False)
    assert CHILD_IN_DANGER not in read(text)


def test_the_child_in_danger_through_the_query():
    text = (
        "Ma petite-fille de 6 ans revient de chez sa mère avec des marques de coups sur les jambes. "
        "Qui faut-il prévenir ?"
    )
    hits = understand(text, title="Ma petite-fille").distress
    assert [hit.name for hit in hits][:1] == [CHILD_IN_DANGER]
    assert hits[0].danger


def test_a_grandparent_who_asks_the_judge_gets_the_judge_s_fiche_first(monkeypatch):
    text = (
        "Mon petit-fils de 7 ans est battu par le compagnon de ma fille. Est-ce que le juge peut me le confier "
        "plutôt que de le mettre en foyer ?"
    )
    assert read(text)[CHILD_IN_DANGER] == ("F17777", "F781")
    monkeypatch.setattr(grandchild_danger, "READ_JUDGE_ASKED", False)
    assert read(text)[CHILD_IN_DANGER] == ("F781",)


@pytest.mark.parametrize(
    "text",
    [
        # the grandson hits the grandmother: elder abuse, as before
        "Ma mère de 84 ans vit avec son petit-fils qui lui prend sa pension et la bouscule, elle a peur de lui.",
        "Je suis grand-mère et mon petit-fils de 25 ans me frappe quand je refuse de lui donner de l'argent.",
    ],
)
def test_an_elder_hurt_by_a_grandchild_stays_elder_abuse(text):
    found = read(text)
    assert CHILD_IN_DANGER not in found
    assert grandchild_danger.grandchild_hurt(fold(text)) is False


@pytest.mark.parametrize(
    "text",
    [
        # other pupils hurt the child: school racket, not a danger at home
        "Nous élevons notre petit-fils de 14 ans ; des garçons du collège lui volent son argent et le frappent.",
        # a grandchild who is a grown man
        "Mon petit-fils de 22 ans a été frappé à la sortie d'une boîte de nuit, peut-il porter plainte ?",
        # a grandchild named, nobody hurt
        "Je garde ma petite-fille le mercredi, puis-je l'emmener chez le médecin sans ses parents ?",
    ],
)
def test_what_the_grandchild_reading_leaves_alone(text):
    assert grandchild_danger.grandchild_hurt(fold(text)) is False


# --- a grown child or a young relative at home, on the RSA


@pytest.mark.parametrize(
    "text",
    [
        "Je touche le RSA depuis un an. Ma fille de 27 ans est revenue vivre chez moi avec ses affaires, "
        "est-ce que ça va baisser mon allocation ?",
        "Mon cadet, 23 ans, s'est installé chez nous après son licenciement. Nous sommes au RSA tous les deux.",
        "Je suis au RSA et j'héberge ma nièce de 16 ans depuis la rentrée : compte-t-elle pour moi ?",
    ],
)
def test_a_relative_at_home_on_the_rsa_adds_the_fiche_s_words(monkeypatch, text):
    assert F20199_WORDS in expansions(text)
    monkeypatch.setattr(household_rsa, "READ_HOUSEHOLD_RSA", False)
    assert F20199_WORDS not in expansions(text)


@pytest.mark.parametrize(
    "text",
    [
        # the RSA without anyone moving in
        "Je touche le RSA et mon fils vit chez son père, puis-je avoir une aide pour sa cantine ?",
        # a son back home, no RSA
        "Mon fils de 25 ans est revenu vivre chez moi, puis-je encore le rattacher à ma déclaration d'impôts ?",
    ],
)
def test_what_the_rsa_household_reading_leaves_alone(text):
    assert F20199_WORDS not in [words for _, words in paraphrases(fold(text))]
