"""Wording outside Qt: the translation catalogues, and the phrases several clients say.

The catalogues are the Qt Linguist files in translations/ (`<package>_<lang>.ts`): one
source of truth for the windows (ui.language installs a translator that reads them)
and for everything without Qt (tickets, CLI, reports, a web page), which reads them
through `Catalog`.
"""
