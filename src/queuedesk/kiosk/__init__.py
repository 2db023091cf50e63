"""The touchscreen kiosk (`queuedesk kiosk`): customers pick a business type and take a ticket.

    session.py         the conversation with the engine (issue, live figures, online)
    printing_job.py    printing off the GUI thread
    window.py          the full-screen window: header, home page, confirmation page
    home.py, grid.py, service_button.py   the home page and its service buttons
    confirmation.py, ticket_slip.py       the ticket on screen after a touch
    header.py, idle.py, texts.py, style.py, layout.py   the pieces they share
    lockdown.py        full screen: no key, close request or context menu gets out
    staff_corner.py    the hidden long-press corner that opens the PIN pad
    staff.py, pin_guard.py   the staff PIN through the engine; the pad's own lock
    pin_pad.py, staff_menu.py, priority_page.py, staff_texts.py   the staff pages
    staff_slips.py     the test slip and the reprint
    command.py         the `kiosk` sub-command, and `kiosk pin`
"""
