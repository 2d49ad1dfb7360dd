"""Eén module per maatregel of regel, genoemd naar het juridische begrip."""
