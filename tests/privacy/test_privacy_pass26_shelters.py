"""Twenty-sixth pass, privacy (p70e): a hostel or a shelter named by its own name is where a person lives, in any
sentence: a CHRS, a CADA, a HUDA, a résidence sociale, a foyer de jeunes travailleurs, a foyer d'hébergement or
d'accueil, a maison relais, a pension de famille, a centre maternel, an hôtel social, an emergency shelter, a
communauté Emmaüs, an ESAT; a foyer with a name of its own even in a list or in brackets. The kind with no name, a
"foyer fiscal", a "mère au foyer", a centre or a residence one only goes to stay. Fresh sentences, none from the
corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le dossier concerne trois familles du CHRS Rosa-Parks.", "CHRS Rosa-Parks"),
        ("Il est au CADA Les Mimosas depuis janvier.", "CADA Les Mimosas"),
        ("Adresse actuelle : résidence sociale Aimé-Césaire, chambre 8.", "résidence sociale Aimé-Césaire"),
        ("Elle est au foyer de jeunes travailleurs Le Tremplin de Niort.", "foyer de jeunes travailleurs Le Tremplin"),
        ("Orientation vers la maison relais Les Bruyères.", "maison relais Les Bruyères"),
        ("Ils sont passés par la pension de famille Abbé-Lemire.", "pension de famille Abbé-Lemire"),
        ("La jeune maman est au centre maternel Les Hirondelles.", "centre maternel Les Hirondelles"),
        ("Place obtenue à l'hôtel social Le Tremplin pour la famille.", "hôtel social Le Tremplin"),
        ("Courrier à adresser au HUDA de Chalon.", "HUDA de Chalon"),
        ("Il travaille à l'ESAT Les Ateliers du Marais.", "ESAT Les Ateliers du Marais"),
        ("2) MARTIN Gisèle – 2 pers. (foyer Les Glycines)", "foyer Les Glycines"),
        ("Le courrier du foyer Saint-Benoît est arrivé.", "foyer Saint-Benoît"),
    ],
)
def test_a_named_shelter_is_masked_in_any_sentence(text: str, name: str) -> None:
    masked = pseudonymise(text).text
    assert name.split()[-1] not in masked, masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le CHRS nous a orientés vers vous.", "Le CHRS"),
        ("Une place en résidence sociale serait possible.", "résidence sociale"),
        ("Le foyer fiscal compte trois parts.", "foyer fiscal"),
        ("Je suis mère au foyer Merci pour votre aide.", "mère au foyer"),
        ("J'ai rendez-vous au centre Les Halles pour les photos.", "centre Les Halles"),
        ("La résidence Les Tilleuls organise une réunion.", "résidence Les Tilleuls"),
    ],
)
def test_a_shelter_without_its_name_or_a_place_to_go_stays(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text
