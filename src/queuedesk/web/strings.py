"""Every word of the web pages and the notices, in one language.

Kept in Python (not in the templates or the script) so that lupdate finds each one in
`Catalog(lang).translate(...)` calls and the translators see them beside the windows'
strings, in translations/web_<lang>.ts. The templates and the script only place them.
"""
from __future__ import annotations

from functools import cached_property

from queuedesk.domain.languages import LANGUAGES, language, second_language
from queuedesk.wording.catalog import Catalog

CONTEXT = "TicketPage"


class Words:
    """The page's wording in `lang`; each property is one string (some take .format())."""

    def __init__(self, lang: str):
        self.lang = language(lang).code
        self._c = Catalog(self.lang)

    @cached_property
    def other(self) -> "Words":
        """The wording shown small beside this one for visitors (English beside Chinese)."""
        return Words(second_language(self.lang))

    @property
    def languages(self) -> list[tuple[str, str]]:
        """(code, its own name) for the language toggle: never translated."""
        return [(code, lang.endonym) for code, lang in LANGUAGES.items()]

    # -- the ticket ------------------------------------------------------------------------
    @cached_property
    def title(self) -> str:
        return self._c.translate("TicketPage", "Ticket {0}")

    @cached_property
    def your_number(self) -> str:
        return self._c.translate("TicketPage", "Your number")

    @cached_property
    def people_ahead(self) -> str:
        return self._c.translate("TicketPage", "People ahead of you")

    @cached_property
    def you_are_next(self) -> str:
        return self._c.translate("TicketPage", "You are next")

    @cached_property
    def estimated_wait(self) -> str:
        return self._c.translate("TicketPage", "Estimated wait")

    @cached_property
    def served_at(self) -> str:
        return self._c.translate("TicketPage", "Served at")

    @cached_property
    def no_counter_open(self) -> str:
        return self._c.translate("TicketPage", "No counter is open for this service yet")

    @cached_property
    def list_separator(self) -> str:
        return self._c.translate("TicketPage", ", ")

    @cached_property
    def go_to(self) -> str:
        return self._c.translate("TicketPage", "Please go to {0}")

    @cached_property
    def called_again(self) -> str:
        return self._c.translate("TicketPage", "Called again ({0}): please go now")

    @cached_property
    def being_served(self) -> str:
        return self._c.translate("TicketPage", "Being served at {0}")

    @cached_property
    def parked(self) -> str:
        return self._c.translate("TicketPage", "Please stay near {0}: you will be called back")

    @cached_property
    def transferred_here(self) -> str:
        return self._c.translate("TicketPage", "Transferred to this service: "
                                          "you keep your place at the head of the queue")

    @cached_property
    def transferred_to_counter(self) -> str:
        return self._c.translate("TicketPage", "Transferred to {0}: you keep your place at the head of the queue")

    @cached_property
    def done(self) -> str:
        return self._c.translate("TicketPage", "Served. Thank you for your visit.")

    @cached_property
    def no_show(self) -> str:
        return self._c.translate("TicketPage", "Your number was called but you did not come, so it was passed. "
                                          "Please take a new ticket or ask the staff.")

    @cached_property
    def cancelled(self) -> str:
        return self._c.translate("TicketPage", "This ticket was cancelled.")

    @cached_property
    def expired(self) -> str:
        return self._c.translate("TicketPage", "The business day is over: this ticket is no longer valid.")

    # -- live updates and alerts -------------------------------------------------------------
    @cached_property
    def live(self) -> str:
        return self._c.translate("TicketPage", "Live: this page updates by itself")

    @cached_property
    def reconnecting(self) -> str:
        return self._c.translate("TicketPage", "Connection lost, reconnecting…")

    @cached_property
    def alert_on(self) -> str:
        return self._c.translate("TicketPage", "Alert me with sound and vibration")

    @cached_property
    def alert_is_on(self) -> str:
        return self._c.translate("TicketPage", "Sound and vibration on: keep this page open")

    @cached_property
    def language_label(self) -> str:
        return self._c.translate("TicketPage", "Language")

    # -- notices -----------------------------------------------------------------------------
    @cached_property
    def notice_heading(self) -> str:
        return self._c.translate("TicketPage", "Text me when my turn is near")

    @cached_property
    def phone_label(self) -> str:
        return self._c.translate("TicketPage", "Mobile number")

    @cached_property
    def ahead_label(self) -> str:
        return self._c.translate("TicketPage", "When this many people are ahead")

    @cached_property
    def notify_me(self) -> str:
        return self._c.translate("TicketPage", "Notify me")

    @cached_property
    def notice_privacy(self) -> str:
        return self._c.translate("TicketPage", "Your number is used only for today's notices "
                                          "and deleted when the hall closes.")

    @cached_property
    def notice_set(self) -> str:
        return self._c.translate("TicketPage", "We will text {0} when {1} people are ahead of you "
                                          "and when you are called.")

    @cached_property
    def notice_stop(self) -> str:
        return self._c.translate("TicketPage", "Stop notices")

    @cached_property
    def notice_stopped(self) -> str:
        return self._c.translate("TicketPage", "Notices stopped.")

    @cached_property
    def bad_phone(self) -> str:
        return self._c.translate("TicketPage", "That is not a mobile number.")

    @cached_property
    def bad_threshold(self) -> str:
        return self._c.translate("TicketPage", "Choose from {0} to {1} people.")

    @cached_property
    def too_many_changes(self) -> str:
        return self._c.translate("TicketPage", "The notice for this ticket cannot be changed again.")

    # -- pages other than the ticket -----------------------------------------------------------
    @cached_property
    def not_found_title(self) -> str:
        return self._c.translate("TicketPage", "Ticket not found")

    @cached_property
    def not_found(self) -> str:
        return self._c.translate("TicketPage", "This link is not valid, or its ticket is from an earlier day: "
                                          "a ticket's page works on the day the ticket was taken.")

    @cached_property
    def not_found_help(self) -> str:
        return self._c.translate("TicketPage", "Please take a new ticket at the kiosk, or ask the staff.")

    @cached_property
    def too_many_requests(self) -> str:
        return self._c.translate("TicketPage", "Too many requests. Please wait a moment and try again.")

    @cached_property
    def server_error(self) -> str:
        return self._c.translate("TicketPage", "Something went wrong. Please try again in a moment.")

    # -- the notices sent through the webhook ------------------------------------------------
    @cached_property
    def sms_ahead(self) -> str:
        return self._c.translate("TicketPage", "{0}: ticket {1}, {2} people are ahead of you. Please come back now.")

    @cached_property
    def sms_next(self) -> str:
        return self._c.translate("TicketPage", "{0}: ticket {1}, you are next. Please come back now.")

    @cached_property
    def sms_called(self) -> str:
        return self._c.translate("TicketPage", "{0}: ticket {1}, please go to {2} now.")
