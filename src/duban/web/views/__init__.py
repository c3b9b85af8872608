"""Views: parse the request, ask permissions/queries/workflow, render. No business rules here."""
