"""Page furniture of wire and news sites: ad-report and sign-up buttons, link markers, "@Outlet
year" notices, bracketed photo credits, fused date/time lines (lines written for these tests)."""

from __future__ import annotations

import pytest

from warta import extract
from warta.clean.boilerplate import line_reason


@pytest.mark.parametrize(
    "line",
    [
        "Report this ad",
        "Hide this ad",
        "Sign up here.",
        "Subscribe now",
        "Daftar di sini",
        "Our Standards: The Thomson Reuters Trust Principles., opens new tab",
        "Read the full report, opens new tab",
        "@Berita Harian 2026",
        "@Harian Metro 2025",
        "Egyptian Foreign Minister Badr Abdelatty speaks in Cairo [File: Khaled Desouki/AFP]",
        "Rescuers search the rubble in Khan Younis [Mohammed Saber/EPA]",
        "November 23, 20264:12 AM UTCUpdated 2 hours ago",
        "Jan 5, 2026 9:30 PM GMT+8",
        "Save",
        "Click here to share on social media",
        "share2",
        "Dapatkan informasi, insight, cerita, dan pengalaman baru dengan mendaftar Kompas.com+",
    ],
)
def test_boilerplate_page_buttons_and_stamps_removed(line: str) -> None:
    assert line_reason(line), line


@pytest.mark.parametrize(
    "line",
    [
        "The envoy said he would sign up to the new accord [in Geneva] next week.",
        "Officials saved 40 people from the flooded village on Monday.",
        "Dapatkan bantuan segera, kata pejabat itu kepada warga yang terdampak banjir.",
        "On November 23, 2026, the ministry said 12 people were detained.",
    ],
)
def test_boilerplate_page_buttons_keep_body_lines(line: str) -> None:
    assert line_reason(line) == ""


@pytest.mark.parametrize(
    ("stamp", "iso"),
    [
        ("November 23, 20264:12 AM UTCUpdated 2 hours ago", "2026-11-23"),
        ("Jan 5, 20269:30 PM GMT+8", "2026-01-05"),
        ("March 3, 2025 9:00 am", "2025-03-03"),
    ],
)
def test_metadata_published_from_fused_date_and_time(stamp: str, iso: str) -> None:
    text = f"Asia Pacific\nA headline about the sea\nBy Jane Doe\n{stamp}\nMANILA - Ships fired water cannon."
    assert extract(text).published == iso
