"""Sixteenth pass: an identifier after an organisation's name that ends in "loi" (Pajemploi), the numbers of a list a
found identifier opens (cards, a second employee number), six-digit one-time codes after "code", a first name that
is also a surname starting a sentence, a pseudonym a few words after the forum's word or after WeChat. Fresh
sentences for this file, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        ("Je garde deux enfants, mon n° Pajemploi 73019284 a changé en janvier.", "73019284", "other_id"),
        ("Voici le numéro d'employeur Pajemploi 58120473 de la famille où je travaille.", "58120473", "other_id"),
        (
            "Ma mère avait deux cartes : n° CMI-P 2022-0718345 et CMI-S 2022-0718346, toutes deux volées.",
            "CMI-S 2022-0718346",
            "id_number",
        ),
        (
            "L'attestation porte le n° salarié 31 88 42 07 et aussi un ancien 28810946, je ne sais pas lequel garder.",
            "28810946",
            "other_id",
        ),
        (
            "Mutuelle : adhérent n° 7720081943, puis la carte de tiers payant 55-904217 pour la pharmacie.",
            "55-904217",
            "other_id",
        ),
        ("Ils m'ont envoyé un code par texto 508417 pour valider, je ne l'ai pas demandé.", "508417", "other_id"),
        ("Le message dit : votre code de connexion est 612 938, ne le donnez à personne.", "612 938", "other_id"),
        ("Sékou a perdu son emploi en mars, nous vivons à deux sur mon salaire.", "Sékou", "first_name"),
        ("je suis dessus chaque jour, mon pseudo sur le groupe d'entraide c'est nanou_59 !", "nanou_59", "username"),
        ("Pas de téléphone ici, joignez-moi sur WeChat : zhao_mei88 le soir.", "zhao_mei88", "username"),
    ],
)
def test_personal_value_is_masked(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("La loi n° 2023-1196 du 18 décembre 2023 a-t-elle changé le contrat d'engagement ?", "2023-1196"),
        ("Mon dossier n° 20431877 et 2 400 euros de dettes, c'est possible ?", "2 400 euros"),
        ("Le code postal 44300 est-il le bon pour la mairie annexe ?", "44300"),
        ("Selon le code du travail, article L1225-4, puis-je être licenciée ?", "L1225-4"),
        ("Vienne a un bureau de la CPAM ? Je cherche l'adresse.", "Vienne"),
    ],
)
def test_public_words_and_numbers_stay(text: str, kept: str) -> None:
    assert kept in output(text), output(text)
