"""`queuedesk demo`: a whole service hall on one machine, each window its own process."""
