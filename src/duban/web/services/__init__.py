"""Every write to the database: keyword-only functions, one transaction each (HackSoft's services)."""
