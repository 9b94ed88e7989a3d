"""Triage, tenth pass of issue 12 (out of scope): a private party named in everyday words (a self-employed person's
customer or accountant, "le patron", an ex-partner in business, a refusal written without "ne", a payment withheld),
and an ask that names the office written to beside another body's procedure, once. Every message here was written
for these tests (none is in corpora/triage)."""

import pytest

from guichet.drafting.triage import (
    private_dispute,
)
from guichet.drafting.triage_model import model_text
from tests.drafting.triage_helpers import rules, vetoed


@pytest.mark.parametrize(
    ("administration", "title", "body", "party"),
    [
        (
            "Urssaf",
            "facture impayée",
            "Je suis photographe en auto-entreprise. Une cliente ne m'a jamais réglé le reportage de son mariage "
            "(1 450 €) et ne répond plus. Pouvez-vous l'obliger à payer ?",
            "commerce",
        ),
        (
            "Urssaf",
            "honoraires",
            "Micro-entrepreneur depuis 2021 : mon comptable me facture 600 € pour une déclaration que j'ai faite "
            "moi-même. Vous pouvez intervenir ?",
            "commerce",
        ),
        (
            "France Travail",
            "dernier salaire",
            "Bonjour, j'ai fini mon CDD au snack le 30, le patron m'a toujours pas payé le dernier mois. Vous pouvez "
            "lui écrire ?",
            "employment",
        ),
        (
            "Assurance maladie",
            "complémentaire",
            "Ma mutuelle ne me rembourse rien sur la couronne alors que la sécu a payé sa part. Pouvez-vous leur "
            "demander de payer ?",
            "finance",
        ),
    ],
)
def test_a_private_party_named_in_everyday_words_lifts_the_competence_maps_veto(administration, title, body, party):
    text = model_text(title, body)
    dispute = private_dispute(text)
    assert dispute is not None and dispute.key == party
    assert not vetoed(title, body, administration)


@pytest.mark.parametrize(
    ("administration", "title", "body"),
    [
        # The Caf's own recovery of child support (Aripa), said with "ne paie plus la pension".
        (
            "CAF",
            "pension",
            "Bonjour, mon ancien compagnon ne paie plus la pension depuis l'été, le jugement est de 2022. L'Aripa "
            "peut s'en charger et comment je fais ?",
        ),
        # The writer is the one not paying; the office's own procedure is asked.
        (
            "URSSAF",
            "échéancier",
            "Je suis auto-entrepreneur et si je ne paie pas mes cotisations du trimestre ce mois-ci, est-ce que je "
            "peux demander un échéancier ?",
        ),
        # A job title, not a party: an accountant who resigned asks about the ARE.
        (
            "France Travail",
            "démission",
            "J'étais comptable en CDI et j'ai démissionné pour suivre mon mari muté à Brest. Ai-je droit au chômage ?",
        ),
    ],
)
def test_the_offices_own_business_stays_vetoed(administration, title, body):
    assert vetoed(title, body, administration)
    assert "out_of_scope" not in rules(title, body, administration).labels


@pytest.mark.parametrize(
    ("administration", "body", "topic"),
    [
        (
            "Assurance maladie",
            "Bonjour, j'arrive d'Italie pour travailler. Est-ce que l'assurance maladie délivre aussi le titre de "
            "séjour ?",
            "sejour",
        ),
        (
            "Préfecture",
            "Je travaille à mi-temps pour 850 € par mois. La préfecture peut-elle me verser la prime d'activité ?",
            "caf",
        ),
        (
            "CAF",
            "Bonjour, je n'ai jamais rempli ma déclaration de revenus, la caf peut la remplir avec moi au guichet ?",
            "impots",
        ),
        (
            "France Travail",
            "Mon rhumatologue en a parlé : est-ce France Travail qui verse la pension d'invalidité ?",
            "maladie",
        ),
    ],
)
def test_an_ask_naming_the_office_beside_another_bodys_procedure_is_redirected(administration, body, topic):
    result = rules("question", body, administration)
    assert "out_of_scope" in result.labels
    assert result.competent["topic"] == topic


@pytest.mark.parametrize(
    ("administration", "body"),
    [
        # The office's own procedure is named beside the other one.
        ("CAF", "Est-ce que la Caf reprend ma déclaration de revenus pour calculer mon APL ?"),
        # The other procedure is named, but the ask does not name the office written to.
        ("Assurance maladie", "Mon titre de séjour expire en mars. Mes remboursements s'arrêtent-ils avec lui ?"),
        # A dispute with a private party is left to the dispute reading and the model.
        (
            "Mairie",
            "Le syndic ne fait pas réparer la porte du hall. La mairie peut-elle lui mettre une amende ?",
        ),
    ],
)
def test_look_alikes_of_the_wrong_office_ask_are_not_redirected_by_it(administration, body):
    result = rules("question", body, administration)
    assert result.competent is None or result.competent["topic"] not in {"impots", "sejour", "amendes"}


def test_the_invalidity_pension_is_the_health_insurers_own_topic():
    body = "Je touche une pension d'invalidité de catégorie 2. Puis-je reprendre un mi-temps sans la perdre ?"
    assert vetoed("invalidité", body, "Assurance maladie")


@pytest.mark.parametrize(
    "body",
    [
        "Je suis tunisien, j'ai la carte de dix ans. Comment faire venir mon épouse par le regroupement familial ?",
        "Mon fils de 12 ans est de nationalité sénégalaise. Peut-il avoir un document de circulation pour la colo "
        "en Espagne ?",
        "Bonjour, j'ai une carte pluriannuelle de 4 ans. Quelles conditions pour obtenir la carte de 10 ans ?",
    ],
)
def test_the_prefectures_residence_procedures_are_its_own_topic(body):
    assert vetoed("demande", body, "Préfecture")
