"""Triage, nineteenth pass of issue 12: the office asked to vouch for the writer to a private party (confirm to a
platform or a payment service that a permit is valid, call a banker to say the writer is solvable, stand guarantor,
certify a car to its buyer) is out of scope, even where the office's own words are in the message; the same verbs
said for a relative, or an office's own document asked for the writer, stay in scope.

Every message here was written for these tests (none is in a corpus)."""

import pytest

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import VOUCH, triage, vouches_to_private_party

VOUCHING = [
    (
        "Préfecture",
        "Mon compte sur l'application de covoiturage est suspendu tant qu'ils n'ont pas vérifié mon récépissé. "
        "La préfecture peut leur envoyer une confirmation que je suis en règle ?",
    ),
    (
        "URSSAF",
        "Ma cagnotte en ligne est bloquée avec 1 200 € de ventes de bijoux. Vous pouvez leur confirmer que mon "
        "activité est bien déclarée chez vous ?",
    ),
    (
        "Impôts",
        "Mon agence bancaire hésite pour le crédit auto. Pourriez-vous appeler ma conseillère pour lui confirmer "
        "que mes revenus sont réguliers ?",
    ),
    (
        "France Travail",
        "Le propriétaire du studio réclame un garant. Est-ce que France Travail peut se porter garant de mon loyer ?",
    ),
    (
        "ANTS",
        "J'achète une moto à un particulier, il veut que l'ANTS lui garantisse par écrit qu'elle n'est pas volée. "
        "Comment faire ?",
    ),
]


@pytest.mark.parametrize(("office", "body"), VOUCHING)
def test_vouching_to_a_private_party_is_out_of_scope(office, body):
    assert vouches_to_private_party("", body)
    result = triage(title="", body=body, administration=office, use_model=False)
    assert TriageLabel.OUT_OF_SCOPE in result.labels
    assert result.competent is not None and result.competent["topic"] == VOUCH["topic"]


@pytest.mark.parametrize(
    ("office", "body"),
    [
        # The same verbs for a relative: the office's own information, sent to someone the writer helps.
        (
            "Assurance retraite",
            "Ma mère a 91 ans et ne lit plus ses courriers. Pouvez-vous lui confirmer par téléphone que sa pension "
            "de réversion est bien versée ?",
        ),
        # The office's own documents, asked for the writer.
        ("CAF", "Pouvez-vous m'envoyer une attestation de paiement de l'APL pour mon dossier de location ?"),
        ("URSSAF", "Pouvez-vous me confirmer que ma déclaration du trimestre est bien enregistrée ?"),
        # A parent as guarantor, asked about, not the office.
        ("CAF", "La banque veut que mon père se porte garant pour mon prêt étudiant. Est-ce que ça change mes APL ?"),
    ],
)
def test_the_same_words_for_a_relative_or_the_writer_stay_in_scope(office, body):
    assert not vouches_to_private_party("", body)
    result = triage(title="", body=body, administration=office, use_model=False)
    assert TriageLabel.OUT_OF_SCOPE not in result.labels


def test_distress_keeps_the_writer_where_they_wrote():
    body = (
        "Je dors dans ma voiture depuis trois semaines et je n'ai plus rien à manger. Le foyer demande que la mairie "
        "se porte garante pour me loger, vous pouvez leur confirmer que je suis sans domicile ?"
    )
    result = triage(title="", body=body, administration="Mairie", use_model=False)
    assert TriageLabel.DISTRESS in result.labels
    assert result.competent is None or result.competent["topic"] != VOUCH["topic"]
