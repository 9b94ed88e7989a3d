from django.urls import include, path

from guichet.insights.views import dashboard, experiment, sources, spotchecks, transparency

supervision = [
    path("", dashboard.dashboard_view, name="dashboard"),
    path("experimentation/", experiment.experiment_view, name="experiment"),
    path("experimentation/tirage/", experiment.experiment_randomise, name="experiment_randomise"),
    path("controles/", spotchecks.spotchecks_view, name="spotchecks"),
    path("controles/tirage/", spotchecks.spotchecks_sample, name="spotchecks_sample"),
    path("controles/regles/", spotchecks.spotchecks_policy, name="spotchecks_policy"),
    path("controles/<int:pk>/", spotchecks.spotcheck_grade, name="spotcheck_grade"),
    path("sources/", sources.sources_view, name="sources"),
]

# Every supervisor page of an administration (tests open each as an agent and as another administration's member).
SUPERVISION_PAGE_NAMES = ["dashboard", "experiment", "spotchecks", "sources"]

urlpatterns = [
    path("transparence/", transparency.transparency, name="transparency"),
    path("transparence.json", transparency.transparency_json, name="transparency_json"),
    path("a/<slug:slug>/supervision/", include((supervision, "insights"))),
]
