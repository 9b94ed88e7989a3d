"""Fifty-sixth pass (engineer-d93, issue 14): the writer's figures, hosts, home loan and contract said again with one
word changed (`persona.restated`): the same figure with another unit or period (`SAME_FIGURE_OTHER_UNIT`), a sum
« chacun » said together (`EACH_NOT_TOGETHER`), « hébergé par » and « je dors chez ma mère » (`HOSTED_BY`), the host
named (`HOST_NAMED`), a home paid « comptant » or with a loan (`PAID_CASH`), a CDD said as an interim mission or the
reverse (`CDD_NOT_INTERIM`). Fresh messages, and items of batch d93's train split (named by their id)."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, UNSUPPORTED, find_claims, restated
from tests.batches import batch_item


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(f"{sentence} [1]", message)
    return claims[0].verdict if claims else "none"


def _kinds(sentence: str, message: str) -> list[str]:
    claims = find_claims(f"{sentence} [1]", message)
    return claims[0].kinds if claims else []


def _item(item_id: str) -> tuple[str, str, str]:
    item = batch_item("claims", "d93", item_id, train=True)
    return item["sentence"], item["message"], item["label"]


CESU = "Je garde deux enfants le soir, payée en Cesu, environ 280 € par mois. Ma réversion va-t-elle baisser ?"
HOURS = "Une des dames que j'aidais est partie en maison de retraite, j'ai perdu 25 heures par mois."
TRIP = "Je pars au Québec dans six semaines et mon passeport a expiré, que faire ?"
TWO_FIGURES = "Je suis en arrêt depuis deux ans. Avant, j'ai fait un CDD de deux mois à la poste."


def test_the_same_figure_with_another_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _verdict("Cette activité vous rapporte environ 280 € par semaine.", CESU) == CONTRADICTED
    assert _verdict("Cette activité vous rapporte environ 280 € par mois.", CESU) != CONTRADICTED
    assert _verdict("Vous avez perdu 25 heures par semaine.", HOURS) == CONTRADICTED
    assert _verdict("Vous partez au Québec dans six mois.", TRIP) == CONTRADICTED
    assert _verdict("Vous partez au Québec dans six semaines.", TRIP) != CONTRADICTED
    # another word before the figure: another fact, perhaps worked out (« pendant deux mois » to « depuis deux ans »)
    assert _verdict("Vous êtes restée sans mutuelle pendant deux mois.", "J'avais la mutuelle depuis deux ans.") != (
        CONTRADICTED
    )
    # the figure given with both units: left to the other readers (here the durations' reader finds it)
    assert "figure_unit" not in _kinds("Vous êtes en arrêt depuis deux mois.", TWO_FIGURES)
    monkeypatch.setattr(restated, "SAME_FIGURE_OTHER_UNIT", False)
    assert _verdict("Vous partez au Québec dans six mois.", TRIP) != CONTRADICTED


def test_a_sum_each_said_together(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence, message, label = _item("d93-013")  # « chacun 150 euros » / « ensemble 150 € »
    assert label == CONTRADICTED and _verdict(sentence, message) == CONTRADICTED
    sentence, message, label = _item("d93-035")  # « nous payons chacun 450 € » / « à deux un loyer de 450 € »
    assert label == CONTRADICTED and _verdict(sentence, message) == CONTRADICTED
    assert _verdict("Vos fils vous versent chacun 150 € par mois.", message.replace("450", "150")) != CONTRADICTED
    monkeypatch.setattr(restated, "EACH_NOT_TOGETHER", False)
    assert _verdict(*_item("d93-013")[:2]) == CONSISTENT  # the start code: the figure is the message's


def test_hosted_by(monkeypatch: pytest.MonkeyPatch) -> None:
    asylum = "Je suis demandeur d'asile, hébergé par une association à Lyon depuis sept mois."
    assert _verdict("Vous êtes hébergé par une association.", asylum) == CONSISTENT
    assert _verdict("Vous êtes logée par votre employeur.", "Je loue un studio à Biarritz.") == CONTRADICTED
    assert _verdict("Vous êtes hébergé chez un ami.", "Pour l'instant je dors chez un ami sur son canapé.") == (
        CONSISTENT
    )
    # another person hosted: not the writer
    assert _verdict("Vous vivez seule.", "Mon frère vit encore chez nos parents, moi j'ai 22 ans.") != CONTRADICTED
    monkeypatch.setattr(restated, "HOSTED_BY", False)
    assert _verdict("Vous êtes hébergé par une association.", asylum) != CONSISTENT


def test_the_host_named(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence, message, label = _item("d93-009")  # chez ma sœur / « hébergé par vos parents »
    assert label == CONTRADICTED and _verdict(sentence, message) == CONTRADICTED
    sentence, message, label = _item("d93-010")  # chez mon père et ma mère / « hébergée par vos parents »
    assert label == CONSISTENT and _verdict(sentence, message) == CONSISTENT
    daughter = "C'est ma fille et son mari qui m'hébergent à Tours depuis mon veuvage."
    assert _verdict("Vous êtes hébergé par votre fille.", daughter) == CONSISTENT
    # hosted, by whom the message does not say: the host is left open
    assert _verdict("Vous êtes hébergée chez vos parents depuis janvier.", "Je suis hébergée depuis janvier.") == (
        UNSUPPORTED
    )
    monkeypatch.setattr(restated, "HOST_NAMED", False)
    assert _verdict(*_item("d93-009")[:2]) != CONTRADICTED


def test_a_home_paid_cash_or_with_a_loan(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence, message, label = _item("d93-011")  # « comptant … aucun crédit » / « vous remboursez le prêt »
    assert label == CONTRADICTED and _verdict(sentence, message) == CONTRADICTED
    sentence, message, label = _item("d93-012")  # « payé cash, sans passer par la banque » / « comptant »
    assert label == CONSISTENT and _verdict(sentence, message) == CONSISTENT
    loan = "Nous avons acheté notre maison avec un prêt sur 20 ans, les mensualités sont de 900 €."
    assert _verdict("Vous avez payé votre maison comptant.", loan) == CONTRADICTED
    assert _verdict("Vous avez payé votre maison comptant.", "J'ai acheté ma voiture à crédit.") != CONTRADICTED
    over = "Nous avons fini de rembourser le prêt immobilier de notre maison l'an dernier."
    assert _verdict("Vous avez payé votre maison comptant.", over) != CONTRADICTED
    monkeypatch.setattr(restated, "PAID_CASH", False)
    assert _verdict(*_item("d93-011")[:2]) != CONTRADICTED


def test_a_cdd_is_no_interim_mission(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence, message, label = _item("d93-008")  # « un CDD de 6 mois à la mairie » / « en intérim à la mairie »
    assert label == CONTRADICTED and _verdict(sentence, message) == CONTRADICTED
    both = "J'ai un CDD le matin dans une cantine et des missions d'intérim l'après-midi."
    assert _verdict("Vous êtes en intérim.", both) != CONTRADICTED
    monkeypatch.setattr(restated, "CDD_NOT_INTERIM", False)
    assert _verdict(sentence, message) == UNSUPPORTED  # the start code
