package annonces.accounts;

public enum SellerType {
    PRIVATE, PRO
}
