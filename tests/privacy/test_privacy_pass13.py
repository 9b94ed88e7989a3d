"""Thirteenth pass: the safety net before a model call (shapes of personal data detection may miss), fresh
sentences written for this file."""

import pytest

from guichet.privacy.guard import guard_prompt
from guichet.privacy.net import suspects
from tests.privacy.helpers import output

MAPPING = {"[PERSONNE_1]": "Gaspard Ollier"}


def masked(text: str, public: str = "") -> list[str]:
    return [text[s.start : s.end] for s in suspects(text, public=public)]


def prompt(body: str, fiche: str) -> list[dict[str, str]]:
    return [
        {"role": "system", "content": f"Réponds avec les sources.\nSource 1 : {fiche}"},
        {"role": "user", "content": f"Message de l'usager :\n{body}"},
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mon dossier c'est le 5518207 je crois", "5518207"),
        ("ma référence client 308 771 264 sur le courrier", "308 771 264"),
        ("la carte porte 48 110472 K 033 en bas", "48 110472 K 033"),
        ("mon code de réservation : QX7T2M", "QX7T2M"),
        ("j'occupe le box D-41 du parking", "D-41"),
        ("un numéro abîmé par le scan : 3l0O982", "3l0O982"),
        ("je suis passée en agence le 17/10/2025 sans réponse", "17/10/2025"),
        ("rendez-vous manqué du 08/04, j'étais malade", "08/04"),
        ("elle est née le 2 juin 2011 à Arras", "2 juin 2011"),
        ("le loyer est dû depuis le 6 du mois dernier", "6 du mois dernier"),
        ("on habite au 7 bis maintenant", "7 bis"),
        ("ma place c'est la n° 36 au fond", "n° 36"),
        ("c'est pour ma fille anaïs qui a 4 ans", "anaïs"),
        ("avec Wassim on a déménagé", "Wassim"),
        ("le versement est arrivé le 9 du mois de juin", "9 du mois de juin"),
        ("Je vous remercie de votre aide — Maryse", "Maryse"),
        ("Merci pour tout,\nConstant", "Constant"),
    ],
)
def test_a_shape_of_personal_data_is_caught_by_the_net(text: str, value: str) -> None:
    assert value in masked(text)


@pytest.mark.parametrize(
    "text",
    [
        "je gagne 1 450 € par mois et le loyer fait 620 euros",
        "nous sommes 4 personnes avec 3 enfants dans 52 m2",
        "je travaille 35 heures depuis 2021, les années 1998-2004 manquent",
        "ma fille est en CE2 et mon fils en CM1, on a la C2S",
        "le rendez-vous est à 14h30 ou 15:45",
        "selon l'article L. 262-2 et le cerfa 15479, je crois",
        "le décret du 12 mars 2024 change les règles",
        "j'ai appelé le 3949 puis le 36 46 sans succès",
        "je suis né à Orléans et j'ai travaillé chez Renault",
        "il reste 2 300 € à rembourser sur un total de 12 500",
        "Je voudrais savoir si je dois aller à la mairie de Lyon.",
        "Cordialement,\nMerci",
    ],
)
def test_an_ordinary_number_word_or_date_of_a_rule_is_left(text: str) -> None:
    assert masked(text) == []


def test_a_number_written_in_the_prompts_fiches_is_public() -> None:
    assert masked("j'ai appelé le 0 806 000 245 hier", public="Appelez le 0 806 000 245 (service gratuit).") == []


def test_placeholders_are_never_touched() -> None:
    assert masked("[PERSONNE_1] a le dossier [REFERENCE_2] depuis le [DATE_1]") == []


def test_the_guard_masks_what_detection_missed_in_the_citizens_text_and_not_in_the_fiche() -> None:
    body = "Bonjour, [PERSONNE_1] ici. Mon ticket c'est 88-4410-Z et ma fille Ysaline attend depuis le 3/11."
    fiche = "Le ticket 88-4410-Z n'existe pas ; le délai est de 2 mois à partir du 3/11 de l'année."
    guarded = guard_prompt(prompt(body, fiche), mapping=MAPPING, citizen_texts=[body])
    text = guarded.messages[1]["content"]
    assert "Ysaline" not in text and "3/11" not in text
    assert "88-4410-Z" in text  # written in the fiche: public
    assert fiche in guarded.messages[0]["content"]
    assert set(guarded.added.values()) == {"Ysaline", "3/11"}
    assert guarded.audit()["by_kind"] == {"shape": 2}
    assert not guarded.refused


def test_the_same_value_twice_gets_one_placeholder() -> None:
    body = "Mon numéro 7741029 ne marche pas. Je répète : 7741029."
    guarded = guard_prompt(prompt(body, "Rien."), mapping=MAPPING, citizen_texts=[body])
    assert guarded.messages[1]["content"].count("[IDENTIFIANT_1]") == 2
    assert guarded.added == {"[IDENTIFIANT_1]": "7741029"}


# --- detection: the other forms of a name found in the message (privacy/propagation.py) ---------------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a name glued in a hashtag or a handle
        ("Je suis Maëlle Duchâtel et je le dis partout : #maelleduchatel_contre_la_caf", "maelleduchatel"),
        # neighbouring words that an e-mail address spells
        ("c moi nina ferrand, je dors chez une amie\nninaferrand77@hotmail.fr", "nina ferrand"),
        # a long surname written again two letters apart
        ("Je m'appelle Bohdan Ostapchenko. La lettre dit Ostaptchenko, c'est une erreur ?", "Ostaptchenko"),
        # a nickname before the name in brackets, a surname in brackets after the name
        ("Mon témoin était « Riri » (Henri Faucheux), présent ce jour-là.", "Riri"),
        ("Merci d'avance.\nLéonie B. (Bassompierre)", "Bassompierre"),
        # a part of a compound first name, alone inside a sentence
        ("C'est moi, Louise-Anne Carpentier, qui tiens le stand « les confitures de Louise ».", "Louise"),
    ],
)
def test_another_form_of_a_name_found_is_masked(text: str, gone: str) -> None:
    assert gone not in output(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Écrivez à accueil.mairie@ville-exemple.fr pour la salle des fêtes", "salle des fêtes"),
        ("J'ai vu Martine Aubry (Lille) à la télévision hier soir.", "Lille"),
        ("Mon conseiller M. Perrin (Pôle emploi) ne répond pas.", "emploi"),
        ("Merci d'avance, Anne-Laure Vigier (Cantal)", "Cantal"),
    ],
)
def test_look_alikes_of_other_forms_are_kept(text: str, kept: str) -> None:
    assert kept in output(text)
