"""Thirtieth pass, second shift (engineer-r38): money trouble told without the procedure's name. A tax the writer
cannot pay and would like to pay only in part (remise gracieuse), a bailiff taking part of the pay (saisie sur
salaire), the "crédit social" for those the banks turn down (microcrédit personnel), money lent to someone who does
not pay it back (injonction de payer). Sentences written fresh for these tests, none from a corpus."""

import pytest

from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed


@pytest.mark.parametrize(
    "message",
    [
        "Ma taxe d'habitation de 780 € est arrivée, je suis au chômage et je n'ai pas de quoi la payer. "
        "Peut-on en payer une partie seulement ?",
        "Je ne peux pas payer mes impôts cette année, je suis en invalidité. Est-il possible de les faire annuler ?",
    ],
)
def test_a_tax_one_cannot_pay_and_wants_reduced_points_to_the_remise_gracieuse(message: str) -> None:
    assert "F34392" in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        # a delay, not a reduction: F3124
        "Je ne peux pas payer ma taxe foncière d'un seul coup, puis-je l'étaler ? On m'a parlé de remise.",
        # a penalty to cancel, the writer can pay
        "La taxe foncière a été majorée de 10 %, je demande l'annulation de la pénalité.",
    ],
)
def test_a_delay_or_a_penalty_is_not_the_remise_gracieuse(message: str) -> None:
    assert "F34392" not in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        "Le commissaire de justice fait retenir 250 € chaque mois sur mon salaire, combien ont-ils le droit de "
        "garder ?",
        "Depuis mars on me prend une grosse somme sur ma paie pour le crédit de mon ex, c'est l'huissier "
        "qui a lancé ça.",
    ],
)
def test_a_bailiff_taking_part_of_the_pay_points_to_the_saisie_sur_salaire(message: str) -> None:
    assert "F115" in _pointed(message)


def test_a_deduction_on_the_pay_without_a_creditor_is_not_a_seizure() -> None:
    assert "F115" not in _pointed("Mon employeur a retenu deux jours d'absence sur ma paie, est-ce normal ?")


@pytest.mark.parametrize(
    "message",
    [
        "Existe-t-il un prêt social pour acheter une machine à laver quand on est au RSA ?",
        "Une association m'a parlé d'un micro-crédit pour passer mon permis, comment ça marche ?",
    ],
)
def test_the_social_loan_points_to_the_microcredit(message: str) -> None:
    assert "F21375" in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        "J'ai prêté 1 500 € à ma voisine pour ses travaux, elle ne me les rend toujours pas.",
        "Nous lui avons avancé 600 euros pour son déménagement et depuis il refuse de nous rembourser.",
    ],
)
def test_money_lent_and_not_paid_back_points_to_the_injonction_de_payer(message: str) -> None:
    assert "F1746" in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        # the writer is the borrower
        "La banque m'a prêté 8 000 € et je n'arrive plus à rembourser les mensualités.",
        # lent and paid back
        "J'ai prêté 300 € à mon frère, il m'a tout remboursé en juin ; dois-je le déclarer ?",
    ],
)
def test_a_loan_the_writer_owes_or_got_back_is_not_a_debt_to_recover(message: str) -> None:
    assert "F1746" not in _pointed(message)
