"""Booth POS: point of sale and reporting for the joint sales booths of welfare workshops."""

__version__ = "0.1.0"
