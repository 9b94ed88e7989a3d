"""Twenty-fourth pass, privacy: in a pasted mail header, a sender written surname first ("De : Marchand Pierre
<…>"), both words names the gazetteer knows and common words, is masked whole. Fresh sentences, none from the
corpora."""

from tests.privacy.helpers import output


def test_a_sender_written_surname_first() -> None:
    masked = output(
        "----- Message transféré -----\nDe : Marchand Pierre <pierrot.m@orange.fr>\n"
        "À : moi\n\nTu peux leur transmettre ma demande de logement ?"
    )
    assert "Pierre" not in masked and "Marchand" not in masked, masked


def test_an_office_sender_stays() -> None:
    masked = output("De : Service Logement <logement@ville.fr>\nObjet : votre dossier\n\nVotre dossier est complet.")
    assert "Service Logement" in masked, masked
