"""Triage, twenty-fourth pass of issue 12: distress hidden inside an ordinary errand.

A plan to die asked as a question about what a death pays (the allowance left, the funeral, the insurance) "for
oneself", with the wish that the family draw it, a death meant to pass for an accident, a place of death visited
again; and leaving a partner in secret, where one goes hidden from him. Each family alone is ordinary mail (a calm
person pre-arranging a funeral, a surprise trip), so the warning-sign ones make a rule only together.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

PLANS = [
    (
        "Assurance retraite",
        "Bonjour, la pension de réversion est-elle versée si le retraité meurt avant 70 ans ? C'est une question pour "
        "moi. J'aimerais que mes enfants la touchent au plus tôt.",
    ),
    (
        "MSA",
        "Bonjour, mon contrat prévoyance paie-t-il en cas de chute dans la grange ? Je voudrais être sûre que ma "
        "fille touche quelque chose. Il faudra que ça ressemble à un accident.",
    ),
    (
        "CPAM",
        "Bonjour, qui paie l'enterrement quand on n'a pas d'argent ? Je le demande pour moi. Je suis retourné voir le "
        "viaduc trois fois depuis lundi.",
    ),
]


@pytest.mark.parametrize(("administration", "body"), PLANS)
def test_a_death_asked_for_oneself_beside_another_sign_is_distress(administration, body):
    result = triage(title="question", body=body, administration=administration, use_model=False)
    assert TriageLabel.DISTRESS in result.labels


FLIGHTS = [
    "Bonjour, je voudrais un certificat de scolarité pour mon fils. On s'en va jeudi pendant que mon compagnon sera "
    "au travail, et il ne doit jamais savoir où nous allons. Merci.",
    "Bonjour, pour le changement d'adresse : je ne veux surtout pas que mon ex sache où je dors maintenant. Est-ce "
    "que vous lui envoyez une copie ?",
]


@pytest.mark.parametrize("body", FLIGHTS)
def test_leaving_a_partner_in_secret_is_distress(body):
    result = triage(title="démarche", body=body, administration="CAF", use_model=False)
    assert TriageLabel.DISTRESS in result.labels
    assert "violence" in result.distress_kinds


ORDINARY = [
    # A calm pre-arranged funeral, for oneself.
    "Bonjour, je souhaite souscrire un contrat obsèques, je demande pour moi. La Sécurité sociale verse-t-elle "
    "quelque chose en complément ?",
    # A surprise trip.
    "Bonjour, mon mari ne doit surtout pas savoir où on va en mai, c'est une surprise pour ses 60 ans. Faut-il un "
    "passeport pour le Maroc ?",
    # Parents who will draw an allowance, said of a child's studies.
    "Bonjour, ma fille part en apprentissage. Je voudrais que mes parents la gardent le week-end, est-ce que ça "
    "change nos allocations ?",
]


@pytest.mark.parametrize("body", ORDINARY)
def test_one_family_alone_is_no_rule(body):
    result = triage(title="question", body=body, administration="CAF", use_model=False)
    assert TriageLabel.DISTRESS not in result.labels
