"""Measured workloads with their own runner (`make bench`): figures printed, never asserted in tests."""
