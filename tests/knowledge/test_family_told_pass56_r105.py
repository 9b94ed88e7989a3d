"""Fifty-sixth pass, engineer-r105: a birth, a child and a separation told in the parents' words.

Each switch of `guichet.knowledge.family_told` is shown to matter: a fresh sentence it reads (its fiche pointed with
the switch on, not with it off) and a look-alike it leaves alone with every switch on; the batch r105's train items it
was written for are read by the real vocabulary (`find_every`) as shipped.
"""

import pytest

from guichet.knowledge import family_told
from guichet.knowledge.vocabulary import find_every
from tests.batches import batch_item

# switch, a sentence it reads, the fiche it points to, a look-alike it leaves
CASES = (
    (
        "READ_FATHER_DAYS",
        "Ma compagne doit accoucher en octobre. Je suis magasinier : combien de jours je peux rester avec le bébé ?",
        "F3156",
        "Nous allons adopter un garçon de 3 ans : combien de jours je peux rester avec lui après son arrivée ?",
    ),
    (
        "READ_NEWBORN_IN_HOSPITAL_FATHER",
        "Notre fille est en néonatologie depuis sa naissance, mes jours de papa se terminent, ai-je droit à plus ?",
        "F35002",
        "Notre fille est en néonatologie depuis sa naissance, qui rembourse les frais d'hôpital ?",
    ),
    (
        "READ_NEWBORN_IN_HOSPITAL_MOTHER",
        "Mon bébé prématuré est toujours en réanimation et mon congé maternité avance : peut-on le reporter ?",
        "F32967",
        "Mon bébé prématuré est toujours en réanimation : puis-je dormir à l'hôpital avec lui ?",
    ),
    (
        "READ_UNRECOGNISED_CHILD_AID",
        "Son père ne l'a jamais reconnu, il n'y a que moi sur l'acte. Est-ce que la CAF verse une aide ?",
        "F33645",
        "Son père ne l'a jamais reconnu : puis-je demander un test de paternité au juge ?",
    ),
    (
        "READ_SUPPORT_AMOUNT",
        "On se sépare, il veut bien verser une pension pour notre fils : combien, il existe un barème ?",
        "F991",
        "On est séparés et il veut baisser la pension de notre fils : combien peut-il demander en moins ?",
    ),
    (
        "READ_PREGNANCY_VISITS_AT_WORK",
        "Je suis enceinte de 5 mois et ma cheffe me fait poser des congés pour chaque échographie. Est-ce normal ?",
        "F2330",
        "Je suis enceinte de 5 mois : combien d'échographies sont remboursées ?",
    ),
    (
        "READ_PREGNANCY_TOLD_TO_FUNDS",
        "Je suis enceinte de 9 semaines, comment prévenir la sécu et la CAF ?",
        "F968",
        "Je suis enceinte de 9 semaines et mon employeur veut me licencier, que faire ?",
    ),
    (
        "READ_BENEFITS_SHARED_ALTERNATE",
        "Les enfants vivent une semaine chez moi, une semaine chez leur mère : peut-on partager les allocations ?",
        "F21248",
        "Les enfants vivent une semaine chez moi, une semaine chez leur mère : à quelle école les inscrire ?",
    ),
)


def _pointed(text: str, term) -> bool:
    return any(found.term == term for found in find_every(text))


def _text(item: dict) -> str:
    return f"{item['title']}\n{item['message']}"


def test_every_switch_has_a_case_and_the_shipped_state():
    assert set(family_told.SWITCHES) == {case[0] for case in CASES}
    off = {switch for switch in family_told.SWITCHES if not getattr(family_told, switch)}
    assert off == set()


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), CASES, ids=[case[0] for case in CASES])
def test_the_switch_reads_its_case_and_only_when_on(monkeypatch, switch, sentence, fiche, look_alike):
    term = family_told.SWITCHES[switch]
    assert fiche in term.fiches
    monkeypatch.setattr(family_told, switch, True)
    assert _pointed(sentence, term)
    monkeypatch.setattr(family_told, switch, False)
    assert not _pointed(sentence, term)


@pytest.mark.parametrize(("switch", "sentence", "fiche", "look_alike"), CASES, ids=[case[0] for case in CASES])
def test_the_look_alike_is_left_alone(monkeypatch, switch, sentence, fiche, look_alike):
    for name in family_told.SWITCHES:
        monkeypatch.setattr(family_told, name, True)
    assert not any(found.term in family_told.FAMILY_TOLD_TERMS for found in find_every(look_alike))


def test_one_switch_off_leaves_the_others(monkeypatch):
    for name in family_told.SWITCHES:
        monkeypatch.setattr(family_told, name, True)
    monkeypatch.setattr(family_told, "READ_FATHER_DAYS", False)
    text = "Ma femme accouche en mai, combien de jours pour moi ? Et elle est enceinte : comment prévenir la CAF ?"
    pointed = {found.term for found in find_every(text)}
    assert family_told.SWITCHES["READ_FATHER_DAYS"] not in pointed


# train items of batch r105 each switch was written for (their gold below the first with the start code)
BATCH = {
    "r105-022": "READ_UNRECOGNISED_CHILD_AID",
    "r105-040": "READ_PREGNANCY_TOLD_TO_FUNDS",
    "r105-043": "READ_PREGNANCY_VISITS_AT_WORK",
}


@pytest.mark.parametrize("item_id", sorted(BATCH))
def test_the_batch_train_items_are_read_as_shipped(item_id, monkeypatch):
    switch = BATCH[item_id]
    text = _text(batch_item("retrieval", "r105", item_id, train=True))
    assert getattr(family_told, switch)
    assert _pointed(text, family_told.SWITCHES[switch])
    monkeypatch.setattr(family_told, switch, False)
    assert not _pointed(text, family_told.SWITCHES[switch])
