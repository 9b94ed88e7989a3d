"""Forty-second pass (engineer-ej): a gun aimed at others is a threat, abusive, not the writer's own danger
(`triage_threat_aimed`); a worry about a benefit cut is no danger said of oneself (`triage_understated`'s
`SELF_MEASURED_RULE`); the flat-danger switch works at run time; an addiction or a recovery told beside a question is
no danger by itself (`triage_recovery`). Fresh sentences, in none of the corpora: the rules alone
(`use_model=False`), and the full triage with the shipped artefact where the model's score is what a gate drops."""

import pytest

from guichet.drafting import triage_recovery, triage_threat_aimed, triage_understated
from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage

DISTRESS, ABUSIVE = TriageLabel.DISTRESS, TriageLabel.ABUSIVE


def _rules(administration: str, body: str):
    return triage(title="", body=body, administration=administration, use_model=False)


def _full(administration: str, body: str):
    return triage(title="", body=body, administration=administration, use_model=True)


# A threat to others said with a loaded gun: abusive, and no distress of the writer's own.
THREATS = {
    "neighbour_aimed": (
        "Mairie",
        "Si le voisin recommence avec ses pétards, c'est lui que je vise : le fusil est chargé dans l'entrée.",
    ),
    "mayor_settled": (
        "Mairie",
        "La carabine est chargée près de la porte. Si le maire ne fait rien pour la haie, je m'en occupe moi-même.",
    ),
    "ex_to_kill": ("CAF", "Transmettez à mon ex que je vais le buter, la carabine est chargée au grenier."),
    "office_calibre": (
        "Impôts",
        "Votre avis de majoration, je viens le rendre au guichet avec mon calibre douze. Le fusil est chargé.",
    ),
}

# The writer's own danger, or the household's, said beside the threat: distress stays.
THREAT_AND_DANGER = {
    "self_too": (
        "Préfecture",
        "Le fusil est chargé dans la chambre ; je vais le buter après l'audience, et après ce sera fini pour moi "
        "aussi.",
        "suicide",
    ),
    "home_defended": (
        "Mairie",
        "S'il revient frapper à la porte la nuit, je l'attends avec le fusil, je dois protéger mes enfants.",
        "violence",
    ),
}

# Near misses: hunters, jokes, reported words, a gun handed in. No threat of the writer's.
NO_THREAT = {
    "boar_shot": ("Préfecture", "Si les sangliers reviennent je les abats : la carabine doit-elle être déclarée ?"),
    "wife_joke": ("Mairie", "Ma femme va me tuer si j'oublie encore la cantine ! Jusqu'à quand peut-on inscrire ?"),
    "gun_handed_in": (
        "Préfecture",
        "Je passe jeudi avec la carabine de mon grand-père pour la remettre. À quelle heure ?",
    ),
    "reported_threat": ("CAF", "Il m'a dit je vais te tuer, et son fusil est chargé dans sa voiture. Que faire ?"),
    "rubbish_down": ("Mairie", "Le sac est trop lourd, je le descends à la cave ; le ramassage passe-t-il lundi ?"),
}


@pytest.mark.parametrize("case", sorted(THREATS))
def test_a_gun_aimed_at_others_is_abusive_not_the_writers_danger(case):
    administration, body = THREATS[case]
    result = _rules(administration, body)
    assert ABUSIVE in result.labels
    assert "suicide" not in result.distress_kinds


def test_the_loaded_gun_aimed_at_a_neighbour_keeps_abusive_with_the_model():
    result = _full(*THREATS["neighbour_aimed"])
    assert ABUSIVE in result.labels


@pytest.mark.parametrize("case", sorted(THREAT_AND_DANGER))
def test_a_threat_that_says_the_writers_or_the_households_danger_is_both(case):
    administration, body, kind = THREAT_AND_DANGER[case]
    result = _rules(administration, body)
    assert ABUSIVE in result.labels
    assert DISTRESS in result.labels
    assert kind in result.distress_kinds


@pytest.mark.parametrize("case", sorted(NO_THREAT))
def test_no_threat_is_read_in_a_hunter_a_joke_or_reported_words(case):
    administration, body = NO_THREAT[case]
    assert ABUSIVE not in _rules(administration, body).labels


def test_a_reported_threat_with_a_loaded_gun_stays_the_writers_danger():
    result = _rules(*NO_THREAT["reported_threat"])
    assert DISTRESS in result.labels


def test_the_threat_switch_turns_the_reading_off(monkeypatch: pytest.MonkeyPatch):
    administration, body = THREATS["neighbour_aimed"]
    monkeypatch.setattr(triage_threat_aimed, "THREAT_AIMED_RULE", False)
    result = _rules(administration, body)
    # Back to the forty-first pass: the loaded gun read as the writer's danger, no abusive rule.
    assert "suicide" in result.distress_kinds
    assert ABUSIVE not in result.labels


