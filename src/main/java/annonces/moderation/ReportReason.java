package annonces.moderation;

public enum ReportReason {
    SCAM, DUPLICATE, WRONG_CATEGORY, OFFENSIVE, ILLEGAL, OTHER
}
