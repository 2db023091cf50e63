"""The touchscreen kiosk (`queuedesk kiosk`): customers pick a business type and take a ticket.

    session.py         the conversation with the engine (issue, live figures, online)
    printing_job.py    printing off the GUI thread
    window.py          the full-screen window: header, home page, confirmation page
    home.py, grid.py, service_button.py   the home page and its service buttons
    confirmation.py, ticket_slip.py       the ticket on screen after a touch
    header.py, idle.py, texts.py, style.py, layout.py   the pieces they share
    command.py         the `kiosk` sub-command
"""
