package annonces.accounts;

/** ERASED: the holder asked for erasure (GDPR art. 17); only the id and what refers to it are left. */
public enum AccountStatus {
    ACTIVE, BANNED, ERASED
}
