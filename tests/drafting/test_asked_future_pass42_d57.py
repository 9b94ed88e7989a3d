"""The asked check, forty-second pass (engineer-d57): what will happen next, told as a fact in any third-person
future ("la préfecture vous enverra", "ne pourra pas vous licencier"; `guichet.drafting.asked_future.SIMPLE_FUTURE`)
and a future before its clause of time ("… dès que votre dossier sera complet"; `WHEN_CLAUSE`). Fresh examples, not
from the corpora; the near misses are the office's ordinary business: a step, a duty, a procedure's next step, a
source's own future, a clause of time that opens the sentence."""

import pytest

from guichet.drafting import asked_future
from guichet.drafting.asked import find_asked
from guichet.drafting.asked_future import main_before_when, simple_future
from guichet.drafting.asked_verdicts import verdict_kind


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage] if passage else []))


_PERMIT = "Mon titre de séjour expire dans dix jours et je n'ai pas de nouvelles. Qu'est-ce qui va se passer ?"
_SENT = "La préfecture vous enverra un nouveau titre avant cette échéance."
_ARREARS = "J'ai envoyé mes justificatifs à la Caf. Est-ce que je vais toucher les mois en retard, et si oui quand ?"
_WHEN = "Vous toucherez tous les mois en retard dès que votre dossier sera complet."
_DISMISSAL = "Je suis en arrêt depuis deux mois, mon patron peut-il me licencier, et si oui quand ?"
_CANNOT = "Votre employeur ne pourra pas vous licencier pendant votre arrêt."


def test_a_third_person_future_with_nothing_behind_it_is_flagged() -> None:
    assert _flagged(_SENT, _PERMIT)
    assert _flagged(_CANNOT, _DISMISSAL)


def test_the_simple_future_switched_off_reads_it_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_future, "SIMPLE_FUTURE", False)
    assert not _flagged(_SENT, _PERMIT)
    assert not _flagged(_CANNOT, _DISMISSAL)


def test_a_future_before_its_clause_of_time_is_flagged() -> None:
    assert _flagged(_WHEN, _ARREARS)


def test_the_when_clause_switched_off_reads_it_as_a_condition(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_future, "WHEN_CLAUSE", False)
    assert not _flagged(_WHEN, _ARREARS)


def test_the_sources_own_future_passes() -> None:
    passage = "Le délai d'instruction recommence à courir à compter de la réception des pièces manquantes."
    message = "J'ai renvoyé la pièce manquante de mon permis de construire. Est-ce que le délai repart de zéro ?"
    sentence = "Le délai d'instruction de votre permis recommencera à courir à compter de la réception des pièces."
    assert _flagged(sentence, message)  # nothing behind it
    assert not _flagged(sentence, message, passage)


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        # a duty or a step said in the future
        ("Je dois renouveler ma carte d'identité, c'est long ?", "Il faudra apporter une photo d'identité récente."),
        (
            "Je loue une chambre chez une dame, j'ai droit à l'APL ?",
            "Votre logeuse devra remplir l'attestation de loyer que la Caf vous demandera.",
        ),
        # who may help next, a procedure's next step
        (
            "Mes droits au chômage finissent en décembre, j'aurai droit à quoi après ?",
            "Votre conseiller pourra étudier avec vous votre situation.",
        ),
        ("J'ai envoyé mon dossier de bourse, il est accepté ?", "La caisse vous informera de sa décision."),
        # a clause of time that opens the sentence is a condition
        (
            "Mon dossier APL est incomplet, qu'est-ce qui se passe maintenant ?",
            "Dès que votre dossier sera complet, la Caf examinera votre demande.",
        ),
        # the writer's own story, in the present
        ("Mon fils entre au collège en septembre, le car scolaire est-il gratuit ?", "Votre fils entre au collège."),
    ],
)
def test_near_misses_do_not_fire(message: str, sentence: str) -> None:
    assert not _flagged(sentence, message)


def test_words_that_end_as_a_future_does_are_none() -> None:
    assert simple_future("la préfecture vous délivrera un récépissé")
    assert simple_future("le délai repartira à compter de la réception")
    assert simple_future("ce refus sera très probablement annulé")
    assert simple_future("vos enfants recevront la carte")
    assert not simple_future("une caméra filme l'entrée de votre immeuble")
    assert not simple_future("il faudra fournir un justificatif que la caisse vous demandera")
    assert not simple_future("votre conseiller pourra vous aider")
    assert verdict_kind("Votre employeur ne pourra pas vous licencier.", set()) == asked_future.KIND
    assert verdict_kind("Un employeur ne pourra pas licencier.", set()) == ""  # not about the writer's case


def test_the_main_clause_before_a_clause_of_time() -> None:
    assert main_before_when("vous toucherez les arrieres des que votre dossier sera complet") == (
        "vous toucherez les arrieres"
    )
    assert main_before_when("des que votre dossier sera complet, la caf examinera votre demande") == ""
    assert main_before_when("vous toucherez les arrieres") == ""
