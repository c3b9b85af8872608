"""URL routes of the web application."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from duban.web.api import api
from duban.web.views import accounts, dashboard, imports, office, public, reports, workspace

urlpatterns = [
    path("", accounts.home, name="home"),
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("workspace/", workspace.workspace, name="workspace"),
    path("tasks/<int:task_id>/units/<int:unit_id>/progress/", workspace.progress_edit, name="progress_edit"),
    path("tasks/<int:task_id>/preview/", workspace.progress_preview, name="progress_preview"),
    path("progress/<int:progress_id>/attachments/", workspace.attachment_upload, name="attachment_upload"),
    path("attachments/<int:attachment_id>/", workspace.attachment_download, name="attachment_download"),
    path("tasks/", office.task_list, name="tasks"),
    path("tasks/<int:task_id>/", office.task_detail, name="task_detail"),
    path("judgements/<int:judgement_id>/override/", office.judgement_override, name="judgement_override"),
    path("periods/", office.periods, name="periods"),
    path("periods/<int:period_id>/<str:move>/", office.period_move, name="period_move"),
    path("periods/<int:period_id>/reports/<str:what>/", reports.report_download, name="report_download"),
    path("review/", office.review, name="review"),
    path("missing/", office.missing, name="missing"),
    path("units/", office.units, name="units"),
    path("import/", imports.import_plan, name="import"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("public/", public.public_index, name="public"),
    path("public/periods/<int:period_id>/", public.public_period, name="public_period"),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
]
