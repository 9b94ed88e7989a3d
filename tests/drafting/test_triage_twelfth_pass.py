"""Triage, twelfth pass of issue 12: what the rules read of who writes and of the moment told, and when the
competence map's veto yields to a confident model.

* A rule's word ("suicide", "victime de violences conjugales") said by a professional about a class of people, or by
  a relative about an event that is over or in hands, leaves the message to the model; the writer's own act, a
  danger of these days, or any other distress word keeps the rule.
* Care that can no longer be paid and a home lost to a fire are distress, however calmly a relative or a curator
  writes it.
* The veto of "out of scope" yields to a confident model only where the message also names another party than the
  office (a private counterparty, another body's topic, the office's role misattributed); a message that names
  nothing but the office's own business keeps it.

Every message here was written for these tests (none is in corpora/triage)."""

import pytest

from guichet.drafting.triage import (
    OTHER_PARTY_OVERRIDE,
    OWN_TOPIC_OVERRIDE,
    administration_profiles,
    override_over_veto,
    topic_scores,
)
from guichet.drafting.triage_model import model_text
from tests.drafting.triage_helpers import rules, vetoed

CAF = "Caisse d'allocations familiales"
CPAM = "Caisse primaire d'assurance maladie"


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        (
            CPAM,
            "Bonjour, je suis infirmière en centre médico-psychologique. Nous suivons des jeunes adressés après une "
            "tentative de suicide. Quel formulaire faut-il pour que les consultations de psychologue soient prises "
            "en charge ?",
        ),
        (
            CAF,
            "Bonjour, ma sœur a fait une tentative de suicide il y a trois ans, elle va bien mieux et travaille. "
            "Elle vit chez moi : faut-il la déclarer dans mon foyer pour l'aide au logement ?",
        ),
        (
            CAF,
            "Bonjour, je suis éducatrice dans un foyer qui reçoit des mères victimes de violences conjugales avec "
            "leurs enfants. Quels justificatifs faut-il pour ouvrir un dossier de prestations à leur seul nom ?",
        ),
        (
            "Mairie de Quimperlé",
            "Bonjour, notre club organise une marche pour la prévention du suicide au printemps. Quelle autorisation "
            "demander pour passer sur la voie communale ?",
        ),
    ],
)
def test_a_rule_word_said_of_others_settled_leaves_the_message_to_the_model(administration, body):
    assert "distress" not in rules("une question", body, administration).labels


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        # The writer's own act.
        (
            CPAM,
            "Bonjour, j'ai fait une tentative de suicide il y a deux ans, je suis suivie. Mes séances de psychologue "
            "sont-elles remboursées ?",
        ),
        # A danger of these days, told by a relative.
        (
            CAF,
            "Bonjour, mon frère parle de suicide depuis trois jours et ne sort plus de sa chambre. Il touche le RSA : "
            "que faut-il faire pour son dossier ?",
        ),
        # A professional relaying one person's danger now.
        (
            CAF,
            "Bonjour, je suis assistante sociale. Une dame que je suis est victime de violences conjugales, son mari "
            "l'a menacée hier soir. Peut-elle avoir une aide d'urgence ?",
        ),
        # A death of these days: the widow is the one in danger.
        (
            "Mutualité sociale agricole",
            "Bonjour, je suis conseillère en insertion. Le mari de Mme R. s'est suicidé il y a dix jours, elle se "
            "retrouve seule avec la ferme. Quelles aides pour elle ?",
        ),
    ],
)
def test_the_rule_still_fires_for_the_writer_or_a_danger_of_these_days(administration, body):
    assert "distress" in rules("une question", body, administration).labels


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        (
            "Assurance retraite",
            "Bonjour, ma mère vit en Tunisie et sa pension n'arrive plus depuis février. Elle ne peut plus acheter "
            "ses médicaments pour le cœur. Comment savoir si vous avez reçu son certificat de vie ?",
        ),
        (
            CAF,
            "Madame, Monsieur, tuteur familial de mon oncle, je vous informe qu'un incendie a détruit son appartement "
            "mardi ; il est hébergé provisoirement chez un voisin. Une aide peut-elle être demandée ?",
        ),
    ],
)
def test_care_that_cannot_be_paid_and_a_home_lost_to_a_fire_are_distress(administration, body):
    assert "distress" in rules("une demande", body, administration).labels


def test_a_lost_bag_is_not_a_disaster():
    body = "Bonjour, j'ai tout perdu dans le train, carte d'identité comprise. Comment la refaire ?"
    assert "distress" not in rules("perte", body, "Mairie de Vannes").labels


def _override(title: str, body: str, administration: str) -> float:
    return override_over_veto(
        OWN_TOPIC_OVERRIDE, topic_scores(title, body), administration_profiles(administration), model_text(title, body)
    )


@pytest.mark.parametrize(
    ("administration", "title", "body"),
    [
        (
            "Assurance retraite",
            "pension",
            "Bonjour, ma pension de retraite est versée chaque mois. Le loyer de la résidence senior de ma mère "
            "augmente de 8 %, pouvez-vous contrôler ce tarif ?",
        ),
        (
            "Assurance retraite",
            "maison de retraite",
            "Bonjour, la résidence services où vit mon père augmente son loyer alors que sa retraite ne bouge pas. "
            "Pouvez-vous demander à la résidence de revenir à l'ancien prix ?",
        ),
    ],
)
def test_the_veto_yields_to_a_confident_model_where_another_party_is_named(administration, title, body):
    assert vetoed(title, body, administration)
    assert _override(title, body, administration) == OTHER_PARTY_OVERRIDE


@pytest.mark.parametrize(
    ("administration", "title", "body"),
    [
        ("Mairie de Lorient", "passeport", "Bonjour, c'est mon premier passeport : combien coûte le timbre ?"),
        (
            CAF,
            "aide au logement",
            "Bonjour, je change d'appartement le mois prochain : comment déclarer mon nouveau loyer ?",
        ),
    ],
)
def test_the_veto_holds_whatever_the_score_where_only_the_office_is_named(administration, title, body):
    assert vetoed(title, body, administration)
    assert _override(title, body, administration) == OWN_TOPIC_OVERRIDE
