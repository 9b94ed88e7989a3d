"""Thirty-sixth pass (engineer-d43): the writer's money and children's ages, against what a draft says of them.

Through the check's front door (`guichet.drafting.persona.find_claims`) and the public drafting service (the inbox's
`draft_message`, a scripted model, real SQLite and the knowledge fixtures). Messages and sentences are written for
these tests, none taken from corpora/claims: a benefit's new amount shifted, a rent or a debt changed, a net salary
made gross, a yearly sum given per month, a total of two pensions, a difference said as a cut; a child's age shifted
by a year or months made years, a son's age given to a daughter; a pregnancy's month that is no rank; spoken
negation; "aussi deux garçons". What must stay silent stays silent: a fiche's ceiling or condition, a sum of a kind
the message gives no figure for, an age bound.
"""

import pytest

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, find_claims
from guichet.inbox.drafts import draft_message
from guichet.inbox.enums import DraftKind
from tests.drafting.backends import ScriptedBackend
from tests.drafting.persona_helpers import GOOD, dropped
from tests.inbox.factories import make_message


def _verdict(message: str, sentence: str) -> str:
    claims = find_claims(f"{sentence} [1]", message)
    return claims[0].verdict if claims else "none"


_AID = "Ma retraite est de 980 € par mois et mon aide au logement de 210 € a été ramenée à 140 € en mars."
_PAY = "Je suis vendeur, je gagne 1 900 € brut par mois, soit environ 1 480 € net, et mon découvert atteint 2 600 €."
_KIDS = "J'élève seule mes trois enfants de 3, 7 et 12 ans ; la petite dernière a 3 ans et demi."


@pytest.mark.parametrize(
    ("message", "sentence", "verdict"),
    [
        # money
        (_AID, "Votre aide au logement a été ramenée à 150 € en mars.", CONTRADICTED),
        (_AID, "Votre aide au logement est passée de 210 € à 140 € par mois.", CONSISTENT),
        (_AID, "Votre aide au logement a baissé de 70 €.", CONSISTENT),
        (_AID, "Votre retraite s'élève à 11 760 € par an.", CONSISTENT),
        (_AID, "Votre retraite de 1 080 € par mois est prise en compte.", CONTRADICTED),
        (_AID, "Vos ressources s'élèvent au total à 1 120 € par mois.", CONSISTENT),
        (_PAY, "Avec un salaire net de 1 900 € par mois, vous pouvez faire une simulation.", CONTRADICTED),
        (_PAY, "Votre salaire net d'environ 1 480 € par mois sera pris en compte.", CONSISTENT),
        (_PAY, "Votre découvert bancaire atteint 2 800 €.", CONTRADICTED),
        (
            "Je paie un loyer de 620 € et je touche 1 300 € par mois.",
            "Votre loyer de 650 € sera pris en compte.",
            CONTRADICTED,
        ),
        # children's ages
        (_KIDS, "Vos trois enfants, âgés de 3, 7 et 12 ans, vivent avec vous.", CONSISTENT),
        (_KIDS, "Votre aîné a 13 ans.", CONTRADICTED),
        (_KIDS, "Votre plus jeune enfant a 4 ans.", CONTRADICTED),
        ("Notre fils a 10 mois et il va entrer en crèche.", "Votre fils a un an et demi.", CONTRADICTED),
        ("Nos jumelles (18 mois) vont à la crèche.", "Vos jumelles ont un an.", CONSISTENT),
        # a son's age given to a daughter; a child of either sex
        (
            "Nous avons un garçon de 9 ans et nous accueillons un bébé de 6 mois.",
            "Vous avez déjà une fille de 9 ans.",
            CONTRADICTED,
        ),
        ("Mes enfants ont 5 et 9 ans.", "Votre fille de 9 ans peut s'inscrire à la cantine.", CONSISTENT),
        # a pregnancy's month, spoken negation, part of the children
        (
            "Je suis enceinte de 5 mois, c'est mon 1er bébé, et je suis en CDI.",
            "Vous attendez votre premier enfant.",
            CONSISTENT,
        ),
        (
            "Ma copine accouche en mai, on est pas mariés, je voudrais reconnaître l'enfant.",
            "Vous n'êtes pas marié avec la mère.",
            CONSISTENT,  # "unsupported" until the forty-sixth pass read "on est pas mariés" as a denial
        ),
        (
            "Notre fille aura 1 an en juin. Nous avons aussi deux garçons de 4 et 6 ans.",
            "Vous avez trois enfants.",
            "unsupported",
        ),
    ],
)
def test_pass36_money_and_children_ages(message, sentence, verdict):
    assert _verdict(message, sentence) == verdict


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        # a fiche's ceiling, a condition, a possibility
        (_AID, "Vous pouvez recevoir jusqu'à 300 € par mois."),
        (_AID, "Si vos ressources dépassent 1 500 € par mois, l'aide est réduite."),
        # a sum of a kind the message gives no figure for
        (_AID, "Votre allocation de solidarité aux personnes âgées serait de 200 € par mois."),
        # an age bound, a rule
        (_KIDS, "Pour votre enfant de moins de 6 ans, le complément de libre choix du mode de garde est possible."),
        ("Je suis enceinte de 7 mois et demi.", "Vous attendez votre premier enfant."),
    ],
)
def test_pass36_what_stays_silent(message, sentence):
    claims = find_claims(f"{sentence} [1]", message)
    assert all(c.verdict != CONTRADICTED for c in claims)


@pytest.mark.django_db
def test_pass36_a_model_sentence_shifting_the_benefit_is_removed(ready, mairie):
    body = (
        "Bonjour, mon RSA de 607 € par mois est passé à 535 € en avril. Je dois refaire mon passeport, "
        "combien coûte le timbre ?"
    )
    message = make_message(mairie, title="Passeport", body=body)
    wrong = "Votre RSA est passé à 553 € en avril [2]."
    draft = draft_message(message=message, backend=ScriptedBackend(outputs=[f"{wrong} {GOOD}"]))
    assert draft.kind == DraftKind.GENERATED
    assert "553" not in draft.text and "86 €" in draft.text
    assert wrong in dropped(draft)
