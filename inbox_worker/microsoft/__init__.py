"""Microsoft 365: sign-in tokens (MSAL), the Graph client, and Graph sendMail."""
