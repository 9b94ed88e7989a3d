"""Fortieth pass, privacy (issue 13, engineer-p125e): names in the furniture of a message.

A name in an attachment's file name that the message names nowhere else is masked, never an acronym, a document
word or a town capitalised as places are; the writer's signature above a quoted or forwarded message is read as a
signature, never a service's words. Fresh sentences, none from the corpora.
"""

import pytest

from guichet.privacy.pseudonymise import placeholder_type, pseudonymise_message


def _masked(text: str) -> dict[str, str]:
    """value → placeholder type, for the body of `text`."""
    _title, body = pseudonymise_message(title="", body=text)
    return {value: placeholder_type(key) for key, value in body.mapping.items()}


def _output(text: str) -> str:
    _title, body = pseudonymise_message(title="", body=text)
    return body.text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Bonjour, voici mon arrêt de travail (arret_maladie_GAUTHIER_S.jpg).\nMerci", ["GAUTHIER"]),
        ("Bonjour, ci-joint scan_passeport_rolland.pdf comme demandé.\nMerci", ["rolland"]),
        ("Pièces jointes : CNI_Maxime_Fournier_recto.jpg et RIB.pdf", ["Maxime", "Fournier"]),
        ("PJ : quittance-loyer-PERRIN.pdf\nBonne journée", ["PERRIN"]),
    ],
)
def test_name_in_attachment_file_name_is_masked(text: str, names: list[str]) -> None:
    output = _output(text)
    for name in names:
        assert name not in output
    assert ".jpg" in output or ".pdf" in output  # the file's kind stays for the reply


@pytest.mark.parametrize(
    "text",
    [
        "Ci-joint : jugement_JAF_2024.pdf, avis_CAF_mars.pdf et attestation_URSSAF.pdf",
        "Je joins Formulaire_Lyon.pdf et plan-Nice.png reçus de la mairie.",
        "Le formulaire est sur https://www.exemple.fr/docs/notice_Martin.pdf pour tous.",
        "Je vous envoie bulletin_salaire_octobre.pdf et releve-carriere.pdf",
    ],
)
def test_acronyms_document_words_and_places_in_file_names_stay(text: str) -> None:
    assert "PERSONNE" not in _masked(text).values()


@pytest.mark.parametrize(
    "text",
    [
        "Je vous confirme ma présence.\n\nGwendoline\n\nDe : Agence Emploi <agence@exemple.fr>\nObjet : Atelier\n\n"
        "Bonjour, un atelier est prévu jeudi.\nCordialement,\nMarc Vidal",
        "Merci pour votre retour.\n\nGwendoline\n\nLe 3 nov. 2026 à 10:00, Marc Vidal <m.vidal@exemple.fr> a écrit :\n"
        "> Bonjour, un atelier est prévu jeudi.\n> Cordialement,\n> Marc Vidal",
        "C'est noté.\nGwendoline\n-----Message d'origine-----\nDe : Marc Vidal\nEnvoyé : lundi\n\nCordialement",
    ],
)
def test_signature_above_a_quoted_message_is_masked(text: str) -> None:
    assert "Gwendoline" not in _output(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je vous confirme.\n\nLe bureau\n\nLe 3 nov. 2026 à 10:00, Marc Vidal <m.vidal@exemple.fr> a écrit :\n"
        "> Bonjour.",
        "Demande transmise.\n\nService Urbanisme\n\nDe : Accueil <accueil@exemple.fr>\nObjet : permis\n\nBonjour.",
    ],
)
def test_service_words_above_a_quoted_message_stay(text: str) -> None:
    output = _output(text)
    assert "Le bureau" in output or "Service Urbanisme" in output
