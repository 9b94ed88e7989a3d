"""Fifty-eighth pass, engineer-r110: the question inside distress and over-broad justice readings.

`guichet.knowledge.lawyer_means` sets aside the legal aid that the vocabulary reads from a lawyer the writer cannot
pay when the message asks another question (a neighbour's building permit, a deposit, a debt);
`guichet.knowledge.aid_granted` moves F15006 (a lawyer who asks money of a beneficiary of legal aid) just ahead of
F18074 when the writer says legal aid is granted; `guichet.knowledge.distress_ask` weighs a plain ask once more over
the feelings a story tells (shipped off). The sentences are fresh ones written for these tests.
"""

import pytest

from guichet.knowledge import aid_granted, distress_ask, justice_general, lawyer_means
from guichet.knowledge.search import understand
from tests.batches import batch_item


def _legal_aid_read(text: str) -> bool:
    query = understand(text)
    return any(found.term.fiches == ("F18074",) for found in query.vocabulary) or any(
        term.fiches == ("F18074",) for term in query.names
    )


# a lawyer the writer cannot pay beside another question: legal aid set aside with the switch on
BESIDE = (
    "Le voisin a construit un garage contre ma clôture. Est-ce que je peux contester son permis de construire, "
    "sachant que je n'ai pas les moyens de payer un avocat ?",
    "Je n'ai pas d'argent pour un avocat. Comment récupérer mon dépôt de garantie que le bailleur garde depuis "
    "trois mois ?",
)
# legal aid asked, by its name or by a lawyer one cannot pay and nothing else
ASKED = (
    "Je divorce et je n'ai pas les moyens de payer un avocat, comment faire ?",
    "Mon patron me doit trois mois de salaire. J'ai droit à l'aide juridictionnelle pour les prud'hommes ?",
    "Je n'ai pas les moyens de payer un avocat pour le procès de mon fils. Est-ce que l'État peut payer les frais ?",
)


@pytest.mark.parametrize("text", BESIDE)
def test_legal_aid_is_set_aside_beside_another_question_only_with_the_switch_on(monkeypatch, text):
    assert lawyer_means.READ_LAWYER_MEANS
    assert not _legal_aid_read(text)
    monkeypatch.setattr(lawyer_means, "READ_LAWYER_MEANS", False)
    assert _legal_aid_read(text)


@pytest.mark.parametrize("text", ASKED)
def test_legal_aid_asked_stays_read(text):
    assert _legal_aid_read(text)


def test_the_other_words_of_the_message_stay():
    query = understand(BESIDE[0])
    assert "construire" in query.lexical()
    assert "avocat" in query.lexical()


def _ranked(ids: list[str]) -> tuple[list[dict], list[tuple[int, float, list[str]]]]:
    fiches = [{"fiche_id": fiche} for fiche in ids]
    return fiches, [(position, 10.0 - position, []) for position in range(len(ids))]


GRANTED = "J'ai obtenu l'aide juridictionnelle totale et mon avocate me réclame 400 € d'honoraires. C'est normal ?"


def test_aid_granted_reads_a_lawyer_who_asks_money_of_a_beneficiary():
    assert aid_granted.READ_AID_GRANTED
    assert aid_granted.aid_granted(understand(GRANTED))
    assert aid_granted.aid_granted(
        understand("Je suis bénéficiaire de l'aide juridictionnelle mais l'avocat veut des frais de dossier.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "On m'a refusé l'aide juridictionnelle, mon avocat me demande 800 €. Je peux faire un recours ?",
        "Comment obtenir l'aide juridictionnelle pour payer les honoraires de mon avocat ?",
        "J'ai obtenu l'aide juridictionnelle totale, quand aura lieu l'audience ?",
    ],
)
def test_aid_refused_asked_or_without_money_asked_is_not_granted(text):
    assert not aid_granted.aid_granted(understand(text))


def test_f15006_goes_just_ahead_of_legal_aid_and_the_scores_stay(monkeypatch):
    fiches, ranked = _ranked(["F18074", "F15018", "F15006", "F2153"])
    moved = aid_granted.granted_first(understand(GRANTED), fiches, ranked)
    assert [fiches[entry[0]]["fiche_id"] for entry in moved] == ["F15006", "F18074", "F15018", "F2153"]
    assert [entry[1] for entry in moved] == [entry[1] for entry in ranked]
    monkeypatch.setattr(aid_granted, "READ_AID_GRANTED", False)
    assert aid_granted.granted_first(understand(GRANTED), fiches, ranked) == ranked


