"""An office written to under a longer name (its area, its site, a bracket) is read as the shipped tenant it stands
for, so that triage and the prompt see its aliases and competences (nineteenth pass: 715 of the triage corpus's 6,141
messages were addressed so, and triage read them as offices with no competence at all)."""

import pytest

from guichet.accounts.demo import shipped_identity


@pytest.mark.parametrize(
    ("written", "short_name"),
    [
        ("CAF du Finistère", "CAF"),
        ("Caf de l'Ariège", "CAF"),
        ("CPAM des Hautes-Pyrénées", "CPAM"),
        ("Mairie de Pont-l'Abbé", "Mairie"),
        ("MSA Ardèche Drôme Loire", "MSA"),
        ("CGSS de la Martinique", "CGSS"),
        ("CSSM Mamoudzou", "CGSS"),
        ("Impôts - SIP de Quimper", "DGFiP"),
        ("Assurance maladie (CPAM)", "CPAM"),
        ("Préfecture / ANTS", "Préfecture"),
        ("France Travail - agence de Vannes", "France Travail"),
        ("Conseil départemental des Landes - service APA", "Département"),
        ("Crous de Bretagne", "CROUS"),
    ],
)
def test_a_longer_name_keeps_what_was_written_and_gains_the_tenants_competences(written, short_name):
    name, aliases, competences = shipped_identity(written)
    assert name == written
    assert aliases[0] == short_name
    assert competences


def test_an_exact_name_still_stands_for_the_tenants_full_name():
    assert shipped_identity("CAF")[0] == "Caisse d'allocations familiales"
    assert shipped_identity("msa")[0] == "Mutualité sociale agricole"


@pytest.mark.parametrize(
    "written",
    ["Tribunal judiciaire de Brest", "Agirc-Arrco", "Cafétéria du lycée", "Mairies de France", "Défenseur des droits"],
)
def test_an_office_that_is_no_shipped_tenant_stays_bare(written):
    assert shipped_identity(written) == (written, [], [])
