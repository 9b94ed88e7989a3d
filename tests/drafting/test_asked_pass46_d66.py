"""The asked check, forty-sixth pass (engineer-d66): a supposition the writer asks to have confirmed is asked, and a
denial answers a question asked in the negative (`guichet.drafting.asked_supposed`); the writer's question restated
in more of its indirect forms asserts nothing (`guichet.drafting.asked_reported`). Fresh examples, not from the
corpora."""

import pytest

from guichet.drafting import asked_reported, asked_supposed
from guichet.drafting.asked import find_asked, split_message


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


# --- a supposition asked to be confirmed ---------------------------------------------------------------------------

_TROP_PERCU = "La Caf me réclame 300 € de trop-perçu. Je ne suis pas obligée de tout payer d'un coup, si ?"
_VITALE = "Je pars six mois en Espagne pour le travail, je ne peux pas garder ma carte Vitale, si ?"


def test_the_claim_before_a_confirming_tag_is_asked_and_the_story_before_it_told() -> None:
    asked, told = split_message(_VITALE)
    assert any("garder ma carte Vitale" in a for a in asked)
    assert any("six mois en Espagne" in t for t in told)
    assert not any("six mois en Espagne" in a for a in asked)


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (_TROP_PERCU, "Vous n'êtes pas obligée de tout payer d'un coup."),
        (_VITALE, "Vous ne pouvez effectivement pas garder votre carte Vitale."),
        (
            "J'ai 66 ans et je touche l'Aspa, je n'ai plus à déclarer mes revenus, je suppose ?",
            "Vous n'avez plus à déclarer vos revenus.",
        ),
    ],
)
def test_the_answer_to_a_supposition_is_flagged(message: str, sentence: str) -> None:
    assert _flagged(sentence, message)


def test_the_switch_off_reads_the_supposition_as_told(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_supposed, "SUPPOSITION_ASKED", False)
    assert not _flagged("Vous ne pouvez effectivement pas garder votre carte Vitale.", _VITALE)


def test_the_story_before_the_supposition_told_back_passes() -> None:
    assert not _flagged("Vous partez six mois en Espagne pour votre travail.", _VITALE)


def test_a_tail_that_asks_about_the_story_leaves_it_told() -> None:
    message = "Ma pension a baissé de 40 € ce mois-ci, c'est normal ?"
    assert not _flagged("Votre pension a baissé de 40 € ce mois-ci.", message)
    asked, told = split_message(message)
    assert any("baissé de 40 €" in t for t in told)


# --- a denial, to a question asked in the negative -------------------------------------------------------------------

_APL = "Je suis étudiant et je loue un studio. Je n'ai pas droit à l'APL, c'est ça ?"
_APL_RULE = "Vous pouvez avoir droit à l'APL si vous êtes locataire, sous conditions de ressources."


def test_a_denial_beside_the_affirmative_rule_is_flagged(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_supposed, "DENIAL_READ", True)
    assert _flagged("Vous n'avez effectivement pas droit à l'APL.", _APL, _APL_RULE)


def test_the_denial_switch_off_lets_it_pass_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_supposed, "DENIAL_READ", False)
    assert not _flagged("Vous n'avez effectivement pas droit à l'APL.", _APL, _APL_RULE)


def test_a_denial_the_passage_gives_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_supposed, "DENIAL_READ", True)
    passage = "Vous n'avez pas droit à l'APL pour un logement loué à vos parents ou à vos grands-parents."
    sentence = "Vous n'avez effectivement pas droit à l'APL pour un logement loué à vos parents."
    assert not _flagged(sentence, _APL, passage)


def test_plain_denial_takes_the_adverb_out_of_the_negation_only() -> None:
    assert (
        asked_supposed.plain_denial("Vous n'avez effectivement pas droit à l'APL.") == "Vous n'avez pas droit à l'APL."
    )
    assert (
        asked_supposed.plain_denial("Vous avez effectivement droit à l'APL.")
        == "Vous avez effectivement droit à l'APL."
    )


# --- the question restated in its indirect forms -------------------------------------------------------------------

_KEPT = (
    "Bonjour, je touche l'APL depuis deux ans. Est-ce que mes droits sont maintenus si je reprends un CDD ? "
    "Et si un recours est possible, l'aide est-elle suspendue pendant ce temps ?"
)
_RESTATED = [
    "Vous ne savez pas quand l'aide sera suspendue.",
    "Vous ignorez si l'aide est suspendue pendant le recours.",
    "Vous n'êtes pas sûr que vos droits soient maintenus.",
    "Vous doutez que vos droits soient maintenus.",
    "Votre demande porte sur le maintien de vos droits si vous reprenez un CDD.",
]


@pytest.mark.parametrize("sentence", _RESTATED)
def test_the_question_restated_passes_with_the_switch_on(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_reported, "READ_INDIRECT", True)
    assert not _flagged(sentence, _KEPT)


@pytest.mark.parametrize("sentence", _RESTATED)
def test_the_question_restated_is_flagged_with_the_switch_off(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_reported, "READ_INDIRECT", False)
    assert _flagged(sentence, _KEPT)


@pytest.mark.parametrize("sentence", ["Vos droits sont maintenus.", "L'aide est suspendue pendant le recours."])
def test_the_answer_itself_is_still_flagged_with_the_switch_on(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_reported, "READ_INDIRECT", True)
    assert _flagged(sentence, _KEPT)


def test_reports_reads_si_before_any_determiner(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_reported, "READ_INDIRECT", True)
    assert asked_reported.reports("vous ne savez pas si vos droits sont ouverts.")
    assert asked_reported.reports("reste a voir si l'aide est versee.")
    assert asked_reported.reports("il faut voir si un recours existe.")
    assert not asked_reported.reports("vos droits sont ouverts depuis mars.")
