"""The asked check (`guichet.drafting.asked`), thirty-seventh pass, engineer-d45: a duty settled one way in answer
to "dois-je … ?" (`guichet.drafting.asked_duty`) and an answer stated before its condition on the writer are
flagged; a story told before a short question ("…, c'est normal ?") is told. The same duty given by the passage, a
duty the writer did not ask about, a reported question and a step pass.

Examples written for these tests, in other words than the corpus `corpora/asked/`.
"""

from guichet.drafting.asked import find_asked, split_message
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


def test_pass37_d45_a_story_before_a_short_tail_is_told() -> None:
    message = "Bonjour, la Caf m'a retiré 60 euros d'APL ce mois-ci sans courrier, c'est normal ?"
    asked, told = split_message(message)
    assert asked == [", c'est normal ?"]
    assert told == ["Bonjour, la Caf m'a retiré 60 euros d'APL ce mois-ci sans courrier"]
    # the story told back passes; an answer to the tail is still flagged
    assert not _flagged("La Caf a retiré 60 euros de votre APL ce mois-ci, sans vous écrire.", message)
    assert _flagged("Oui, c'est normal : votre APL a été recalculée.", message)


def test_pass37_d45_a_full_stop_unseen_before_a_short_question_ends_the_story() -> None:
    message = "jai resilié mon bail en mars et rendu les clés le 2 mai. on me rend la caution quand ??"
    asked, told = split_message(message)
    assert asked[0] == "on me rend la caution quand ?"
    assert told == ["jai resilié mon bail en mars et rendu les clés le 2 mai. "]
    assert not _flagged("Vous avez rendu les clés le 2 mai après avoir résilié votre bail en mars.", message)


def test_pass37_d45_a_long_question_after_a_full_stop_is_read_as_before() -> None:
    message = "je suis au chomage depuis mars. jai toujours pas recu mon allocation de mars et avril c normal ?"
    asked, told = split_message(message)
    assert asked == [message] and told == []  # no cue, no comma before the tail: the whole piece asks, as before
