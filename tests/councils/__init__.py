"""Council-layout referral corpus: test data written from councils' published forms."""
