"""`queuedesk console`: the lobby manager's (大堂经理) live board, alerts and actions."""
