"""People and their reach: role memberships (unit, leader) and API tokens."""
