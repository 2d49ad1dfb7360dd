"""Opzettelijk foute leveranciers: het bewijs dat de suite vangt wat ze moet vangen."""
