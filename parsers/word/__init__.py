"""Word documents (.docx, .docm, legacy .doc text), OpenDocument and RTF as Content."""
