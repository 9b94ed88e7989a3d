"""The knowledge base: service-public.fr fiches, their versions, their chunks and what changed between ingests.

A `Fiche` is one DILA identifier (F1234, N19810, R1406), whatever the number of audience folders it appears in.
Each distinct content becomes a `FicheVersion` that is never edited nor deleted, so a draft can cite the exact
text it stood on; the fiche points to its current version. Only current versions have `Chunk` rows: the search
index is derived from them. `SourceChange` is an append-only journal of additions, updates and removals that
later features (re-checking drafts that cited a changed fiche) read; its last id is the index version.
"""

from django.db import models

from guichet.readonly import AppendOnlyModel


class FicheQuerySet(models.QuerySet):
    def active(self) -> "FicheQuerySet":
        return self.filter(removed_at__isnull=True, current_version__isnull=False)


class Fiche(models.Model):
    fiche_id = models.CharField("identifiant", max_length=20, unique=True)
    kind = models.CharField("nature", max_length=1)  # F, N or R: the first letter of the identifier.
    fiche_type = models.CharField("type", max_length=100, blank=True)
    title = models.CharField("titre", max_length=500)
    url = models.URLField("adresse", max_length=500, blank=True)
    audiences = models.JSONField("publics", default=list)
    current_version = models.ForeignKey(
        "FicheVersion", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    removed_at = models.DateTimeField("retirée le", null=True, blank=True)
    updated_at = models.DateTimeField("mise à jour le", auto_now=True)

    objects = FicheQuerySet.as_manager()

    class Meta:
        verbose_name = "fiche"
        verbose_name_plural = "fiches"

    def __str__(self) -> str:
        return f"{self.fiche_id} – {self.title}"


class FicheVersion(models.Model):
    fiche = models.ForeignKey(Fiche, on_delete=models.CASCADE, related_name="versions")
    content_hash = models.CharField("empreinte du contenu", max_length=64)
    date = models.DateField("date de modification (dc:date)", null=True, blank=True)
    content = models.JSONField("contenu analysé")
    created_at = models.DateTimeField("intégrée le", auto_now_add=True)

    class Meta:
        verbose_name = "version de fiche"
        verbose_name_plural = "versions de fiche"
        constraints = [models.UniqueConstraint(fields=["fiche", "content_hash"], name="knowledge_version_unique")]

    def __str__(self) -> str:
        return f"{self.fiche.fiche_id}@{self.content_hash[:12]}"


class Chunk(models.Model):
    class Kind(models.TextChoices):
        SUMMARY = "summary", "Résumé"
        INTRO = "intro", "Introduction"
        TEXT = "text", "Texte"
        TABLE = "table", "Tableau"
        GLOSSARY = "glossary", "Définition"
        RESOURCE = "resource", "Services et formulaires"

    version = models.ForeignKey(FicheVersion, on_delete=models.CASCADE, related_name="chunks")
    position = models.PositiveIntegerField("position")
    heading = models.CharField("titres", max_length=1000, blank=True)
    kind = models.CharField("nature", max_length=20, choices=Kind.choices)
    text = models.TextField("texte")

    class Meta:
        verbose_name = "passage"
        verbose_name_plural = "passages"
        ordering = ["version_id", "position"]

    def __str__(self) -> str:
        return f"{self.version} #{self.position} {self.heading}"


class IngestRun(models.Model):
    sources = models.JSONField("sources", default=list)
    started_at = models.DateTimeField("début", auto_now_add=True)
    finished_at = models.DateTimeField("fin", null=True, blank=True)
    added = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    removed = models.PositiveIntegerField(default=0)
    rejected = models.PositiveIntegerField(default=0)
    errors = models.JSONField("fichiers rejetés", default=list)

    class Meta:
        verbose_name = "intégration"
        verbose_name_plural = "intégrations"

    def __str__(self) -> str:
        return f"Intégration {self.pk} ({self.started_at:%Y-%m-%d %H:%M})"


class SourceChange(AppendOnlyModel):
    """One fiche added, updated, removed or restored by an ingest: append-only."""

    class Kind(models.TextChoices):
        ADDED = "added", "Ajoutée"
        UPDATED = "updated", "Modifiée"
        REMOVED = "removed", "Retirée"
        RESTORED = "restored", "Republiée"

    fiche = models.ForeignKey(Fiche, on_delete=models.CASCADE, related_name="changes")
    kind = models.CharField("nature", max_length=20, choices=Kind.choices)
    previous_version = models.ForeignKey(
        FicheVersion, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    new_version = models.ForeignKey(FicheVersion, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    run = models.ForeignKey(IngestRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="changes")
    created_at = models.DateTimeField("date", auto_now_add=True)

    class Meta:
        verbose_name = "changement de source"
        verbose_name_plural = "changements de source"
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"{self.fiche.fiche_id} {self.get_kind_display()}"
