"""Issue 13, sixth pass: numbers read from their digits whatever the spelling (spaces, dots, dashes, slashes, an
ellipsis, a line break, the letter O, words), a day and month alone, addresses abroad in any case or script, first
names that are also words, names spelt out, in quotes, in possessives and in a form's lists. The examples are
written for this file (none comes from corpora/privacy/).
"""

import pytest

from guichet.privacy.evaluation import survives
from guichet.privacy.recognizers.numbers import _spoken_digits, digit_runs
from tests.privacy.helpers import output

CASES = [
    # numbers: a NIR over two lines, with an O for a zero, after an ellipsis; a tax number one digit at a time
    ("Mon numéro de sécurité sociale :\n2 71 06 44 109\n318 27\nmerci", [("2 71 06 44 109\n318 27", "nir")]),
    ("NIR 1 83 O2 13 201 O44 61, je suis à la retraite.", [("1 83 O2 13 201 O44 61", "nir")]),
    ("Numéro fiscal :\n1 9 8 7 6 5 4 3 2 1 0 9 8\nJe conteste.", [("1 9 8 7 6 5 4 3 2 1 0 9 8", "tax_number")]),
    ("Mon numéro fiscal 02 46 813 579 246 est sur l'avis.", [("02 46 813 579 246", "tax_number")]),
    # a file number in slashes, an allocataire number after "N° :" and in dashes, any grouping
    ("Mon dossier MDPH porte le n° 031 / 2026 / 77 104, sans réponse.", [("031 / 2026 / 77 104", "reference")]),
    ("Dossier de la commission 13/2025/008 812 bloqué.", [("13/2025/008 812", "reference")]),
    ("Mme Lila Ferrand. N° : 6 318 204. Je demande l'APL.", [("6 318 204", "caf_number")]),
    ("allocataire 4-0-7-1-2-3-9, merci de me rappeler", [("4-0-7-1-2-3-9", "caf_number")]),
    # an IBAN whose last group went to the next line
    ("Mon RIB :\nFR76 1820 6004 1765 0000 0123\n412\nMerci.", [("FR76 1820 6004 1765 0000 0123\n412", "iban")]),
    # phones: said in words, international with brackets
    (
        "Rappelez-moi au zéro sept, quarante-quatre, quatre-vingt-dix-neuf, soixante et onze, douze svp.",
        [("zéro sept, quarante-quatre, quatre-vingt-dix-neuf, soixante et onze, douze", "phone")],
    ),
    ("Mon fils au Québec : +1 (418) 555-0147.", [("+1 (418) 555-0147", "phone")]),
    # a day and a month alone after a weekday, the first of a month written "1er/03"
    ("J'ai perdu ma carte vendredi 24/10 au marché.", [("24/10", "date")]),
    ("je suis au chômage depuis le 1er/03, que faire ?", [("1er/03", "date")]),
    # addresses abroad: a street in lower case, a place written in Cyrillic, a place after "j'habitais"
    (
        "Mon père vit à travessa do Carmo 9, 1200-095 Lisboa, Portugal, depuis 2010.",
        [("travessa do Carmo 9, 1200-095 Lisboa, Portugal", "address")],
    ),
    (
        "Avant la guerre, j'habitais à вул. Шевченка, 14, кв. 3, Харків.",
        [("вул. Шевченка, 14, кв. 3, Харків", "address")],
    ),
    (
        "J'habitais Cité Keur Gorgui 12, lot 45, Dakar, Sénégal avant de venir.",
        [("Cité Keur Gorgui 12, lot 45, Dakar, Sénégal", "address")],
    ),
    # first names that are words, in lower case after a flatmate or a guardian, with a surname that is a word
    ("ma coloc prune dit que je peux faire la demande", [("prune", "first_name")]),
    ("mon colocataire s'appelle hugo et il paie la moitié", [("hugo", "first_name")]),
    ("je suis sa curatrice, clémence. merci", [("clémence", "first_name")]),
    ("moi c'est inès boucher. je suis étudiante", [("inès boucher", "name")]),
    # a name in quotes after "sous le nom de", spelt out, in a possessive list, in a form's list with years
    ("Je publie sous le nom de « Lina Montpellier » depuis 2020.", [("Lina Montpellier", "name")]),
    ("Notre nom s'écrit K-O-N-A-T-E, avec un accent.", [("K-O-N-A-T-E", "surname")]),
    (
        "Je suis le papa de Nolan et de Maëlle, séparé depuis un an.",
        [("Nolan", "child_name"), ("Maëlle", "child_name")],
    ),
    # a capitalised particle before a name in capitals; "fils de X et de Y"; O typed for 0 in a phone; "le 02-12"
    ("NOM : DOS SANTOS RIBEIRO\nPRÉNOM : Tiago", [("DOS SANTOS RIBEIRO", "name"), ("Tiago", "first_name")]),
    ("Je suis la fille de Paul Verger et de Claire Rose.", [("Paul Verger", "name"), ("Claire Rose", "name")]),
    ("appelez moi au O7 61 52 43 34", [("O7 61 52 43 34", "phone")]),
    ("mon rendez-vous est le 09-12 à la mairie", [("09-12", "date")]),
    # a lower-case first name that is a word alone on the signature line; spelt with dots; a phone digit by digit
    ("Bonjour, je voudrais l'adresse du centre.\nmerci\nmarguerite", [("marguerite", "first_name")]),
    ("Le nom de famille s'écrit T.R.A.O.R.E.", [("T.R.A.O.R.E", "surname")]),
    ("Tél. : 0 7 5 5 4 3 2 1 0 9", [("0 7 5 5 4 3 2 1 0 9", "phone")]),
    ("Numéro fiscal 1 23 456 789 012 3 (sur l'avis).", [("1 23 456 789 012 3", "tax_number")]),
    # a first name that is a word, capitalised inside a sentence with a place or word after it; a name in apposition
    ("Hier j'ai vu Marine Toulon à la permanence.", [("Marine Toulon", "name")]),
    ("je suis hébergée par Prune, ma cousine, depuis juin", [("Prune", "first_name")]),
    ("je suis sans logement depuis le 4/7, merci", [("4/7", "date")]),
    ("Enfants : Romy (2018), Elio (2020), Anouk (2023)", [("Romy", "child_name"), ("Elio", "child_name")]),
]


