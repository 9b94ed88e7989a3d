from urllib.parse import urlencode

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from guichet.insights.charts import render as render_chart
from guichet.insights.dashboard import dashboard
from guichet.insights.forms import DashboardFilterForm
from guichet.insights.views.common import context, csv_response, supervised_administration


@login_required
def dashboard_view(request: HttpRequest, slug: str) -> HttpResponse:
    """The supervisor dashboard; `?csv=<figure>` downloads one figure's table."""
    administration = supervised_administration(request, slug)
    form = DashboardFilterForm(request.GET or None)
    filters = form.filters()
    result = dashboard(administration=administration, filters=filters)
    wanted = request.GET.get("csv")
    if wanted:
        figure = next((f for f in result.figures if f.key == wanted), None)
        if figure is None:
            raise Http404("Figure inconnue.")
        name = f"guichet-{administration.slug}-{figure.key}-{filters.start}-{filters.end}.csv"
        return csv_response(name, figure.columns, figure.rows)
    query = {k: v for k, v in filters.as_query().items() if v}
    charts = [(figure, render_chart(figure)) for figure in result.figures]
    return render(
        request,
        "insights/dashboard.html",
        context(
            request,
            administration,
            "insights:dashboard",
            "Tableau de bord",
            form=form,
            filters=filters,
            dashboard=result,
            charts=charts,
            query_string=urlencode(query) + "&" if query else "",
        ),
    )
