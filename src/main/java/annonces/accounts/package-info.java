/**
 * Accounts: registration of sellers (private and professional, with the trader identity the EU Digital
 * Services Act asks of marketplaces), the bootstrap admin, password hashing, login, refresh and logout
 * tokens. It owns the {@code account} and {@code refresh_token} tables and knows nothing of ads; other
 * features learn who is calling through {@link annonces.accounts.Caller}.
 */
package annonces.accounts;
