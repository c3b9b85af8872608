"""Every read of the database, one module per entity (HackSoft's selectors): pages, the API, the CLI and the
reports read through these and nothing else. Nothing here writes."""
