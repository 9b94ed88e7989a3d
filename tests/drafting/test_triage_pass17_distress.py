"""Triage, seventeenth pass of issue 12: hunger said as an empty stomach since a time, in any case; seeing no point
in going on is a warning sign, and a warning sign confirms a weak whole-message distress as a sentence would.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.triage import DISTRESS_CORROBORATION, learned_after_gates
from guichet.drafting.triage_model import model_text, shipped_model
from guichet.drafting.triage_signs import warning_signs
from tests.drafting.triage_helpers import rules


def test_children_with_nothing_in_their_stomach_since_yesterday_is_distress():
    result = rules(
        "PRIME D'ACTIVITE",
        "DEUX MOIS SANS RIEN. LES PETITS ONT RIEN DANS LE VENTRE DEPUIS CE MATIN. QUAND EST-CE QUE VOUS PAYEZ ?",
        "CAF",
    )
    assert "distress" in result.labels
    assert "food" in result.distress_kinds


def test_nothing_in_the_stomach_said_of_courage_is_not_hunger():
    result = rules(
        "Recours",
        "Mon avocat dit que l'employeur n'a rien dans le ventre et qu'il cédera. Le recours suspend-il la décision ?",
        "France Travail",
    )
    assert "food" not in result.distress_kinds


def test_no_point_in_going_on_is_a_warning_sign_the_point_of_a_form_is_not():
    assert warning_signs("Honnêtement je ne vois plus bien l'intérêt de me soigner, ni du reste.") == ["pointless"]
    assert warning_signs("Je ne vois pas l'intérêt de garder deux mutuelles, laquelle résilier ?") == []


@pytest.mark.skipif(shipped_model() is None, reason="no triage artefact shipped")
def test_a_weak_distress_stands_without_a_strong_sentence_when_a_warning_sign_is_there():
    model = shipped_model()
    weak = (DISTRESS_CORROBORATION + model.thresholds["distress"]) / 2
    scores = {label: 0.0 for label in model.labels} | {"distress": weak}
    quiet_sentence = {"distress": (DISTRESS_CORROBORATION / 4, "")}
    sign = model_text("Carte", "Ma carte ne passe plus. Je ne vois plus l'intérêt de continuer. Où la refaire ?")
    plain = model_text("Carte", "Ma carte ne passe plus. Je suis un peu perdu avec le site. Où la refaire ?")
    kept, _ = learned_after_gates(model, ["distress"], scores, quiet_sentence, [], sign)
    assert "distress" in kept
    kept, _ = learned_after_gates(model, ["distress"], scores, quiet_sentence, [], plain)
    assert "distress" not in kept
