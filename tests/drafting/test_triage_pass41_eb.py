"""Forty-first pass (engineer-eb): danger said in one flat sentence by people who do not complain — a loaded gun at
home, what one will do (or what he will do) when an event comes, pills swallowed these hours — is distress by rule
(`triage_understated`), and the office's own business in the same words stays calm. Fresh sentences, in none of the
corpora; the rules alone (`use_model=False`) and the full triage with the shipped artefact."""

import pytest

from guichet.drafting import triage_understated
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

DISTRESS = TriageLabel.DISTRESS

FLAT_DANGER = {
    "loaded_gun": (
        "MSA",
        "Le fusil est chargé dans la grange depuis que la coopérative a refusé le délai. Quand passe le versement ?",
        "suicide",
    ),
    "gun_loaded_by_me": (
        "Mairie",
        "J'ai chargé la carabine hier soir, elle est près de la porte. Le marché du jeudi est-il maintenu ?",
        "suicide",
    ),
    "unsure_when_they_come": (
        "Banque de France",
        "Les saisies reviennent vendredi, si ils entrent chez moi je ne sais pas ce que je ferai. Le dossier avance ?",
        "suicide",
    ),
    "unsure_what_he_will_do": (
        "CAF",
        "S'il trouve une lettre de la Caf je ne sais pas ce qu'il fera. Pouvez-vous écrire chez ma tante ?",
        "violence",
    ),
    "pills_last_night": (
        "CPAM",
        "Ma fille de 15 ans a avalé des cachets de son grand-père cette nuit, elle dort. La carte Vitale est-elle à "
        "jour ?",
        "suicide",
    ),
}

OWN_BUSINESS = {
    "hunter_transport": ("Préfecture", "Le fusil doit-il être déchargé pour le transporter jusqu'au stand de tir ?"),
    "gun_not_loaded": ("Préfecture", "La carabine de mon père n'est pas chargée, comment la faire détruire ?"),
    "truck_loaded": ("Impôts", "J'ai chargé le camion ce matin pour déménager : les frais sont-ils déductibles ?"),
    "next_year": ("CROUS", "Je ne sais pas ce que je ferai l'an prochain : garde-t-on la bourse si l'on redouble ?"),
    "own_retirement": (
        "Assurance retraite",
        "Je ne sais pas ce que je ferai quand je serai à la retraite, mais à quel âge puis-je partir ?",
    ),
    "landlord_sells": ("CAF", "Si le propriétaire vend, je ne sais pas ce qu'il fera de l'appartement. Et l'APL ?"),
    "at_your_place": ("CAF", "Je ne sais pas ce que je ferais à votre place avec tant de dossiers. Et le mien ?"),
    "old_poisoning": (
        "CPAM",
        "En juillet mon fils a avalé des comprimés de sa grand-mère, hospitalisé 48 h : comment payer le forfait ?",
    ),
    "usual_pills": ("CPAM", "Hier soir j'ai pris mes médicaments comme d'habitude. Le pilulier est-il remboursé ?"),
}


def _triage(administration: str, body: str, *, use_model: bool):
    return triage(title="", body=body, administration=administration, use_model=use_model)


@pytest.mark.parametrize("case", sorted(FLAT_DANGER))
def test_a_flat_danger_is_distress_by_rule(case):
    administration, body, kind = FLAT_DANGER[case]
    result = _triage(administration, body, use_model=False)
    assert DISTRESS in result.labels
    assert kind in result.distress_kinds


@pytest.mark.parametrize("case", sorted(FLAT_DANGER))
def test_a_flat_danger_is_urgent_with_the_shipped_model(case):
    administration, body, _ = FLAT_DANGER[case]
    result = _triage(administration, body, use_model=True)
    assert DISTRESS in result.labels
    assert result.emergency_contacts


@pytest.mark.parametrize("case", sorted(OWN_BUSINESS))
def test_the_same_words_about_the_office_business_set_no_distress_rule(case):
    administration, body = OWN_BUSINESS[case]
    assert DISTRESS not in _triage(administration, body, use_model=False).labels


def test_the_switch_turns_the_families_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(triage_understated, "UNDERSTATED_RULE", False)
    assert triage_understated.understated_rules("suicide") == ()
    assert triage_understated.understated_rules("violence") == ()
    monkeypatch.setattr(triage_understated, "UNDERSTATED_RULE", True)
    assert len(triage_understated.understated_rules("suicide")) == 6
    assert triage_understated.understated_rules("food") == ()