@pytest.mark.parametrize(("text", "planted"), CASES)
def test_planted_strings_are_removed(text, planted):
    result = output(text)
    for value, category in planted:
        assert survives(value, category, result) == "", (value, result)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # amounts, legal numbers, a date in slashes, a share: no identifier
        ("Le dossier n° 1 200 000 € de subvention est voté.", "1 200 000"),
        ("Le cerfa n° 15776*02 et l'article L. 262-2 s'appliquent.", "15776"),
        ("Mon dossier du 12/03/2025 est en attente.", "dossier du"),
        ("je paie 1/4 du loyer", "1/4"),
        ("pour les enfants de 10-12 ans", "10-12"),
        ("je travaille le 3/4 du temps", "3/4"),
        ("mon fils est au lycée Victor Hugo.", "lycée"),
        ("J'ai écrit à France Travail et à la Marine Nationale.", "France Travail"),
        ("je cherche une fille de ménage", "fille de ménage"),
        # a rule's "c'est le cas", spelt acronyms, numbers in words that are no phone
        ("Si c'est le cas, vous pouvez demander l'aide.", "le cas"),
        ("Je suis allée à la S N C F et à la C A F hier.", "S N C F"),
        ("Merci à la S.N.C.F. et au C.C.A.S.", "S.N.C.F."),
        ("Je vous remercie.\nmerci\nbonne journée", "bonne journée"),
        ("Il a deux trois quatre ans de retard, pas plus.", "deux trois quatre"),
    ],
)
def test_what_stays(text: str, kept: str) -> None:
    assert kept in output(text)


def test_digit_runs_read_separators_line_breaks_and_the_letter_o() -> None:
    runs = ["".join(group.digits for group in run) for run in digit_runs("n° 2 O5 11\n75 / 056 ... 078 12 et 4")]
    assert runs == ["205117505607812", "4"]


def test_spoken_digits_are_read_two_by_two() -> None:
    words = "zéro six douze trente quatre cinquante six soixante dix huit".split()
    assert _spoken_digits(words) == "0612345678"
    assert _spoken_digits(["quatre", "vingt", "dix", "neuf", "soixante", "et", "onze"]) == "9971"
