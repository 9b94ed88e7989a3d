"""The asked check (`guichet.drafting.asked`), thirty-seventh pass, engineer-d45: a duty settled one way in answer
to "dois-je … ?" (`guichet.drafting.asked_duty`) and an answer stated before its condition on the writer are
flagged; the same duty given by the passage, a duty the writer did not ask about, a reported question and a step
pass.

Examples written for these tests, in other words than the corpus `corpora/asked/`.
"""

from guichet.drafting.asked import find_asked
from guichet.drafting.asked_duty import duty_questions, is_duty


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return [claim.sentence for claim in find_asked(sentence, message, [passage])] == [sentence]


_DUTY = (
    "Bonjour, je touche une pension de l'Ircantec et je commence un CDD de deux mois à la médiathèque. "
    "Est-ce que je dois signaler ce contrat à l'Ircantec ?"
)


def test_pass37_d45_a_duty_nobody_gave_is_flagged() -> None:
    sentence = "Il n'est pas utile de signaler ce contrat à l'Ircantec."
    assert _flagged(sentence, _DUTY)
    assert _flagged("Vous n'avez pas à le signaler à l'Ircantec.", _DUTY)


def test_pass37_d45_the_duty_the_passage_gives_passes() -> None:
    passage = "Toute reprise d'activité doit être signalée à l'Ircantec dans le mois qui suit son début."
    assert not _flagged("Vous devez signaler ce contrat à l'Ircantec dans le mois qui suit son début.", _DUTY, passage)


def test_pass37_d45_a_duty_is_read_only_against_a_question_of_duty() -> None:
    folded_questions = duty_questions(["est-ce que je dois signaler ce contrat a l'ircantec ?"])
    assert folded_questions
    assert is_duty("il n'est pas necessaire de signaler ce contrat", folded_questions)
    assert not is_duty("il n'est pas necessaire de joindre une photo", folded_questions)  # not what was asked
    assert duty_questions(["combien vais-je toucher ?"]) == []


def test_pass37_d45_a_step_or_a_reported_question_passes() -> None:
    assert not _flagged("Vous nous demandez si vous devez signaler ce contrat à l'Ircantec.", _DUTY)
    assert not _flagged("Vous pouvez joindre votre contrat à votre message.", _DUTY)


_CONDITION = "Je suis au RSA et j'ai trouvé une formation de cariste. La Région me paiera le transport ?"


def test_pass37_d45_an_answer_before_its_condition_is_flagged() -> None:
    assert _flagged("La Région vous paiera le transport si vous êtes retenu en formation.", _CONDITION)


def test_pass37_d45_a_condition_the_passage_gives_passes() -> None:
    passage = "La Région peut prendre en charge les frais de transport des stagiaires de la formation professionnelle."
    sentence = "La Région peut prendre en charge vos frais de transport si vous êtes stagiaire de la formation."
    assert not _flagged(sentence, _CONDITION, passage)
    assert not _flagged("Nous vous répondrons si votre dossier est incomplet.", _CONDITION)
