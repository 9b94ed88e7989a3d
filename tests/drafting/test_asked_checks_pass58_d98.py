"""The asked check, fifty-eighth pass (engineer-d98): an event of the case told to a message that asks whether it
happened is an answer (`asked_checks.CHECKED_EVENT`, on); a request to check (`CHECK_ASKED`) and a relative's case
(`RELATIVE_CASE`), behind switches shipped off, read as described when switched on. Fresh examples, not from the
corpora; through the check's public interface, no mocks (a switch is set as a deployment would set it)."""

import pytest

from guichet.drafting import asked_checks
from guichet.drafting.asked import find_asked, split_message


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


# --- CHECKED_EVENT: « est-ce que c'est arrivé ? » answered « c'est bien arrivé » ----------------------------------

_EVENT_ANSWERED = [
    (
        "J'ai envoyé mes justificatifs par la poste à la CAF il y a deux semaines. Est-ce qu'ils sont bien arrivés ?",
        "Vos justificatifs ont bien été reçus par la CAF.",
    ),
    (
        "Ma fille a envoyé son dossier de bourse au Crous en avril. Est-ce que son dossier est bien arrivé ?",
        "Le dossier de votre fille a bien été transmis au Crous.",
    ),
    (
        "J'ai payé ma facture de cantine par chèque à la mairie. Est-ce que mon chèque a été encaissé ?",
        "Votre chèque a bien été déposé par la mairie.",
    ),
]


@pytest.mark.parametrize(("message", "sentence"), _EVENT_ANSWERED)
def test_an_event_told_to_a_message_that_asks_it_is_flagged(message: str, sentence: str) -> None:
    assert _flagged(sentence, message)


@pytest.mark.parametrize(("message", "sentence"), _EVENT_ANSWERED)
def test_without_the_switch_the_event_passes(message: str, sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_checks, "CHECKED_EVENT", False)
    assert not _flagged(sentence, message)


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        # the event the message tells, told back in its own participle
        (
            "Mon dossier a été accepté par la commission en mai. Est-ce que le premier versement est parti ?",
            "Votre dossier a été accepté par la commission en mai.",
        ),
        # the message asks no event: « valable » is no participle
        (
            "Ma carte grise est arrivée chez mon ancien propriétaire. Elle est encore valable ?",
            "Votre carte grise a été envoyée à votre ancienne adresse.",
        ),
        # the question reported, and a step
        (
            "J'ai envoyé mes justificatifs à la CAF il y a deux semaines. Est-ce qu'ils sont bien arrivés ?",
            "Vous souhaitez savoir si vos justificatifs sont bien arrivés.",
        ),
        (
            "J'ai envoyé mes justificatifs à la CAF il y a deux semaines. Est-ce qu'ils sont bien arrivés ?",
            "Vous pouvez suivre la réception de vos justificatifs dans votre espace en ligne.",
        ),
    ],
)
def test_an_event_told_back_or_not_asked_passes(message: str, sentence: str) -> None:
    assert not _flagged(sentence, message)


@pytest.mark.parametrize(
    ("message", "asks"),
    [
        ("Est-ce que ma demande est quand même arrivée chez vous ?", True),
        ("Mon colis de pièces, a-t-il bien été reçu ?", True),
        ("Pouvez-vous vérifier que mon dossier a été transmis à la commission.", True),
        ("Est-ce que j'ai droit à l'APL ?", False),
        ("On peut l'avoir à domicile ?", False),  # « à », not « a »
        ("Mon dossier a été transmis en mars. Il est encore valable ?", False),  # the event is told, not asked
    ],
)
def test_which_messages_ask_whether_something_happened(message: str, asks: bool) -> None:
    assert asked_checks.checks_event(message) is asks


# --- CHECK_ASKED (shipped off): « vérifier que … » asks ---------------------------------------------------------

_CHECK = "Je vous saurais gré de vérifier que ma demande de logement social a été enregistrée avant la commission."
_CHECK_ANSWER = "Votre demande de logement social a été enregistrée avant la commission."


def test_a_request_to_check_is_told_while_the_switch_is_off() -> None:
    assert not asked_checks.CHECK_ASKED
    assert split_message(_CHECK)[0] == []
    assert not _flagged(_CHECK_ANSWER, _CHECK)


def test_a_request_to_check_asks_when_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_checks, "CHECK_ASKED", True)
    asked, _ = split_message(_CHECK)
    assert asked and "enregistrée" in asked[0]
    assert _flagged(_CHECK_ANSWER, _CHECK)
    # the writer's own check, told in the past, asks nothing
    assert split_message("J'ai vérifié que mon dossier était complet avant de l'envoyer.")[0] == []


# --- RELATIVE_CASE (shipped off): « sa carte … » to a question asked for a grandfather ---------------------------

_FOR_RELATIVE = (
    "J'écris pour mon grand-père qui n'a pas d'ordinateur. Il voudrait savoir si sa carte de transport gratuite "
    "marche encore après son déménagement."
)
_RELATIVE_ANSWER = "Sa carte de transport gratuite reste valable sans aucune démarche."


def test_a_relatives_case_answered_passes_while_the_switch_is_off() -> None:
    assert not asked_checks.RELATIVE_CASE
    assert not _flagged(_RELATIVE_ANSWER, _FOR_RELATIVE)


def test_a_relatives_case_answered_is_flagged_when_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_checks, "RELATIVE_CASE", True)
    assert _flagged(_RELATIVE_ANSWER, _FOR_RELATIVE)
    # the relative's story told back speaks of nothing asked; a rule the passage gives is the passage's
    assert not _flagged("Votre grand-père n'a pas d'ordinateur.", _FOR_RELATIVE)
    assert not _flagged(
        "La carte de transport gratuite reste valable après un déménagement dans le département.",
        _FOR_RELATIVE,
        "La carte de transport gratuite reste valable après un déménagement dans le département.",
    )
