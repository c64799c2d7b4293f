package annonces.accounts;

public enum AccountStatus {
    ACTIVE, BANNED
}
