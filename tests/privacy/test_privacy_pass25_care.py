"""Twenty-fifth pass, privacy: care institutions named as their patients name them. A hospital named without its kind
in a sentence of care ("suivie à Pitié-Salpêtrière", "opéré à Foch", "hospitalisé au Vinatier", "accouché à la
Timone", a person's hyphenated name: "à Albert-Chenevier"); a hospital named after someone in two words ("l'hôpital
Édouard Herriot"), a maternity ward, a CRA, "l hopital" typed without its apostrophe. A town where one is treated, a
street named after someone, a hospital's name with no care in the sentence, a school named after someone stay.
Fresh sentences, none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


def _institutions(text: str) -> list[str]:
    mapping = pseudonymise(text).mapping
    return [value for placeholder, value in mapping.items() if placeholder.startswith("[ETABLISSEMENT_")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ma mère est suivie à Lariboisière pour son cœur depuis 2019.", "Lariboisière"),
        ("Mon fils a été opéré à Necker en urgence le mois dernier.", "Necker"),
        ("Elle est hospitalisée au Vinatier depuis trois semaines.", "Vinatier"),
        ("J'ai accouché à la Timone et la déclaration n'est pas faite.", "Timone"),
        ("Mon père fait sa chimiothérapie à Gustave-Roussy tous les quinze jours.", "Gustave-Roussy"),
        ("Il est hospitalisé à Albert-Chenevier depuis lundi.", "Albert-Chenevier"),
        ("Ma femme sort de Purpan après une greffe de rein.", "Purpan"),
        ("Il a été soigné à l'hôpital Marcel Sembat après sa chute.", "hôpital Marcel Sembat"),
        ("je suis hospitalisee a l hopital Tenon depuis hier", "hopital Tenon"),
        ("Je suis suivie à la maternité des Lilas pour ma grossesse.", "maternité des Lilas"),
        ("Le diagnostic a été posé par le CRA Rhône-Alpes en 2022.", "CRA Rhône-Alpes"),
    ],
)
def test_a_hospital_as_its_patients_name_it_is_masked(text: str, name: str) -> None:
    assert name in _institutions(text), pseudonymise(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("J'ai un suivi à Rouen pour mon diabète.", "Rouen"),
        ("Mon fils a été opéré à Lyon puis suivi à Villeneuve-Saint-Georges.", "Villeneuve-Saint-Georges"),
        ("Mon cabinet médical est rue Bichat, la radiologie avenue Foch.", "radiologie"),
        ("Je vais à Necker demain pour déposer un papier à une amie.", "Necker"),
        ("Ma fille entre au collège Jean Macé, elle est suivie par l'orthophoniste.", "Jean Macé"),
        ("Je vais à la maternité pour l'échographie.", "maternité"),
        ("Il est hospitalisé à Clermont-Ferrand depuis lundi.", "Clermont-Ferrand"),
        ("IL EST DECEDE A L HOPITAL DE VOTRE VILLE EN MARS.", "HOPITAL DE VOTRE VILLE"),
        ("Le dossier de Jean-Pierre est suivi par ma sœur.", "suivi"),
    ],
)
def test_towns_streets_and_schools_stay(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text
    assert not _institutions(text)
