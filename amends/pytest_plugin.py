"""Loaded by pytest before Django starts, so the one settings module runs in test mode."""

import os

os.environ.setdefault("AMENDS_ENV", "test")
os.environ.setdefault("AMENDS_VAR_DIR", os.path.join(os.getcwd(), "var", "test"))
