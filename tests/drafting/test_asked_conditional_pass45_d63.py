"""The asked check, forty-fifth pass (engineer-d63): a figure or a day given after a condition
(`guichet.drafting.asked_conditions`) and a hedged answer read as the plain one (`guichet.drafting.asked_hedges`).
Fresh examples, not from the corpora."""

import pytest

from guichet.drafting import asked_conditions, asked_hedges, asked_negations
from guichet.drafting.asked import find_asked
from guichet.drafting.asked_hedges import future_stem, plain


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


# --- a figure or a day after a condition ---------------------------------------------------------------------------

_WHEN = "J'ai demandé le remboursement de mes frais de transport pour l'entretien. Je serai remboursé quand ?"
_RULE = "Les frais de déplacement pour un entretien d'embauche peuvent être pris en charge sur justificatifs."


def test_a_day_after_the_drafts_own_condition_is_flagged() -> None:
    sentence = "Si votre dossier est en règle, le remboursement sera effectué le 12 du mois suivant."
    assert _flagged(sentence, _WHEN, _RULE)


def test_a_delay_after_a_condition_is_flagged_without_any_source() -> None:
    sentence = "Sous réserve que votre dossier soit complet, vous serez remboursé sous quinze jours."
    assert _flagged(sentence, _WHEN)


def test_the_switch_off_lets_the_figure_under_a_condition_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "Si votre dossier est en règle, le remboursement sera effectué le 12 du mois suivant."
    monkeypatch.setattr(asked_conditions, "CONDITIONED_FIGURE", False)
    # the promise under the draft's own condition is read as a verdict too (fifty-third pass, `asked_negations`)
    monkeypatch.setattr(asked_negations, "CONDITIONED_VERDICT", False)
    assert not _flagged(sentence, _WHEN, _RULE)


def test_the_passages_own_condition_and_figure_pass() -> None:
    message = "Je gagne 1 900 € par mois, est-ce que ma fille peut avoir une bourse de lycée ?"
    passage = "La bourse de lycée est attribuée si les ressources de la famille ne dépassent pas 21 000 € par an."
    sentence = "Si les ressources de votre famille ne dépassent pas 21 000 € par an, la bourse peut être attribuée."
    assert not _flagged(sentence, message, passage)


def test_a_figure_of_the_passage_after_a_condition_passes() -> None:
    message = "Combien coûte la carte d'identité si je l'ai perdue ?"
    passage = "En cas de perte, le renouvellement de la carte d'identité coûte 25 € en timbre fiscal."
    assert not _flagged("En cas de perte, le renouvellement vous coûtera 25 € en timbre fiscal.", message, passage)


def test_a_step_after_a_condition_passes_whatever_its_delay() -> None:
    message = "J'ai contesté mon amende il y a un mois, quand aurai-je une réponse ?"
    sentence = "Si vous n'avez pas de réponse dans un délai de trois mois, vous pouvez saisir le tribunal de police."
    assert not _flagged(sentence, message)


# --- a hedged answer -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hedged", "read"),
    [
        ("Vous devriez recevoir votre attestation cette semaine.", "Vous recevrez votre attestation cette semaine."),
        ("Votre demande devrait vous être accordée.", "Votre demande vous sera accordée."),
        ("Vous devriez pouvoir en bénéficier.", "Vous pourrez en bénéficier."),
        ("En principe, votre pension est maintenue.", "votre pension est maintenue."),
        ("Sauf imprévu, vos droits ne devraient pas changer.", "vos droits ne changeront pas."),
    ],
)
def test_a_hedge_is_read_as_the_plain_answer(hedged: str, read: str) -> None:
    assert plain(hedged) == read


def test_advice_in_the_conditional_is_kept_as_advice() -> None:
    advice = "Vous devriez contacter votre caisse de retraite."
    assert plain(advice) == advice


@pytest.mark.parametrize(("infinitive", "stem"), [("recevoir", "recevr"), ("être", "ser"), ("prendre", "prendr")])
def test_future_stems(infinitive: str, stem: str) -> None:
    assert future_stem(infinitive) == stem


_PENSION = "Je pars vivre au Portugal l'an prochain. Est-ce que je garderai ma pension de réversion ?"


def test_a_hedged_promise_nobody_gave_is_flagged() -> None:
    assert _flagged("Vous devriez percevoir votre pension de réversion au Portugal.", _PENSION)


def test_the_switch_off_lets_the_hedged_promise_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_hedges, "HEDGED", False)
    assert not _flagged("Vous devriez percevoir votre pension de réversion au Portugal.", _PENSION)


def test_a_hedged_sentence_is_reported_as_written() -> None:
    sentence = "Vous devriez percevoir votre pension de réversion au Portugal."
    (claim,) = find_asked(sentence, _PENSION)
    assert claim.sentence == sentence


def test_a_hedged_rule_the_passage_gives_passes() -> None:
    passage = "La pension de réversion continue d'être versée en cas de résidence à l'étranger."
    sentence = "Normalement, votre pension de réversion continue d'être versée en cas de résidence à l'étranger."
    assert not _flagged(sentence, _PENSION, passage)


def test_a_hedged_step_passes() -> None:
    assert not _flagged("Vous devriez signaler votre départ à votre caisse de retraite.", _PENSION)