# (b) A worry about a benefit cut is no danger said of oneself; an event one fears still is.
WORRIES = {
    "apl_cut_but": (
        "CAF",
        "Si vous me coupez l'APL je ne sais pas ce que je ferai, mais je vous envoie quand même mes justificatifs.",
    ),
    "allocations_removed": ("CAF", "Si la CAF supprime mes allocations je ne sais pas ce que je ferai. Quel papier ?"),
    "rsa_suspended": ("Conseil départemental", "Quand le RSA sera suspendu je ne sais pas ce que je ferai, du coup ?"),
}
STILL_DANGER = {
    "seizure_coming": ("Mairie", "Quand ils viendront saisir la maison je ne sais pas ce que je ferai. Tout perdu."),
    "tired_of_all": ("Préfecture", "Fatiguée de tout. Si ça ne marche pas cette fois je ne sais pas ce que je ferai."),
}


@pytest.mark.parametrize("case", sorted(WORRIES))
def test_a_worry_about_a_benefit_cut_sets_no_distress_rule(case):
    administration, body = WORRIES[case]
    assert DISTRESS not in _rules(administration, body).labels


@pytest.mark.parametrize("case", sorted(STILL_DANGER))
def test_an_unknown_act_when_a_feared_event_comes_stays_distress(case):
    administration, body = STILL_DANGER[case]
    assert "suicide" in _rules(administration, body).distress_kinds


def test_the_measured_switch_gives_back_the_forty_first_reading(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(triage_understated, "SELF_MEASURED_RULE", False)
    assert DISTRESS in _rules(*WORRIES["apl_cut_but"]).labels


# (c) The flat-danger switch, read at each call.
def test_the_understated_switch_works_at_run_time(monkeypatch: pytest.MonkeyPatch):
    body = "J'ai chargé la carabine hier soir, elle est près du lit. Le marché du jeudi est-il maintenu ?"
    assert "suicide" in _rules("Mairie", body).distress_kinds
    monkeypatch.setattr(triage_understated, "UNDERSTATED_RULE", False)
    assert DISTRESS not in _rules("Mairie", body).labels
    monkeypatch.setattr(triage_understated, "UNDERSTATED_RULE", True)
    assert "suicide" in _rules("Mairie", body).distress_kinds


# (d) Addiction and recovery told beside a question.
RECOVERY_CALM = {
    "brother_sober": (
        "Tribunal judiciaire",
        "Mon frère ne boit plus depuis son hospitalisation pour alcoolisme, mais il oublie de payer ses factures. "
        "Comment demander une curatelle pour lui ? Faut-il un certificat médical ?",
    ),
    "husband_betting": (
        "Banque de France",
        "Mon mari a une addiction aux paris sportifs, il est suivi maintenant mais nous n'arrivons plus à payer "
        "les crédits. Pouvons-nous déposer un dossier de surendettement ensemble ?",
    ),
}
GATED = (
    "CAF",
    "Mon mari est en cure de désintoxication, nous avons des dettes à cause de son alcoolisme et je ne dors plus. "
    "Dois-je déclarer sa pension ?",
)
RECOVERY_DANGER = {
    "relapse_now": "J'ai repris hier soir, plus de méthadone depuis samedi, je tremble. Où aller ?",
    "drunk_with_baby": "Ma femme boit depuis ce matin, elle est par terre et le bébé est seul avec elle. Que faire ?",
}


@pytest.mark.parametrize("case", sorted(RECOVERY_CALM))
def test_an_addiction_told_calmly_is_told_so(case):
    _, body = RECOVERY_CALM[case]
    assert triage_recovery.recovery_told_calmly(body)


@pytest.mark.parametrize("case", sorted(RECOVERY_DANGER))
def test_a_relapse_now_or_a_child_alone_is_no_calm_recovery(case):
    assert not triage_recovery.recovery_told_calmly(RECOVERY_DANGER[case])


def test_the_recovery_gate_drops_the_models_distress_and_its_switch_gives_it_back(monkeypatch: pytest.MonkeyPatch):
    # The gate ships off (the lead, forty-second pass); switched on here to show what it does.
    monkeypatch.setattr(triage_recovery, "RECOVERY_GATE", True)
    # The lead's message (the retrained artefact of the forty-second pass no longer reads brother_sober as distress).
    administration, body = GATED
    assert DISTRESS not in _full(administration, body).labels
    monkeypatch.setattr(triage_recovery, "RECOVERY_GATE", False)
    assert DISTRESS in _full(administration, body).labels


def test_a_relapse_now_stays_distress_with_the_model():
    assert DISTRESS in _full("CPAM", RECOVERY_DANGER["relapse_now"]).labels
