"""Thirtieth pass, second shift, privacy (after the unseen batch p85: overseas departments and the Pacific): an
allocataire number glued to its word; the eight digits of French Polynesia and the six of New Caledonia after a
phone's label; a post-office box; a postcode, and the address before it, kept when the town after it is masked as a
birthplace or a name; a name signed before the writer's identifier. And what stays: sums, ages, years, a BP that is
a diploma. Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # an allocataire number glued to its word
        ("Bonjour, N°alloc6120584, je n'ai rien reçu ce mois.", ["6120584"]),
        ("mon dossier caf5093318 est bloqué", ["5093318"]),
        # Polynesia (8 digits) and New Caledonia or Wallis (6 digits) after a phone's label, "+689" left out
        ("Merci de me rappeler. Tél : 87 31 05 62", ["87 31 05 62"]),
        ("Téléphone 40 81 16 23 (fixe) ou le soir", ["40 81 16 23"]),
        ("Vous pouvez me joindre au portable 75.28.44", ["75.28.44"]),
        ("tel 461237 merci", ["461237"]),
        # a post-office box, with its place before the comma, then the postcode and town
        ("Adresse : BP 318, 98713 Papeete", ["BP 318", "98713"]),
        ("Mon adresse postale chez ma tante : BP 2291 Tiarei, 98719 Taravao", ["2291", "Tiarei", "98719"]),
        ("Écrire à Boîte postale 64, 98820 Wé", ["64", "98820"]),
        # the town is masked as the birthplace: the street and the postcode before it are no longer lost
        (
            "Née le 2 juin 1961 à Sainte-Suzanne, domiciliée chemin des Longanis, lieu-dit Bellevue, 97441 "
            "Sainte-Suzanne.",
            ["Longanis", "Bellevue", "97441"],
        ),
        ("Je suis né à Koné. J'habite Tribu de Néami, 98860 Koné depuis 2010.", ["Néami", "98860"]),
        # a village or a tribu, after where someone lives or before its postcode
        ("Nous vivons au village Kaw depuis toujours, loin de tout.", ["Kaw"]),
        ("Signé : Waheo Nemia\nTribu de Tendo, 98870 Hienghène", ["Tendo", "98870"]),
        # a Brazilian name: the given name before "da" and the surnames
        ("Bom dia, sou Edileuza da Silva Souza et je cherche du travail.", ["Edileuza", "Silva", "Souza"]),
        # a name the gazetteer lacks, signed before the writer's own identifier, the address and phone below it
        (
            "Bonjour,\n\nJe voudrais ouvrir une roulotte à Moorea et demander l'aide à la création. Je suis encore "
            "inscrit à l'agence de Lyon mais je vis à Afareaitu depuis mars.\n\nEst-ce possible si l'activité est en "
            "Polynésie ?\n\nRaiarii Tehaamatai — identifiant 3307125K\nAdresse : BP 90, 98728 Moorea\n"
            "+689 87 55 10 20",
            ["Raiarii", "Tehaamatai"],
        ),
    ],
)
def test_overseas_details_are_masked(text: str, gone: list[str]) -> None:
    masked = pseudonymise(text).text
    for value in gone:
        assert value not in masked, masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # sums, ages, years and counts after the same words stay
        ("La caf 1 450 € me manque.", ["1 450"]),
        ("Mon fixe 12 ans d'âge ne marche plus.", ["12 ans"]),
        ("Le mobile 2024 12 31 de la facture", ["2024"]),
        ("Mon portable est cassé, je n'ai que 40 euros.", ["40 euros"]),
        # a BP that is a diploma, not a box: no number after it
        ("J'ai un BP coiffure depuis 2015.", ["BP coiffure"]),
        # a French word before "das" stays: a shop's name, not a given name
        ("La Maison das Flores ouvre lundi, dit Pedro Alves.", ["Maison das Flores"]),
        # a holiday village or a charity's is no one's home
        ("Le Village Vacances de Sète ferme en octobre.", ["Village Vacances"]),
        # a birthplace named alone stays a birthplace, the sentence after it untouched
        ("Je suis né à Koné, 12 ans plus tard je suis parti.", ["12 ans plus tard"]),
    ],
)
def test_lookalikes_stay(text: str, kept: list[str]) -> None:
    masked = pseudonymise(text).text
    for value in kept:
        assert value in masked, masked
