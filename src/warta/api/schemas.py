"""The REST wire format (pydantic), kept apart from `warta.model` so either can change."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class ErrorOut(BaseModel):
    error: str = Field(description="What went wrong, in words")
    code: str = Field(description="Stable error code, e.g. E404")


class HealthOut(BaseModel):
    status: str
    articles: int
    version: str


class HitOut(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    language: str | None
    published: str | None
    story_id: str | None
    score: float
    snippet: list[tuple[str, bool]] = Field(description="Snippet as (text, is_match) parts; render as text")


class SearchOut(BaseModel):
    total: int
    limit: int
    offset: int
    hits: list[HitOut]


class StoryOut(BaseModel):
    id: str
    label: str
    article_count: int
    independent_source_count: int
    first_seen: str | None
    last_seen: str | None
    outlets: list[str]
    languages: list[str]


class StoryDetailOut(StoryOut):
    timeline: list[dict[str, Any]]
    figures: list[dict[str, Any]]


class EntityOut(BaseModel):
    name: str
    type: str | None
    qid: str | None
    aliases: list[str]
    report: dict[str, Any]


class IngestOut(BaseModel):
    new: int = Field(description="Articles stored for the first time")
    duplicate: int = Field(description="Articles already stored (same content hash or URL)")
    near_duplicate: int = Field(description="Stored, marked as a copy of an earlier article")
    failed: list[tuple[str, str]] = Field(description="(item, message) for inputs that could not be read")
