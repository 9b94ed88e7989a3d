"""The asked check, fifty-third pass (engineer-d84): an answer told in the negative or under the draft's own
condition is still an answer (`guichet.drafting.asked_negations`): « vous ne perdrez pas … » and « vous n'aurez pas de
… » (`NEGATED_FUTURE`), « la caisse ne peut pas … » and « rien ne vous empêche de … » (`THIRD_PARTY_DENIAL`), « si
…, vous pourrez … » and « … que si … » (`CONDITIONED_VERDICT`), all three shipped on. Their look-alikes — the
question reported, the writer's story told back, a step after a condition, the passage's own rule, a condition that
is what the writer asks — are left alone. Fresh examples, not from the corpora."""

import pytest

from guichet.drafting import asked_negations
from guichet.drafting.asked import find_asked

_ALLOCATION = "Bonjour, je pars vivre six mois chez ma sœur à Angers. Est-ce que je perds mon allocation ?"
_MAJORATION = "J'ai 63 ans et 150 trimestres. Est-ce que j'aurai une majoration si je continue à travailler ?"
_SAISIE = "Le Trésor public m'a écrit pour une amende. Est-ce qu'ils ont le droit de saisir mon salaire ?"
_BENEVOLAT = "je suis au chomage, est-ce que j'ai le droit de faire du benevolat dans une association ?"
_REMBOURSEMENT = "Je voudrais savoir si je garde le remboursement de mes lunettes après mon départ à l'étranger."
_CANTINE = "Est-ce que ma fille va perdre sa place à la cantine si je change d'horaires de travail ?"
_ACCEPTEE = "Bonjour, ma demande d'aide au logement a-t-elle été acceptée ?"


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


def test_the_shipped_switches() -> None:
    assert asked_negations.NEGATED_FUTURE
    assert asked_negations.THIRD_PARTY_DENIAL
    assert asked_negations.CONDITIONED_VERDICT


_NEGATED = [
    ("Vous ne perdrez pas votre allocation pendant ces six mois.", _ALLOCATION),
    ("Vous n'aurez pas de majoration si vous continuez à travailler.", _MAJORATION),
]


@pytest.mark.parametrize(("sentence", "message"), _NEGATED)
def test_a_negated_future_is_flagged(sentence: str, message: str) -> None:
    assert _flagged(sentence, message)


@pytest.mark.parametrize(("sentence", "message"), _NEGATED)
def test_the_negated_future_switch_off_lets_it_pass(
    monkeypatch: pytest.MonkeyPatch, sentence: str, message: str
) -> None:
    monkeypatch.setattr(asked_negations, "NEGATED_FUTURE", False)
    assert not _flagged(sentence, message)


_DENIED = [
    ("Le Trésor public ne peut pas saisir votre salaire pour cette amende.", _SAISIE),
    ("Rien ne vous empêche de faire du bénévolat dans une association.", _BENEVOLAT),
]


@pytest.mark.parametrize(("sentence", "message"), _DENIED)
def test_a_permission_settled_for_someone_else_is_flagged(sentence: str, message: str) -> None:
    assert _flagged(sentence, message)


def test_the_third_party_switch_off_lets_the_denial_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_negations, "THIRD_PARTY_DENIAL", False)
    assert not _flagged("Le Trésor public ne peut pas saisir votre salaire pour cette amende.", _SAISIE)


_CONDITIONED = [
    ("Si votre mutuelle est française, vous conserverez ce remboursement.", _REMBOURSEMENT),
    ("Votre fille ne perdra sa place que si la liste d'attente de l'école est complète.", _CANTINE),
]


@pytest.mark.parametrize(("sentence", "message"), _CONDITIONED)
def test_a_verdict_under_the_drafts_own_condition_is_flagged(sentence: str, message: str) -> None:
    assert _flagged(sentence, message)


@pytest.mark.parametrize(("sentence", "message"), _CONDITIONED)
def test_the_condition_switch_off_lets_it_pass(monkeypatch: pytest.MonkeyPatch, sentence: str, message: str) -> None:
    monkeypatch.setattr(asked_negations, "CONDITIONED_VERDICT", False)
    assert not _flagged(sentence, message)


@pytest.mark.parametrize(
    ("sentence", "message", "passage"),
    [
        # the question reported, in the negative
        ("Vous nous demandez si vous ne perdrez pas votre allocation pendant ces six mois.", _ALLOCATION, ""),
        # a step after a condition
        ("Si vous n'avez pas de réponse d'ici un mois, n'hésitez pas à nous relancer.", _ALLOCATION, ""),
        # what the message tells, told back in the negative
        ("Le Trésor public vous a écrit au sujet d'une amende.", _SAISIE, ""),
        # a condition that is what the writer asks: no answer
        ("Si votre demande est acceptée, vous percevrez l'aide au logement.", _ACCEPTEE, ""),
        # the passage's own rule, under its condition
        (
            "Si vous résidez plus de six mois hors de France, vous perdrez votre allocation.",
            _ALLOCATION,
            "L'allocation est suspendue si vous résidez plus de six mois par an hors de France : vous perdrez alors "
            "votre allocation.",
        ),
        # the passage's own denial, said of the body the writer asks about
        (
            "Le Trésor public ne peut pas saisir la totalité de votre salaire.",
            _SAISIE,
            "Le Trésor public ne peut pas saisir la totalité du salaire : une fraction reste insaisissable.",
        ),
    ],
)
def test_the_look_alikes_pass(sentence: str, message: str, passage: str) -> None:
    assert not _flagged(sentence, message, passage)


def test_a_negated_future_on_nothing_asked_is_no_verdict() -> None:
    assert asked_negations.kind("vous n'aurez pas de reponse avant lundi", {"perdr", "alloc"}) == ""
    assert asked_negations.kind("vous ne perdrez pas votre allocation", {"perdr", "alloc"}) == "future"


def test_to_a_duty_question_the_negated_future_is_left_to_the_duty_reading() -> None:
    assert asked_negations.kind("vous n'aurez pas a payer la taxe", {"payer", "taxe"}, duty_asked=True) == ""
    assert asked_negations.kind("vous n'aurez pas a payer la taxe", {"payer", "taxe"}) == "future"
