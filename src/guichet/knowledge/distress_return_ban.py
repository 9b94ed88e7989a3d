"""Thirty-eighth pass (engineer-r60): a foreigner banned from coming back, told by the ban, read before the order to
leave.

The distress map's entry for an order to leave France (`situations.DISTRESS`, "éloignement du territoire") points to
F18362 « Obligation de quitter la France (OQTF) ». A writer who received the OQTF *with* a ban on returning asks about
the ban ("une autre décision qui m'interdit de revenir pendant deux ans", "une OQTF avec en plus défense de revenir
pendant 2 ans", "interdite de retour"), and the ban has its own fiche, F2782 « Interdiction de retour sur le
territoire français (IRTF) »: on train + validation of `corpora/retrieval/` the OQTF's pointer put F18362 first above
it in messages of three batches and authors. `RETURN_BAN` is read before the order to leave (the first situation
recognised is the main one, `rerank`), with both fiches, the ban first.

Not a criminal court's ban (« interdiction du territoire français », a sentence: another procedure), nor a ban of a
place ("interdit de revenir dans le magasin", "interdit de stade").
"""

from __future__ import annotations

from guichet.knowledge.distress_entry import Distress

RETURN_BAN_NAME = "interdiction de retour en France"
RETURN_BAN = Distress(
    RETURN_BAN_NAME,
    (
        r"\birtf\b|interdiction de retour",
        # "m'interdit de revenir pendant deux ans", "défense de revenir pendant 2 ans", "interdit de retour en France"
        r"\b(interdi\w*|defense|pas le droit) (de )?(revenir|retour|rentrer)\b(?! (dans|a|au|chez) (le |la |l.)?"
        r"(magasin|stade|boite|bar|lycee|college|ecole|club|salle|piscine|centre))",
    ),
    ("F2782", "F18362"),
    "F2782 « Interdiction de retour sur le territoire français (IRTF) » ; F18362 « Obligation de quitter la France "
    "(OQTF) », qu'elle accompagne",
    requires=(r"oqtf|obligation de quitter|prefecture|prefet|territoire|titre de sejour|sans papiers|expuls|irtf",),
)
