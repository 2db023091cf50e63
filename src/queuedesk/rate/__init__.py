"""`queuedesk rate`: the rating screen facing the customer at a counter (好差评)."""
