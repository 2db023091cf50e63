"""The desk's look: one palette and one style sheet, so every widget agrees."""
from __future__ import annotations

# Queue colours against the service's targets; also used for the chips and banner.
GREEN = "#2e7d32"
AMBER = "#b26a00"
RED = "#c62828"
BLUE = "#1556b0"
NAVY = "#1d3557"
INK = "#1f2d3d"
MUTED = "#5b6b7c"
PAPER = "#ffffff"
BACKGROUND = "#eef2f7"
LINE = "#d5dde8"


def wait_colour(minutes: float, target: float, maximum: float, waiting: int) -> str:
    """Green within target, amber past the target, red past the maximum wait."""
    if waiting == 0 or minutes <= target:
        return GREEN
    return RED if minutes > maximum else AMBER


# Object names and dynamic properties select the rules below; widgets set no colours.
SHEET = f"""
QMainWindow, QWidget#deskRoot {{ background: {BACKGROUND}; }}
QWidget {{ color: {INK}; }}

QFrame#header {{ background: {NAVY}; }}
QFrame#header QLabel {{ color: white; }}
QLabel#headerCounter {{ font-size: 22px; font-weight: 700; }}
QLabel#headerTeller {{ font-size: 15px; color: #d7e3f4; }}
QLabel#chip {{ border-radius: 9px; padding: 1px 12px; font-size: 14px; font-weight: 600; color: white; }}
QLabel#chip[tone="green"] {{ background: {GREEN}; }}
QLabel#chip[tone="amber"] {{ background: {AMBER}; }}
QLabel#chip[tone="red"] {{ background: {RED}; }}
QLabel#chip[tone="blue"] {{ background: {BLUE}; }}
QLabel#chip[tone="grey"] {{ background: #7a8796; }}
QFrame#header QPushButton {{ background: transparent; color: white; border: 1px solid #8aa2c2;
    border-radius: 6px; padding: 6px 14px; font-size: 14px; }}
QFrame#header QPushButton:hover {{ background: #2b4a73; }}
QFrame#header QPushButton:disabled {{ color: #8aa2c2; border-color: #4b6283; }}

QFrame#banner {{ border-radius: 8px; }}
QFrame#banner[tone="red"] {{ background: {RED}; }}
QFrame#banner[tone="amber"] {{ background: #fff3d6; border: 1px solid #f0c36d; }}
QFrame#banner[tone="red"] QLabel {{ color: white; font-size: 16px; font-weight: 600; }}
QFrame#banner[tone="amber"] QLabel {{ color: #6b4400; font-size: 15px; }}
QFrame#banner QToolButton {{ border: none; font-size: 16px; color: #6b4400; }}

QFrame#card {{ background: {PAPER}; border: 1px solid {LINE}; border-radius: 12px; }}
QFrame#card[attention="true"] {{ background: #fff3c4; border: 1px solid #e0a800; }}
QLabel#caption {{ color: {MUTED}; font-size: 15px; font-weight: 600; letter-spacing: 1px; }}
QLabel#bigNumber {{ color: {BLUE}; font-size: 150px; font-weight: 800; }}
QLabel#bigNumber[idle="true"] {{ color: #8a99ab; font-size: 56px; font-weight: 700; }}
QLabel#serviceName {{ font-size: 26px; font-weight: 600; }}
QLabel#fact {{ font-size: 17px; color: {MUTED}; }}
QLabel#factValue {{ font-size: 22px; font-weight: 700; }}
QLabel#hint {{ font-size: 17px; color: {MUTED}; }}
QLabel#note {{ background: #fff7df; border: 1px solid #f0d48a; border-radius: 8px; padding: 8px 12px;
    font-size: 17px; color: #5a4300; }}

QPushButton#action {{ background: {PAPER}; border: 1px solid #b9c6d6; border-radius: 10px;
    min-height: 64px; padding: 4px 8px; }}
QPushButton#action:hover {{ border-color: {BLUE}; background: #f3f7fd; }}
QPushButton#action:pressed {{ background: #e3ecf9; }}
QPushButton#action:disabled {{ background: #e8ecf1; border-color: #d7dde5; }}
QPushButton#action[role="warn"]:enabled {{ background: #fff4e5; border-color: #e0a44a; }}
QPushButton#action[next="true"]:enabled {{ background: {BLUE}; border-color: #0b3d82; }}
QPushButton#action[next="true"]:enabled:hover {{ background: #1b63c6; }}
QLabel#actionText {{ font-size: 18px; font-weight: 600; background: transparent; }}
QLabel#actionKey {{ font-size: 12px; font-weight: 700; color: {MUTED}; background: #eef2f7;
    border: 1px solid #cfd8e3; border-radius: 4px; padding: 0px 6px; }}
QLabel#actionText[tone="on"] {{ color: white; }}
QLabel#actionKey[tone="on"] {{ color: white; background: rgba(255,255,255,0.18);
    border-color: rgba(255,255,255,0.45); }}
QLabel#actionText[tone="off"] {{ color: #9aa6b2; }}
QLabel#actionKey[tone="off"] {{ color: #aab4bf; background: transparent; border-color: #d7dde5; }}

QLabel#sectionTitle {{ font-size: 16px; font-weight: 700; color: {NAVY}; }}
QLabel#queueName {{ font-size: 16px; }}
QLabel#queueCount {{ font-size: 24px; font-weight: 800; }}
QLabel#queueWait {{ font-size: 15px; font-weight: 600; }}
QFrame#swatch {{ border-radius: 3px; }}
QLabel#figureValue {{ font-size: 22px; font-weight: 800; color: {NAVY}; }}
QLabel#figureLabel {{ font-size: 13px; color: {MUTED}; }}
QListWidget#parked {{ border: none; font-size: 16px; background: transparent; }}
QListWidget#parked::item {{ padding: 6px 4px; border-bottom: 1px solid #edf0f4; }}
QLabel#empty {{ color: #97a3b0; font-size: 15px; }}
QLabel#ratingLast {{ font-size: 15px; border-radius: 6px; padding: 2px 4px; }}
QLabel#ratingLast[fresh="true"] {{ background: #fff3c4; font-weight: 700; }}

QFrame#signinCard {{ background: {PAPER}; border: 1px solid {LINE}; border-radius: 14px; }}
QFrame#signinCard QLabel#signinTitle {{ font-size: 26px; font-weight: 700; color: {NAVY}; }}
QFrame#signinCard QLabel#signinError {{ color: {RED}; font-size: 15px; }}
QFrame#signinCard QLineEdit, QFrame#signinCard QComboBox {{ font-size: 17px; padding: 6px 8px; min-height: 28px; }}
QFrame#signinCard QLabel {{ font-size: 16px; }}
QFrame#signinCard QLabel#hint {{ font-size: 15px; color: {MUTED}; }}
QPushButton#signinButton {{ background: {BLUE}; color: white; border: none; border-radius: 8px;
    font-size: 18px; font-weight: 600; padding: 10px; }}
QPushButton#signinButton:disabled {{ background: #9db4d6; }}

QWidget#compactBar {{ background: {NAVY}; }}
QWidget#compactBar[attention="true"] {{ background: #b26a00; }}
QWidget#compactBar QLabel {{ color: white; }}
QLabel#compactNumber {{ font-size: 30px; font-weight: 800; color: white; }}
QLabel#compactNumber[idle="true"] {{ color: #7f93b0; }}
QLabel#compactService {{ font-size: 14px; font-weight: 600; color: white; }}
QLabel#compactInfo {{ font-size: 13px; color: #c9d6e8; }}
QLabel#compactInfo[alarm="true"] {{ color: #ffb4a8; font-weight: 600; }}
QWidget#compactBar QPushButton {{ background: #2b4a73; color: white; border: 1px solid #46648d;
    border-radius: 6px; padding: 4px 10px; font-size: 14px; font-weight: 600; min-height: 34px; }}
QWidget#compactBar QPushButton:hover {{ background: #365b8c; }}
QWidget#compactBar QPushButton:disabled {{ background: #24395a; color: #6d83a3; border-color: #2f4769; }}
QWidget#compactBar QPushButton[role="warn"]:enabled {{ color: #ffd08a; }}
QWidget#compactBar QPushButton[next="true"]:enabled {{ background: #2f7be0; border-color: #cfe2fb; }}
QLabel#compactDot {{ border-radius: 6px; min-width: 12px; max-width: 12px; min-height: 12px; max-height: 12px; }}
QLabel#compactDot[tone="green"] {{ background: #4caf50; }}
QLabel#compactDot[tone="red"] {{ background: #ef5350; }}

QDialog {{ background: {BACKGROUND}; }}
QDialog QLabel, QDialog QRadioButton, QDialog QLineEdit, QDialog QComboBox {{ font-size: 17px; }}
QDialog QLabel#dialogTitle {{ font-size: 22px; font-weight: 700; color: {NAVY}; }}
QDialog QLabel#dialogHint {{ font-size: 15px; color: {MUTED}; }}
QDialog QRadioButton {{ spacing: 10px; padding: 4px 0; }}
QDialog QLineEdit, QDialog QComboBox {{ background: {PAPER}; border: 1px solid #b9c6d6; border-radius: 6px;
    padding: 6px 8px; min-height: 28px; }}
QDialog QTableWidget {{ font-size: 16px; background: {PAPER}; border: 1px solid {LINE}; border-radius: 6px; }}
QDialog QHeaderView::section {{ font-size: 14px; font-weight: 700; color: {MUTED}; background: {BACKGROUND};
    border: none; border-bottom: 1px solid {LINE}; padding: 6px; }}
QDialog QPushButton {{ background: {PAPER}; border: 1px solid #b9c6d6; border-radius: 8px; font-size: 17px;
    font-weight: 600; min-height: 40px; min-width: 110px; padding: 4px 18px; }}
QDialog QPushButton:hover {{ border-color: {BLUE}; }}
QDialog QPushButton:default {{ background: {BLUE}; border-color: {BLUE}; color: white; }}
QDialog QPushButton:disabled {{ background: #e8ecf1; color: #9aa6b2; border-color: #d7dde5; }}
QDialog QPushButton[role="warn"] {{ background: #fff4e5; border-color: #e0a44a; color: #6b4400; }}
QDialog QPushButton[role="warn"]:default {{ background: #b26a00; border-color: #b26a00; color: white; }}
"""
