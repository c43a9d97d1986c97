## Shared pieces: lists, the unofficial translation notice.

# Between the items of a list ("French, Wolof, Arabic").
list-separator = {", "}
framework-unofficial = The framework's text is shown in an unofficial translation made for lcreview; the English text of UNESCO's Key Features of Learning Cities is canonical.
