"""The asked check, forty-eighth pass (engineer-d72): a question asked for a relative and answered with what the
relative may do or get (« Votre père peut bénéficier de l'Aspa ») is a permission with nothing behind it
(`guichet.drafting.asked_relatives.THIRD_PERSON_CAN`, on); the step told for a relative (« votre sœur peut contacter
… ») is guidance (`THIRD_PERSON_STEP`, on); a verb of getting for « vous pouvez » (`asked_get.GET_FAMILY`) and
« Effectivement, vous pouvez … » to « puis-je … ? » (`asked_confirmed_can.CONFIRMED_CAN`) ship off. Fresh examples,
not from the corpora."""

import pytest

from guichet.drafting import asked_confirmed_can, asked_get, asked_relatives
from guichet.drafting.asked import find_asked

_ASPA = (
    "Bonjour, mon père a 79 ans et vit seul à Quimper. A-t-il droit à l'allocation de solidarité aux personnes "
    "âgées ? Merci d'avance."
)
_STATIONNEMENT = "Ma voisine est handicapée. Peut-elle avoir une place de stationnement réservée devant chez elle ?"
_SURENDETTEMENT = "Je voudrais savoir où en est le dossier de surendettement de ma sœur."
_APL = "Mon fils a-t-il droit aux APL pour sa chambre à Rennes ?"
_DECLARATION = "Ma mère ne peut plus se déplacer. Puis-je faire sa déclaration de revenus à sa place ?"


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


def test_the_shipped_switches() -> None:
    assert asked_relatives.THIRD_PERSON_CAN
    assert asked_relatives.THIRD_PERSON_STEP
    assert not asked_get.GET_FAMILY
    assert not asked_confirmed_can.CONFIRMED_CAN


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        # a verb of getting to a question that asks a right
        ("Votre père peut bénéficier de l'Aspa.", _ASPA),
        # after « avoir », the word that follows is what the question asks for
        ("Votre voisine peut tout à fait avoir une place réservée devant son domicile.", _STATIONNEMENT),
    ],
)
def test_what_a_relative_may_get_is_flagged(sentence: str, message: str) -> None:
    assert _flagged(sentence, message)


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ("Votre père peut bénéficier de l'Aspa.", _ASPA),
        ("Votre voisine peut tout à fait avoir une place réservée devant son domicile.", _STATIONNEMENT),
    ],
)
def test_the_relatives_switch_off_lets_them_pass(monkeypatch: pytest.MonkeyPatch, sentence: str, message: str) -> None:
    monkeypatch.setattr(asked_relatives, "THIRD_PERSON_CAN", False)
    assert not _flagged(sentence, message)


@pytest.mark.parametrize(
    ("sentence", "message", "passage"),
    [
        # the source gives it
        (
            "Votre fils peut commencer l'apprentissage anticipé de la conduite dès 15 ans.",
            "Mon fils de 15 ans peut-il commencer la conduite accompagnée ?",
            "L'apprentissage anticipé de la conduite peut commencer dès 15 ans.",
        ),
        (
            "Votre mari peut toucher une partie de sa retraite tout en travaillant à temps partiel, "
            "à partir de 60 ans.",
            "Mon mari a 62 ans, peut-il toucher sa retraite progressive ?",
            "La retraite progressive permet de toucher une partie de sa retraite tout en travaillant à temps partiel, "
            "à partir de 60 ans.",
        ),
        # the question reported, the relative's state told back
        ("Vous nous demandez si votre père peut bénéficier de l'Aspa.", _ASPA, ""),
        (
            "Votre mari ne peut plus conduire depuis son AVC.",
            "Mon mari ne peut plus conduire depuis son AVC. Peut-il obtenir la carte mobilité inclusion ?",
            "",
        ),
    ],
)
def test_a_relatives_permission_given_reported_or_told_passes(sentence: str, message: str, passage: str) -> None:
    assert not _flagged(sentence, message, passage)


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ("Pour suivre son dossier, votre sœur peut contacter le secrétariat de la commission.", _SURENDETTEMENT),
        ("Pour le savoir, votre fils doit remplir une simulation sur le site de la Caf.", _APL),
    ],
)
def test_a_step_for_a_relative_is_guidance(sentence: str, message: str) -> None:
    assert not _flagged(sentence, message)


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ("Pour suivre son dossier, votre sœur peut contacter le secrétariat de la commission.", _SURENDETTEMENT),
        ("Pour le savoir, votre fils doit remplir une simulation sur le site de la Caf.", _APL),
    ],
)
def test_the_step_switch_off_reads_them_as_statements(
    monkeypatch: pytest.MonkeyPatch, sentence: str, message: str
) -> None:
    monkeypatch.setattr(asked_relatives, "THIRD_PERSON_STEP", False)
    assert _flagged(sentence, message)


def test_a_relatives_step_that_is_what_is_asked_is_still_an_answer() -> None:
    message = "Mon fils peut-il contacter directement le juge des enfants ?"
    assert _flagged("Votre fils peut contacter directement le juge des enfants.", message)


def test_a_relative_named_as_a_complement_is_no_subject() -> None:
    folded = "le medecin mandate par votre employeur ne pourra se presenter chez vous qu'entre 9 h et 11 h."
    assert not asked_relatives.step(folded)
    assert not asked_relatives.permission(folded, {"prese", "medec"})


def test_the_getting_family_is_shipped_off(monkeypatch: pytest.MonkeyPatch) -> None:
    message = "Est-ce que je peux toucher la prime d'activité avec ma pension d'invalidité ?"
    sentence = "Vous pouvez percevoir la prime d'activité en plus de votre pension d'invalidité."
    assert not _flagged(sentence, message)
    monkeypatch.setattr(asked_get, "GET_FAMILY", True)
    assert _flagged(sentence, message)
    # a verb of getting to a question that asks how, not whether: still a step
    assert not _flagged(
        "Vous pouvez percevoir une estimation en ligne sur le site de la Caf.",
        "Comment faire une demande de prime d'activité ?",
    )


def test_the_confirmed_can_is_shipped_off(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Effectivement, vous pouvez faire sa déclaration de revenus à sa place."
    assert not _flagged(sentence, _DECLARATION)
    monkeypatch.setattr(asked_confirmed_can, "CONFIRMED_CAN", True)
    assert _flagged(sentence, _DECLARATION)
    assert _flagged(
        "Tout à fait, vous pouvez faire la demande de carte grise pour votre père.",
        "Mon père est à l'hôpital. Est-ce que je peux faire la demande de carte grise pour lui ?",
    )
    # to a question that asks how, the confirmation before « vous pouvez » stays a step
    assert not _flagged(
        "Effectivement, vous pouvez retirer le formulaire d'inscription en mairie.",
        "Comment faire pour inscrire ma fille à la cantine ?",
    )
