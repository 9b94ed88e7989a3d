"""Twenty-eighth pass, second shift, privacy (p77): a life's two dates joined by a dash are no phone number (the
first date's day was left visible), and a reference named by a label whose colon is past the keyword's reach.
Fresh sentences, none from the corpora."""

import re

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Ma tante Odile Ferrand (12/04/1941 - 07/02/2025) avait une assurance vie.", ("12/04/1941", "07/02/2025")),
        ("Mon père (né 03/11/1938 - décédé 21/01/2025) touchait l'ASPA.", ("03/11/1938", "21/01/2025")),
        ("Grand-mère Lucienne, 25/09/1932 - 14/12/2024, repose à Vannes.", ("25/09/1932", "14/12/2024")),
    ],
)
def test_pass28b_two_dates_of_a_life_leave_no_digit_visible(text: str, dates: tuple[str, ...]) -> None:
    out = pseudonymise(text)
    for date in dates:
        assert date not in out.text
        # no piece of a date stays beside the masks: "(12/[TELEPHONE_1])" left the day
        day = date.split("/")[0]
        assert not re.search(rf"(?<!\d){day}/", out.text)
    assert not any(placeholder.startswith("[TELEPHONE") for placeholder in out.mapping)


@pytest.mark.parametrize(
    "text",
    [
        "Vous pouvez me joindre au 06/41/27/83/90 le matin.",
        "Mon portable : 07 12 45 78 96, merci de rappeler.",
    ],
)
def test_pass28b_a_phone_with_slashes_is_still_masked(text: str) -> None:
    out = pseudonymise(text)
    assert any(placeholder.startswith("[TELEPHONE") for placeholder in out.mapping)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Référence indiquée sur le courrier : KT/2025/RB/61934. Je ne comprends pas.", "KT/2025/RB/61934"),
        ("Numéro figurant en haut de la lettre de relance : 2025 447 803 12", "2025 447 803 12"),
        ("Dossier ouvert au nom de ma mère défunte : SUC-2024-118273, toujours bloqué.", "SUC-2024-118273"),
    ],
)
def test_pass28b_a_reference_after_a_long_label_is_masked(text: str, value: str) -> None:
    assert value not in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Demande faite le mois dernier à la mairie : 3 semaines d'attente.", "3 semaines"),
        ("Référence du formulaire à remplir selon la CAF : cerfa 12345*02", "12345*02"),
        ("Numéro du service indiqué sur le site : 3646, il ne répond pas.", "3646"),
    ],
)
def test_pass28b_a_long_label_keeps_what_no_one_owns(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("Pouvez-vous me rappeler pour la succession ? merci. PL.D. (07 44 18 92 36)", "PL.D."),
        ("Je joins l'acte de décès.\nCordialement, B.V.", "B.V."),
        ("Le dossier de réversion est bloqué depuis mars.\nJC.M.", "JC.M."),
    ],
)
def test_pass28b_initials_signing_after_the_thanks_are_masked(text: str, initials: str) -> None:
    assert initials not in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Merci. P.S. : je joins le certificat de décès.", "P.S."),
        ("Merci d'avance. NB. le notaire a déjà écrit.", "NB."),
    ],
)
def test_pass28b_a_postscript_after_the_thanks_is_no_signature(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text
