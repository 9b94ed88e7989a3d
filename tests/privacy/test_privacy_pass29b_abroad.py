"""Twenty-ninth pass, second shift, privacy (p83e, after the hidden batch p81: French people living abroad or coming
back): an address abroad keeps its postcode and town masked after the street, whatever the country's way of writing
them (a floor written "3.º Dto.", a US street with its direction "W. Maple Ave" and its state, a Thai "Moo" and its
"Soi", an Irish Eircode); a North-American number written without its "+" ("1 (514) 555-0142", "(418) 555-0199");
children's first names listed with their class ("Camille en CM2 et Paul en CE1"). And what stays: ordinary words, a
town of France named alone (kept visible by decision), class names, amounts, a fiche's sentences. Fresh sentences,
none from the corpora."""

import re

import pytest

from guichet.privacy.pseudonymise import pseudonymise


def _digits_left(text: str) -> list[str]:
    return re.findall(r"\d{3,}", text)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # Portugal and Spain: a floor written with a dot before the ordinal sign, then the postcode and town
        ("Adresse : Rua Cândido dos Reis 88, 3.º Dto., 4050-151 Porto, Portugal", ["4050-151", "Porto", "Dto"]),
        ("Morada: Travessa do Carmo 7, 1.º Esq., 1200-095 Lisboa", ["1200-095", "Lisboa"]),
        ("Adresse : Calle Mayor 12, 2.º A, 29601 Marbella, Espagne", ["29601", "Marbella"]),
        # Germany and the UK: the postcode before or after the town
        ("Nous habitons Hauptstraße 27, 80331 München.", ["Hauptstraße", "80331", "München"]),
        ("Adresse : Flat 2, 37 Gloucester Road, London SW7 4PL", ["Gloucester", "SW7 4PL"]),
        # Canada: the street first, the province and its postcode
        ("Adresse : 88 Queen Street West, Toronto ON M5H 2N2, Canada", ["Queen Street", "M5H 2N2"]),
        # the United States: a direction before the street's name, the state and its ZIP code after the town
        ("Adresse : 4410 N. Sheridan Rd, Chicago, IL 60640, USA", ["4410", "Sheridan", "60640"]),
        ("Mon adresse là-bas : 1520 E. Pine St, Seattle, WA 98122", ["1520", "Pine", "98122"]),
        ("Adresse : 318 W. Maple Ave, Apt 4B, Columbus, OH 43215, USA", ["318", "Maple", "43215"]),
        # Morocco and Senegal
        ("Adresse : Avenue Hassan II, n° 54, 90000 Tanger, Maroc", ["Hassan II", "90000"]),
        ("Adresse : Sicap Liberté 2, villa 1187, Dakar, Sénégal", ["Sicap", "1187"]),
        # Vietnam: the number, the street, the ward and the district
        ("Adresse : 12 Lý Thường Kiệt, phường Tràng Tiền, quận Hoàn Kiếm, Hà Nội", ["Lý Thường Kiệt", "Tràng Tiền"]),
        # Thailand: a house in a "Moo" (village) of a "Soi" (lane), the district, the province and its postcode
        (
            "adresse 77/3 Moo 8, Soi Wat Yai, Nong Kae, Hua Hin, Prachuap Khiri Khan 77110",
            ["77/3", "Wat Yai", "Nong Kae", "77110"],
        ),
        ("Je vis au 19/2 Moo 4, Soi Nern Plub Wan, Pattaya 20150, Thaïlande.", ["19/2", "Nern Plub", "20150"]),
        # Ireland: a Dublin district and its Eircode after the street
        ("Address: Flat 3, 14 Kimmage Road Lower, Dublin 6W D6W Y2T8", ["Kimmage", "D6W Y2T8"]),
        ("Adresse : 5 Mountpleasant Avenue, Dublin 6, D06 R9F4, Irlande", ["Mountpleasant", "D06 R9F4"]),
    ],
)
def test_pass29b_an_address_abroad_is_masked_with_its_postcode_and_town(text: str, gone: list[str]) -> None:
    out = pseudonymise(text).text
    for piece in gone:
        assert piece not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Vous pouvez m'appeler au 1 (514) 555-0142 après 15 h, heure de France.",
        "Joignable au (418) 555-0199 ou sur WhatsApp.",
        "Mon cellulaire : 1-438-555-0177",
        "Cell : (647) 555 0123",
        "Tél. : +44 20 7946 0958",
        "Portable : +212 6 61 23 45 67",
        "Tél : +221 77 123 45 67",
        "Téléphone : +84 90 123 45 67",
        "Tél : +49 (0)30 1234567",
    ],
)
def test_pass29b_an_international_phone_is_masked(text: str) -> None:
    out = pseudonymise(text)
    assert any(placeholder.startswith("[TELEPHONE") for placeholder in out.mapping), out.text
    assert not re.search(r"\d{3}[ \-]?\d{4}", out.text), out.text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nous voulons inscrire nos enfants à l'école du village : Camille en CM2 et Paul en CE1.",
            ["Camille", "Paul"],
        ),
        ("Inscription de nos enfants au collège de secteur : Louise en 5e et Victor en 3e.", ["Louise", "Victor"]),
        ("Il faudra inscrire les enfants à la rentrée : Margaux en CM1 et Paul en CE2.", ["Margaux", "Paul"]),
        ("Nos deux enfants : Emma en CP et Raphaël en moyenne section.", ["Emma", "Raphaël"]),
        ("Nous avons inscrit nos filles au lycée français : Clara en seconde et Lucie en 4e.", ["Clara", "Lucie"]),
        ("Nous avons trois enfants à scolariser : Adèle, 9 ans, Martin, 6 ans et Rose, 3 ans.", ["Adèle", "Martin"]),
        ("Mes enfants : Lucas (8 ans) et Chloé (5 ans).", ["Lucas", "Chloé"]),
        ("Nos enfants : Jules au collège et Alice à l'école Jacques Prévert.", ["Jules", "Alice"]),
    ],
)
def test_pass29b_children_listed_with_a_class_or_an_age_are_masked(text: str, names: list[str]) -> None:
    out = pseudonymise(text).text
    for name in names:
        assert name not in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Je vis à Lyon depuis 2019 et je rentre à Bordeaux en juin.", ["Lyon", "Bordeaux"]),
        ("Nous rentrons en France en août : Marseille ou Toulouse, selon le travail.", ["Marseille", "Toulouse"]),
        ("Mon fils est en CE2 et ma fille en CP.", ["CE2", "CP"]),
        ("Le montant est de 1 250 € par mois, versé le 5.", ["1 250 €"]),
        ("Pour inscrire votre enfant en CP, adressez-vous à la mairie de votre commune.", ["CP", "mairie"]),
        ("Passage en 6e : le dossier est transmis au collège de secteur.", ["Passage", "6e"]),
        ("Entrée en CP : l'enfant doit avoir 6 ans dans l'année civile.", ["Entrée", "CP"]),
        ("Le délai de réponse est de 2 mois à compter de la réception du dossier.", ["2 mois"]),
        (
            "Si vous résidez à l'étranger, votre certificat de vie doit être renvoyé chaque année à votre caisse.",
            ["certificat de vie", "étranger"],
        ),
        ("Le numéro d'appel depuis l'étranger est le +33 9 69 39 39 39 (prix d'un appel local).", ["appel local"]),
        ("Les frais de scolarité du lycée français s'élèvent à 5 400 € par an.", ["5 400 €"]),
    ],
)
def test_pass29b_ordinary_words_towns_classes_and_amounts_stay(text: str, kept: list[str]) -> None:
    out = pseudonymise(text)
    for piece in kept:
        assert piece in out.text, out.text
    assert not any(placeholder.startswith("[PERSONNE") for placeholder in out.mapping), out.text


def test_pass29b_the_class_after_a_child_is_no_name() -> None:
    out = pseudonymise("Nos deux enfants : Emma en CP et Raphaël en moyenne section.")
    assert "Emma" not in out.text and "Raphaël" not in out.text, out.text
    assert "en CP et" in out.text and "moyenne section" in out.text, out.text
    assert "CP" not in out.mapping.values()


def test_pass29b_a_us_address_leaves_no_number() -> None:
    out = pseudonymise("Adresse : 2290 S. Downing St, Denver, CO 80210, USA\nMerci").text
    assert _digits_left(out) == [], out
