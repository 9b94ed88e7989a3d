"""Twenty-ninth pass, privacy (p82e, p80, p77): a first name alone after a verb of speaking and "à" is the person
spoken to, not a town; a verb after a relative, in lower case or shouted, is no name; school roles and trades after
"je suis" or a title are no names; a number after a long label that ends in "c'est" is masked. Fresh sentences,
none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bonjour, j'ai écrit à Jeanne du service des bourses il y a trois semaines.", "Jeanne"),
        ("Je voudrais écrire à Martine, la secrétaire de l'inspection, mais je n'ai pas son adresse.", "Martine"),
        ("Le soir je parle encore à Jeanne, ça me fait du bien.", "Jeanne"),
        ("J'ai envoyé un mail à Florence hier pour la sortie scolaire.", "Florence"),
        ("Dites-le à Nadège de l'intendance, elle saura.", "Nadège"),
        ("J'ai demandé à Solène si le car passait le mercredi.", "Solène"),
    ],
)
def test_pass29_a_first_name_after_a_verb_of_speaking_and_a_is_masked(text: str, name: str) -> None:
    out = pseudonymise(text)
    assert name not in out.text
    assert any(placeholder.startswith("[PERSONNE") for placeholder in out.mapping)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Nous avons déménagé à Florence l'été dernier.", "Florence"),
        ("Je suis allée à Nancy pour le concours.", "Nancy"),
        ("J'ai écrit à la mairie de Nancy pour l'inscription.", "Nancy"),
        ("L'acte de naissance, on le demande à Fort-de-France ou à Nantes ?", "Fort-de-France"),
        ("Il est scolarisé à Lourdes depuis septembre.", "Lourdes"),
    ],
)
def test_pass29_a_town_after_a_without_a_verb_of_speaking_stays(text: str, town: str) -> None:
    assert town in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Ma fille mange 4 jours par semaine à la cantine.", "mange"),
        ("MON FILS PLEURE TOUS LES MATINS AVANT L'ÉCOLE.", "PLEURE"),
        ("MA FILLE MANGE À LA CANTINE DEPUIS SEPTEMBRE.", "MANGE"),
        ("MA MERE VIENT DE RECEVOIR UN COURRIER DU RECTORAT.", "VIENT"),
    ],
)
def test_pass29_a_verb_after_a_relative_is_no_name(text: str, verb: str) -> None:
    out = pseudonymise(text)
    assert verb in out.text
    assert not any(placeholder.startswith("[PERSONNE") for placeholder in out.mapping)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("MON FILS ANTOINE A ÉTÉ EXCLU DE LA CANTINE.", "ANTOINE"),
        ("Ma fille Maëlys mange à la cantine.", "Maëlys"),
        ("MA FILLE MARIE A 3 ANS.", "MARIE"),
    ],
)
def test_pass29_a_name_after_a_relative_is_still_masked(text: str, name: str) -> None:
    assert name not in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Je suis professeur principal d'une classe de 3e.", "professeur principal"),
        ("Bonjour, je suis professeur contractuel en lettres depuis novembre.", "professeur contractuel"),
        ("Je suis AESH au collège depuis deux ans.", "AESH"),
        ("Je suis ATSEM dans une école maternelle.", "ATSEM"),
        ("Madame la Principale,\nLe conseil de classe a refusé le passage.", "Principale"),
    ],
)
def test_pass29_school_roles_are_no_names(text: str, role: str) -> None:
    out = pseudonymise(text)
    assert role in out.text
    assert not any(placeholder.startswith("[PERSONNE") for placeholder in out.mapping)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("J'ai vu le docteur Lefebvre hier pour le certificat.", "Lefebvre"),
        ("Le professeur Hamidou nous a reçus.", "Hamidou"),
        ("Signé : Docteur Vannier", "Vannier"),
    ],
)
def test_pass29_a_title_before_a_name_still_masks_it(text: str, name: str) -> None:
    assert name not in pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le numéro qui est sur le courrier c'est 3382915. Est-ce que je dois le rappeler ?", "3382915"),
        ("Mon numéro de dossier qu'on m'a donné au téléphone est le 2024-77310.", "2024-77310"),
    ],
)
def test_pass29_a_number_after_a_label_said_with_cest_is_masked(text: str, value: str) -> None:
    assert value not in pseudonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Le numéro de la ligne de car qu'il prend c'est le 21.",
        "Le montant qui est sur le courrier c'est 1250 euros.",
    ],
)
def test_pass29_a_small_number_or_an_amount_after_cest_stays(text: str) -> None:
    out = pseudonymise(text)
    assert not any(placeholder.startswith(("[REFERENCE", "[ALLOCATAIRE")) for placeholder in out.mapping)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        (
            "Je suis professeure contractuelle en anglais depuis le 2 décembre au collège Anatole-France de Sevran "
            "et je n'ai reçu aucun salaire.",
            "Anatole-France",
        ),
        ("Je suis AESH depuis 2022 au lycée Jean-Zay de Jarny, en CDD.", "Jean-Zay"),
        ("Bonjour,\nUne question sur les aménagements du bac.\nMerci,\nP. Ferrand, lycée Condorcet", "Condorcet"),
        ("Bonjour,\nLe PAP est-il possible ?\nClaire Morin, école élémentaire Pasteur de Niort", "Pasteur"),
    ],
)
def test_pass29_a_school_named_as_the_writers_employer_is_masked(text: str, school: str) -> None:
    out = pseudonymise(text)
    assert school not in out.text
    assert any(placeholder.startswith("[EMPLOYEUR") for placeholder in out.mapping)


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour,\nLa kermesse est-elle à déclarer ?\nMerci.\nLe bureau de l'APE de l'école Saint-Exupéry, Angers.",
        "Ma fille est inscrite depuis 2021 au collège Jean-Rostand de Caen.",
    ],
)
def test_pass29_a_school_not_named_as_an_employer_is_no_employer(text: str) -> None:
    out = pseudonymise(text)
    assert not any(placeholder.startswith("[EMPLOYEUR") for placeholder in out.mapping)


@pytest.mark.parametrize(
    ("text", "law"),
    [
        ("On me dit que depuis la loi Kasbarian le préfet peut ordonner l'expulsion.", "Kasbarian"),
        ("Mon appartement est en dispositif Denormandie depuis 2021.", "Denormandie"),
    ],
)
def test_pass29_a_law_named_after_its_author_is_no_name(text: str, law: str) -> None:
    out = pseudonymise(text)
    assert law in out.text
    assert not any(placeholder.startswith("[PERSONNE") for placeholder in out.mapping)
