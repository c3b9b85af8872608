"""Views: parse the request, call one selector (to read) or one service (to write), render. No ORM, no
business rules here."""
