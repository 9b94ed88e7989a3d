"""Fifty-seventh pass (engineer-d95, issue 14): a relative's fact moved onto the writer, and a career's figure moved
to another length (`persona.moved_facts`): a relative's salary, pension or benefit said the writer's
(`RELATIVE_SUMS`), a child named by a placeholder said of the other sex (`NAMED_CHILDREN`), the writer's years of
work changed (`CAREER_YEARS`), quarters said as years (`QUARTERS_AS_YEARS`). Fresh messages, as the
pseudonymisation leaves them, and items of batch d95's train split (named by their id)."""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, find_claims, moved_facts
from tests.batches import batch_item

_SWITCHES = ("RELATIVE_SUMS", "NAMED_CHILDREN", "CAREER_YEARS", "QUARTERS_AS_YEARS")


def _verdict(sentence: str, message: str) -> str:
    claims = find_claims(f"{sentence} [1]", message)
    return claims[0].verdict if claims else "none"


def _item(item_id: str) -> tuple[str, str, str]:
    item = batch_item("claims", "d95", item_id, train=True)
    return item["sentence"], item["message"], item["label"]


HUSBAND = "Mon époux a une retraite de 1 350 € par mois. Moi je n'ai jamais travaillé, j'ai élevé nos enfants."
DAUGHTER = "Mon fils [PERSONNE_1] a 5 ans et ma fille [PERSONNE_2] a 9 ans. Quelle aide pour la cantine ?"
CAREER = "J'ai travaillé 42 ans comme boulanger, j'ai commencé à 15 ans. Je peux partir ?"
QUARTERS = "D'après la caisse, il me manque 4 trimestres pour le taux plein."


def test_the_shipped_switches() -> None:
    # quarters said as years ships off: it moved no validation item (docs/benchmarks.md, fifty-seventh pass)
    assert {name for name in _SWITCHES if getattr(moved_facts, name)} == set(_SWITCHES) - {"QUARTERS_AS_YEARS"}


@pytest.mark.parametrize("on", [True, False])
def test_a_relatives_pension_said_the_writers(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(moved_facts, "RELATIVE_SUMS", on)
    assert (_verdict("Votre retraite de 1 350 € par mois est prise en compte.", HUSBAND) == CONTRADICTED) is on
    sentence, message, label = _item("d95-005")  # « mon mari a une pension d'invalidité de 760 euros »
    assert label == CONTRADICTED
    assert (_verdict(sentence, message) == CONTRADICTED) is on
    sentence, message, _ = _item("d95-001")  # « mon mari touche 1 800 € … moi je suis sans emploi »
    assert (_verdict(sentence, message) == CONTRADICTED) is on


def test_the_relatives_sum_said_theirs_stays_good() -> None:
    assert _verdict("La retraite de votre époux, 1 350 € par mois, est prise en compte.", HUSBAND) != CONTRADICTED
    for item_id in ("d95-024", "d95-036", "d95-039"):  # « Le salaire de votre mari, 1 800 € … », a mother's pension
        sentence, message, label = _item(item_id)
        assert label == CONSISTENT
        assert _verdict(sentence, message) == CONSISTENT, item_id
    # a household's resources may be the writer's too: left open
    assert _verdict("Les ressources de votre foyer sont de 1 350 € par mois.", HUSBAND) != CONTRADICTED


def test_money_paid_to_the_writer_stays_the_writers() -> None:
    message = "Mon ex-mari me verse une pension alimentaire de 300 € par mois pour les enfants."
    assert _verdict("Vous percevez une pension alimentaire de 300 € par mois.", message) != CONTRADICTED
    assert not moved_facts.relative_money("mon ex-mari me verse une pension alimentaire de ")
    assert moved_facts.relative_money("ma retraite est de 1 100 €, celle de mon mari de ")


@pytest.mark.parametrize("on", [True, False])
def test_a_named_son_said_a_daughter(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(moved_facts, "NAMED_CHILDREN", on)
    sentence, message, label = _item("d95-013")  # « mon fils Théo a 4 ans » / « Votre fille de 4 ans »
    assert label == CONTRADICTED
    masked = message.replace("Théo", "[PERSONNE_1]")  # as the pseudonymisation leaves it
    assert masked != message
    assert (_verdict(sentence, masked) == CONTRADICTED) is on
    assert (
        _verdict("Vous avez à charge une fille de 15 ans.", "J'ai un fils de 15 ans à charge.") == CONTRADICTED
    ) is on


def test_the_named_childrens_own_ages_stay_good() -> None:
    assert _verdict("Votre fille de 9 ans mange à la cantine.", DAUGHTER) != CONTRADICTED
    assert _verdict("Votre fils de 5 ans mange à la cantine.", DAUGHTER) != CONTRADICTED
    assert _verdict("Votre fille de 5 ans mange à la cantine.", DAUGHTER) == CONTRADICTED


@pytest.mark.parametrize("on", [True, False])
def test_years_of_work_changed(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(moved_facts, "CAREER_YEARS", on)
    assert (_verdict("Avec vos 24 années de carrière, vous pouvez partir.", CAREER) == CONTRADICTED) is on
    sentence, message, label = _item("d95-030")  # « travaillé 38 ans » / « vos 38 années de travail »
    assert label == CONSISTENT
    assert _verdict(sentence, message) != CONTRADICTED


def test_a_relatives_years_of_work_are_not_the_writers() -> None:
    message = "Mon mari a travaillé 40 ans à l'usine, moi je suis restée au foyer."
    assert _verdict("Avec vos 40 années de travail, vous pouvez partir.", message) != CONTRADICTED
    assert moved_facts.read_career("mon mari a travaille 40 ans a l'usine") == set()
    assert moved_facts.read_career("j'ai travaille 42 ans comme boulanger") == {"42"}


@pytest.mark.parametrize("on", [True, False])
def test_quarters_said_as_years(monkeypatch: pytest.MonkeyPatch, on: bool) -> None:
    monkeypatch.setattr(moved_facts, "QUARTERS_AS_YEARS", on)
    assert (_verdict("Il vous manque 4 années pour obtenir le taux plein.", QUARTERS) == CONTRADICTED) is on
    sentence, message, label = _item("d95-021")  # « 6 trimestres » / « 6 années »
    assert label == CONTRADICTED
    assert (_verdict(sentence, message) == CONTRADICTED) is on


def test_quarters_said_as_quarters_stay_good(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(moved_facts, "QUARTERS_AS_YEARS", True)
    assert _verdict("Il vous manque 4 trimestres pour obtenir le taux plein.", QUARTERS) != CONTRADICTED
    sentence, message, label = _item("d95-040")
    assert label == CONSISTENT
    assert _verdict(sentence, message) != CONTRADICTED
    counted = "D'après mon relevé j'ai 168 trimestres validés."
    assert _verdict("Votre relevé fait apparaître 186 trimestres validés.", counted) == CONTRADICTED
    assert _verdict("Votre relevé fait apparaître 168 trimestres validés.", counted) == CONSISTENT
