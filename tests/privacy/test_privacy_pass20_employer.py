"""The employer of the writer or of a relative, named as such, is masked as [EMPLOYEUR_n] (twentieth pass, product
decision: with the town and the situation it narrows a person to a handful); public offices, benefits and bodies of
legal protection stay, and so does a firm named in no employment sense. Sentences written for these tests."""

import pytest

from guichet.privacy.pseudonymise import ENTITY_TYPES, pseudonymise


def _masked_as_employer(text: str, value: str) -> bool:
    result = pseudonymise(text)
    return value not in result.text and any(
        original == value and placeholder.startswith("[EMPLOYEUR_") for placeholder, original in result.mapping.items()
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Mon fils travaille en équipe de nuit chez Valeo Amiens depuis deux ans, il ne peut pas venir au guichet.",
            "Valeo Amiens",
        ),
        ("Ma mère touche encore une petite pension de chez Bigard, en plus de sa retraite de base.", "Bigard"),
        (
            "Mon oncle a travaillé trente ans à la Fromagerie de Saint-Nectaire avant son accident.",
            "Fromagerie de Saint-Nectaire",
        ),
        ("Je suis salariée agricole au GAEC des Trois Sources depuis le printemps dernier.", "GAEC des Trois Sources"),
        (
            "Mon employeur, Boulangerie Le Fournil Doré, refuse de me signer l'attestation.",
            "Boulangerie Le Fournil Doré",
        ),
        (
            "Les ouvriers de l'entreprise Charpentes Vasseur Frères ont tout démonté sans prévenir.",
            "Charpentes Vasseur Frères",
        ),
        ("Mon mari a fait des missions d'intérim chez Synergie Dunkerque tout l'hiver.", "Synergie Dunkerque"),
        (
            "ma soeur est employée par la Biscuiterie Lemonnier depuis 2009 et elle a été licenciée",
            "Biscuiterie Lemonnier",
        ),
        ("J AI TRAVAILLE CHEZ TEXTILES MAURIN DE 1971 A 1990 A ROUBAIX", "TEXTILES MAURIN"),
    ],
)
def test_an_employer_named_as_such_is_masked(text, value):
    assert _masked_as_employer(text, value)


def test_the_agent_reads_what_the_placeholder_stands_for():
    assert ENTITY_TYPES["EMPLOYEUR"] == "employeur"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("En tant que mandataire judiciaire (UDAF du Cantal), je sollicite l'attestation de droits.", "UDAF"),
        ("Ma fille a travaillé au Canada puis à la Réunion avant de rentrer.", "Canada"),
        ("Le virement de la Société Générale n'est jamais arrivé sur mon compte.", "Société Générale"),
    ],
)
def test_public_offices_countries_and_firms_named_in_no_employment_sense_stay(text, office):
    result = pseudonymise(text)
    assert office in result.text
    assert not any(placeholder.startswith("[EMPLOYEUR_") for placeholder in result.mapping)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Je travaille pour le Conseil départemental du Gers comme assistante sociale.",
            "Conseil départemental du Gers",
        ),
        ("Mon père a travaillé à la Mairie de Cahors pendant vingt ans.", "Mairie de Cahors"),
        ("Je suis salarié de la CAF du Loiret et je pose la question pour ma voisine.", "CAF du Loiret"),
    ],
)
def test_a_public_body_named_as_an_employer_is_masked(text, value):
    # reversed in the twenty-fifth pass (the lead's decision): a public body named as someone's employer is masked as
    # an employer (these three were kept visible until then); see test_privacy_pass25_public_employer.py
    assert _masked_as_employer(text, value)


def test_a_person_after_chez_is_no_employer():
    result = pseudonymise("Je fais le ménage chez Madame Colette Briand le mardi, elle a 90 ans.")
    assert not any(placeholder.startswith("[EMPLOYEUR_") for placeholder in result.mapping)
