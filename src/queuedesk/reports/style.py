"""The reports window's look: one palette, one style sheet (widgets set no colours)."""
from __future__ import annotations

NAVY = "#1d3557"
INK = "#1f2a36"
MUTED = "#5b6b7c"
BACKGROUND = "#eef2f7"
PAPER = "#ffffff"
LINE = "#d5dde8"
GREEN = "#2e7d32"
AMBER = "#b26a00"
RED = "#c62828"

SHEET = f"""
QWidget#reportsRoot {{ background: {BACKGROUND}; }}
QWidget {{ color: {INK}; }}
QFrame#header {{ background: {NAVY}; }}
QFrame#header QLabel {{ color: white; }}
QLabel#title {{ font-size: 22px; font-weight: 700; }}
QLabel#branch {{ font-size: 15px; color: #d7e3f4; }}
QFrame#header QPushButton {{ background: transparent; color: white; border: 1px solid #8aa2c2;
    border-radius: 6px; padding: 6px 16px; font-size: 14px; }}
QFrame#header QPushButton:hover {{ background: #2b4a73; }}
QFrame#header QPushButton:disabled {{ color: #8aa2c2; border-color: #4b6283; }}
QFrame#controls {{ background: {PAPER}; border-bottom: 1px solid {LINE}; }}
QFrame#controls QLabel {{ font-size: 14px; color: {MUTED}; }}
QFrame#controls QComboBox, QFrame#controls QDateEdit {{ font-size: 14px; padding: 3px 8px; min-height: 24px; }}
QLabel#status {{ font-size: 13px; color: {MUTED}; }}
QLabel#status[tone="red"] {{ color: {RED}; font-weight: 600; }}
QFrame#tile {{ background: {PAPER}; border: 1px solid {LINE}; border-radius: 10px; }}
QLabel#tileCaption {{ font-size: 13px; color: {MUTED}; }}
QLabel#tileValue {{ font-size: 26px; font-weight: 700; }}
QLabel#tileValue[tone="green"] {{ color: {GREEN}; }}
QLabel#tileValue[tone="amber"] {{ color: {AMBER}; }}
QLabel#tileValue[tone="red"] {{ color: {RED}; }}
QFrame#card {{ background: {PAPER}; border: 1px solid {LINE}; border-radius: 10px; }}
QChartView {{ background: {PAPER}; }}
QLabel#cardTitle {{ font-size: 15px; font-weight: 700; }}
QTableView {{ background: {PAPER}; border: none; gridline-color: {LINE}; font-size: 13px;
    alternate-background-color: #f6f8fa; }}
QHeaderView::section {{ background: #e9eef4; border: none; border-right: 1px solid {LINE};
    padding: 4px 6px; font-size: 12px; font-weight: 600; }}
"""
