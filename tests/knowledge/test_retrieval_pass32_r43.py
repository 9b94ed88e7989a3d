"""Thirty-second pass, second shift (engineer-r43, issue 14): people lost in online procedures. A lure received by
text or mail, money gone after a card number was given, someone else filing the carte grise, a carte grise the post
sent back, an address change written without its "d'". Sentences written fresh for these tests, none from a corpus."""

import pytest

from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed


@pytest.mark.parametrize(
    "message",
    [
        "Colis\nJ'ai reçu un SMS pour un colis en attente avec un lien, il faut payer 2 euros. C'est normal ?",
        "Remboursement\nOn m'a envoyé un mail soi-disant de la CAF qui me demande mes coordonnées bancaires.",
        "Péage\nJ'ai reçu un texto : réglez votre péage sous peine d'une majoration. Je n'ai pas pris l'autoroute.",
    ],
)
def test_a_lure_received_by_text_or_mail_points_to_phishing(message: str) -> None:
    assert "F34800" in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        "Dossier CAF\nJ'ai reçu un mail de la CAF qui me dit que mon dossier est complet. Je dois attendre combien ?",
        "Lien\nVous pouvez me renvoyer le lien vers le formulaire de demande de logement social ?",
    ],
)
def test_an_ordinary_mail_is_no_phishing(message: str) -> None:
    assert "F34800" not in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        "Compte vidé\nJ'ai tapé le numéro de ma carte sur un site de livraison et hier 450 euros ont été débités.",
        "Banque\nAprès avoir donné ma carte bancaire au téléphone, il manque 1 200 euros sur mon compte.",
    ],
)
def test_money_gone_after_a_card_given_points_to_card_fraud(message: str) -> None:
    assert "F31324" in _pointed(message)


def test_a_card_paid_with_is_no_fraud() -> None:
    assert "F31324" not in _pointed("Cantine\nPuis-je payer la cantine de 45 euros avec ma carte bancaire en ligne ?")


@pytest.mark.parametrize(
    "message",
    [
        "Internet\nJe n'ai pas d'ordinateur. Ma voisine peut faire la carte grise de ma nouvelle voiture ?",
        "Camping-car\nMa fille va remplir ma demande de certificat d'immatriculation, que doit-on signer ?",
        "Carte grise\nJe voudrais donner une procuration à mon gendre pour ma carte grise.",
    ],
)
def test_someone_else_filing_the_carte_grise_points_to_the_proxy(message: str) -> None:
    assert "F21103" in _pointed(message)


def test_a_carte_grise_in_two_names_after_a_divorce_is_no_proxy() -> None:
    message = "Séparation\nIl faut enlever mon ex de la carte grise, le juge a dit que la voiture restait pour moi."
    assert "F21103" not in _pointed(message)


def test_a_carte_grise_sent_back_by_the_post_points_to_its_delivery() -> None:
    message = "Courrier\nJ'étais en vacances, la carte grise est retournée à l'expéditeur. Comment la récupérer ?"
    assert "F11475" in _pointed(message)


def test_an_address_change_without_its_article_points_to_the_carte_grise_change() -> None:
    assert "F12118" in _pointed("Déménagement\nOù faire le changement adresse carte grise gratuitement ?")


@pytest.mark.parametrize(
    "message",
    [
        "Radar\nJe reçois des flashs de Bordeaux, je n'y suis jamais allé : quelqu'un circule avec mes plaques.",
        "Plaques\nMes plaques d'immatriculation ont été clonées, que dois-je faire ?",
    ],
)
def test_plates_used_by_another_driver_point_to_their_usurpation(message: str) -> None:
    assert "F34375" in _pointed(message)


def test_plates_changed_after_a_move_are_no_usurpation() -> None:
    assert "F34375" not in _pointed(
        "Plaques\nDois-je changer mes plaques après mon déménagement dans un autre département ?"
    )
