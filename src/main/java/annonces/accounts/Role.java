package annonces.accounts;

/** SELLER for every registered account; ADMIN only from configuration or the command line. */
public enum Role {
    SELLER, ADMIN
}
