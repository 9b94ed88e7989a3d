"""Twenty-third pass, privacy: the first name that heads an invoice's line, before the surname found elsewhere and a
dash ("Fabio Da Cruz – 7 rue Carnot …"), is part of the name. Fresh sentences, none from the corpora."""

from tests.privacy.helpers import output

_INVOICE = """Madame, Monsieur,

On me demande de facturer la TVA alors que je suis auto-entrepreneur sous le seuil. Voici le haut d'une facture :

=============================
PLÂTRERIE PEINTURE DA CRUZ
Fabio Da Cruz – 7 rue Carnot 45000 Orléans
SIRET 512 634 908 00021
Facture n° 2025-112 du 21/05/2025
Client : M. et Mme Morin, 3 impasse des Roses 45100 Orléans
Peinture séjour ........ 980,00 €
=============================

Pouvez-vous régulariser ?
F. Da Cruz"""


def test_the_first_name_heading_an_invoice_line() -> None:
    masked = output(_INVOICE)
    assert "Fabio" not in masked and "Carnot" not in masked, masked


def test_a_first_name_in_a_sentence_before_a_dash_stays_a_word_of_the_sentence() -> None:
    masked = output("Bonjour, j'ai vu Mme Martine Roux – elle m'a dit d'écrire.\nMerci.")
    assert "elle m'a dit d'écrire" in masked and "Bonjour, j'ai vu" in masked, masked