def test_f15006_too_far_below_or_already_ahead_stays():
    query = understand(GRANTED)
    fiches, ranked = _ranked(["F18074", *(f"F{900 + i}" for i in range(6)), "F15006"])
    assert aid_granted.granted_first(query, fiches, ranked) == ranked
    fiches, ranked = _ranked(["F15006", "F18074"])
    assert aid_granted.granted_first(query, fiches, ranked) == ranked
    fiches, ranked = _ranked(["F15018", "F2153"])
    assert aid_granted.granted_first(query, fiches, ranked) == ranked


DISTRESSED = (
    "Je ne dors plus, je pleure tous les soirs. Mon mari est parti et ne donne plus rien pour les enfants. "
    "Est-ce que la Caf peut me verser l'allocation de soutien familial ?"
)


def test_distress_ask_is_shipped_off_and_weighs_the_plain_ask_when_on(monkeypatch):
    assert not distress_ask.READ_DISTRESS_ASK
    assert understand(DISTRESSED).buried == []
    monkeypatch.setattr(distress_ask, "READ_DISTRESS_ASK", True)
    buried = understand(DISTRESSED).buried
    assert len(buried) == 1 and "soutien familial" in buried[0]


@pytest.mark.parametrize(
    "text",
    [
        # no feeling told
        "Mon mari est parti et ne donne plus rien pour les enfants. Est-ce que la Caf peut verser l'ASF ?",
        # a feeling, but an ask that names no topic
        "Je ne dors plus, je pleure tous les soirs, il est parti. Qu'est-ce que je peux faire ?",
    ],
)
def test_distress_ask_leaves_a_calm_message_or_an_ask_without_topic(monkeypatch, text):
    monkeypatch.setattr(distress_ask, "READ_DISTRESS_ASK", True)
    assert understand(text).buried == []


DEPOSIT = "Mon ancien propriétaire garde ma caution depuis quatre mois. Comment la récupérer ?"


def test_ground_first_moves_the_ground_fiche_ahead_of_a_general_one_only_when_on(monkeypatch):
    fiches, ranked = _ranked(["F18074", "F15018", "F31269", "F31267"])
    query = understand(DEPOSIT)
    assert justice_general.ground_first(query, fiches, ranked) == ranked  # shipped as measured: see the module
    monkeypatch.setattr(justice_general, "READ_GROUND_FIRST", True)
    moved = justice_general.ground_first(query, fiches, ranked)
    assert [fiches[entry[0]]["fiche_id"] for entry in moved] == ["F31269", "F18074", "F15018", "F31267"]
    assert [entry[1] for entry in moved] == [entry[1] for entry in ranked]


@pytest.mark.parametrize(
    "text",
    [
        "Mon propriétaire garde ma caution. Comment saisir le tribunal pour la récupérer ?",
        "Le voisin fait du bruit toute la nuit. Est-ce que je peux avoir un avocat gratuit ?",
        "Mon ex me doit 2 000 €. Le conciliateur peut-il nous aider ?",
    ],
)
def test_ground_first_leaves_a_message_that_asks_for_justice(monkeypatch, text):
    monkeypatch.setattr(justice_general, "READ_GROUND_FIRST", True)
    fiches, ranked = _ranked(["F18074", "F31269", "F612"])
    assert justice_general.ground_first(understand(text), fiches, ranked) == ranked


def test_ground_first_leaves_a_ground_fiche_first_or_out_of_reach(monkeypatch):
    monkeypatch.setattr(justice_general, "READ_GROUND_FIRST", True)
    query = understand(DEPOSIT)
    fiches, ranked = _ranked(["F31269", "F18074"])
    assert justice_general.ground_first(query, fiches, ranked) == ranked
    fiches, ranked = _ranked(["F18074", "F15018", "F2153", "F20706", "F31269"])
    assert justice_general.ground_first(query, fiches, ranked) == ranked


def test_a_subject_that_is_the_lawyer_one_cannot_pay_keeps_legal_aid():
    assert _legal_aid_read(
        "Pas les moyens de payer un avocat\nMon propriétaire me convoque au tribunal pour des loyers. Est-ce que "
        "j'y ai droit et où déposer la demande avant l'audience ?"
    )


def _text(item: dict) -> str:
    return f"{item['title']}\n{item['message']}"


def test_train_items_the_shipped_readings_were_written_for():
    # money lent, the lawyer one cannot pay said beside the question: legal aid set aside
    assert not _legal_aid_read(_text(batch_item("retrieval", "r106", "r106-027", train=True)))
    # the subject is the lawyer one cannot pay: legal aid kept
    assert _legal_aid_read(_text(batch_item("retrieval", "v103-unseen", "v103-33", train=True)))
    # legal aid granted and a lawyer's bill of « honoraires complémentaires »
    assert aid_granted.aid_granted(understand(_text(batch_item("retrieval", "v90-unseen", "v90-003", train=True))))
