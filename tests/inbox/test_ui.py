"""Pure helpers of the workbench: edit distance, highlighting, draft annotation, streamed restoring."""

from guichet.inbox.forms import FeedbackForm, SendForm
from guichet.inbox.ui import (
    StreamRestorer,
    annotate_draft,
    edit_distance,
    field_group_once,
    highlight_pii,
    highlight_placeholders,
    restored_alerts,
    review_marks,
)

MAPPING = {"[PERSONNE_1]": "Jeanne Dupont", "[EMAIL_1]": "jeanne@example.org"}


def test_edit_distance_is_word_level_and_normalised():
    assert edit_distance("", "") == 0.0
    assert edit_distance("Bonjour Madame", "") == 1.0
    assert edit_distance("Bonjour Madame, merci.", "bonjour   madame, merci.") == 0.0
    assert edit_distance("un deux trois quatre", "un deux cinq quatre") == 0.25


def test_highlight_pii_marks_known_values_and_escapes_the_rest():
    html = highlight_pii("Je suis Jeanne Dupont <script>", MAPPING)
    assert '<mark class="guichet-pii" title="Donnée personnelle : personne">Jeanne Dupont</mark>' in html
    assert "&lt;script&gt;" in html
    assert highlight_pii("<b>", {}) == "&lt;b&gt;"


def test_highlight_placeholders():
    assert '<span class="guichet-placeholder">[PERSONNE_1]</span>' in highlight_placeholders("Bonjour [PERSONNE_1] &")


def test_annotate_links_citations_and_marks_doubtful_passages():
    sources = [{"n": 1, "title": "APL"}]
    # The shapes drafting stores (guichet.drafting.checks): passages with spans, alerts with a code it emits.
    marks = review_marks(
        checks={
            "numbers": {"found": ["250 €"], "unsupported": [{"text": "250 €", "span": [62, 67]}]},
            "promises": [{"text": "[PERSONNE_1] aura son aide.", "span": [87, 114]}],
        },
        alerts=[
            {
                "level": "warning",
                "code": "sentence_unsupported",
                "message": "Phrase non appuyée par les sources.",
                "span": [33, 57],
                "sentence": "Vous serez payée demain.",
            }
        ],
        mapping=MAPPING,
    )
    assert marks["promise"] == ["Jeanne Dupont aura son aide."]
    text = (
        "L'APL dépend des ressources [1]. Vous serez payée demain. Soit 250 €. Voir [Source 3]. "
        "Jeanne Dupont aura son aide."
    )
    html = annotate_draft(text, marks=marks, sources=sources)
    assert '<a class="guichet-cite" href="#source-1" title="Source 1 : APL">[1]</a>' in html
    assert '<mark class="guichet-mark guichet-mark--unsupported">Vous serez payée demain.</mark>' in html
    assert '<mark class="guichet-mark guichet-mark--number">250 €</mark>' in html
    assert "(citation sans source)" in html  # [Source 3] does not exist
    assert "promesse de décision à vérifier" in html


def test_restored_alerts_are_sorted_by_level():
    alerts = restored_alerts(
        [{"level": "info", "message": "Lisibilité"}, {"level": "error", "message": "Écrire à [PERSONNE_1]"}], MAPPING
    )
    assert [a["level"] for a in alerts] == ["error", "info"]
    assert alerts[0]["message"] == "Écrire à Jeanne Dupont"


def test_stream_restorer_never_shows_half_a_placeholder():
    restorer = StreamRestorer(MAPPING)
    tokens = ["Bonjour ", "[PERS", "ONNE", "_1", "],", " votre ", "courriel ", "EMAIL", "_1", " est noté [1]."]
    shown = [restorer.feed(t) for t in tokens] + [restorer.flush()]
    assert "".join(shown) == "Bonjour Jeanne Dupont, votre courriel jeanne@example.org est noté [1]."
    assert not any("PERS" in piece or "EMAIL" in piece for piece in shown)


def test_field_group_once_reuses_unbound_fields_and_never_bound_ones():
    first = field_group_once(SendForm()["comment"])
    assert field_group_once(SendForm()["comment"]) is first  # rendered once
    assert str(first) == str(SendForm()["comment"].as_field_group())
    # Another initial value or bound data is another rendering.
    minor = str(field_group_once(FeedbackForm(initial={"rating": "minor"})["rating"]))
    assert minor != str(field_group_once(FeedbackForm()["rating"]))
    assert minor == str(FeedbackForm(initial={"rating": "minor"})["rating"].as_field_group())
    bound = field_group_once(SendForm(data={"comment": "Merci"})["comment"])
    assert "Merci" in str(bound)
    assert "Merci" not in str(field_group_once(SendForm()["comment"]))
