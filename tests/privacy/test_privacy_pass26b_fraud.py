"""Twenty-sixth pass, second shift (p69, victims of scams and identity theft): the name a caller claimed ("elle disait
s'appeler LAURA"), a rank before a surname ("le lieutenant Dubreuil"), a card number with hidden digits, and what is
no person's (a car's make and model, a country of two words, the fraud platforms, a no-reply mailbox). Fresh
sentences, none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UN HOMME M'A TELEPHONE, IL DISAIT S'APPELER KEVIN ET VOULAIT MON CODE", "KEVIN"),
        (
            "UNE DAME M'A APPELE ELLE DISAIT S'APPELER SOPHIE \"VOTRE CONSEILLERE CPF\" ET JE LUI AI DONNE MON CODE",
            "SOPHIE",
        ),
        ("Une femme prétendant s'appeler Sandrine Lefort m'a demandé mon IBAN.", "Lefort"),
        ("Il s'est présenté comme Julien Ferrand, conseiller bancaire.", "Ferrand"),
    ],
)
def test_a_name_claimed_by_a_caller_is_masked(text: str, name: str) -> None:
    assert name not in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Un certain « capitaine Morvan » a appelé ma grand-mère.", "Morvan"),
        ("J'ai été reçue par le brigadier-chef Lacombe au commissariat.", "Lacombe"),
        ("Le lieutenant Garnier m'a dit de porter plainte.", "Garnier"),
    ],
)
def test_a_rank_before_a_surname_is_a_title(text: str, name: str) -> None:
    assert name not in pseudonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Le bureau de poste est place du Commandant Charcot, face à la gare.",
        "Le capitaine de gendarmerie m'a reçu.",
    ],
)
def test_a_street_named_after_a_rank_or_a_rank_alone_is_no_person(text: str) -> None:
    assert not any(key.startswith("[PERSONNE_") for key in pseudonymise(text).mapping)


@pytest.mark.parametrize(
    "card", ["5132 **** **** 0981", "XXXX XXXX XXXX 0981", "513212******0981", "5132-xxxx-xxxx-0981"]
)
def test_a_card_with_hidden_digits_is_masked(card: str) -> None:
    masked = pseudonymise(f"Ma carte {card} a été débitée trois fois.").text
    assert "0981" not in masked and "5132" not in masked, masked


def test_a_row_of_hidden_marks_alone_stays() -> None:
    assert pseudonymise("Le code **** **** **** **** a été effacé.").mapping == {}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Sur la photo du radar on voit une Dacia Sandero grise.", "Dacia Sandero"),
        ("Mes parents vivent au Sri Lanka depuis toujours.", "Sri Lanka"),
        ("J'ai fait la déclaration sur Perceval hier soir.", "Perceval"),
        ("Le mail portait le logo de la DGFiP.", "DGFiP"),
    ],
)
def test_what_no_one_bears_as_a_name_stays(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text


def test_a_no_reply_sender_stays_and_the_writer_address_is_masked() -> None:
    result = pseudonymise("From: Ameli <no-reply@ameli-rembourse.com>\nTo: sylvie.berthon56@orange.fr")
    assert "no-reply@ameli-rembourse.com" in result.text
    assert "sylvie.berthon56@orange.fr" not in result.text


def test_a_person_named_like_a_platform_after_a_title_stays_masked() -> None:
    assert "Perceval" not in pseudonymise("J'ai écrit à M. Perceval, mon voisin.").text
