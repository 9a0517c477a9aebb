"""Second held-out council-layout set (councils L to Z), written from published forms."""
