"""Guichet's own quotations of a fiche (extracts, key points, table rows laid out as lines) are not read by the
contradiction check: they come from the very source they would be compared with. Written after the lead found 12 of
92 extractive validation drafts carrying a false `contradiction` error on such lines."""

from guichet.drafting.checks import check_draft

TABLE = (
    "Activités concernées | Cotisations sociales en 2018 | Cotisations sociales en 2019 | "
    "Cotisations sociales en 2020 Vente de marchandises et fourniture d'hébergement (sauf location "
    "d'habitation meublée et logements meublés de tourisme) | 12,8 % | 12,8 % | 12,8 % "
    "Location de logements meublés de tourisme | 6 % | 6 % | 6 %"
)
SOURCES = [{"n": 1, "title": "Cotisations sociales du micro-entrepreneur", "passage": TABLE}]
ROW = (
    "- Régime micro-social : Activités concernées : Location de logements meublés de tourisme ; Cotisations sociales "
    "en 2018 : 6 % ; Cotisations sociales en 2019 : 6 % ; Cotisations sociales en 2020 : 6 %. [1]"
)
MODEL = "Les cotisations sociales de la location de logements meublés de tourisme sont de 12,8 % en 2020 [1]."


def contradicting(text: str, quoted: list[str]) -> list[str]:
    checks, alerts = check_draft(f"Bonjour,\n\n{text}", sources=SOURCES, quoted_texts=quoted)
    assert [a for a in alerts if a["code"] == "contradiction"] or not checks["contradictions"]
    return [item["sentence"] for item in checks["contradictions"]]


def test_pass28_a_table_row_guichet_laid_out_is_not_read_as_a_contradiction():
    # Unquoted, the row is aligned with the row above it and its "sauf" (the false alarm the lead found).
    assert contradicting(ROW, quoted=[]) == [ROW.removesuffix(" [1]")]
    assert contradicting(ROW, quoted=[ROW]) == []
    # Sources are renumbered once the draft is assembled: the quoted line is recognised without its citation mark.
    assert contradicting(ROW, quoted=[ROW.replace("[1]", "[3]")]) == []


def test_pass28_a_sentence_beside_the_quotation_is_still_read():
    assert contradicting(f"{ROW}\n{MODEL}", quoted=[ROW]) == [MODEL]
