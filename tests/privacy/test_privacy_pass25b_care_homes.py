"""Twenty-fifth pass, second shift, privacy: a named care home or residence where a person lives is where they live
(the lead's decision, p65): an EHPAD, a maison de retraite, a résidence autonomie, an USLD, a foyer-logement named
by its name or its town is masked as care institutions are, kind and name together ("l'[ETABLISSEMENT_1]"); a
centre, a foyer or a résidence named so in a sentence that says someone lives or is cared for there too, and a
hospital's short name in brackets after it. A bare "l'EHPAD", "une maison de retraite", a worker's EHPAD (an
employer), a centre one goes to, a residence with no one living there in the sentence stay as they were. Fresh
sentences, none from the corpora."""

import pytest

from guichet.privacy.pseudonymise import pseudonymise


def _masked(text: str, prefix: str = "[ETABLISSEMENT_") -> list[str]:
    mapping = pseudonymise(text).mapping
    return [value for placeholder, value in mapping.items() if placeholder.startswith(prefix)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mon père est hébergé à l'EHPAD Les Jardins d'Arcadie depuis l'an dernier.", "EHPAD Les Jardins d'Arcadie"),
        ("Ma tante est décédée le mois dernier à l'Ehpad La Roseraie.", "Ehpad La Roseraie"),
        ("Elle vit à la maison de retraite Sainte-Thérèse, ça coûte.", "maison de retraite Sainte-Thérèse"),
        ("Mon mari est à l'EHPAD de Vitré depuis sa chute.", "EHPAD de Vitré"),
        ("Ma mère loge à la résidence autonomie Les Hortensias depuis 2020.", "résidence autonomie Les Hortensias"),
        ("Il est en long séjour à l'USLD Les Magnolias, que faire pour l'APA ?", "USLD Les Magnolias"),
        ("Mon frère vit au foyer-logement Les Capucines.", "foyer-logement Les Capucines"),
        ("Ma femme est en rééducation au centre Les Grands Chênes depuis son AVC.", "centre Les Grands Chênes"),
        ("J'habite au foyer Coallia de Montreuil depuis six ans.", "foyer Coallia de Montreuil"),
        ("Mon père réside à la résidence Les Acacias, il a 93 ans.", "résidence Les Acacias"),
    ],
)
def test_a_named_care_home_where_someone_lives_is_masked(text: str, name: str) -> None:
    assert name in _masked(text), pseudonymise(text).text


def test_a_hospitals_short_name_in_brackets_is_masked() -> None:
    text = "MON MARI EST A L HOPITAL DE LYON (LA TIMONE) DEPUIS MARS ET IL NE PEUT PLUS SIGNER."
    masked = pseudonymise(text).text
    assert "TIMONE" not in masked, masked


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ma mère est entrée à l'EHPAD en mars, une maison de retraite coûte cher.", "l'EHPAD"),
        ("Ma mère est entrée à l'EHPAD en mars, une maison de retraite coûte cher.", "une maison de retraite"),
        ("Elle est partie en maison de retraite à la fin de l'été.", "maison de retraite"),
        ("J'ai rendez-vous au centre Les Halles pour faire des photos d'identité.", "centre Les Halles"),
        ("La résidence Les Tilleuls organise une réunion d'information sur l'APA.", "résidence Les Tilleuls"),
        ("Le foyer fiscal compte deux parts depuis le décès de mon épouse.", "foyer fiscal"),
        ("Je vis seule et le Centre Communal d'Action Sociale m'aide.", "Centre Communal d'Action Sociale"),
    ],
)
def test_a_home_without_its_name_or_a_place_to_go_stays(text: str, kept: str) -> None:
    assert kept in pseudonymise(text).text


def test_the_writers_own_care_home_job_stays_an_employer() -> None:
    text = "Je suis aide-soignante à l'EHPAD Les Glycines depuis 2015."
    assert "EHPAD Les Glycines" in _masked(text, "[EMPLOYEUR_"), pseudonymise(text).text
