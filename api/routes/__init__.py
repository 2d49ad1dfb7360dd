"""Eén blueprint per resource."""
