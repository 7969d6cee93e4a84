"""Rendering from plain data: PDFs (reportlab, with the embedded Japanese font), QR codes, spreadsheets."""
