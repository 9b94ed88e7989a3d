"""Twenty-sixth pass, privacy (p68): a hurried writer's words are no names: a French word after an elided article
typed without its apostrophe ("lhuissier", "lhopital", "larret") and the words a chat adds ("hein"). A lower-case
name stays masked, "lamour" (a name as "amour" is) included; a list's line "Prénom Nom — 48 ans" is a person even
when the surname is also a word. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("lhuissier est venu ce matin pour la saisie", "lhuissier"),
        ("jai du aller a lhopital pour mon dos", "lhopital"),
        ("jai appelé lassurance pour le dossier", "lassurance"),
        ("faut pas le dire a personne hein ?", "hein"),
    ],
)
def test_a_hurried_word_stays(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("jai vu ousmane diallo au foyer hier", "ousmane"),
        ("Liste : Jérémie Hue — 34 ans — sans emploi", "Hue"),
        ("Mickaël Blanc, 48 ans, cherche un logement.", "Blanc"),
    ],
)
def test_a_name_stays_masked(text: str, word: str) -> None:
    masked = pseudonymise(text).text
    assert word not in masked, masked
