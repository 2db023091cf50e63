"""Setting up one PC of a branch for its role (`queuedesk setup kiosk|desk|display|console|web`):
its configuration file and the autostart entry that keeps its program running. Acts on the
machine's own user's files only; reads the database only to say whether its schema is current."""
