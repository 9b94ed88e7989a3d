"""Thirtieth pass, privacy (p86e, after the unseen batch p84 and the engineer's own p86e): a house numbered inside a
lotissement, a résidence or a cité, written after the name in a signature ("lotissement les Peupliers n°7"); streets
of Ireland, Britain and Australia whose type the rules did not know ("Parade", "Quay", "Walk"); a Catalan floor and
door ("2n 1a"); a British postcode alone between the town and the country; an address of more than five parts. And
what stays: a public estate, a parade, a fiche's sentences, ages after an address. Fresh sentences, none from the
corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a house's number inside an estate, after the writer's name, in lower case as signatures write it
        (
            "Merci d'avance. karima ben salah, lotissement les Acacias n°12, 82000 Montauban",
            ["Acacias", "82000"],
        ),
        ("Cordialement, Paul Morel, résidence Le Belvédère n° 4 bis, 64100 Bayonne", ["Belvédère", "64100"]),
        ("Bien à vous\nJoëlle Pineau\nCité des Roses no. 31\n13015 Marseille", ["Roses", "13015"]),
        # streets of Ireland, Britain and Australia: the town, the Eircode or the postcode follow
        ("J'habitais au 8 South Mall Parade, Cork T12 R2X9, Irlande.", ["South Mall", "T12 R2X9"]),
        ("Nous vivions 41 Marine Parade, Brighton BN2 1TL.", ["Marine", "BN2 1TL"]),
        ("Mon ancien bureau : 2 Sir John Rogerson's Quay, Dublin 2.", ["Rogerson", "2 Sir"]),
        ("On logeait 17 Riverside Walk, Perth WA 6000.", ["Riverside", "6000"]),
        # Catalonia: the floor's ordinal and the door's number between the street and the postcode
        ("Vivim al Carrer de Sants 118, 3r 2a, 08014 Barcelona.", ["Sants", "3r 2a", "08014"]),
        ("Adresse : Carrer del Bruc 62, 1r 1a, 08009 Barcelona", ["Bruc", "1r 1a", "08009"]),
        # a British postcode alone after the town, the sixth part after the street
        ("Il vit au 4 Ladbroke Gardens, Flat 2, Notting Hill, Kensington, London, W11 2PT", ["Ladbroke", "W11 2PT"]),
        # seven parts after the first one (already masked whole: the parts' spans join)
        (
            "J'habite Résidence Les Platanes, Bâtiment F, Escalier 1, 3e étage, Appartement 52, porte 2, 9 allée "
            "Matisse, 59650 Villeneuve-d'Ascq.",
            ["Platanes", "Matisse", "59650"],
        ),
    ],
)
def test_address_is_masked(text: str, gone: list[str]) -> None:
    masked = pseudonymise(text).text
    for piece in gone:
        assert piece not in masked, masked


@pytest.mark.parametrize(
    "text",
    [
        "Le domaine de Chantilly n° 1 des visites scolaires est fermé.",
        "La fiche n° 12 parle de la résidence alternée des enfants.",
        "Le 14 juillet, la Parade militaire passe sur les Champs-Élysées.",
        "Pour vivre à Londres, faut-il une assurance ?",
    ],
)
def test_ordinary_text_stays(text: str) -> None:
    assert pseudonymise(text).text == text


def test_ages_after_an_address_stay_out_of_it() -> None:
    masked = pseudonymise("J'habite 5 rue Pasteur, 2e étage, 35000 Rennes. J'ai 2 enfants, 3 ans et 5 ans.").text
    assert "3 ans et 5 ans" in masked
    assert "Pasteur" not in masked


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        # a French word of a firm's name found as a person's is not masked again elsewhere; the owner's name is
        (
            "bonjour, pour la taille des vignes je prends 3 saisonniers.\nMerci\n"
            "GAEC des Vignes du Causse, Marc Delpech",
            ["taille des vignes"],
            ["Delpech", "Vignes du Causse"],
        ),
        (
            "je vends mes fromages au marché, quelle TVA ?\nEARL des Fromages de la Vallée, Paul Besson",
            ["vends mes fromages"],
            ["Besson", "Fromages de la"],
        ),
        (
            "bonjour, c'est pour la récolte des cerises, j'embauche 5 saisonniers.\nMerci\nEARL des Cerises du Tarn, "
            "Odile Vasseur",
            ["récolte des cerises"],
            ["Vasseur", "Cerises du Tarn"],
        ),
    ],
)
def test_a_firms_words_stay_elsewhere(text: str, kept: list[str], gone: list[str]) -> None:
    masked = pseudonymise(text).text
    for piece in kept:
        assert piece in masked, masked
    for piece in gone:
        assert piece not in masked, masked
