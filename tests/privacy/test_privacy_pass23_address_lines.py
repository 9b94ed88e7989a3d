"""Twenty-third pass, privacy: the lines of an address under a signature or in an invoice's header. A line read as a
name that ends with a postcode and its town is the address ("Lieu-dit Combe Haute, 43300 Langeac" under the name
signed); an address ends with its town, the next line is another field ("… 63000 Clermont-Ferrand⏎SIRET …"); the
client of an invoice is a person ("Client : Peyronnet, 9 rue …"). Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "Bien à vous,\nSolène Aubrac\nLieu-dit Combe Haute, 43300 Langeac",
            "Lieu-dit Combe Haute, 43300 Langeac",
        ),
        (
            "Salutations,\nRémi Castagné-Vidal\nLe Moulin des Aulnes, 24290 Montignac",
            "Le Moulin des Aulnes, 24290 Montignac",
        ),
    ],
)
def test_the_address_line_under_a_signature(text: str, address: str) -> None:
    masked = output(text)
    assert not survives(address, "address", masked), masked
    town = address.rsplit(" ", 1)[1]
    assert town not in masked, masked


def test_the_name_and_the_address_keep_their_lines() -> None:
    masked = output("Merci de votre aide.\nJean-Luc CHABANNES\nLa Borie Basse 19160 Neuvic\n06 12 48 73 90")
    lines = masked.splitlines()
    assert lines[1].startswith("[PERSONNE_") and lines[1].endswith("]"), masked
    assert lines[2].startswith("[ADRESSE_") and lines[2].endswith("]"), masked


def test_a_lieu_dit_named_alone_keeps_its_line() -> None:
    masked = output("Je vous remercie.\nOdile Vermorel\nLasbordes, 46100 Figeac")
    assert masked.splitlines()[1].startswith("[PERSONNE_"), masked
    assert len(masked.splitlines()) == 3 and "Lasbordes" not in masked and "Figeac" not in masked, masked


def test_an_invoice_header_address_ends_with_its_town() -> None:
    text = (
        "Voici ma facture :\nMENUISERIE BONNEFOY\nAlain Bonnefoy – 8 rue Lavoisier 63000 Clermont-Ferrand\n"
        "SIRET 512 634 908 00021\nFacture n° 2025-014"
    )
    masked = output(text)
    assert not survives("8 rue Lavoisier 63000 Clermont-Ferrand", "address", masked), masked
    assert "Clermont-Ferrand" not in masked, masked


def test_the_client_of_an_invoice() -> None:
    text = "Devis n° 77-B – Client : Peyronnet, 9 rue des Tanneurs 12000 Rodez\nPose de gouttières 2 300 €"
    masked = output(text)
    assert "Peyronnet" not in masked, masked
    assert not survives("9 rue des Tanneurs 12000 Rodez", "address", masked), masked
    assert "Pose de gouttières" in masked, masked


def test_a_two_line_address_stays_one_address() -> None:
    masked = output("Mon adresse :\n12 rue des Lilas\n81000 Albi\nMerci.")
    assert "Lilas" not in masked and "Albi" not in masked, masked


def test_a_client_who_is_no_one_stays() -> None:
    assert "Particulier" in output("Facture n° 3 – Client : Particulier\nTaille de haies 180 €")


def test_a_town_line_after_a_name_in_a_sentence_stays_a_sentence() -> None:
    masked = output("J'ai écrit à Mme Ferrand hier.\nElle habite toujours Rodez.")
    assert "Ferrand" not in masked and "Elle habite toujours" in masked, masked


def test_a_name_before_its_postcode_stays_a_name() -> None:
    masked = output("Merci d'avance.\nGaëlle Rouvière, 07200 Aubenas")
    assert masked.splitlines()[1].startswith("[PERSONNE_"), masked
    assert "Aubenas" not in masked, masked
