"""Twenty-fourth pass, privacy: the label of a contact field that heads a signature line ("Tél. : 06…", "Tél 06…")
is no name; the name on the line above is still masked. Fresh sentences, none from the corpora."""

from tests.privacy.helpers import output


def test_an_accented_phone_label_with_a_full_stop_is_kept() -> None:
    masked = output("Je reste disponible pour un rendez-vous.\nBien à vous,\nNoémie Garrigue\nTél. : 06 48 21 93 70")
    assert "Tél" in masked and "Noémie" not in masked and "Garrigue" not in masked, masked


def test_an_accented_phone_label_without_a_colon_is_kept() -> None:
    masked = output("Merci pour votre retour rapide.\nCordialement\nYvon Kerléo\nTél 07 33 19 58 02")
    assert "Tél" in masked and "Kerléo" not in masked, masked


def test_a_first_name_before_a_phone_stays_masked() -> None:
    masked = output("Je rappellerai demain matin.\nMerci\nAdewale : 06 71 40 82 19")
    assert "Adewale" not in masked, masked
