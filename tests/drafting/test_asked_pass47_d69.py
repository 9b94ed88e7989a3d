"""The asked check, forty-seventh pass (engineer-d69): a confirmation with nothing behind it — « en effet »,
« effectivement », « vous avez raison », « bien sûr », « rassurez-vous » — answers what the writer only asked
(`guichet.drafting.asked_confirmed`); a confirmation of what a source says or of what the writer tells, a reported
question, a courtesy and the office's own next step pass. Fresh examples, not from the corpora."""

import pytest

from guichet.drafting import asked_confirmed
from guichet.drafting.asked import find_asked

_CENTRE = (
    "Bonjour, la mairie a refusé l'inscription de mon fils au centre de loisirs pour les vacances de février. "
    "Je ne peux rien faire, n'est-ce pas ? Je pense que les places étaient déjà toutes prises. Cordialement"
)
_PREAVIS = (
    "Bonjour, je quitte mon studio de Nancy fin mars pour un CDI à Reims. Je suppose que je dois payer trois mois "
    "de préavis comme tout le monde ? Merci, Gaëlle"
)
_PREAVIS_SOURCE = (
    "Le préavis est réduit à 1 mois en cas d'obtention d'un premier emploi, de mutation ou de perte d'emploi."
)
_SORTIE = (
    "Bonjour, mon fils de 15 ans part une semaine en Italie avec son club de judo, sans nous. "
    "Il a juste sa carte d'identité, ça suffit ? Merci. Mme Aubrac"
)


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous ne pouvez en effet pas contester ce refus.",
        "Vous avez raison, les places de votre secteur étaient toutes attribuées.",
        "Effectivement, aucune place ne restait libre pour votre fils.",
        "Bien sûr, cette décision est définitive pour votre fils.",
        "Rassurez-vous, votre fils sera prioritaire l'été prochain.",
    ],
)
def test_a_confirmation_with_nothing_behind_it_is_flagged(sentence: str) -> None:
    assert _flagged(sentence, _CENTRE)


def test_the_switch_off_lets_the_confirmation_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_confirmed, "CONFIRMATION_READ", False)
    assert not _flagged("Vous ne pouvez en effet pas contester ce refus.", _CENTRE)
    assert not _flagged("Effectivement, aucune place ne restait libre pour votre fils.", _CENTRE)


@pytest.mark.parametrize(
    "sentence",
    [
        # the writer's story told back, with or without a confirmation
        "La mairie a effectivement refusé l'inscription de votre fils au centre de loisirs.",
        "Comme vous l'indiquez, la mairie a refusé l'inscription de votre fils.",
        "Vous pensez en effet que les places étaient déjà prises.",
        # a courtesy, a step, the office's own next step
        "Bien sûr, n'hésitez pas à revenir vers nous si votre situation change.",
        "Bien sûr, vous pouvez nous écrire à nouveau si votre situation change.",
        "Rassurez-vous, nous transmettons votre message au service enfance.",
        "Rassurez-vous, nous allons étudier votre situation avec attention.",
        "Vous avez raison de nous écrire avant les vacances.",
        # the question reported
        "Vous vous demandez en effet si ce refus peut être contesté.",
    ],
)
def test_what_is_told_reported_or_courteous_passes(sentence: str) -> None:
    assert not _flagged(sentence, _CENTRE)


def test_a_confirmation_the_source_gives_passes_and_its_opposite_is_flagged() -> None:
    sourced = "Effectivement, votre préavis est réduit à 1 mois en cas d'obtention d'un premier emploi ou de mutation."
    assert not _flagged(sourced, _PREAVIS, _PREAVIS_SOURCE)
    assert _flagged("Vous devez en effet respecter un préavis de trois mois, comme tout le monde.", _PREAVIS)


def test_a_rule_not_said_of_the_writers_case_is_left_to_the_sources() -> None:
    assert not _flagged("En effet, le délai de traitement des inscriptions est de deux semaines.", _CENTRE)


def test_may_quite_reads_tout_a_fait_after_can_as_a_confirmation(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Votre fils peut tout à fait voyager en Italie avec sa seule carte d'identité."
    assert not _flagged(sentence, _SORTIE)
    monkeypatch.setattr(asked_confirmed, "MAY_QUITE", True)
    assert _flagged(sentence, _SORTIE)
    # the neighbour: a reassurance the source gives stays the source's
    source = (
        "Un mineur peut voyager en Italie avec sa seule carte d'identité et une autorisation de sortie du territoire."
    )
    assert not _flagged(sentence, _SORTIE, source)


def test_the_shipped_switches() -> None:
    assert asked_confirmed.CONFIRMATION_READ is True
    assert asked_confirmed.MAY_QUITE is False
