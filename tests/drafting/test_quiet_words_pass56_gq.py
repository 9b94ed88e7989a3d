"""Fifty-sixth pass (engineer-gq): distress said quietly is read by a rule (`triage_quiet_words`) — no point in
going on, a night where no one lives, care given up or self-harm, someone found on the floor, tears all the time —
and routine messages that use strong words harmlessly are left alone.

Items of batch gq's train split (`corpora/triage/gq.jsonl`) and fresh sentences, through `triage()` (rules alone, so
that the rule's own effect is asserted whatever the learned model scores, and with the shipped model) and through the
module's function; the switches are flipped at run time."""

import pytest

from guichet.drafting import triage_quiet_words
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage
from guichet.drafting.triage_cues import fold
from guichet.drafting.triage_quiet_words import quiet_distress_hits
from tests.batches import batch_item

DISTRESS = TriageLabel.DISTRESS
SWITCHES = ("READ_DESPAIR", "READ_NO_ROOF", "READ_SELF_NEGLECT", "READ_FOUND_FALLEN", "READ_TEARS")


def _rules(title: str, body: str, administration: str = "CAF") -> list[str]:
    return triage(title=title, body=body, administration=administration, use_model=False).labels


def _item_rules(item_id: str) -> list[str]:
    item = batch_item("triage", "gq", item_id, train=True)
    return _rules(item["title"], item["message"], item["administration"])


def test_every_switch_ships_on():
    assert all(getattr(triage_quiet_words, name) is True for name in SWITCHES)


@pytest.mark.parametrize(
    ("item_id", "switch"),
    [
        ("gq-018", "READ_DESPAIR"),  # « autant que tout s'arrête. Je suis fatiguée de me battre. »
        ("gq-017", "READ_SELF_NEGLECT"),  # « elle s'est coupé les bras »
        ("gq-008", "READ_FOUND_FALLEN"),  # « la voisine l'a trouvée par terre hier matin »
    ],
)
def test_a_train_item_s_quiet_distress_is_read_by_the_rules_and_not_with_its_switch_off(item_id, switch, monkeypatch):
    assert DISTRESS in _item_rules(item_id)
    monkeypatch.setattr(triage_quiet_words, switch, False)
    assert DISTRESS not in _item_rules(item_id)


def test_care_given_up_and_no_point_are_both_read_and_need_both_switches_off(monkeypatch):
    # gq-004: « je ne prends plus mes traitements depuis un mois, à quoi bon » beside a practical question.
    assert DISTRESS in _item_rules("gq-004")
    monkeypatch.setattr(triage_quiet_words, "READ_DESPAIR", False)
    assert DISTRESS in _item_rules("gq-004")
    monkeypatch.setattr(triage_quiet_words, "READ_SELF_NEGLECT", False)
    assert DISTRESS not in _item_rules("gq-004")


def test_a_night_under_a_bridge_is_read_and_not_with_its_switch_off(monkeypatch):
    body = (
        "Bonjour, pour mon rendez-vous de la semaine prochaine, je dors sous le pont du canal depuis dix jours, "
        "quelle adresse donner ?"
    )
    assert DISTRESS in _rules("Rendez-vous", body)
    monkeypatch.setattr(triage_quiet_words, "READ_NO_ROOF", False)
    assert DISTRESS not in _rules("Rendez-vous", body)


def test_tears_all_the_time_are_read_and_not_with_their_switch_off(monkeypatch):
    body = (
        "Bonjour, depuis la séparation je pleure tout le temps. Quel formulaire pour déclarer le changement de "
        "situation ?"
    )
    assert DISTRESS in _rules("Changement de situation", body)
    monkeypatch.setattr(triage_quiet_words, "READ_TEARS", False)
    assert DISTRESS not in _rules("Changement de situation", body)


def test_the_kinds_bring_their_contacts():
    assert set(quiet_distress_hits(fold("je ne vois plus l'interet de continuer."))) == {"suicide"}
    assert set(quiet_distress_hits(fold("on dort a la gare avec les enfants"))) == {"homeless"}
    result = triage(title="", body="Je ne vois plus l'intérêt de continuer.", administration="CAF", use_model=False)
    assert "suicide" in result.distress_kinds
    assert result.emergency_contacts


@pytest.mark.parametrize(
    "text",
    [
        "À quoi bon vous écrire, personne ne répond jamais ?",
        "J'ai peur que tout s'arrête si je déménage : mes APL continuent-elles ?",
        "Je ne vois plus l'intérêt de garder ce compte en ligne, comment le fermer ?",
        "Je ne prends plus mon traitement depuis que mon médecin l'a arrêté, faut-il le signaler ?",
        "J'ai trouvé par terre une carte Vitale devant l'agence, à qui la rendre ?",
        "Le bébé pleure tout le temps la nuit, y a-t-il une aide pour une consultation ?",
    ],
)
def test_near_misses_are_not_read(text):
    assert quiet_distress_hits(fold(text)) == {}


@pytest.mark.parametrize("item_id", ["gq-033", "gq-034", "gq-039", "gq-040", "gq-046", "gq-048", "gq-050"])
def test_routine_look_alikes_with_strong_words_are_not_read(item_id):
    # « ça me tue, cette histoire de case 7DB », « mort de fatigue après le salon », « on est crevés »…
    item = batch_item("triage", "gq", item_id, train=True)
    assert quiet_distress_hits(fold(f"{item['title']}\n{item['message']}")) == {}
    assert DISTRESS not in _item_rules(item_id)


@pytest.mark.parametrize("item_id", ["gq-004", "gq-018"])
def test_with_the_shipped_model_the_quiet_distress_stands(item_id):
    item = batch_item("triage", "gq", item_id, train=True)
    labels = triage(title=item["title"], body=item["message"], administration=item["administration"]).labels
    assert DISTRESS in labels
