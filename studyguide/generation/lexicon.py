"""Built-in lists for distractors when the article does not name enough of a kind."""

from __future__ import annotations

PUBLIC_FIGURES = (
    "Angela Merkel", "Barack Obama", "Boris Johnson", "Emmanuel Macron", "Hassan Rouhani",
    "Justin Trudeau", "Recep Tayyip Erdoğan", "Vladimir Putin", "Xi Jinping", "Narendra Modi",
    "Theresa May", "Ban Ki-moon", "Sergey Lavrov", "John Kerry", "Hillary Clinton",
    "Benjamin Netanyahu", "Abdel Fattah el-Sisi", "King Salman", "Tony Blair", "George W. Bush",
)
"""Well-known public figures of recent decades, as a last resort for "who said" distractors."""

COUNTRIES = (
    "Afghanistan", "Brazil", "Canada", "China", "Egypt", "France", "Germany", "India", "Iran",
    "Iraq", "Israel", "Italy", "Japan", "Jordan", "Lebanon", "Libya", "Mexico", "Nigeria",
    "Pakistan", "Qatar", "Russia", "Saudi Arabia", "South Africa", "Spain", "Syria", "Turkey",
    "the United Kingdom", "the United States", "Ukraine", "Yemen",
)

NATIONALITIES = (
    "American", "British", "Canadian", "Chinese", "Egyptian", "French", "German", "Indian",
    "Iranian", "Iraqi", "Israeli", "Italian", "Japanese", "Russian", "Saudi", "Syrian",
    "Turkish", "Ukrainian",
)

ORGANIZATIONS = (
    "the United Nations", "NATO", "the European Union", "the Arab League", "the World Bank",
    "the International Monetary Fund", "the Red Cross", "the World Health Organization",
    "Amnesty International", "the African Union",
)
