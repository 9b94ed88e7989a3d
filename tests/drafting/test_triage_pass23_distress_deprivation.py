"""Triage, twenty-third pass of issue 12: distress told on the side of a routine errand (the unseen batch bk) is a
distress rule's (`triage_deprivation`): no money or food for days, counted; vital care stopped with its transport
or cover; a sick child left without care; sexual harassment by a superior with the job held over the writer.

Every message here was written for these tests (none is in a corpus). The rules are read alone (`use_model=False`):
the model's score is not what these families rely on."""

from guichet.drafting.enums import TriageLabel
from guichet.drafting.triage import triage


def _rules(title: str, body: str, administration: str = "CAF"):
    return triage(title=title, body=body, administration=administration, use_model=False)


def test_no_money_for_days_is_distress():
    result = _rules(
        "acompte saison",
        "Bonjour, la paie des vendanges n'est pas tombée et nous n'avons plus d'argent depuis six jours avec les "
        "trois petits. Comment demander un acompte ?",
    )
    assert TriageLabel.DISTRESS in result.labels
    assert "food" in result.distress_kinds


def test_an_empty_fridge_masked_as_a_name_is_still_empty():
    # The privacy layer can take the fridge for a name; what the pipeline triages is this text.
    result = _rules(
        "aide",
        "Bonjour, on a deux enfants et le [PERSONNE_1] est vide depuis dimanche, la mission d'intérim s'est arrêtée.",
    )
    assert TriageLabel.DISTRESS in result.labels


def test_vital_care_stopped_with_its_transport_is_distress():
    result = _rules(
        "transport",
        "Ma mère est sous chimiothérapie à Cayenne et l'ambulance ne vient plus : la prise en charge des transports "
        "est terminée. Elle a déjà raté sa séance de lundi, que faut-il envoyer ?",
        "CGSS Guyane",
    )
    assert TriageLabel.DISTRESS in result.labels
    assert "health" in result.distress_kinds


def test_a_sick_child_without_care_is_distress():
    result = _rules(
        "mutuelle",
        "Bonjour, ma fille de 3 ans a de la fièvre depuis hier soir et nous n'avons plus de mutuelle ni de médecin "
        "ici. Comment refaire nos droits ?",
        "CPAM",
    )
    assert TriageLabel.DISTRESS in result.labels


def test_sexual_harassment_by_a_superior_with_the_job_at_stake_is_distress():
    result = _rules(
        "mon responsable",
        "Mon responsable de rayon me fait des propositions déplacées et si je refuse il dit que mon contrat ne sera "
        "pas renouvelé. Est-ce que j'ai le droit de changer d'équipe ?",
        "Inspection du travail",
    )
    assert TriageLabel.DISTRESS in result.labels


def test_look_alikes_stay_routine():
    bodies = [
        "Bonjour, votre standard sonne dans le vide depuis lundi, à quelle heure peut-on vous joindre ?",
        "Le logement de ma tante est vide depuis trois semaines, faut-il payer la taxe d'habitation ?",
        "Mon père a fini sa chimiothérapie l'an dernier, comment se fait le remboursement du transport ?",
        "Notre entreprise organise une formation sur le harcèlement sexuel pour les managers, est-elle obligatoire ?",
    ]
    for body in bodies:
        assert TriageLabel.DISTRESS not in _rules("question", body).labels, body
