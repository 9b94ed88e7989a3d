"""The asked check (`guichet.drafting.asked`), thirty-seventh pass, engineer-d46: sourced sentences that were false
alarms. A verdict whose opening cause says the passage's condition is met keeps the condition; "a droit" is a right,
no event; a sum the message gives without its unit, or in groups of three, is no new figure; the writer's story
before a comma and a question word is told; what the message tells, the question's topic and one source together
may give a statement most of its words. The answers nobody gave stay flagged.

Examples written for these tests, in other words than the corpus `corpora/asked/`.
"""

from guichet.drafting.asked import find_asked, split_message


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return [claim.sentence for claim in find_asked(sentence, message, [passage])] == [sentence]


_AAH = "Bonjour, c'est ma femme qui touche l'AAH, pas moi. Est-ce que j'ai droit à la carte de bus gratuite ?"
_AAH_PASSAGE = (
    "Si vous, ou votre conjoint, percevez l'allocation aux adultes handicapés (AAH), vous avez droit à la carte de "
    "bus gratuite. Elle est délivrée en mairie."
)


def test_pass37_d46_a_condition_said_to_be_met_is_kept() -> None:
    sentence = "Comme votre femme perçoit l'AAH, vous avez droit à la carte de bus gratuite."
    assert not _flagged(sentence, _AAH, _AAH_PASSAGE)


def test_pass37_d46_the_rule_without_its_condition_stays_flagged() -> None:
    assert _flagged("Vous avez droit à la carte de bus gratuite.", _AAH, _AAH_PASSAGE)
    # a cause that is not the passage's condition keeps nothing
    assert _flagged("Comme vous habitez en ville, vous avez droit à la carte de bus gratuite.", _AAH, _AAH_PASSAGE)


def test_pass37_d46_a_sum_given_without_its_unit_is_the_writers() -> None:
    message = "Bonjour, je touche 650€ par mois donc 7800 sur l'année. Je dois payer la cantine plein tarif ?"
    passage = "Le tarif réduit de la cantine s'applique lorsque les ressources annuelles ne dépassent pas 9 000 €."
    sentence = "Avec 7 800 € de ressources sur l'année, vous êtes sous le plafond de 9 000 € du tarif réduit."
    assert not _flagged(sentence, message, passage)
    assert _flagged("Avec 8 200 € de ressources, vous êtes sous le plafond du tarif réduit.", message, passage)


def test_pass37_d46_a_story_before_a_comma_and_a_question_word_is_told() -> None:
    message = "Bonjour, je n'ai pas encore reçu mon bail signé, comment prouver mon adresse pour la carte grise ?"
    asked, told = split_message(message)
    assert any("bail" in p for p in told)
    assert not any("bail" in p for p in asked)
    # someone else's story, told in no first person, stays in the question
    asked, _ = split_message("Bonjour, le bail de ma fille est au nom de son ami, comment le prouver ?")
    assert any("bail" in p for p in asked)


def test_pass37_d46_the_topic_and_one_source_give_a_rule_applied() -> None:
    message = "Bonjour, quel est le prix de la garderie du soir ?"
    passage = "Les tarifs des accueils périscolaires sont fixés par la mairie selon le quotient familial."
    sentence = "Le prix de la garderie est décidé par la commune, selon votre quotient familial."
    assert not _flagged(sentence, message, passage)


def test_pass37_d46_a_half_is_no_majority() -> None:
    message = "Mon voisin tond sa pelouse le dimanche, est-ce permis ?"
    passage = "Les horaires de tonte sont fixés par arrêté municipal."
    assert _flagged("Dans votre commune, la tonte est interdite le dimanche toute la journée.", message, passage)
