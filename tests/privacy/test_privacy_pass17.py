"""Seventeenth pass: a surname written again with its particle or hyphen joined or split ("Le Bihan" then
"Lebihan", "Legoff" then "Le Goff"); a nickname made of a syllable said twice ("juju", "titi"); a first name that is
also a rare French word starting a sentence before a verb ("Pascale a perdu…"); Nigerian first names alone; a
card's expiry month ("exp. 11/27"); a phone number with a space beside each dot ("07 66 .12 .49 .03"); a
foreign social insurance number after its name ("NISS 1 1203 4471 88"); a lower-case first name listed with a
nickname ("avec jojo et max"). Fresh sentences for this file, none from the corpora."""

import pytest

from guichet.privacy.evaluation import survives
from tests.privacy.helpers import output


@pytest.mark.parametrize(
    ("text", "value", "category"),
    [
        (
            "Je suis Maëlle Le Floch, veuve depuis mai. La banque a écrit Lefloch sur le relevé, est-ce grave ?",
            "Lefloch",
            "surname",
        ),
        (
            "Notre propriétaire, M. Ben Youssef, refuse le dépôt de garantie ; la quittance est signée Benyoussef.",
            "Benyoussef",
            "surname",
        ),
        (
            "Le chauffeur, M. Ait-Kaci, était présent. Le rapport indique pourtant Aitkaci comme témoin.",
            "Aitkaci",
            "surname",
        ),
        (
            "Ma voisine Mme Lecorre est malade. Sur la boîte aux lettres c'est marqué Le Corre Yvonne.",
            "Le Corre",
            "surname",
        ),
    ],
)
def test_second_spelling_is_masked(text: str, value: str, category: str) -> None:
    assert not survives(value, category, output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mme Le Roux habite à Lavaur ; Lavaur est loin de la CAF.", "Lavaur"),
        ("M. Delmas est parti. Le Mans reste notre préfecture de rattachement.", "Le Mans"),
    ],
)
def test_look_alikes_stay(text: str, kept: str) -> None:
    assert kept in output(text), output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("je passe chez nono ce soir pour remplir le dossier de la CAF avec lui", "nono"),
        ("Ma tante (on l'appelle zouzou) ne reçoit plus sa pension depuis avril.", "zouzou"),
        ("bisous, c'est riri qui écrit pour son frère\nriri", "riri"),
        ("Merci de rappeler Loulou, elle est seule à la maison l'après-midi.", "Loulou"),
    ],
)
def test_doubled_nickname_is_masked(text: str, value: str) -> None:
    assert not survives(value, "first_name", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Le bébé dort chez la nounou, et papa travaille de nuit.", "nounou"),
        ("J'ai un peu de blabla à vous raconter, coucou au passage.", "blabla"),
        ("Mon fils a perdu son doudou à la crèche, et il réclame son bonbon.", "doudou"),
    ],
)
def test_doubled_words_stay(text: str, kept: str) -> None:
    assert kept in output(text), output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Bonjour,\nClémence a déposé le dossier de bourse hier soir.", "Clémence"),
        ("Je suis sa sœur. Aimé ne répond plus au téléphone depuis lundi.", "Aimé"),
        ("Pascale va mieux mais elle ne peut pas encore marcher.", "Pascale"),
    ],
)
def test_rare_word_first_name_subject_is_masked(text: str, value: str) -> None:
    assert not survives(value, "first_name", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Prudence est de mise avant de signer ce contrat.", "Prudence"),
        ("Olive et noisette : ce sont les couleurs du portail de la mairie.", "Olive"),
    ],
)
def test_french_words_starting_a_sentence_stay(text: str, kept: str) -> None:
    assert kept in output(text), output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Oluwaseun a perdu son emploi en février, nous vivons sur mon seul salaire.", "Oluwaseun"),
        ("Je loge chez Adaobi depuis la fin du bail, elle peut en témoigner.", "Adaobi"),
        ("Merci de votre aide.\nFunmilayo", "Funmilayo"),
        ("Notre fille Oyinkansola entre au collège en septembre.", "Oyinkansola"),
    ],
)
def test_nigerian_first_name_alone_is_masked(text: str, value: str) -> None:
    assert not survives(value, "first_name", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ma carte bancaire (exp 09/27) a été avalée par le distributeur.", "09/27"),
        ("Le titre de transport indique une date d'expiration au 02/2031, mais il ne marche plus.", "02/2031"),
        ("La carte de la mutuelle est valable jusqu'à fin 12/26, pourtant la pharmacie la refuse.", "12/26"),
    ],
)
def test_expiry_month_is_masked(text: str, value: str) -> None:
    assert not survives(value, "date", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ma note de 14/20 à l'examen suffit-elle pour la bourse ?", "14/20"),
        ("La carte est valable dix ans selon l'article 12/3 du règlement.", "12/3"),
    ],
)
def test_fractions_stay(text: str, kept: str) -> None:
    assert kept in output(text), output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vous pouvez me joindre au 06 .58 .03 .71 .22 après 18 h.", "06 .58 .03 .71 .22"),
        ("portable : 07 - 19 - 44 - 82 - 60, fixe aucun", "07 - 19 - 44 - 82 - 60"),
    ],
)
def test_phone_with_spaced_separators_is_masked(text: str, value: str) -> None:
    assert not survives(value, "phone", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("J'ai cotisé à Porto, mon NISS est le 2 0417 8830 15, et ici je n'ai rien.", "2 0417 8830 15"),
        ("Ma Rentenversicherungsnummer 41 170362 B 556 figure sur le courrier de Berlin.", "41 170362 B 556"),
        ("Pour Madrid, número de afiliación 46/0723318/52 sur la carte.", "46/0723318/52"),
    ],
)
def test_foreign_insurance_number_is_masked(text: str, value: str) -> None:
    assert not survives(value, "foreign_id", output(text)), output(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("au foyer avec jojo et max on n'a plus rien depuis la fin du contrat", "max"),
        ("je suis hébergée chez dédé et sam depuis l'expulsion", "sam"),
    ],
)
def test_lower_first_name_listed_with_a_nickname_is_masked(text: str, value: str) -> None:
    assert not survives(value, "first_name", output(text)), output(text)


def test_grammar_word_beside_a_nickname_stays() -> None:
    text = "mon fils et juju sont partis, donc juju et moi restons seuls"
    assert "moi" in output(text) and "fils" in output(text), output(text)
