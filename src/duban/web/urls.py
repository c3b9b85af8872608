"""URL routes of the web application."""

from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import path

from duban.web.api import api
from duban.web.views import (
    accounts,
    assessment,
    dashboard,
    imports,
    office,
    public,
    reports,
    tokens,
    units,
    workspace,
)

urlpatterns = [
    path("", accounts.home, name="home"),
    path("login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("workspace/", workspace.workspace, name="workspace"),
    path("tasks/<int:task_id>/units/<int:unit_id>/progress/", workspace.progress_edit, name="progress_edit"),
    path("tasks/<int:task_id>/preview/", workspace.progress_preview, name="progress_preview"),
    path("progress/<int:progress_id>/attachments/", workspace.attachment_upload, name="attachment_upload"),
    path("attachments/<int:attachment_id>/", workspace.attachment_download, name="attachment_download"),
    path("attachments/<int:attachment_id>/delete/", workspace.attachment_delete, name="attachment_delete"),
    path("tasks/", office.task_list, name="tasks"),
    path("tasks/<int:task_id>/", office.task_detail, name="task_detail"),
    path("judgements/<int:judgement_id>/override/", office.judgement_override, name="judgement_override"),
    path("periods/", office.periods, name="periods"),
    path("periods/<int:period_id>/<str:move>/", office.period_move, name="period_move"),
    path("periods/<int:period_id>/reports/<str:what>/", reports.report_download, name="report_download"),
    path("review/", office.review, name="review"),
    path("missing/", office.missing, name="missing"),
    path("units/", units.units, name="units"),
    path("units/<int:unit_id>/", units.unit_detail, name="unit_detail"),
    path("units/<int:unit_id>/confirm/", units.unit_confirm, name="unit_confirm"),
    path("units/<int:unit_id>/merge/", units.unit_merge, name="unit_merge"),
    path("units/<int:unit_id>/aliases/", units.unit_alias_add, name="unit_alias_add"),
    path("aliases/<int:alias_id>/delete/", units.unit_alias_remove, name="unit_alias_remove"),
    path("import/", imports.import_plan, name="import"),
    path("import/preview/", imports.import_preview, name="import_preview"),
    path("import/rows/<int:index>/", imports.import_row, name="import_row"),
    path("import/units/", imports.import_units, name="import_units"),
    path("dashboard/", dashboard.dashboard, name="dashboard"),
    path("assessment/", assessment.ranking, name="assessment"),
    path("assessment/<int:plan_id>/units/<int:unit_id>/", assessment.unit_breakdown, name="assessment_unit"),
    path(
        "assessment/<int:plan_id>/units/<int:unit_id>/adjustments/",
        assessment.adjustment_add,
        name="assessment_adjustment_add",
    ),
    path(
        "assessment/adjustments/<int:adjustment_id>/withdraw/",
        assessment.adjustment_withdraw,
        name="assessment_adjustment_withdraw",
    ),
    path("assessment/<int:plan_id>/scheme/", assessment.scheme, name="assessment_scheme"),
    path("assessment/<int:plan_id>/download/<str:what>/", assessment.download, name="assessment_download"),
    path("public/", public.public_index, name="public"),
    path("public/periods/<int:period_id>/", public.public_period, name="public_period"),
    path("tokens/", tokens.api_tokens, name="api_tokens"),
    path("tokens/<int:token_id>/revoke/", tokens.api_token_revoke, name="api_token_revoke"),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
]
