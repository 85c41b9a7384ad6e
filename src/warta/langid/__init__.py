"""Trained language identification (id, ms, en and a few more) for sentences and documents."""

from warta.langid.model import LangModel, get_model

__all__ = ["LangModel", "get_model"]
