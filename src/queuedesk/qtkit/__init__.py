"""The Qt kit under every painted thing, windows and tickets alike: a font with Chinese
glyphs and a solid bold for numbers (`fonts`), text shrunk to fit its box (`fit`), and
the shared mechanics of the looks (`theme`). It knows nothing of the hall."""
