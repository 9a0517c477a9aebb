"""PDFs as Content: AcroForm fields, the text layer and its tables, scanned pages."""
