from guichet.drafting.compose import clean_output, compose, unusable
from guichet.drafting.prompts import AdministrationProfile
from guichet.drafting.triage import triage
from tests.drafting.backends import ScriptedBackend

PROFILE = AdministrationProfile(name="Mairie de Lyon", signature="Le service État civil")
SOURCES = [
    {
        "n": 1,
        "fiche_id": "F1",
        "title": "Passeport",
        "heading": "Coût",
        "passage": "Le timbre fiscal coûte 86 € pour un majeur. Il s'achète en ligne ou chez un buraliste.",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F1",
        "resources": [{"kind": "service", "title": "Pré-demande de passeport", "url": "https://ants.gouv.fr/x"}],
    },
    {
        "n": 2,
        "fiche_id": "F1",
        "title": "Passeport",
        "heading": "Démarche",
        "passage": "Vous faites une pré-demande en ligne, puis vous allez dans une mairie équipée.",
        "url": "https://www.service-public.fr/particuliers/vosdroits/F1",
        "resources": [],
    },
]
COVERED = {"covered": True, "reason": "ok"}
TITLE, BODY = "Prix du passeport", "Bonjour, combien coûte un passeport pour un adulte ? Merci. [PERSONNE_1]"
GOOD = (
    "Bonjour Madame, Monsieur,\n\nLe timbre fiscal coûte 86 € pour un majeur [Source 1]. "
    "Vous faites une pré-demande en ligne, puis vous allez dans une mairie équipée [Source 2].\n\nCordialement."
)


def run(backend, *, body=BODY, coverage=COVERED, sources=SOURCES, **kwargs):
    result = triage(title=TITLE, body=body, administration=PROFILE.name)
    return compose(
        profile=PROFILE,
        title=TITLE,
        body=body,
        triage=result,
        sources=sources,
        coverage=coverage,
        backend=backend,
        known_placeholders=["[PERSONNE_1]"],
        **kwargs,
    )


def test_generated_draft_is_framed_cited_and_checked():
    streamed = []
    composed = run(ScriptedBackend(outputs=[GOOD]), on_token=streamed.append)
    assert composed.kind == "generated"
    assert composed.text.startswith("Bonjour,\n\nLe timbre fiscal coûte 86 €")
    assert "[1]" in composed.text and "[Source 1]" not in composed.text
    assert composed.text.endswith("Bien cordialement,\nLe service État civil")
    assert composed.text.count("Bonjour") == 1 and "Cordialement." not in composed.text
    assert composed.checks["numbers"]["unsupported"] == []
    assert "".join(streamed).strip() == GOOD.replace("\n", "\n").strip() or streamed
    assert len(composed.attempts) == 1 and composed.attempts[0].messages == composed.messages


def test_refusal_twice_falls_back_to_extracts():
    backend = ScriptedBackend(outputs=["Je ne peux pas vous aider avec cela.", "I'm sorry, I cannot help."])
    composed = run(backend)
    assert composed.kind == "extractive"
    assert len(backend.calls) == 2
    assert "Le timbre fiscal coûte 86 € pour un majeur" in composed.text
    assert "https://www.service-public.fr/particuliers/vosdroits/F1" in composed.text
    assert "https://ants.gouv.fr/x" in composed.text  # the online service
    assert {"extractive_fallback", "model_refusal"} <= {a["code"] for a in composed.alerts}


def test_failing_checks_twice_falls_back():
    wrong = "Le timbre coûte 120 € [Source 1]. Votre dossier est accepté [Source 2]."
    composed = run(ScriptedBackend(outputs=[wrong, wrong]))
    assert composed.kind == "extractive"
    assert composed.checks["fallback"] == "checks_failed"
    assert "120 €" not in composed.text


def test_one_bad_try_then_a_good_one():
    wrong = "Le timbre coûte 120 € [Source 1]."
    composed = run(ScriptedBackend(outputs=[wrong, GOOD]))
    assert composed.kind == "generated" and len(composed.attempts) == 2


def test_not_covered_skips_the_model_and_says_so():
    backend = ScriptedBackend(outputs=[GOOD])
    composed = run(backend, coverage={"covered": False, "reason": "scores de recherche trop faibles"})
    assert backend.calls == []
    assert composed.kind == "extractive"
    assert "ne permettent pas de répondre précisément" in composed.text
    assert "not_covered" in {a["code"] for a in composed.alerts}


def test_distress_draft_starts_with_emergency_contacts():
    body = "Je n'ai plus la force, je veux en finir. Combien coûte un passeport ?"
    composed = run(ScriptedBackend(outputs=[GOOD]), body=body)
    first_lines = composed.text.split("\n\n")[1]
    assert "3114" in first_lines and "15 ou 112" in first_lines
    assert composed.text.index("3114") < composed.text.index("timbre")
    assert composed.alerts[0]["code"] == "distress"
    assert composed.checks["numbers"]["unsupported"] == []  # our own numbers are trusted


def test_out_of_scope_draft_redirects():
    result = triage(title="Carte grise", body="Comment refaire ma carte grise après un vol ?", administration="CAF")
    composed = compose(
        profile=AdministrationProfile(name="CAF"),
        title="Carte grise",
        body="Comment refaire ma carte grise après un vol ?",
        triage=result,
        sources=[],
        coverage={"covered": False, "reason": "aucune fiche trouvée"},
        backend=None,
    )
    assert "ne relève pas de CAF" in composed.text and "ANTS" in composed.text
    assert "out_of_scope" in {a["code"] for a in composed.alerts}


def test_output_cleaning_and_echo_detection():
    assert clean_output("**Bonjour Madame, Monsieur,**\nTexte [Source 2].\nCordialement,\nL'équipe") == "Texte [2]."
    assert unusable("Bonjour, combien coûte un passeport pour un adulte ? Merci. Cordialement", message=BODY) == "echo"
    restated = "Vous demandez combien coûte un passeport pour un adulte. Le timbre fiscal coûte 86 € pour un majeur."
    assert (
        unusable(restated + " Il s'achète en ligne ou chez un buraliste agréé près de chez vous.", message=BODY) == ""
    )
    assert unusable("Le timbre fiscal coûte 86 € pour un majeur [1]. Il s'achète en ligne.", message=BODY) == ""
