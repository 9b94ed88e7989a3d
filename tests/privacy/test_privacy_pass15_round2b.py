"""Fifteenth pass, round 2, after the unseen batch p31 (what people paste from their phones): a number dictated in
words, a one-time code an office sends, an IBAN shown in part or its last digits, a Discord tag, a doctor's
prescription's date, a booking confirmed to the writer, the end of the writer's contract in an employer's mail, a
month shortened without its dot. Fresh sentences for this file, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "bonjour alors mon numéro de sécu c'est deux quatre-vingt-un zéro sept trente-trois cent douze "
            "zéro quarante-huit soixante-six point voilà",
            "deux quatre-vingt-un zéro sept trente-trois cent douze zéro quarante-huit soixante-six",
            "nir",
        ),
        ("Impots.gouv : votre code de vérification est 615209. Il expire dans 10 minutes.", "615209", "other_id"),
        ("« Bienvenue ! Pour activer l'espace, entrez le code suivant : 270418 »", "270418", "other_id"),
        ("Garage Morin : véhicule prêt. Code : 8KQ2. À bientôt", "8KQ2", "other_id"),
        ("Sur l'appli j'ai juste ça : FR76 **** **** **** **** ***4 903 et rien d'autre.", "FR76", "iban"),
        ("Le virement part du compte de mon père qui se termine par 7731, au Crédit Mutuel.", "7731", "iban"),
        ("sinon mon discord c'est lenaic#0932 si c'est plus simple", "lenaic#0932", "username"),
        (
            "Bonjour, la pharmacie refuse le tiers payant.\nOrdonnance du 17/01/2026 – Dr Anne Lefort\nMerci",
            "17/01/2026",
            "date",
        ),
        (
            "Copie du SMS : « Votre rendez-vous est confirmé avec Mme Perrot, ostéopathe, le jeudi 5 février 2026 "
            "à 14:30. » Je ne peux plus y aller.",
            "5 février 2026",
            "date",
        ),
        (
            "Voici le mail des RH :\nBonjour Medhi,\nVous trouverez ci-joint votre certificat de travail suite à la "
            "fin de votre mission le 28/02/2026.\nCordialement",
            "28/02/2026",
            "date",
        ),
        ("svp un extrait d acte pr mon fils né le 9 fev 2021 a lyon", "9 fev 2021", "birth_date"),
    ],
)
def test_personal_value_is_masked(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le code de la sécurité sociale prévoit un délai de deux mois.", "code de la sécurité sociale"),
        ("Faut-il indiquer le code postal : 69003 ou celui de la mairie ?", "69003"),
        ("L'ordonnance du 12 mars 2020 relative aux délais a-t-elle été prolongée ?", "12 mars 2020"),
        ("Le cerfa demande le montant : deux cent cinquante euros, c'est bien ça ?", "deux cent cinquante euros"),
    ],
)
def test_public_words_and_numbers_stay(text: str, kept: str) -> None:
    assert kept in output(text), output(text)
