"""The asked check, forty-ninth pass (engineer-d75): to a question that lists options (« ou bien … ou … », « lequel »,
« vaut-il mieux », « quel formulaire »), a draft sentence that names one option alone picks it, and is an answer
with nothing behind it unless a source backs the pick (`guichet.drafting.asked_choices.CHOICE_READ`, on); a step
that picks is a pick (`STEP_PICKS`, on); a source sentence that only lists the options backs no pick
(`OFFERED_READ`, on); a sentence that names two options and sets one aside (`ASIDE_READ`) ships off. Fresh
examples, not from the corpora."""

import pytest

from guichet.drafting import asked_choices
from guichet.drafting.asked import find_asked
from guichet.drafting.checks import check_draft

_TAXE = (
    "Bonjour, pour payer ma taxe d'habitation sur ma résidence secondaire, je choisis le prélèvement mensuel ou le "
    "paiement à l'échéance ? Lequel est le mieux ?"
)
_DOSSIER = "Mon dossier de bourse, je le dépose au rectorat ou au Crous ? Merci de votre réponse."
_VISA = "Bonjour, pour le visa de mon neveu, il doit aller au consulat de Casablanca ou à celui de Rabat ?"
_RETRAITE = (
    "Bonsoir, je pars à la retraite en octobre. Ou bien j'envoie le dossier par la poste, ou bien je le remplis sur "
    "internet ? Je ne suis pas sûr de moi."
)
_VIGNETTE = "Ma voiture est une essence de 2012. Je commande la vignette sur le site officiel ou chez le garagiste ?"
_MALADIE = "J'ai deux arrêts à déclarer : je les envoie à la CPAM ou à la MSA, vu que je suis saisonnière agricole ?"
_RETRAITE_SOURCE = (
    "La demande de retraite peut être faite en ligne depuis l'espace personnel ou par un formulaire envoyé par "
    "courrier. Le dossier en ligne est traité plus rapidement."
)


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


def test_the_shipped_switches() -> None:
    assert asked_choices.CHOICE_READ
    assert asked_choices.STEP_PICKS
    assert asked_choices.OFFERED_READ
    assert not asked_choices.ASIDE_READ


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        # the option in the writer's words
        ("Le prélèvement mensuel est la formule qui vous convient.", _TAXE),
        ("Votre dossier de bourse se dépose au Crous.", _DOSSIER),
        # the option after « ou » named through « celui de … »: the consulate, both times
        ("La demande de visa de votre neveu relève du consulat de Rabat.", _VISA),
        # the option in other words: « en ligne » for « sur internet »
        ("Le plus simple pour vous est de remplir votre dossier en ligne.", _RETRAITE),
    ],
)
def test_a_sentence_that_picks_an_option_is_flagged(sentence: str, message: str) -> None:
    assert _flagged(sentence, message)


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ("Le prélèvement mensuel est la formule qui vous convient.", _TAXE),
        ("Votre dossier de bourse se dépose au Crous.", _DOSSIER),
        ("La demande de visa de votre neveu relève du consulat de Rabat.", _VISA),
    ],
)
def test_the_switch_off_lets_the_picks_pass(monkeypatch: pytest.MonkeyPatch, sentence: str, message: str) -> None:
    monkeypatch.setattr(asked_choices, "CHOICE_READ", False)
    assert not _flagged(sentence, message)


def test_a_step_that_picks_is_a_pick(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Commandez-la chez votre garagiste."
    assert _flagged(sentence, _VIGNETTE)
    monkeypatch.setattr(asked_choices, "STEP_PICKS", False)
    assert not _flagged(sentence, _VIGNETTE)


@pytest.mark.parametrize(
    ("sentence", "message", "passage"),
    [
        # the passage makes the pick
        (
            "La vignette se commande uniquement sur le site officiel.",
            _VIGNETTE,
            "La vignette Crit'Air se commande uniquement sur le site officiel du ministère. Elle coûte 3,77 €.",
        ),
        # one sentence of the passage lists the options, the next one picks: the pick is the passage's
        ("Le dossier en ligne est traité plus rapidement.", _RETRAITE, _RETRAITE_SOURCE),
        # the question restated
        ("Vous nous demandez si votre dossier de bourse se dépose au rectorat ou au Crous.", _DOSSIER, ""),
        (
            "Vous souhaitez savoir s'il vaut mieux choisir le prélèvement mensuel ou le paiement à l'échéance.",
            _TAXE,
            "",
        ),
        # both options named, none picked
        ("Le prélèvement mensuel et le paiement à l'échéance sont tous deux possibles.", _TAXE, ""),
        # a step that names no option, a courtesy, a condition
        ("Munissez-vous de votre avis d'imposition avant de vous connecter.", _TAXE, ""),
        ("N'hésitez pas à nous écrire si le Crous vous demande d'autres pièces.", _DOSSIER, ""),
        ("Si votre neveu réside à Rabat, sa demande relève du consulat de Rabat.", _VISA, ""),
        # what the message tells, told back
        ("Votre voiture est une essence de 2012.", _VIGNETTE, ""),
    ],
)
def test_look_alikes_stay_unflagged(sentence: str, message: str, passage: str) -> None:
    assert not _flagged(sentence, message, passage)


def test_a_passage_that_only_lists_the_options_backs_no_pick(monkeypatch: pytest.MonkeyPatch) -> None:
    passage = "La demande de retraite peut être faite en ligne depuis l'espace personnel ou par courrier."
    sentence = "Votre demande de retraite est à faire en ligne depuis votre espace personnel."
    assert _flagged(sentence, _RETRAITE, passage)
    monkeypatch.setattr(asked_choices, "OFFERED_READ", False)
    assert not _flagged(sentence, _RETRAITE, passage)


def test_an_option_set_aside_waits_on_its_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Vos arrêts sont à déclarer à la MSA et non à la CPAM."
    assert not _flagged(sentence, _MALADIE)
    monkeypatch.setattr(asked_choices, "ASIDE_READ", True)
    assert _flagged(sentence, _MALADIE)


def test_a_wish_lists_no_options(monkeypatch: pytest.MonkeyPatch) -> None:
    message = "J'aimerais devenir aide-soignante ou auxiliaire de puériculture. Qui finance ce genre de formation ?"
    sentence = "La formation d'auxiliaire de puériculture dure un an."
    assert not asked_choices.options(["j'aimerais devenir aide-soignante ou auxiliaire de puericulture."])[0]
    flagged_on = _flagged(sentence, message)
    monkeypatch.setattr(asked_choices, "CHOICE_READ", False)
    assert _flagged(sentence, message) == flagged_on  # whatever the other readings say, this one adds nothing


def test_the_draft_check_warns_on_the_pick() -> None:
    draft = "Bonjour. Votre dossier de bourse se dépose au Crous. Nous restons à votre disposition."
    _, alerts = check_draft(draft, sources=[], message_text=_DOSSIER, require_citation=False)
    warned = [a for a in alerts if a["code"] == "asked_not_told"]
    assert [a["sentence"] for a in warned] == ["Votre dossier de bourse se dépose au Crous."]
