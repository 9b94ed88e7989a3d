"""Twenty-first pass, privacy: a day and its month that date the writer's own case where the sentence speaks to
"vous" (the office's letter, mail or answer, dated: "votre courrier du 4 novembre", "par votre messagerie le 2
juin", "Objet : Votre arrêt du 14/02"), a pasted conversation's time stamp ("[14/11 09:26]"), "le 7 du mois de
mai". Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Bonjour,\nDans votre courrier du 4 novembre vous parlez d'un trop-perçu de 300 euros.", "4 novembre"),
        ("Bonjour,\nMerci pour votre réponse du 27 janvier. Les pièces sont parties hier.", "27 janvier"),
        ("Bonjour,\nL'attestation est partie par la poste le 9 mai et par votre messagerie le 2 juin.", "2 juin"),
        (
            "Bonjour,\nVoici le mail du service paie :\nObjet : Votre arrêt du 14/02\n"
            "Merci de nous renvoyer le volet 3.",
            "14/02",
        ),
    ],
)
def test_a_date_of_the_offices_letter_to_the_writer(text: str, date: str) -> None:
    masked = output(text)
    assert not survives(date, "date", masked), masked


def test_a_pasted_conversations_time_stamps() -> None:
    masked = output(
        "Bonjour, je recopie nos échanges :\n[14/11 09:26] Moi : le virement n'est pas arrivé\n"
        "[16/11 17:45] Le bailleur : il partira lundi"
    )
    assert not survives("14/11", "date", masked), masked
    assert not survives("16/11", "date", masked), masked


def test_a_day_of_the_month_named_after_du_mois_de() -> None:
    masked = output("Bonjour, je suis sorti de l'hôpital le 7 du mois de mai et je n'ai rien reçu depuis.")
    assert not survives("7 du mois de mai", "date", masked), masked


@pytest.mark.parametrize(
    "text",
    [
        "Votre courrier doit être envoyé avant le 31 mars.",
        "La réponse de la caisse est envoyée dans un délai de 2 mois.",
        "Le tarif réduit s'applique 1/2 journée par semaine.",
    ],
)
def test_a_fiches_sentence_keeps_its_dates(text: str) -> None:
    assert output(text) == text
