"""Fortieth pass (engineer-d53): small shifts of a rule that keep the passage's words — a figure given for another
period, a "ou" made "et", a time counted from the event's own day instead of the month after it — and a long sentence
whose clause alone aligns with the passage. Passages from service-public.fr fiches (retirement, allowances), sentences
written for these tests; the faithful ones must stay silent."""

from guichet.drafting.contradictions import find_contradictions
from guichet.drafting.contradictions_shifts import anchor_moved, conjunction_swapped, period_moved

MINIMUM = (
    "Si vous justifiez de moins de 120 trimestres cotisés au régime général, le montant du minimum contributif est "
    "fixé à 7 715,17 € par an, soit 642,93 € par mois."
)
OVERPAID = "Votre caisse peut vous en demander le remboursement pendant 2 ans."
CHILDREN = (
    "Le montant de votre pension de retraite est majoré si vous avez eu ou élevé au moins 3 enfants. "
    "Cette majoration est définitive."
)
PAYMENT = (
    "L'allocation est versée au plus tôt à partir du 1er jour du mois qui suit la date de réception de la demande."
)
RESIDENCE = (
    "Vous résidez en France de manière stable si vous y séjournez pendant plus de 6 mois (ou 180 jours) l'année "
    "concernée."
)


def _reasons(sentence: str, passage: str) -> list[str]:
    found = find_contradictions(sentence, [{"n": 1, "title": "", "passage": passage}])
    return found[0]["reasons"] if found else []


def test_an_amount_given_for_another_period_is_flagged() -> None:
    assert "period" in _reasons("Le minimum contributif est fixé à 642,93 € par an [1].", MINIMUM)


def test_the_same_amount_for_its_own_period_stays_silent() -> None:
    sentence = "Le minimum contributif s'élève à 642,93 € par mois, soit 7 715,17 € sur l'année [1]."
    assert _reasons(sentence, MINIMUM) == []


def test_a_duration_counted_in_another_unit_is_flagged() -> None:
    assert period_moved("La caisse peut en demander le remboursement pendant 2 mois.", OVERPAID)
    assert not period_moved("La caisse peut en demander le remboursement pendant 2 ans.", OVERPAID)


def test_an_alternative_made_a_cumulative_condition_is_flagged() -> None:
    sentence = "Votre pension de retraite est majorée si vous avez eu et élevé au moins 3 enfants [1]."
    assert "conjunction" in _reasons(sentence, CHILDREN)


def test_the_alternative_kept_stays_silent() -> None:
    sentence = "Votre retraite est majorée, de façon définitive, si vous avez eu ou élevé au moins 3 enfants [1]."
    assert _reasons(sentence, CHILDREN) == []


def test_function_words_joined_otherwise_say_nothing() -> None:
    assert not conjunction_swapped("Vous et votre conjoint devez signer.", "Vous ou votre conjoint devez signer.")


def test_a_time_counted_from_the_event_itself_is_flagged() -> None:
    sentence = "L'allocation vous est versée dès le jour de réception de votre demande [1]."
    assert "anchor" in _reasons(sentence, PAYMENT)


def test_the_month_after_the_event_said_otherwise_stays_silent() -> None:
    sentence = "L'allocation est versée à partir du 1er jour du mois suivant la réception de votre demande [1]."
    assert _reasons(sentence, PAYMENT) == []
    same_day = PAYMENT.replace("qui suit", "de")
    assert not anchor_moved("Le délai court à compter de la réception de la décision.", same_day)


def test_a_clause_of_a_long_sentence_is_compared_alone() -> None:
    sentence = (
        "Pour la caisse, vous résidez en France de manière stable dès lors que vous y séjournez plus de 3 mois "
        "dans l'année, même si vous vivez le reste du temps auprès de vos enfants à l'étranger [1]."
    )
    assert "number" in _reasons(sentence, RESIDENCE)


def test_a_long_sentence_with_the_passage_figure_stays_silent() -> None:
    sentence = (
        "Pour la caisse, vous résidez en France de manière stable dès lors que vous y séjournez plus de 6 mois "
        "dans l'année, même si vous vivez le reste du temps auprès de vos enfants à l'étranger [1]."
    )
    assert _reasons(sentence, RESIDENCE) == []


def test_a_figure_computed_from_the_writer_s_case_is_left_to_the_whole_sentence() -> None:
    passage = "Vous bénéficiez de 2 jours de congés supplémentaires par enfant à charge."
    sentence = (
        "Comme vous élevez seule vos 2 enfants de 4 et 7 ans depuis votre divorce, vous bénéficierez de 4 jours "
        "de congés supplémentaires [1]."
    )
    assert _reasons(sentence, passage) == []


SUPPLEMENT = "Le complément est versé pour chaque enfant à charge de moins de 6 ans."
ABROAD = (
    "Si vous séjournez plus de 3 mois à l'étranger, vous pouvez prétendre au RSA pour les seuls mois complets de "
    "présence en France."
)
RENT = "Le loyer pris en compte s'entend hors charges locatives."


def test_an_age_not_reached_is_an_age_below() -> None:
    sentence = "Le complément est versé pour votre fils à charge tant qu'il n'a pas 6 ans [1]."
    assert _reasons(sentence, SUPPLEMENT) == []


def test_a_rule_negated_beside_the_age_is_still_flagged() -> None:
    sentence = "Le complément n'est pas versé pour un enfant à charge de moins de 6 ans [1]."
    assert "polarity" in _reasons(sentence, SUPPLEMENT)


def test_hors_excludes_as_sans_does() -> None:
    assert _reasons("Le loyer pris en compte s'entend sans les charges locatives [1].", RENT) == []


def test_hors_de_a_place_is_no_negation() -> None:
    sentence = (
        "Si vous séjournez plus de 3 mois hors de France, le RSA n'est dû que pour les mois complets en France [1]."
    )
    assert _reasons(sentence, ABROAD) == []


DEPOSIT = "Pour un logement loué vide, le montant du dépôt de garantie est au maximum d'un mois de loyer hors charges."


def test_a_ceiling_said_with_a_negation_agrees_with_au_maximum() -> None:
    sentence = (
        "Le dépôt de garantie d'un logement loué vide ne peut pas dépasser un mois de loyer sans les charges [1]."
    )
    assert _reasons(sentence, DEPOSIT) == []


def test_a_ceiling_lifted_is_still_flagged() -> None:
    passage = "Le dépôt de garantie ne peut pas dépasser un mois de loyer hors charges."
    sentence = "Le dépôt de garantie peut dépasser un mois de loyer hors charges [1]."
    assert "polarity" in _reasons(sentence, passage)


HEARING = (
    "Vous pouvez vous présenter en personne devant la commission ou, en votre absence, être représenté par un proche."
)
DUTY = "Vous devez vous présenter en personne devant la commission."


def test_no_duty_agrees_with_a_permission() -> None:
    sentence = (
        "Vous n'êtes pas tenu de vous présenter en personne devant la commission : "
        "un proche peut vous représenter [1]."
    )
    assert _reasons(sentence, HEARING) == []


def test_no_duty_against_a_duty_is_still_flagged() -> None:
    sentence = "Vous n'êtes pas tenu de vous présenter en personne devant la commission [1]."
    assert "polarity" in _reasons(sentence, DUTY)
