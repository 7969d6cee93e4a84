"""Pure domain logic of Booth POS (standard library only, no I/O)."""
