"""De scenario's uit `features/` als pytest-tests."""
