"""What every window shares: the application object, fonts, translations, the live event
feed, background database work and `--screenshot`."""
