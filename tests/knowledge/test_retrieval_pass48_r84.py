"""Forty-eighth pass, engineer-r84: a consumer's dispute in their own words.

The charges of a rejected payment add the words of F18777 « Incidents de paiement », unless a recourse against the
bank is what is asked (`consumer_disputes.READ_BANK_FEES`); a bill above the quote, or no quote given, adds the words
of F34345 « Devis » and F24046 « Travaux et dépannage à domicile » (`READ_QUOTE_EXCEEDED`); a seller who sends a
broken product to its maker, or refuses to take it back, adds the words of F11094 « Achat d'un produit : garantie
légale de conformité » (`READ_SELLER_LIABLE`) and points to it (`READ_SELLER_POINTER`). A stranger who came to a
home and got something signed adds the words of F23224 « Démarchage à domicile » only when switched on
(`READ_DOORSTEP`, shipped off). Messages written fresh for these tests, none from a corpus.
"""

import pytest

from guichet.knowledge import consumer_disputes, energy_consumer
from guichet.knowledge.query import understand
from tests.knowledge.vocabulary_helpers import pointed_by_every as pointed


def expansions(text: str) -> list[str]:
    return [words for _, words in understand(text).register]


def test_the_shipped_switches():
    assert consumer_disputes.READ_BANK_FEES is True
    assert consumer_disputes.READ_QUOTE_EXCEEDED is True
    assert consumer_disputes.READ_SELLER_LIABLE is True
    assert consumer_disputes.READ_SELLER_POINTER is True
    assert consumer_disputes.READ_DOORSTEP is False


# --- the charges of a rejected payment


@pytest.mark.parametrize(
    "text",
    [
        "Ma banque me facture 20 euros pour chaque chèque rejeté, c'est normal ?",
        "Deux prélèvements impayés et la banque m'a compté 45 euros de frais, est-ce plafonné ?",
        "Sur mon compte je vois des commissions d'intervention tous les jours, je suis à découvert de 30 euros.",
    ],
)
def test_a_rejected_payment_s_charges_add_the_fees_words(monkeypatch, text):
    assert consumer_disputes.BANK_FEES_EXPANSION in expansions(text)
    monkeypatch.setattr(consumer_disputes, "READ_BANK_FEES", False)
    assert consumer_disputes.BANK_FEES_EXPANSION not in expansions(text)


def test_the_fees_give_way_to_a_recourse_asked():
    text = (
        "La banque me prend des frais de rejet sur chaque prélèvement refusé, j'ai écrit trois fois à l'agence "
        "sans réponse. Vers qui me tourner ?"
    )
    assert consumer_disputes.BANK_FEES_EXPANSION not in expansions(text)


def test_a_plain_overdraft_is_left_alone():
    text = "Je voudrais savoir si ma banque peut m'accorder un découvert de 300 euros."
    assert consumer_disputes.BANK_FEES_EXPANSION not in expansions(text)


# --- the quote


@pytest.mark.parametrize(
    "text",
    [
        "Le serrurier m'a fait payer 600 euros sans aucun devis préalable, je peux contester ?",
        "L'électricien me présente une facture presque double de son devis, dois-je tout régler ?",
    ],
)
def test_a_bill_above_the_quote_or_no_quote_adds_the_quote_words(monkeypatch, text):
    assert consumer_disputes.QUOTE_EXCEEDED_EXPANSION in expansions(text)
    monkeypatch.setattr(consumer_disputes, "READ_QUOTE_EXCEEDED", False)
    assert consumer_disputes.QUOTE_EXCEEDED_EXPANSION not in expansions(text)


def test_a_quote_asked_for_is_left_alone():
    text = "Je dois faire refaire ma toiture, combien de devis faut-il demander pour les aides ?"
    assert consumer_disputes.QUOTE_EXCEEDED_EXPANSION not in expansions(text)


# --- the seller answers for a broken product


@pytest.mark.parametrize(
    "text",
    [
        "Mon four acheté il y a six mois ne chauffe plus, le vendeur me dit de contacter la marque. C'est à lui ?",
        "Le magasin refuse de remplacer mon téléphone qui s'éteint tout seul depuis l'achat en mars.",
    ],
)
def test_a_seller_who_sends_to_the_maker_reads_the_legal_guarantee(monkeypatch, text):
    assert consumer_disputes.SELLER_LIABLE_EXPANSION in expansions(text)
    assert "F11094" in pointed(text)
    monkeypatch.setattr(consumer_disputes, "READ_SELLER_POINTER", False)
    # fifty-third pass (r95): `energy_consumer.READ_LEGAL_GUARANTEE` reads the same telling and points there too
    monkeypatch.setattr(energy_consumer, "READ_LEGAL_GUARANTEE", False)
    assert "F11094" not in pointed(text)
    monkeypatch.setattr(consumer_disputes, "READ_SELLER_LIABLE", False)
    assert consumer_disputes.SELLER_LIABLE_EXPANSION not in expansions(text)


def test_a_maker_named_without_a_seller_is_left_alone():
    text = "Je cherche le numéro du fabricant de ma chaudière pour l'entretien annuel."
    assert consumer_disputes.SELLER_LIABLE_EXPANSION not in expansions(text)
    assert "F11094" not in pointed(text)


# --- doorstep selling, shipped off


def test_doorstep_selling_is_off_and_reads_when_switched_on(monkeypatch):
    text = (
        "Un jeune homme très poli est passé chez mon grand-père pour lui proposer une pompe à chaleur et il a "
        "signé un contrat de 12 000 euros. Peut-on revenir dessus ?"
    )
    assert consumer_disputes.DOORSTEP_EXPANSION not in expansions(text)
    monkeypatch.setattr(consumer_disputes, "READ_DOORSTEP", True)
    assert consumer_disputes.DOORSTEP_EXPANSION in expansions(text)


def test_a_relative_s_visit_is_not_doorstep_selling(monkeypatch):
    monkeypatch.setattr(consumer_disputes, "READ_DOORSTEP", True)
    text = "Mon fils est passé chez moi dimanche et m'a aidé à remplir ma déclaration de revenus."
    assert consumer_disputes.DOORSTEP_EXPANSION not in expansions(text)
