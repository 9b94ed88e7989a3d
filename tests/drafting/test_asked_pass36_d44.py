"""The asked check (`guichet.drafting.asked`), thirty-sixth pass, engineer-d44: a decision taken on the case ("a été
validée", "la commission vous a attribué") and a rule the passage conditions applied without its condition are
verdicts (`guichet.drafting.asked_shapes`); the writer's own doing told back, and a rule kept with its condition, pass.

Examples written for these tests, in other words than the corpus `corpora/asked/`.
"""

from guichet.drafting.asked import find_asked
from guichet.drafting.asked_verdicts import verdict_kind


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return [claim.sentence for claim in find_asked(sentence, message, [passage])] == [sentence]


_MESSAGE = (
    "J'ai demandé une aide au permis de conduire à la mairie le mois dernier, avec mon devis de l'auto-école. "
    "Vous avez une réponse ?"
)


def test_pass36_d44_a_decision_nobody_gave_is_flagged():
    sentence = "Votre demande d'aide au permis a été validée par la mairie."
    assert verdict_kind(sentence, set()) == "decided"
    assert _flagged(sentence, _MESSAGE, "L'aide au permis de conduire est versée directement à l'auto-école.")


def test_pass36_d44_a_decision_by_a_third_party_is_flagged():
    message = "Ma mère a été vue par l'équipe médico-sociale du département en mars. Quel GIR elle a ?"
    sentence = "L'équipe médico-sociale a classé votre mère en GIR 3."
    assert verdict_kind(sentence, set()) == "decided"
    assert _flagged(sentence, message)


def test_pass36_d44_the_writers_own_doing_told_back_passes():
    sentence = "Votre demande d'aide au permis a été déposée à la mairie le mois dernier."
    assert not _flagged(sentence, _MESSAGE, "L'aide au permis de conduire est versée directement à l'auto-école.")


def test_pass36_d44_a_state_of_the_procedure_is_a_decision():
    message = "J'ai envoyé mon dossier de naturalisation à la préfecture en janvier. Où en est-il ?"
    sentence = "Votre dossier de naturalisation est en cours d'examen à la préfecture depuis février."
    assert _flagged(sentence, message)


_CONDITIONED = (
    "La prime est accordée aux foyers dont le revenu fiscal est inférieur à 20 000 €. "
    "Si le logement a plus de quinze ans, la prime est versée après la fin des travaux."
)
_ASKS = "On refait l'isolation de notre maison de 1975. Est-ce qu'on va toucher la prime ?"


def test_pass36_d44_a_conditioned_rule_applied_without_its_condition_is_flagged():
    sentence = "La prime vous sera versée après la fin des travaux dans votre logement."
    assert verdict_kind(sentence, set()) == "future"
    assert _flagged(sentence, _ASKS, _CONDITIONED)


def test_pass36_d44_a_conditioned_rule_kept_with_its_condition_passes():
    sentence = "Si votre logement a plus de quinze ans, la prime vous sera versée après la fin des travaux."
    assert not _flagged(sentence, _ASKS, _CONDITIONED)


def test_pass36_d44_a_question_without_a_question_mark_asks():
    message = "Je dois refaire ma carte Vitale perdue mais je ne sais pas à qui m'adresser."
    sentence = "Votre nouvelle carte Vitale a été enregistrée et vous sera envoyée."
    assert _flagged(sentence, message)


def test_pass36_d44_being_on_a_list_nobody_said_is_flagged():
    message = "J'ai déménagé à Lille en mars. Est-ce que je peux voter ici aux municipales sans rien faire ?"
    sentence = "Vous figurez sur la liste électorale de Lille depuis votre déménagement."
    passage = "Pour voter dans votre nouvelle commune, vous devez demander votre inscription sur ses listes."
    assert _flagged(sentence, message, passage)
