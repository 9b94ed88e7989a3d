"""Eleventh pass of issue 13: the kinds that batch p19e found still visible, by kind. The examples are written for
this file; none is in the corpus."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        # a first name that is also a common word, between a conjunction and a verb: the verb's subject
        ("Je voulais savoir si Rose pourra manger à la cantine jeudi.", "Rose", "child_name"),
        ("Est-ce que Blanche doit refaire sa carte ?", "Blanche", "child_name"),
        ("Je ne comprends pas si Grâce peut garder la bourse.", "Grâce", "first_name"),
        # a first name that is also a common word or a public name, inside a sentence, beside "et moi" or before
        # ", mon frère."
        ("Depuis le divorce, Prudence et moi vivons chez ma mère.", "Prudence", "first_name"),
        ("Le notaire a écrit à Martin, mon frère.", "Martin", "first_name"),
        ("J'ai laissé les clés à Marine, ma voisine.", "Marine", "first_name"),
        # a first name starting a sentence, then a comma and what describes or addresses the person
        ("Maëlys, dite Mimi, refuse d'aller à l'école.", "Maëlys", "child_name"),
        ("Dorian, mon cadet, vient d'avoir 16 ans.", "Dorian", "child_name"),
        # a lower-case first name as the message's last words, after its last sentence
        ("je ne sais plus quoi faire avec ce dossier. rose", "rose", "first_name"),
        ("vous pouvez me rappeler le matin. claire", "claire", "first_name"),
        # an Arabic patronymic particle before a name, in lower case (the old code masked the name, not "ould")
        ("je passe pour mon collègue ould sidi mokhtar", "ould sidi mokhtar", "name"),
        # a French passport number copied in groups
        ("Mon passeport (numéro 18 CD 902 44) a expiré.", "18 CD 902 44", "passport"),
        ("Passeport de ma fille : 07 KL 553 10", "07 KL 553 10", "passport"),
        # a number plate in lower case after a word of plates, or cut by a line break
        ("ma voiture c'est la fg 456 hj, elle a été enlevée", "fg 456 hj", "plate"),
        ("Immatriculation : KP-318-\nWD", "WD", "plate"),
        # a date of birth whose year is said in two words, or cut by a pasted form's line break
        # (the old code masked the day and the month and left the year)
        ("je suis née le trois juin soixante-dix-sept à Dakar", "soixante-dix-sept", "date_of_birth"),
        ("il est né le vingt mai quatre-vingt-dix-huit", "quatre-vingt-dix-huit", "date_of_birth"),
        ("Date de naissance : 14\n/02/1988", "14\n/02/1988", "date_of_birth"),
        # a building, staircase or flat after an address with a space only
        # (the old code left the building's letter: "[ADRESSE_1] bât. D [REFERENCE_1]")
        ("J'habite résidence Les Tamaris bât. D apt 7, 13008 Marseille.", "bât. D", "address"),
        ("Je vis au 9 rue Émile Zola esc. B porte 14 depuis mars.", "esc. B", "address"),
        # the writer's appointment in a letter or SMS from an office that the writer copies
        ("« Pôle emploi : votre convocation du 14/01 est annulée. »", "14/01", "date"),
        ("SMS de la CPAM : votre rendez-vous prévu le 22 mars est confirmé.", "22 mars", "date"),
    ],
)
def test_the_kinds_of_p19e_are_removed(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a common word capitalised with an article, a place, a body: no subject first name
        ("La Rose des vents accueille les familles le mercredi.", "Rose"),
        ("Je me demande si Paris est plus cher que Lyon pour les loyers.", "Paris"),
        ("Je pense que France Travail a perdu mon dossier.", "France"),
        # a town beside "et moi", a greeting or a list of firms before a comma, a town before ", mon fils" and a verb
        ("Entre Paris et moi, il y a trois heures de train.", "Paris"),
        ("Obrigada, je comprends mieux maintenant.", "Obrigada"),
        ("J'habite à Lyon, mon fils vit à Grenoble.", "Lyon"),
        # closing words as the last words
        ("merci de me rappeler. bonne soirée", "bonne soirée"),
        ("c'est urgent svp. merci", "merci"),
        # a distance is no plate, a share no date
        ("le trajet fait 100 km en voiture chaque jour", "100 km"),
        # the fiches' appointment without a day
        ("Si votre rendez-vous est annulé, vous recevez un SMS la veille.", "rendez-vous"),
        ("Le 1er mars vingt personnes sont venues à la réunion.", "vingt personnes"),
    ],
)
def test_look_alikes_stay(text: str, kept: str) -> None:
    assert kept in output(text), output(text)
